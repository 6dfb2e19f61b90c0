"""What the photos add to the client card: the client's photo at its head with the
camera button, and the Photos tab."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from salon_crm.domain.permissions import Permission
from salon_crm.gui.clients.card.card_features import CardFeature, CardTab
from salon_crm.gui.photos.card_portrait import CardPortrait
from salon_crm.gui.photos.photos_tab import PhotosTab
from salon_crm.services.clients.client_types import ClientCard
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace


class PhotosCardFeature(CardFeature):
    def __init__(self, workspace: Workspace, actor: Actor) -> None:
        self._workspace = workspace
        self._actor = actor

    def tabs(self) -> Sequence[CardTab]:
        if not self._actor.can(Permission.PHOTOS_READ):
            return ()
        return (
            CardTab(
                "photosTab",
                lambda: QCoreApplication.translate("PhotosCardFeature", "Photos"),
                lambda card, parent: PhotosTab(self._workspace, self._actor, card, parent),
            ),
        )

    def portrait(self, card: ClientCard, parent: QWidget) -> QWidget | None:
        if not self._actor.can(Permission.PHOTOS_READ):
            return None
        return CardPortrait(self._workspace, self._actor, card, parent)
