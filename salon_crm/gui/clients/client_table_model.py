"""The client list's item model: pages of ClientRow fetched in the background on scrolling."""

from __future__ import annotations

import html
from dataclasses import dataclass, field, replace
from enum import IntEnum
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from salon_crm.domain.clients.client_filter import ClientFilter, ClientSort, Scope
from salon_crm.domain.common.dates import format_day
from salon_crm.gui.clients.client_faces import FACE_SIDE, ClientFaces, FaceSource
from salon_crm.gui.clients.flag_icons import describe, flags_of, flags_pixmap
from salon_crm.gui.common.background import LatestOnly, failure_text, run_in_background
from salon_crm.services.clients.client_types import ClientRow
from salon_crm.services.clients.search_service import SearchResult

PAGE_SIZE = 100
# Before the name of a client found only as a near match (one letter off the text).
NEAR_MARK = "≈"

SortRole = int(Qt.ItemDataRole.UserRole) + 1
RowRole = int(Qt.ItemDataRole.UserRole) + 2

_Index = QModelIndex | QPersistentModelIndex
# Computed once: combining Qt flags is Python work, and flags() runs for every cell painted.
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ROLES = frozenset(
    (
        _DISPLAY,
        _DECORATION,
        _TOOLTIP,
        _ACCESSIBLE,
        _FOREGROUND,
        _FONT,
        _ALIGNMENT,
        RowRole,
        SortRole,
    )
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class Column(IntEnum):
    FLAGS = 0
    NUMBER = 1
    NAME = 2
    PHONE = 3
    BIRTH_DATE = 4
    CREATED = 5
    LAST_VISIT = 6
    EMAIL = 7


_COLUMNS = tuple(Column)


# E-mail and flags have no order in the service; clicking them keeps the current order.
SORTS: dict[Column, ClientSort] = {
    Column.NUMBER: ClientSort.NUMBER,
    Column.NAME: ClientSort.NAME,
    Column.PHONE: ClientSort.PHONE,
    Column.BIRTH_DATE: ClientSort.BIRTH_DATE,
    Column.CREATED: ClientSort.CREATED,
    Column.LAST_VISIT: ClientSort.LAST_VISIT,
}


class ClientPages(Protocol):
    """What the model needs of SearchService (a fake in a test, the service in the program)."""

    def page(
        self,
        query: str,
        flt: ClientFilter,
        *,
        sort: ClientSort = ClientSort.RELEVANCE,
        descending: bool = False,
        limit: int = 100,
        offset: int = 0,
    ) -> SearchResult: ...

    def count(self, query: str, flt: ClientFilter) -> int: ...


@dataclass(frozen=True)
class ListQuery:
    """What the list shows: the typed text, the filter and the order."""

    text: str = ""
    flt: ClientFilter = field(default_factory=ClientFilter)
    sort: ClientSort = ClientSort.RELEVANCE
    descending: bool = False


def _sort_value(row: ClientRow, column: Column) -> object:
    if column is Column.FLAGS:
        return len(flags_of(row))
    if column is Column.NUMBER:
        return int(row.number) if row.number.isdigit() else row.number
    if column is Column.NAME:
        return row.full_name.casefold()
    if column is Column.PHONE:
        return row.main_phone
    if column is Column.BIRTH_DATE:
        return row.birth_date.isoformat() if row.birth_date else ""
    if column is Column.CREATED:
        return row.created_at.isoformat()
    if column is Column.LAST_VISIT:
        return row.last_visit_on.isoformat() if row.last_visit_on else ""
    return row.email.casefold()


class ClientTableModel(QAbstractTableModel):
    """Holds the loaded pages of the client list; never all clients.

    `set_query` / `set_filter` / `sort` / `reload` load the first page in the background;
    `fetchMore` (asked by the view as it scrolls) appends the next page. One first page
    is asked for at a time: a query changed meanwhile (the next keystroke) waits and is
    the only one asked next, and an answer for an older query is never shown.

    Signals:
        loading_changed(bool): the first page of a new query started (True) or arrived.
        page_loaded(): the first page of the current query is in the model.
        count_changed(int): how many clients the current query and filter match.
        archived_count_changed(int): how many archived clients match the text too, when
            the list shows the working clients (0 without a text or in another scope).
        load_failed(str): the service refused or failed; the message says why, in the
            user's words (an unexpected error went to the log).
    """

    loading_changed = Signal(bool)
    page_loaded = Signal()
    count_changed = Signal(int)
    archived_count_changed = Signal(int)
    load_failed = Signal(str)

    def __init__(
        self,
        search: ClientPages,
        *,
        faces: FaceSource | None = None,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        # The clients' photos beside their names, for a role that may see them.
        self._faces: ClientFaces | None = None
        if faces is not None:
            ratio = QGuiApplication.primaryScreen().devicePixelRatio()
            self._faces = ClientFaces(faces, side=FACE_SIDE, ratio=ratio, parent=self)
            self._faces.arrived.connect(self._faces_arrived)
        self._page_size = page_size
        self._query = ListQuery()
        self._rows: list[ClientRow] = []
        self._ids: set[int] = set()
        self._near: set[int] = set()
        self._generation = 0
        self._first_pages = LatestOnly(self)
        self._counts = LatestOnly(self)
        self._archived_counts = LatestOnly(self)
        self._archived_total = 0
        self._offset = 0  # rows the service has given for this query (duplicates included)
        self._started = False
        self._loading = False
        self._fetching = False
        self._exhausted = True
        self._effective_text = ""
        self._retyped_as: str | None = None
        self._total: int | None = None
        self._counted: tuple[str, ClientFilter] | None = None

    # --- what to show ------------------------------------------------------------------------

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def retyped_as(self) -> str | None:
        """The other keyboard layout's reading of the text, when only that matched."""
        return self._retyped_as

    @property
    def total(self) -> int | None:
        """The count of matching clients, None until it is known."""
        return self._total

    @property
    def archived_total(self) -> int:
        """Archived clients matching the text while the working ones are shown."""
        return self._archived_total

    def is_near_match(self, client_id: int) -> bool:
        """The client was found only as a near match (one letter off the text)."""
        return client_id in self._near

    @property
    def is_loading(self) -> bool:
        """The first page of the current query is on its way."""
        return self._loading

    @property
    def is_busy(self) -> bool:
        """A first page or a further page is on its way."""
        return self._loading or self._fetching

    def set_query(self, text: str) -> None:
        if text != self._query.text or not self._started:
            self._query = replace(self._query, text=text)
            self._restart()

    def set_filter(self, flt: ClientFilter) -> None:
        if flt != self._query.flt or not self._started:
            self._query = replace(self._query, flt=flt)
            self._restart()

    def set_order(self, order: ClientSort, *, descending: bool = False) -> None:
        if (order, descending) != (self._query.sort, self._query.descending) or not self._started:
            self._query = replace(self._query, sort=order, descending=descending)
            self._restart()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Server-side: the whole list is re-queried in the new order. A column without an
        order (flags, e-mail) keeps the current one; -1 goes back to relevance/name."""
        if column < 0:
            self.set_order(ClientSort.RELEVANCE)
            return
        sort = SORTS.get(Column(column)) if column < len(Column) else None
        if sort is not None:
            self.set_order(sort, descending=order == Qt.SortOrder.DescendingOrder)

    def sort_column(self) -> int:
        """The column of the current order, -1 for relevance/name."""
        for column, sort in SORTS.items():
            if sort is self._query.sort:
                return int(column)
        return -1

    def reload(self, *, keep_loaded: bool = False) -> None:
        """Ask for the first page and the count again (clients were added or changed).
        `keep_loaded` asks for as many rows as are loaded now, so a view scrolled far down
        stays where it was."""
        self._counted = None
        self._restart(keep_loaded=keep_loaded)

    def _restart(self, *, keep_loaded: bool = False) -> None:
        self._generation += 1
        generation = self._generation
        query = self._query
        limit = self._page_size
        if keep_loaded and len(self._rows) > limit:
            pages = -(-len(self._rows) // self._page_size)
            limit = pages * self._page_size
        self._started = True
        self._fetching = False
        if not self._loading:
            self._loading = True
            self.loading_changed.emit(True)
        search = self._search

        def op() -> SearchResult:
            return search.page(
                query.text,
                query.flt,
                sort=query.sort,
                descending=query.descending,
                limit=limit,
                offset=0,
            )

        self._first_pages.run(
            op,
            on_success=lambda result: self._first_page(generation, query, limit, result),
            on_failure=lambda error: self._failed(generation, error),
        )

    def _first_page(
        self, generation: int, query: ListQuery, limit: int, result: SearchResult
    ) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = list(result.rows)
        self._ids = {row.id for row in self._rows}
        self._near = set(result.near_ids)
        self._offset = len(result.rows)
        self._exhausted = len(result.rows) < limit
        self._retyped_as = result.retyped_as
        self._effective_text = result.retyped_as or query.text
        self.endResetModel()
        self._want_faces(self._rows)
        self._loading = False
        self.loading_changed.emit(False)
        self.page_loaded.emit()
        self._count(generation, query)
        self._count_archived(generation, query)

    def _count(self, generation: int, query: ListQuery) -> None:
        key = (self._effective_text, query.flt)
        if key == self._counted and self._total is not None:
            return
        self._counted = key
        search = self._search
        text = self._effective_text

        def counted(total: int) -> None:
            if self._counted == key:
                self._total = total
                self.count_changed.emit(total)

        self._counts.run(
            lambda: search.count(text, query.flt),
            on_success=counted,
            on_failure=lambda error: self._failed(generation, error),
        )

    def _count_archived(self, generation: int, query: ListQuery) -> None:
        """Archived clients are never mixed into the working list, but the list says when
        some match (same text, same filters, the archive instead)."""
        text = self._effective_text
        self._set_archived_total(0)
        if not text or query.flt.scope is not Scope.ACTIVE:
            return
        search = self._search
        archive = replace(query.flt, scope=Scope.ARCHIVED)

        def counted(total: int) -> None:
            if generation == self._generation:
                self._set_archived_total(total)

        self._archived_counts.run(
            lambda: search.count(text, archive),
            on_success=counted,
            on_failure=lambda error: self._failed(generation, error),
        )

    def _set_archived_total(self, total: int) -> None:
        if total != self._archived_total:
            self._archived_total = total
            self.archived_count_changed.emit(total)

    def _failed(self, generation: int, error: Exception) -> None:
        text = failure_text(error)  # first: an unexpected error is logged even if stale
        if generation != self._generation:
            return
        self._counted = None
        self._fetching = False
        if self._loading:
            self._loading = False
            self.loading_changed.emit(False)
        self.load_failed.emit(text)

    # --- paging ------------------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 (Qt's default)
        if parent.isValid():
            return False
        return self._started and not (self._loading or self._fetching or self._exhausted)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008 (Qt's default)
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation = self._generation
        query = self._query
        text = self._effective_text
        offset = self._offset
        limit = self._page_size
        search = self._search

        def op() -> SearchResult:
            return search.page(
                text,
                query.flt,
                sort=query.sort,
                descending=query.descending,
                limit=limit,
                offset=offset,
            )

        run_in_background(
            op,
            on_success=lambda result: self._next_page(generation, result),
            on_failure=lambda error: self._failed(generation, error),
            parent=self,
        )

    def _next_page(self, generation: int, result: SearchResult) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._offset += len(result.rows)
        self._exhausted = len(result.rows) < self._page_size
        # A client added or renamed meanwhile shifts the pages; never show one twice.
        fresh = [row for row in result.rows if row.id not in self._ids]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self._ids.update(row.id for row in fresh)
            self._near.update(result.near_ids)
            self.endInsertRows()
            self._want_faces(fresh)

    def _want_faces(self, rows: list[ClientRow]) -> None:
        if self._faces is not None:
            self._faces.want(row.photo_thumb for row in rows)

    def _faces_arrived(self) -> None:
        if self._rows:
            name = _COLUMNS.index(Column.NAME)
            last = self.index(len(self._rows) - 1, name)
            self.dataChanged.emit(self.index(0, name), last, [Qt.ItemDataRole.DecorationRole])

    # --- reading -----------------------------------------------------------------------------

    def row_at(self, row: int) -> ClientRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, client_id: int) -> int:
        """The row showing this client, -1 if it is not loaded."""
        if client_id not in self._ids:
            return -1
        return next(i for i, row in enumerate(self._rows) if row.id == client_id)

    def loaded_count(self) -> int:
        return len(self._rows)

    # --- Qt's model interface ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        # Asked for every role of every visible cell on each paint: ints, not enums, and
        # the roles nothing answers leave first.
        if role not in _ROLES or not index.isValid():
            return None
        number = index.row()
        if not 0 <= number < len(self._rows):
            return None
        row = self._rows[number]
        column = _COLUMNS[index.column()]
        if role == _DISPLAY:
            if column is Column.NAME and row.id in self._near:
                return f"{NEAR_MARK} {row.full_name}"
            return self._text(row, column)
        if role == RowRole:
            return row
        if role == SortRole:
            return _sort_value(row, column)
        if role == _DECORATION and column is Column.NAME and self._faces is not None:
            return self._faces.face(row.photo_thumb)
        if column is Column.FLAGS:
            if role == _DECORATION:
                flags = flags_of(row)
                return flags_pixmap(flags) if flags else None
            if role in (_TOOLTIP, _ACCESSIBLE):
                flags = flags_of(row)
                return describe(flags) if flags else None
        if role == _ALIGNMENT:
            return _RIGHT if column is Column.NUMBER else None
        if role == _TOOLTIP and column is Column.NAME and row.id in self._near:
            return "<i>{}</i>".format(
                html.escape(self.tr("Near match: one letter differs from what was typed"))
            )
        if not row.archived:
            return None
        if role == _TOOLTIP and column is Column.NAME:
            return self.tr("Archived client")
        if role == _FOREGROUND:
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == _FONT:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    @staticmethod
    def _text(row: ClientRow, column: Column) -> str:
        if column is Column.FLAGS:
            return ""
        if column is Column.NUMBER:
            return row.number
        if column is Column.NAME:
            return row.full_name
        if column is Column.PHONE:
            return row.main_phone_display or row.main_phone
        if column is Column.BIRTH_DATE:
            return format_day(row.birth_date)
        if column is Column.CREATED:
            return format_day(row.created_at)
        if column is Column.LAST_VISIT:
            return format_day(row.last_visit_on)
        return row.email

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.FLAGS:
                return self.tr(
                    "Flags: VIP, blacklist, child, expired documents, allergies, contraindications"
                )
            if column not in SORTS:
                return self.tr("This column cannot be sorted")
        return None

    def _titles(self) -> dict[Column, str]:
        return {
            Column.FLAGS: "",
            Column.NUMBER: self.tr("No."),
            Column.NAME: self.tr("Name"),
            Column.PHONE: self.tr("Phone"),
            Column.BIRTH_DATE: self.tr("Born"),
            Column.CREATED: self.tr("Added"),
            Column.LAST_VISIT: self.tr("Last visit"),
            Column.EMAIL: self.tr("E-mail"),
        }
