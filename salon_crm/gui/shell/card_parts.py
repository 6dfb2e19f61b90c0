"""Which features add to the client card, in the order their tabs appear."""

from __future__ import annotations

from salon_crm.gui.clients.card.card_features import CardFeature
from salon_crm.gui.documents.documents_card_feature import DocumentsCardFeature
from salon_crm.gui.health.health_card_feature import HealthCardFeature
from salon_crm.gui.photos.photos_card_feature import PhotosCardFeature
from salon_crm.gui.procedures.procedures_feature import ProceduresFeature
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace


def card_features(workspace: Workspace, actor: Actor) -> list[CardFeature]:
    return [
        HealthCardFeature(workspace, actor),
        ProceduresFeature(workspace, actor),
        PhotosCardFeature(workspace, actor),
        DocumentsCardFeature(workspace, actor),
    ]
