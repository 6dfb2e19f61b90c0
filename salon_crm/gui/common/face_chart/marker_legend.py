"""The list beside the drawing: each marker of the view with its number, shape and what
was written about it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QStyle, QWidget

from salon_crm.domain.health.face_chart import Marker
from salon_crm.gui.common.face_chart.marker_painter import marker_icon
from salon_crm.gui.common.face_chart.marker_texts import describe

INDEX_ROLE = Qt.ItemDataRole.UserRole
_ICON = 24


class MarkerLegend(QListWidget):
    """Rows carry their marker's index in the chart under `INDEX_ROLE`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("faceChartLegend")
        self.setWordWrap(True)
        self.setSpacing(1)
        self.setIconSize(QSize(_ICON, _ICON))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._placeholder = ""

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.viewport().update()

    def show_markers(self, markers: list[tuple[int, Marker]], selected: int | None) -> None:
        self.blockSignals(True)
        self.clear()
        ratio = self.devicePixelRatioF()
        for index, marker in markers:
            item = QListWidgetItem(
                marker_icon(marker, index + 1, size=_ICON, ratio=ratio), describe(marker)
            )
            item.setData(INDEX_ROLE, index)
            item.setToolTip(f"{index + 1}. {describe(marker)}")
            self.addItem(item)
        self._fit_rows()
        self.blockSignals(False)
        self.select_marker(selected)

    def _fit_rows(self) -> None:
        """Each row as tall as its text wrapped at the width it gets.

        The list's own guess is made at another width than the one it draws at, which
        cuts a long note with "…"; this measures with room to spare (as if the scroll bar
        were always there), so the row is never too short.
        """
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = max(40, self.width() - 2 * self.frameWidth() - scroll_bar - _ICON - 12)
        metrics = self.fontMetrics()
        for row in range(self.count()):
            item = self.item(row)
            text = metrics.boundingRect(
                QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, item.text()
            )
            item.setSizeHint(QSize(width, max(_ICON + 4, text.height() + 6)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def select_marker(self, index: int | None) -> None:
        self.blockSignals(True)
        self.clearSelection()
        for row in range(self.count()):
            item = self.item(row)
            if item.data(INDEX_ROLE) == index:
                self.setCurrentItem(item)
                self.scrollToItem(item)
        self.blockSignals(False)

    def selected_marker(self) -> int | None:
        items = self.selectedItems()
        return int(items[0].data(INDEX_ROLE)) if items else None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count() == 0 and self._placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(
                self.viewport().rect().adjusted(8, 8, -8, -8), flags, self._placeholder
            )
            painter.end()
