"""One procedure in full, read-only: for those who may read the health record (opening
it is audited by the service)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.dates import format_day, format_moment
from salon_crm.domain.health.face_chart import FaceChart
from salon_crm.gui.common.face_chart.face_chart_view import FaceChartView
from salon_crm.gui.common.form_parts import ERROR_STYLE
from salon_crm.gui.common.i18n import money_text
from salon_crm.gui.common.side_by_side import SideBySide, follow_width
from salon_crm.gui.procedures.procedure_texts import procedure_name
from salon_crm.services.procedures.procedure_types import ProcedureDetail, UsedProduct


def _value(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class VisitDetailDialog(QDialog):
    def __init__(self, detail: ProcedureDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitDetailDialog")
        visit = detail.visit
        name = procedure_name(visit.procedure_custom_name, visit.procedure_default_name)
        self.setWindowTitle(
            self.tr("{procedure}, {date}").format(
                procedure=name, date=format_day(visit.performed_at)
            )
        )
        fields = QWidget()
        form = QFormLayout(fields)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        discount = f" − {visit.discount_percent}\u00a0%" if visit.discount_percent else ""
        rows = [
            (self.tr("Date and time:"), format_moment(visit.performed_at)),
            (self.tr("Procedure:"), name),
            (self.tr("Specialist:"), visit.specialist),
            (self.tr("Zones:"), detail.zones),
            (self.tr("Products:"), "\n".join(self._product_text(p) for p in detail.products)),
            (self.tr("Device parameters:"), detail.device_parameters),
            (self.tr("Result:"), detail.result),
            (self.tr("Reaction:"), detail.reaction),
            (self.tr("Recommendations:"), detail.recommendations),
            (self.tr("Home care:"), detail.home_care),
            (self.tr("Next visit:"), format_day(visit.next_visit_on)),
            (self.tr("Price:"), money_text(visit.price) + discount),
            (self.tr("Sold:"), money_text(visit.sold)),
            (self.tr("Paid:"), money_text(visit.paid)),
            (
                self.tr("Recorded:"),
                " ".join(p for p in (format_moment(detail.recorded_at), detail.recorded_by) if p),
            ),
        ]
        for caption, text in rows:
            if text:
                form.addRow(caption, _value(text, fields))
        if detail.override_reason:
            reason = _value(detail.override_reason, fields)
            reason.setObjectName("visitOverrideReason")
            reason.setStyleSheet(ERROR_STYLE)
            form.addRow(self.tr("Done despite a contraindication:"), reason)
        parts: list[QWidget] = [fields]
        if detail.face_chart:
            chart = FaceChartView(read_only=True)
            chart.set_chart(FaceChart.from_json(detail.face_chart))
            parts.append(chart)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(SideBySide(parts, page))
        page_layout.addStretch(1)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(page)
        follow_width(area)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(buttons)
        room = self.screen().availableGeometry()
        self.resize(min(900 if detail.face_chart else 560, room.width()), min(640, room.height()))

    def _product_text(self, used: UsedProduct) -> str:
        text = self.tr("{product}, lot {lot}, until {expiry}").format(
            product=f"{used.product} ({used.manufacturer})" if used.manufacturer else used.product,
            lot=used.lot_number,
            expiry=format_day(used.expires_on) or "—",
        )
        if used.quantity:
            text += f", {used.quantity}"
        if used.recalled_on is not None:
            text += " — " + self.tr("recalled on {date}").format(date=format_day(used.recalled_on))
        return text
