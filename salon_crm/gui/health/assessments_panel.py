"""The skin assessments of one client: the list (newest first), a new one, and the
history of the scales as a chart or a table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

from salon_crm.domain.common.dates import format_day
from salon_crm.domain.health.skin import SCALES
from salon_crm.gui.common.row_table_model import RowColumn
from salon_crm.gui.health import skin_labels
from salon_crm.gui.health.assessment_dialog import AssessmentDialog
from salon_crm.gui.health.health_form_dialog import HealthFormDialog
from salon_crm.gui.health.record_panel import RecordPanel
from salon_crm.gui.health.scale_history_view import ScaleHistoryView
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.health.assessment_types import AssessmentRow, scale_history


def assessment_details(row: AssessmentRow) -> str:
    """Everything assessed, a line each, for the list's tooltip."""
    data = row.data
    lines: list[str] = []
    if data.skin_type is not None:
        lines.append(skin_labels.skin_type_labels()[data.skin_type])
    if data.baumann:
        lines.append(skin_labels.baumann_text(data.baumann))
    for scale in SCALES:
        value = data.scale_value(scale)
        if value is not None:
            number = skin_labels.value_number(scale, value)
            meaning = skin_labels.value_meaning(scale, value)
            lines.append(f"{skin_labels.scale_name(scale)}: {number} — {meaning}")
    if data.wrinkle_type is not None:
        lines.append(skin_labels.wrinkle_type_labels()[data.wrinkle_type])
    if data.description:
        lines.append(data.description)
    return "\n".join(lines)


# Below this width the chart goes under the list; the heights that leave both readable.
NARROW_WIDTH = 760
WIDE_HEIGHT, NARROW_HEIGHT = 300, 520


class AssessmentsPanel(RecordPanel[AssessmentRow]):
    """Signals (see RecordPanel): client_changed(int) after an assessment is stored."""

    def __init__(
        self, workspace: Workspace, actor: Actor, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            workspace.assessments(actor),
            actor,
            client_id,
            parent,
            closed_text=self.tr("Skin assessments are seen only by specialists and the owner."),
            columns=[
                RowColumn(lambda: self.tr("Date"), lambda row: format_day(row.assessed_on)),
                RowColumn(lambda: self.tr("Specialist"), lambda row: row.specialist_name),
                RowColumn(
                    lambda: self.tr("Assessment"),
                    lambda row: skin_labels.summary(row.data),
                    tooltip=assessment_details,
                ),
            ],
        )
        self.setObjectName("assessmentsPanel")
        self._workspace = workspace
        if not self.readable:
            return
        self.new_button = self.add_button(
            "newAssessmentButton", self.tr("New skin assessment"), self.open_new, writes=True
        )
        self.open_button = self.add_button(
            "openAssessmentButton", self.tr("Open"), self.open_selected
        )
        self.open_button.setToolTip(
            self.tr("Read the chosen assessment; on the day it was recorded, correct it")
        )
        self.table.setObjectName("assessmentList")
        self.history = ScaleHistoryView(self)
        self._splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.body.addWidget(splitter)
        self.setMinimumHeight(WIDE_HEIGHT)
        self.reload()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The list beside the chart on a wide pane, above it on a narrow one (the card)."""
        super().resizeEvent(event)
        if hasattr(self, "_splitter"):
            narrow = event.size().width() < NARROW_WIDTH
            wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
            if self._splitter.orientation() != wanted:
                self._splitter.setOrientation(wanted)
                self.setMinimumHeight(NARROW_HEIGHT if narrow else WIDE_HEIGHT)

    def show_rows(self, rows: list[AssessmentRow]) -> None:
        self.history.set_history(scale_history(rows))
        self.open_button.setEnabled(bool(rows))

    def dialog_for(self, row: AssessmentRow | None) -> HealthFormDialog:
        return AssessmentDialog(
            self._workspace, self.actor, self.client_id, assessment=row, parent=self
        )
