"""The client list: the table of clients, its filters, the count and the search-field wiring."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.clients.client_filter import ClientFilter, Scope
from salon_crm.domain.common.dates import format_day
from salon_crm.gui.clients.client_faces import face_source
from salon_crm.gui.clients.client_filter_panel import ClientFilterPanel
from salon_crm.gui.clients.client_table_model import ClientTableModel, Column, RowRole
from salon_crm.gui.clients.flag_icons import strip_width
from salon_crm.gui.common import ui_settings
from salon_crm.gui.common.form_parts import ERROR_STYLE
from salon_crm.services.clients.client_types import ClientRow
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace

# Holding an arrow key moves many rows a second: the card follows once the keys rest.
SHOW_SELECTED_MS = 150
_NOT_TYPING = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)

# Starting widths: the widest value a column shows, or a number of average characters
# for text; the user's own widths are restored over them.
_WIDEST_DAY = format_day(date(2000, 12, 28))
_WIDTHS: dict[Column, str | int] = {
    Column.NUMBER: "000000",
    Column.NAME: 34,
    Column.PHONE: 18,
    Column.BIRTH_DATE: _WIDEST_DAY,
    Column.CREATED: _WIDEST_DAY,
    Column.LAST_VISIT: _WIDEST_DAY,
    Column.EMAIL: 24,
}
# Shown from the header's context menu; hidden at first to leave the name its room.
_HIDDEN_AT_FIRST = (Column.CREATED,)


class ClientTable(QTableView):
    """A table that says something calm when it has no rows instead of staying blank.

    Signals:
        row_menu_requested(QPoint): the context menu was asked for on a row (right click
            or the Menu key); where to show it, in global coordinates.
    """

    row_menu_requested = Signal(QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = ""

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            if not self.indexAt(event.pos()).isValid():
                return
            where = event.globalPos()
        else:  # the keyboard: below the current row, where the eyes are
            current = self.currentIndex()
            if not current.isValid():
                return
            where = self.viewport().mapToGlobal(self.visualRect(current).bottomLeft())
        self.row_menu_requested.emit(where)
        event.accept()

    def set_placeholder(self, text: str) -> None:
        if text != self._placeholder:
            self._placeholder = text
            self.viewport().update()

    def placeholder(self) -> str:
        return self._placeholder

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self._placeholder and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(
                self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            )
            area = self.viewport().rect().adjusted(24, 32, -24, -24)
            painter.drawText(
                QRect(area),
                int(
                    Qt.AlignmentFlag.AlignHCenter
                    | Qt.AlignmentFlag.AlignTop
                    | Qt.TextFlag.TextWordWrap
                ),
                self._placeholder,
            )
            painter.end()


class ClientListView(QWidget):
    """Searching, filtering and browsing clients; never holds more than the pages seen.

    The search field belongs to the main window (it is always there); `connect_search`
    wires it here: every keystroke searches, Esc clears, Down goes to the table, Enter
    opens the first (or the selected) client.

    Signals:
        open_client_requested(int): Enter or a double-click on a row (the client's id).
        client_selected(int): a row became current: at once on a click, once the arrow
            keys rest when browsing with the keyboard (the client's id).
    """

    open_client_requested = Signal(int)
    client_selected = Signal(int)

    def __init__(self, workspace: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientListView")
        self._model = ClientTableModel(
            workspace.search(actor), faces=face_source(workspace, actor), parent=self
        )
        self._search_field: QLineEdit | None = None
        self._open_first_when_loaded = False
        self._keep_client: int | None = None
        self._keep_scroll: int | None = None

        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(SHOW_SELECTED_MS)
        self._selection_timer.timeout.connect(self._announce_current)

        self._count = QLabel(self)
        self._count.setObjectName("clientCount")
        self._retyped = QLabel(self)
        self._retyped.setObjectName("retypedNote")
        self._retyped.setStyleSheet("QLabel { color: palette(mid); font-style: italic; }")
        self._retyped.hide()
        # "2 archived clients match — show them": never mixed in, one click away.
        self._archived_hint = QPushButton(self)
        self._archived_hint.setObjectName("archivedMatchesButton")
        self._archived_hint.setFlat(True)
        self._archived_hint.setAutoDefault(False)
        self._archived_hint.setCursor(Qt.CursorShape.PointingHandCursor)
        self._archived_hint.setStyleSheet(
            "QPushButton { color: palette(link); text-decoration: underline; border: none;"
            " padding: 0 4px; text-align: left; }"
        )
        self._archived_hint.clicked.connect(self.show_archived_matches)
        self._archived_hint.hide()
        self._problem = QLabel(self)
        self._problem.setObjectName("clientListProblem")
        self._problem.setStyleSheet(ERROR_STYLE)
        self._problem.setWordWrap(True)
        self._problem.hide()
        # One action for the button and the View menu of the main window.
        self.filters_action = QAction(self)
        self.filters_action.setObjectName("showFiltersAction")
        self.filters_action.setCheckable(True)
        self.filters_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self._filters_button = QToolButton(self)
        self._filters_button.setObjectName("filtersButton")
        self._filters_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._filters_button.setDefaultAction(self.filters_action)

        self._filters = ClientFilterPanel(workspace.settings(actor), self)
        self._filters.filter_changed.connect(self._filter_changed)
        self.filters_action.toggled.connect(self._show_filters)
        self.filters_action.setChecked(ui_settings.get(ui_settings.CLIENT_FILTERS_VISIBLE) != 0)
        self._filters.setVisible(self.filters_action.isChecked())

        self._table = ClientTable(self)
        self._table.setObjectName("clientTable")
        self._table.setModel(self._model)
        self._row_menu = QMenu(self)
        self._row_menu.setObjectName("clientRowMenu")
        self._setup_table()

        self._model.page_loaded.connect(self._page_loaded)
        self._model.count_changed.connect(self._update_status)
        self._model.archived_count_changed.connect(lambda _count: self._update_archived_hint())
        self._model.load_failed.connect(self._load_failed)
        self._model.loading_changed.connect(lambda _loading: self._update_status())

        status = QHBoxLayout()
        status.setContentsMargins(0, 0, 0, 0)
        status.addWidget(self._count)
        status.addWidget(self._retyped)
        status.addWidget(self._archived_hint)
        status.addStretch(1)
        status.addWidget(self._filters.clear_button)
        status.addWidget(self._filters_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(status)
        layout.addWidget(self._filters)
        layout.addWidget(self._problem)
        layout.addWidget(self._table, 1)

        self._retranslate()
        self._model.set_filter(self._filters.current_filter())

    def _setup_table(self) -> None:
        table = self._table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setShowGrid(False)
        table.setTabKeyNavigation(False)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        char = table.fontMetrics().averageCharWidth()
        header.setMinimumSectionSize(max(24, char * 3))
        # Room for three flags; a client with all four is rare and has the tooltip.
        header.resizeSection(Column.FLAGS, strip_width(3) + 10)
        cells = table.fontMetrics()
        header.setSortIndicatorShown(True)  # so that the titles' widths hold the arrow
        for column, widest in _WIDTHS.items():
            # Wide enough for the title in the current language too («Последний визит»).
            value = widest * char if isinstance(widest, int) else cells.horizontalAdvance(widest)
            title = header.sectionSizeFromContents(column).width()
            header.resizeSection(column, max(value + 2 * char + 16, title))
        for column in _HIDDEN_AT_FIRST:
            header.setSectionHidden(column, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        # No indicator at first: relevance when searching, else by name. Clicking a header
        # cycles ascending, descending, back to none.
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        table.activated.connect(self._activated)
        selection = table.selectionModel()
        selection.currentRowChanged.connect(lambda *_: self._selection_timer.start())
        table.pressed.connect(lambda _index: self._announce_current())  # a click: at once
        table.row_menu_requested.connect(self._show_row_menu)

    # --- texts -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._table.setAccessibleName(self.tr("Clients"))
        self._model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        self._update_filters_button()
        self._update_status()
        self._update_retyped()
        self._update_archived_hint()

    # --- the search field --------------------------------------------------------------------

    def connect_search(self, field: QLineEdit) -> None:
        self._search_field = field
        field.textChanged.connect(self.set_search_text)
        field.installEventFilter(self)
        self._table.installEventFilter(self)

    def set_search_text(self, text: str) -> None:
        """Search on every keystroke; the model asks only for the newest text while an
        older search is still running, and never shows an older answer."""
        self._model.set_query(text.strip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self._search_field:
                return self._search_key(event)
            if watched is self._table:
                return self._table_key(event)
        return super().eventFilter(watched, event)

    def _table_key(self, event: QKeyEvent) -> bool:
        """Esc goes back to the search field; typing a letter starts a new search there
        (rather than the table's jump-to-row, which only knows the loaded rows)."""
        field = self._search_field
        if field is None:
            return False
        text = event.text()
        typing = bool(text) and text.isprintable() and not text.isspace()
        if event.key() == Qt.Key.Key_Escape:
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            field.selectAll()
            return True
        if typing and not event.modifiers() & _NOT_TYPING:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            field.selectAll()
            QCoreApplication.sendEvent(
                field, QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers(), text)
            )
            return True
        return False

    def _search_key(self, event: QKeyEvent) -> bool:
        field = self._search_field
        assert field is not None
        key = event.key()
        if key == Qt.Key.Key_Escape and field.text():
            field.clear()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self._model.rowCount() > 0:
            self._table.setFocus()
            if not self._table.currentIndex().isValid():
                self._table.setCurrentIndex(self._model.index(0, Column.NAME))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_first()
            return True
        return False

    def open_first(self) -> None:
        """Open the selected client, or the first one; if the list is still catching up
        with the typing, as soon as it has."""
        if self._model.is_loading:
            self._open_first_when_loaded = True
            return
        current = self._table.currentIndex()
        row = current.row() if current.isValid() else 0
        client = self._model.row_at(row)
        if client is not None:
            self.open_client_requested.emit(client.id)

    # --- filters -----------------------------------------------------------------------------

    def _show_filters(self, shown: bool) -> None:
        self._filters.setVisible(shown)
        ui_settings.put(ui_settings.CLIENT_FILTERS_VISIBLE, int(shown))
        self._update_filters_button()

    def _filter_changed(self, flt: ClientFilter) -> None:
        self._model.set_filter(flt)
        self._update_filters_button()
        self._update_archived_hint()

    def show_archived_matches(self) -> None:
        """The same text and filters, in the archive (the hint's link)."""
        self._filters.set_filter(replace(self._filters.current_filter(), scope=Scope.ARCHIVED))

    def _update_filters_button(self) -> None:
        active = self._filters.active_count()
        text = (
            self.tr("Filters") if not active else self.tr("Filters ({count})").format(count=active)
        )
        self.filters_action.setText(text)
        self.filters_action.setToolTip(self.tr("Show or hide the filters (Ctrl+Shift+F)"))

    def set_filter(self, flt: ClientFilter) -> None:
        self._filters.set_filter(flt)

    def current_filter(self) -> ClientFilter:
        return self._filters.current_filter()

    def reload_lists(self) -> None:
        """The salon's groups, sources or categories changed in the settings."""
        self._filters.reload_lists()

    # --- the table ---------------------------------------------------------------------------

    def _header_menu(self, position: QPoint) -> None:
        """Which columns to show; the choice is kept with the widths and the order."""
        header = self._table.horizontalHeader()
        menu = QMenu(self)
        for column in Column:
            if column is Column.FLAGS:
                title = self.tr("Flags")
            else:
                title = str(self._model.headerData(column, Qt.Orientation.Horizontal))
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column is not Column.NAME)
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        menu.exec(header.mapToGlobal(position))
        menu.deleteLater()

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        # The model ignores a column without an order; put the indicator back where the
        # order really is, so the header never claims a sort that is not happening.
        del order
        actual = self._model.sort_column()
        if column != actual:
            header = self._table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(actual, self._sort_order())
            header.blockSignals(False)

    def _sort_order(self) -> Qt.SortOrder:
        if self._model.query.descending:
            return Qt.SortOrder.DescendingOrder
        return Qt.SortOrder.AscendingOrder

    def _activated(self, index: QModelIndex) -> None:
        client = index.data(RowRole)
        if isinstance(client, ClientRow):
            self.open_client_requested.emit(client.id)

    def _page_loaded(self) -> None:
        table = self._table
        self._update_status()
        self._update_retyped()
        if self._keep_client is not None:
            if self._keep_scroll is not None:
                table.verticalScrollBar().setValue(self._keep_scroll)
            row = self._model.row_of(self._keep_client)
            if row >= 0:
                index = self._model.index(row, Column.NAME)
                table.setCurrentIndex(index)
                table.scrollTo(index)
            self._keep_client = None
            self._keep_scroll = None
        elif self._model.rowCount() > 0:
            table.scrollToTop()
        if self._open_first_when_loaded:
            self._open_first_when_loaded = False
            self.open_first()

    def refresh(self) -> None:
        """Clients were added or changed: load again, keeping the selection and position."""
        current = self.current_client_id()
        self._keep_client = current
        self._keep_scroll = self._table.verticalScrollBar().value()
        self._model.reload(keep_loaded=True)

    def select_client(self, client_id: int) -> bool:
        """Make the client's row current if it is loaded; False if it is not. While the
        list is loading (a client just saved), the row is chosen once it arrives."""
        row = self._model.row_of(client_id)
        if row < 0:
            if self._model.is_loading:
                self._keep_client = client_id
            return False
        index = self._model.index(row, Column.NAME)
        self._table.setCurrentIndex(index)
        self._table.scrollTo(index)
        return True

    def current_client_id(self) -> int | None:
        client = self._table.currentIndex().data(RowRole)
        return client.id if isinstance(client, ClientRow) else None

    def focus_table(self) -> None:
        self._table.setFocus()

    def _announce_current(self) -> None:
        self._selection_timer.stop()
        client_id = self.current_client_id()
        if client_id is not None:
            self.client_selected.emit(client_id)

    # --- the row's context menu --------------------------------------------------------------

    def set_row_actions(self, actions: Sequence[QAction | None]) -> None:
        """What the context menu of a row offers (None: a separator); the actions work on
        the client shown in the card, which is the current row's."""
        self._row_menu.clear()
        for action in actions:
            if action is None:
                self._row_menu.addSeparator()
            else:
                self._row_menu.addAction(action)

    def _show_row_menu(self, where: QPoint) -> None:
        self._announce_current()  # the card (and so the actions) is this row's, not the last
        if self._row_menu.actions():
            self._row_menu.popup(where)

    @property
    def row_menu(self) -> QMenu:
        return self._row_menu

    # --- status line -------------------------------------------------------------------------

    def _update_status(self) -> None:
        total = self._model.total
        archive = self._model.query.flt.scope is Scope.ARCHIVED
        if total is None:
            self._count.setText(self.tr("Loading…") if self._model.is_loading else "")
        elif archive:
            self._count.setText(
                self.tr("Archived: {count}").format(count=QLocale().toString(total))
            )
        else:
            self._count.setText(self.tr("Clients: {count}").format(count=QLocale().toString(total)))
        self._table.set_placeholder(self._placeholder_text())

    def _placeholder_text(self) -> str:
        if self._model.is_loading or self._model.rowCount() > 0:
            return ""
        query = self._model.query
        if query.text:
            return self.tr("No clients match “{text}”.").format(text=query.text)
        if self._filters.active_count():
            return self.tr("No clients match these filters.")
        return self.tr("No clients yet. Press Ctrl+N to add the first one.")

    def _update_archived_hint(self) -> None:
        count = self._model.archived_total
        shown = count > 0 and self._model.query.flt.scope is Scope.ACTIVE
        if shown:
            self._archived_hint.setText(
                self.tr("1 archived client matches — show it")
                if count == 1
                else self.tr("%n archived clients match — show them", "", count)
            )
        self._archived_hint.setVisible(shown)

    def _update_retyped(self) -> None:
        retyped = self._model.retyped_as
        self._retyped.setVisible(bool(retyped))
        if retyped:
            self._retyped.setText(self.tr("Showing results for “{text}”").format(text=retyped))

    def _load_failed(self, message: str) -> None:
        self._problem.setText(
            self.tr("The list could not be loaded: {error}").format(error=message)
        )
        self._problem.show()

    # --- state of this computer --------------------------------------------------------------

    def save_state(self) -> None:
        ui_settings.put(ui_settings.CLIENT_TABLE_HEADER, self._table.horizontalHeader().saveState())

    def restore_state(self) -> None:
        state = ui_settings.get(ui_settings.CLIENT_TABLE_HEADER)
        if not state.isEmpty():
            self._table.horizontalHeader().restoreState(state)

    # --- for the main window and tests -------------------------------------------------------

    @property
    def model(self) -> ClientTableModel:
        return self._model

    @property
    def table(self) -> ClientTable:
        return self._table

    @property
    def filters(self) -> ClientFilterPanel:
        return self._filters
