"""The table of a client's audit trail: who changed which field, when, from what to what.

The words come from the service's history catalogue; this model only translates them.
"""

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
    Qt,
)
from PySide6.QtGui import QFont

from salon_crm.domain.common.dates import format_moment
from salon_crm.domain.common.enums import CustomFieldType
from salon_crm.services.clients import history_catalogue
from salon_crm.services.clients.history_catalogue import HistoryLine
from salon_crm.services.core.phrases import Phrase

# A value longer than this is cut in the cell; the tooltip carries all of it.
CELL_LIMIT = 120


def phrase_text(phrase: Phrase) -> str:
    """A service's phrase in the user's language."""
    return phrase.render(QCoreApplication.translate)


def client_field_labels() -> dict[str, str]:
    """The questionnaire's own words for the client's fields, so merge speaks like the
    form does."""
    return {
        name: QCoreApplication.translate(history_catalogue.CONTEXT, text)
        for name, text in history_catalogue.CLIENT_FIELDS.items()
    }


def format_custom_value(value: str, kind: CustomFieldType | None) -> str:
    """A stored custom-field value as people read it: yes/no, dd.MM.yyyy, or as typed."""
    return phrase_text(history_catalogue.custom_value(value, kind))


class HistoryColumn(IntEnum):
    WHEN = 0
    WHO = 1
    WHAT = 2
    OLD = 3
    NEW = 4


SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def _cell(text: str) -> str:
    return text if len(text) <= CELL_LIMIT else text[: CELL_LIMIT - 1] + "…"


class ClientHistoryModel(QAbstractTableModel):
    """Holds the history lines of one client, newest first as the service gives them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryLine] = []

    def set_rows(self, rows: Sequence[HistoryLine]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> HistoryLine:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(HistoryColumn)

    def _text(self, row: HistoryLine, column: HistoryColumn) -> str:
        if column is HistoryColumn.WHEN:
            return format_moment(row.at)
        if column is HistoryColumn.WHO:
            return row.user or QCoreApplication.translate("ClientHistory", "(system)")
        if column is HistoryColumn.WHAT:
            return phrase_text(row.what)
        return phrase_text(row.old if column is HistoryColumn.OLD else row.new)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = HistoryColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(self._text(row, column))
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole value: the view elides what does not fit its column.
            text = self._text(row, column)
            if row.from_merged_card:
                note = QCoreApplication.translate(
                    "ClientHistory", "From a duplicate card merged into this one."
                )
                return f"{text}\n{note}" if text else note
            return text or None
        if role == SORT_ROLE:
            return row.at.timestamp() if column is HistoryColumn.WHEN else self._text(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.FontRole and row.from_merged_card:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(HistoryColumn):
            return None
        return {
            HistoryColumn.WHEN: QCoreApplication.translate("ClientHistory", "When"),
            HistoryColumn.WHO: QCoreApplication.translate("ClientHistory", "Who"),
            HistoryColumn.WHAT: QCoreApplication.translate("ClientHistory", "What"),
            HistoryColumn.OLD: QCoreApplication.translate("ClientHistory", "Was"),
            HistoryColumn.NEW: QCoreApplication.translate("ClientHistory", "Became"),
        }[HistoryColumn(section)]
