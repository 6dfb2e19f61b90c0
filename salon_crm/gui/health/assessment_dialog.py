"""A skin assessment: a new one, a correction on its day, or a stored one to read."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.dates import format_day, format_moment
from salon_crm.domain.health.face_chart import FaceChart
from salon_crm.domain.health.skin import SCALES
from salon_crm.gui.common.date_field import DateField
from salon_crm.gui.common.face_chart import FaceChartView
from salon_crm.gui.common.field_errors import hint_label
from salon_crm.gui.common.form_parts import apply_tab_order, focus_chain
from salon_crm.gui.health import skin_labels
from salon_crm.gui.health.health_form_dialog import HealthFormDialog
from salon_crm.gui.health.skin_inputs import BaumannPicker, OptionalCombo
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.health.assessment_types import AssessmentInput, AssessmentRow


class AssessmentDialog(HealthFormDialog):
    """`assessment` None records a new one (today's, by the logged-in user); a stored one
    opens for correction when the service says it is still correctable, else read-only.

    Signals (besides `saved(int)`): none.
    """

    def __init__(
        self,
        workspace: Workspace,
        actor: Actor,
        client_id: int,
        *,
        assessment: AssessmentRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, read_only=assessment is not None and not assessment.correctable)
        self.setObjectName("assessmentDialog")
        self._service = workspace.assessments(actor)
        self._client_id = client_id
        self._assessment = assessment
        start = assessment.data if assessment is not None else AssessmentInput()
        self._chart = FaceChartView(self, read_only=self.read_only)
        self._chart.set_chart(_chart_of(start.face_chart))
        self._stored_chart = start.face_chart
        if assessment is None:
            self.setWindowTitle(self.tr("New skin assessment"))
        elif self.read_only:
            self.setWindowTitle(
                self.tr("Skin assessment of {day}").format(day=format_day(assessment.assessed_on))
            )
        else:
            self.setWindowTitle(
                self.tr("Correct the skin assessment of {day}").format(
                    day=format_day(assessment.assessed_on)
                )
            )
        self.set_content(self._build(assessment), fields=self._skin)
        self._fill(start)
        self.mark_unchanged()
        apply_tab_order(focus_chain(self))
        room = self.screen().availableGeometry()
        self.resize(min(900, room.width()), min(560, room.height()))

    # --- building --------------------------------------------------------------------------

    def _build(self, assessment: AssessmentRow | None) -> QWidget:
        content = QWidget(self)
        outer = QVBoxLayout(content)
        outer.setContentsMargins(0, 0, 0, 0)
        if assessment is not None:
            author = assessment.specialist_name or self.tr("(unknown)")
            outer.addWidget(
                hint_label(
                    self.tr("Recorded by {name}, {moment}").format(
                        name=author, moment=format_moment(assessment.recorded_at)
                    ),
                    content,
                )
            )
        # The scales and the face chart side by side would not fit a small screen.
        pages = QTabWidget(content)
        pages.setObjectName("assessmentPages")
        self._skin = skin = QWidget(pages)
        columns = QHBoxLayout(skin)
        columns.addLayout(self._scales_form(skin), 1)
        columns.addLayout(self._right_column(skin), 1)
        pages.addTab(skin, self.tr("Skin"))
        self._chart.setParent(pages)
        pages.addTab(self._chart, self.tr("Face chart"))
        outer.addWidget(pages, 1)
        return content

    def _scales_form(self, parent: QWidget) -> QFormLayout:
        form = QFormLayout()
        self._day = DateField(parent)
        self._day.setObjectName("assessedOnInput")
        form.addRow(self.tr("Date"), self.errors.field("assessed_on", self._day, "assessed_on"))
        self._skin_type = OptionalCombo.for_labels(skin_labels.skin_type_labels(), parent)
        self._skin_type.setObjectName("skinTypeInput")
        form.addRow(
            self.tr("Skin type"), self.errors.field("skin_type", self._skin_type, "skin_type")
        )
        self._scales: dict[str, OptionalCombo] = {}
        for scale in SCALES:
            combo = OptionalCombo.for_scale(scale, parent)
            self._scales[scale] = combo
            form.addRow(skin_labels.scale_name(scale), self.errors.field(scale, combo, scale))
            if scale == "acne_grade":
                # The wrinkle's type just above its depth, as they are assessed.
                self._wrinkle_type = OptionalCombo.for_labels(
                    skin_labels.wrinkle_type_labels(), parent
                )
                self._wrinkle_type.setObjectName("wrinkleTypeInput")
                form.addRow(
                    self.tr("Wrinkle type"),
                    self.errors.field("wrinkle_type", self._wrinkle_type, "wrinkle_type"),
                )
        return form

    def _right_column(self, parent: QWidget) -> QVBoxLayout:
        column = QVBoxLayout()
        group = QGroupBox(self.tr("Baumann skin type"), parent)
        inside = QVBoxLayout(group)
        self._baumann = BaumannPicker(group)
        inside.addWidget(self.errors.field("baumann", self._baumann, "baumann"))
        self._baumann.changed.connect(lambda: self.errors.label("baumann").clear_message())
        column.addWidget(group)
        label = QLabel(self.tr("Description"), parent)
        column.addWidget(label)
        self._description = QPlainTextEdit(parent)
        self._description.setObjectName("descriptionInput")
        self._description.setPlaceholderText(
            self.tr("What you see: pores, rashes, scars, dehydration, zones…")
        )
        self._description.setTabChangesFocus(True)
        label.setBuddy(self._description)
        column.addWidget(self.errors.field("description", self._description, "description"), 1)
        return column

    # --- values ----------------------------------------------------------------------------

    def _fill(self, data: AssessmentInput) -> None:
        self._day.set_date(data.assessed_on or date.today())
        self._skin_type.set_value(data.skin_type)
        for scale, combo in self._scales.items():
            combo.set_value(data.scale_value(scale))
        self._wrinkle_type.set_value(data.wrinkle_type)
        self._baumann.set_value(data.baumann)
        self._description.setPlainText(data.description)

    def collect(self) -> AssessmentInput:
        return AssessmentInput(
            assessed_on=self._day.date_value(),
            skin_type=self._skin_type.value(),
            baumann=self._baumann.value(),
            wrinkle_type=self._wrinkle_type.value(),
            description=self._description.toPlainText(),
            face_chart=self._chart_json(),
            **{scale: combo.value() for scale, combo in self._scales.items()},
        )

    def _chart_json(self) -> str:
        """The chart as drawn; one nobody touched stays as stored, byte for byte."""
        if not self._chart.is_modified():
            return self._stored_chart
        chart = self._chart.chart()
        return "" if chart.is_empty else chart.to_json()

    def day_field(self) -> tuple[str, DateField]:
        return "assessed_on", self._day

    def submit(self) -> int:
        data = self.collect()
        if self._assessment is None:
            return self._service.record(self._client_id, data).id
        return self._service.update(self._assessment.id, data).id


def _chart_of(stored: str) -> FaceChart:
    """The stored chart to draw; an unreadable one (from a newer program) shows blank
    and is kept as stored unless someone draws."""
    try:
        return FaceChart.from_json(stored) if stored else FaceChart()
    except ValueError:
        return FaceChart()
