"""The table of a client's procedures on the card: the sales columns every role may see,
newest first as the service gives them, with a mark for an override and a recalled lot."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from salon_crm.domain.common.dates import format_moment
from salon_crm.domain.common.money import Money
from salon_crm.gui.common import i18n
from salon_crm.gui.common.i18n import money_text
from salon_crm.gui.procedures.procedure_texts import DEBT_COLOR, procedure_name
from salon_crm.services.procedures.procedure_types import VisitRow

SortRole = int(Qt.ItemDataRole.UserRole) + 1
RowRole = int(Qt.ItemDataRole.UserRole) + 2
OVERRIDE_COLOR = "#e0a000"  # amber: done despite a blocking contraindication
RECALL_COLOR = DEBT_COLOR  # red: a lot used was recalled afterwards
_MARK = 10

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class VisitColumn(IntEnum):
    DATE = 0
    PROCEDURE = 1
    SPECIALIST = 2
    PRICE = 3
    DISCOUNT = 4
    SOLD = 5
    PAID = 6


_MONEY = frozenset({VisitColumn.PRICE, VisitColumn.SOLD, VisitColumn.PAID})


def _marks_icon(colors: Sequence[str]) -> QIcon:
    """Dots side by side, one per mark, drawn here so no icon files are needed."""
    pixmap = QPixmap(len(colors) * (_MARK + 2), _MARK)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    for index, color in enumerate(colors):
        painter.setBrush(QColor(color))
        painter.drawEllipse(QRectF(index * (_MARK + 2), 0, _MARK, _MARK))
    painter.end()
    return QIcon(pixmap)


def _amount(row: VisitRow, column: VisitColumn) -> Money:
    return {VisitColumn.PRICE: row.price, VisitColumn.SOLD: row.sold}.get(column, row.paid)


def _mark_texts(row: VisitRow) -> list[tuple[str, str]]:
    marks: list[tuple[str, str]] = []
    if row.overridden:
        text = QCoreApplication.translate(
            "VisitTable", "Done despite a contraindication; the reason is in the record."
        )
        marks.append((OVERRIDE_COLOR, text))
    if row.has_recalled_lot:
        text = QCoreApplication.translate(
            "VisitTable", "A lot used in this procedure was recalled."
        )
        marks.append((RECALL_COLOR, text))
    return marks


class VisitTableModel(QAbstractTableModel):
    """Holds one client's visits (`set_rows`); `RowRole` gives the VisitRow of a line."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[VisitRow] = []
        self._icons: dict[tuple[str, ...], QIcon] = {}
        self._texts: dict[tuple[int, str], list[str]] = {}

    def set_rows(self, rows: Sequence[VisitRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts.clear()
        self.endResetModel()

    def row_at(self, row: int) -> VisitRow:
        return self._rows[row]

    def column_texts(self, column: int) -> list[str]:
        """The column's text of every row, top to bottom (for sizing the column, which
        the view does a few times over as it lays out: kept until the rows or the
        language change)."""
        key = (column, i18n.current_language())
        if key not in self._texts:
            self._texts[key] = [self._text(row, VisitColumn(column)) for row in self._rows]
        return self._texts[key]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(VisitColumn)

    @staticmethod
    def _text(row: VisitRow, column: VisitColumn) -> str:
        if column is VisitColumn.DATE:
            return format_moment(row.performed_at)
        if column is VisitColumn.PROCEDURE:
            return procedure_name(row.procedure_custom_name, row.procedure_default_name)
        if column is VisitColumn.SPECIALIST:
            return row.specialist
        if column is VisitColumn.DISCOUNT:
            return f"{row.discount_percent}\u00a0%" if row.discount_percent else ""
        return money_text(_amount(row, column))

    def _icon(self, row: VisitRow) -> QIcon | None:
        colors = tuple(color for color, _ in _mark_texts(row))
        if not colors:
            return None
        if colors not in self._icons:
            self._icons[colors] = _marks_icon(colors)
        return self._icons[colors]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = VisitColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._text(row, column)
            if role == Qt.ItemDataRole.AccessibleTextRole and column is VisitColumn.PROCEDURE:
                return " ".join([text, *(mark for _, mark in _mark_texts(row))])
            return text
        if role == Qt.ItemDataRole.DecorationRole and column is VisitColumn.PROCEDURE:
            return self._icon(row)
        if role == Qt.ItemDataRole.ToolTipRole and column is VisitColumn.PROCEDURE:
            return "\n".join([self._text(row, column), *(mark for _, mark in _mark_texts(row))])
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            column in _MONEY or column is VisitColumn.DISCOUNT
        ):
            return _RIGHT
        if role == SortRole:
            return self._sort_value(row, column)
        if role == RowRole:
            return row
        return None

    def _sort_value(self, row: VisitRow, column: VisitColumn) -> object:
        if column is VisitColumn.DATE:
            return row.performed_at.timestamp()
        if column is VisitColumn.DISCOUNT:
            return row.discount_percent
        if column in _MONEY:
            return _amount(row, column).minor
        return self._text(row, column).casefold()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(VisitColumn):
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == VisitColumn.PAID:
            # A payment taken later belongs to no visit: the balance above counts it.
            return QCoreApplication.translate(
                "VisitTable", "Paid at the visit; payments taken later count in the balance"
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            VisitColumn.DATE: QCoreApplication.translate("VisitTable", "Date"),
            VisitColumn.PROCEDURE: QCoreApplication.translate("VisitTable", "Procedure"),
            VisitColumn.SPECIALIST: QCoreApplication.translate("VisitTable", "Specialist"),
            VisitColumn.PRICE: QCoreApplication.translate("VisitTable", "Price"),
            VisitColumn.DISCOUNT: QCoreApplication.translate("VisitTable", "Discount"),
            VisitColumn.SOLD: QCoreApplication.translate("VisitTable", "Sold"),
            VisitColumn.PAID: QCoreApplication.translate("VisitTable", "Paid"),
        }[VisitColumn(section)]
