"""What the health record adds to the client card: the red warning line for every role,
and the Cosmetology tab for the roles that read health data."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from salon_crm.domain.common.errors import SalonError
from salon_crm.domain.permissions import Permission
from salon_crm.gui.clients.card.card_features import BannerLine, CardFeature, CardTab, Severity
from salon_crm.gui.common.health_names import banner_text
from salon_crm.gui.health.assessments_panel import AssessmentsPanel
from salon_crm.gui.health.cosmetology_tab import CosmetologyTab
from salon_crm.gui.health.home_care_panel import HomeCarePanel
from salon_crm.services.clients.client_types import ClientCard
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace


class HealthCardFeature(CardFeature):
    """The administrator sees that a client has allergies or contraindications, never
    what they are, and has no Cosmetology tab."""

    def __init__(self, workspace: Workspace, actor: Actor) -> None:
        self._workspace = workspace
        self._actor = actor

    def tabs(self) -> Sequence[CardTab]:
        if not self._actor.can(Permission.HEALTH_READ):
            return ()
        return (
            CardTab(
                "cosmetologyTab",
                lambda: QCoreApplication.translate("HealthCardFeature", "Cosmetology"),
                self._build_tab,
            ),
        )

    def _build_tab(self, card: ClientCard, parent: QWidget) -> QWidget:
        tab = CosmetologyTab(self._workspace, self._actor, card, parent)
        for title, panel in (
            (
                QCoreApplication.translate("HealthCardFeature", "Skin assessments"),
                AssessmentsPanel(self._workspace, self._actor, card.id, tab),
            ),
            (
                QCoreApplication.translate("HealthCardFeature", "Home care"),
                HomeCarePanel(self._workspace, self._actor, card.id, tab),
            ),
        ):
            panel.client_changed.connect(tab.client_changed)
            tab.add_section(title, panel)
        return tab

    def banner_lines(self, card: ClientCard) -> Sequence[BannerLine]:
        if not (card.has_allergies or card.has_contraindications):
            return ()
        try:
            alert = self._workspace.health(self._actor).alert(card.id)
        except SalonError:
            return ()  # the card itself says what went wrong when it cannot be read
        text = banner_text(alert)
        return (BannerLine(text, Severity.DANGER),) if text else ()
