"""A table model over a short list of typed rows, its columns declared as text functions
(the catalogue's procedures, products and lots, a lot recall's clients, the health
record's assessments, home care and scale history)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from salon_crm.gui.common.form_parts import ERROR_COLOR

T = TypeVar("T")
_Index = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_ROLES = frozenset(
    {
        int(Qt.ItemDataRole.DisplayRole),
        int(Qt.ItemDataRole.ToolTipRole),
        int(Qt.ItemDataRole.TextAlignmentRole),
        int(Qt.ItemDataRole.ForegroundRole),
        int(RowRole),
        int(SortRole),
    }
)


@dataclass(frozen=True)
class RowColumn(Generic[T]):
    """One column: its header (asked at every paint: the language can change) and what a
    row shows in it. The tooltip defaults to the text, so what the view elides can still
    be read."""

    header: Callable[[], str]
    text: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    tooltip: Callable[[T], str] | None = None
    alarm: Callable[[T], bool] | None = None  # the cell in the red of danger
    centered: bool = False


class RowTableModel(QAbstractTableModel, Generic[T]):
    """All rows at once (a catalogue, a recall list: hundreds at most). A row for which
    `muted` says True (an inactive one) is shown in the placeholder grey."""

    def __init__(
        self,
        columns: Sequence[RowColumn[T]],
        *,
        muted: Callable[[T], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._muted = muted
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T], columns: Sequence[RowColumn[T]] | None = None) -> None:
        """Show `rows`; `columns` replaces the columns too (the scale history's visits)."""
        self.beginResetModel()
        self._rows = list(rows)
        if columns is not None:
            self._columns = tuple(columns)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, index: int) -> T | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def column_texts(self, column: int) -> list[str]:
        """The column's text of every row (for sizing the column; the lists are short
        enough to read again each time)."""
        text = self._columns[column].text
        return [text(row) for row in self._rows]

    def index_where(self, wanted: Callable[[T], bool]) -> int:
        return next((i for i, row in enumerate(self._rows) if wanted(row)), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
            or not 0 <= section < len(self._columns)
        ):
            return None
        return self._columns[section].header()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks for a dozen roles per cell as it lays out; most are not ours.
        if (
            role not in _ROLES
            or not index.isValid()
            or not 0 <= index.row() < len(self._rows)
            or not 0 <= index.column() < len(self._columns)
        ):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == RowRole:
            return row
        if role == SortRole:
            return column.sort(row) if column.sort is not None else column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (column.tooltip or column.text)(row) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.centered:
            return _CENTER
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.alarm is not None and column.alarm(row):
                return QColor(ERROR_COLOR)
            if self._muted is not None and self._muted(row):
                return QPalette().color(QPalette.ColorRole.PlaceholderText)
        return None


def row_table_view(
    model: RowTableModel[Any], name: str, *, stretch: int, parent: QWidget | None = None
) -> QTableView:
    """A read-only table of whole rows, one selected at a time; the columns as wide as
    their texts, `stretch` taking what is left."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setStyleSheet("QTableView::item { padding: 0px 6px; }")
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table
