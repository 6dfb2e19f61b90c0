"""The history of the skin's scales: the chart with its scale chooser, or the same values
as a table for those who would rather read."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QCheckBox, QHeaderView, QTableView, QTabWidget, QVBoxLayout, QWidget

from salon_crm.domain.common.dates import format_day
from salon_crm.domain.health.skin import SCALES
from salon_crm.gui.common.flow_layout import FlowLayout
from salon_crm.gui.common.row_table_model import RowColumn, RowTableModel
from salon_crm.gui.health import skin_labels
from salon_crm.gui.health.scale_chart import SCALE_COLORS, ScaleChart
from salon_crm.services.health.assessment_types import ScaleHistory, ScaleSeries, Visit


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def default_scales(history: ScaleHistory) -> list[str]:
    """The scales that moved between visits (what a chart is for); when none did, every
    scale that was assessed."""
    moved = [series.scale for series in history.assessed if series.changed]
    return moved or [series.scale for series in history.assessed]


class ScaleHistoryView(QTabWidget):
    """Two tabs: the chart and the table. The chooser keeps the user's choice while the
    same client's history is shown again (after a new assessment)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scaleHistory")
        self._history = ScaleHistory((), ())
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 6, 6, 6)
        chooser = FlowLayout(spacing=(10, 4))
        self._choices: dict[str, QCheckBox] = {}
        for scale in SCALES:
            box = QCheckBox(skin_labels.short_name(scale), page)
            box.setObjectName(f"scaleChoice_{scale}")
            box.setIcon(_swatch(SCALE_COLORS[scale]))
            box.setToolTip(skin_labels.scale_name(scale))
            box.toggled.connect(self._draw_chosen)
            chooser.addWidget(box)
            self._choices[scale] = box
        layout.addLayout(chooser)
        self.chart = ScaleChart(page)
        layout.addWidget(self.chart, 1)
        self.addTab(page, self.tr("Chart"))

        self._model: RowTableModel[ScaleSeries] = RowTableModel([], parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("scaleHistoryTable")
        self.table.setModel(self._model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.addTab(self.table, self.tr("Table"))
        self.currentChanged.connect(self._fit_table_when_shown)

    def _fit_table_when_shown(self, index: int) -> None:
        """The table's columns (one per visit) fit their contents once the table is
        looked at: sizing them behind the chart cost the card's tab more than the rest
        of the assessments together."""
        if self.widget(index) is self.table:
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def set_history(self, history: ScaleHistory) -> None:
        """Show a history; the chosen scales are kept if any of them still has values."""
        self._history = history
        kept = [s for s in self.chosen() if history.of(s).points]
        chosen = kept or default_scales(history)
        for scale, box in self._choices.items():
            assessed = bool(history.of(scale).points)
            box.blockSignals(True)
            box.setEnabled(assessed)
            box.setChecked(scale in chosen)
            box.blockSignals(False)
        self.chart.set_history(history)
        self._draw_chosen()
        self._model.set_rows(history.assessed, self._table_columns(history.visits))

    def chosen(self) -> list[str]:
        return [scale for scale, box in self._choices.items() if box.isChecked()]

    def choose(self, scales: list[str]) -> None:
        for scale, box in self._choices.items():
            box.setChecked(scale in scales)

    def _draw_chosen(self) -> None:
        self.chart.set_scales(self.chosen())

    def _table_columns(self, visits: tuple[Visit, ...]) -> list[RowColumn[ScaleSeries]]:
        scale_column: RowColumn[ScaleSeries] = RowColumn(
            lambda: self.tr("Scale"), lambda series: skin_labels.scale_name(series.scale)
        )
        return [scale_column, *(self._visit_column(visit) for visit in visits)]

    def _visit_column(self, visit: Visit) -> RowColumn[ScaleSeries]:
        return RowColumn(
            lambda: format_day(visit.assessed_on),
            lambda series: self._cell(series, visit),
            tooltip=lambda series: self._cell_meaning(series, visit),
            centered=True,
        )

    def _cell(self, series: ScaleSeries, visit: Visit) -> str:
        value = self._history.value_at(series.scale, visit.assessment_id)
        return "—" if value is None else skin_labels.value_number(series.scale, value)

    def _cell_meaning(self, series: ScaleSeries, visit: Visit) -> str:
        value = self._history.value_at(series.scale, visit.assessment_id)
        if value is None:
            return skin_labels.not_assessed()
        return skin_labels.value_meaning(series.scale, value)
