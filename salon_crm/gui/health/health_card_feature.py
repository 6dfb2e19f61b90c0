"""What the health record adds to the client card: the red warning line for every role,
and the Cosmetology tab for the roles that read health data."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from salon_crm.domain.common.dates import format_day
from salon_crm.domain.common.errors import SalonError
from salon_crm.domain.health.face_chart import FaceChart
from salon_crm.domain.permissions import Permission
from salon_crm.gui.clients.card.card_features import BannerLine, CardFeature, CardTab, Severity
from salon_crm.gui.common.face_chart import FaceChartView
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
        chart = self._latest_chart(card.id, tab)
        if chart is not None:
            tab.add_section(*chart)
        return tab

    def _latest_chart(self, client_id: int, parent: QWidget) -> tuple[str, QWidget] | None:
        """Where the latest injections went: the face chart of the latest procedure that
        has one, to look at (it is drawn in the procedure form)."""
        procedures = self._workspace.procedures(self._actor)
        try:
            latest = procedures.latest_charted(client_id)
            detail = procedures.detail(latest) if latest is not None else None
            chart = FaceChart.from_json(detail.face_chart) if detail is not None else None
        except (SalonError, ValueError):
            return None  # unreadable (from a newer program): the procedure form says more
        if detail is None or chart is None:
            return None
        view = FaceChartView(parent, read_only=True)
        view.setObjectName("cardFaceChart")
        view.set_chart(chart)
        view.setMinimumHeight(420)
        title = QCoreApplication.translate(
            "HealthCardFeature", "Face chart of the procedure on {date}"
        ).format(date=format_day(detail.visit.performed_at))
        return title, view

    def banner_lines(self, card: ClientCard) -> Sequence[BannerLine]:
        if not (card.has_allergies or card.has_contraindications):
            return ()
        try:
            alert = self._workspace.health(self._actor).alert(card.id)
        except SalonError:
            return ()  # the card itself says what went wrong when it cannot be read
        text = banner_text(alert)
        return (BannerLine(text, Severity.DANGER),) if text else ()
