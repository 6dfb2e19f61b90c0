"""The home page: today's birthdays and name days, calls and follow-ups due, expiring
documents, recent clients."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.dates import format_day
from salon_crm.domain.permissions import Permission
from salon_crm.gui.clients.client_table_model import RowRole, SortRole
from salon_crm.gui.clients.flag_icons import describe, flags_of, flags_pixmap
from salon_crm.gui.common import ui_settings
from salon_crm.gui.common.background import failure_text, run_in_background
from salon_crm.gui.common.enum_labels import expiring_document_labels
from salon_crm.gui.common.form_parts import ERROR_STYLE
from salon_crm.services.clients.client_types import ClientRow
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.home.home_service import HomeDigest

RECENT_LIMIT = 15
_Index = QModelIndex | QPersistentModelIndex
# Computed once: combining Qt flags is Python work, and flags() runs for every cell painted.
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


# --- clients opened on this computer ---------------------------------------------------------


def recent_client_ids(salon: Path) -> tuple[int, ...]:
    """Newest first; the clients of the salon in `salon` (its data folder) that this
    computer's home page lists as recently opened."""
    ids: list[int] = []
    for part in ui_settings.get(ui_settings.RECENT_CLIENTS, salon=salon).split(","):
        part = part.strip()
        if part.isdigit() and int(part) not in ids:
            ids.append(int(part))
    return tuple(ids[:RECENT_LIMIT])


def remember_client(client_id: int, salon: Path) -> None:
    ids = [client_id, *(i for i in recent_client_ids(salon) if i != client_id)][:RECENT_LIMIT]
    ui_settings.put(ui_settings.RECENT_CLIENTS, ",".join(str(i) for i in ids), salon=salon)


# --- one section's rows ----------------------------------------------------------------------


@dataclass(frozen=True)
class HomeEntry:
    """A client in one of the home lists and what that list says about them."""

    client: ClientRow
    detail: str
    tooltip: str = ""


class HomeColumn(IntEnum):
    NAME = 0
    PHONE = 1
    DETAIL = 2


class HomeListModel(QAbstractTableModel):
    """The rows of one home section (at most a few hundred, so all of them at once)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[HomeEntry] = []

    def set_entries(self, entries: Sequence[HomeEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> HomeEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(HomeColumn)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = HomeColumn(index.column())
        client = entry.client
        if role == Qt.ItemDataRole.DisplayRole:
            if column is HomeColumn.NAME:
                return client.full_name
            if column is HomeColumn.PHONE:
                return client.main_phone_display or client.main_phone
            return entry.detail
        if role == RowRole:
            return client
        if role == SortRole:
            return (client.full_name, client.main_phone, entry.detail)[column]
        if column is HomeColumn.NAME:
            flags = flags_of(client)
            if role == Qt.ItemDataRole.DecorationRole and flags:
                return flags_pixmap(flags)
            if role == Qt.ItemDataRole.ToolTipRole and flags:
                return describe(flags)
        if role == Qt.ItemDataRole.ToolTipRole and column is HomeColumn.DETAIL and entry.tooltip:
            return entry.tooltip
        return None


# --- the page --------------------------------------------------------------------------------


class HomeSection(QFrame):
    """A titled list with a calm sentence in place of an empty table.

    Signals:
        open_client_requested(int): Enter or a double-click on a row.
    """

    open_client_requested = Signal(int)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{key}Section")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._title = QLabel(self)
        self._title.setObjectName(f"{key}Title")
        font = QFont(self._title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self._title.setFont(font)
        self._empty = QLabel(self)
        self._empty.setObjectName(f"{key}Empty")
        self._empty.setStyleSheet("QLabel { color: palette(mid); }")
        self.model = HomeListModel(self)
        self.table = QTableView(self)
        self.table.setObjectName(f"{key}Table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setFrameShape(QFrame.Shape.NoFrame)
        self.table.horizontalHeader().hide()
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(HomeColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(HomeColumn.PHONE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HomeColumn.DETAIL, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._activated)

        self._header = QHBoxLayout()
        self._header.setContentsMargins(0, 0, 0, 0)
        self._header.addWidget(self._title, 1)
        # The section is never taller than its rows: what is left stays below, together.
        for label in (self._title, self._empty):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(self._header)
        layout.addWidget(self._empty)
        layout.addWidget(self.table, 1)
        self._title_text = ""
        self._empty_text = ""
        self._loaded = False
        self.table.hide()

    def add_button(self, button: QPushButton) -> None:
        self._header.addWidget(button)

    def set_texts(self, title: str, empty: str) -> None:
        self._title_text = title
        self._empty_text = empty
        self._update_texts()

    def set_entries(self, entries: Sequence[HomeEntry]) -> None:
        self._loaded = True
        self.model.set_entries(entries)
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(min(len(entries), 3) * rows + 4)
        self.table.setMaximumHeight(len(entries) * rows + 4)
        self.table.setVisible(bool(entries))
        self._empty.setVisible(not entries)
        self._update_texts()

    def _update_texts(self) -> None:
        count = self.model.rowCount()
        title = self._title_text
        self._title.setText(f"{title} · {count}" if self._loaded and count else title)
        self._empty.setText(self._empty_text if self._loaded else self.tr("Loading…"))
        self.table.setAccessibleName(title)

    def title(self) -> str:
        return self._title.text()

    def empty_text(self) -> str:
        return "" if self._empty.isHidden() else self._empty.text()

    def has_rows(self) -> bool:
        return self.model.rowCount() > 0

    def current_client(self) -> ClientRow | None:
        value = self.table.currentIndex().data(RowRole)
        return value if isinstance(value, ClientRow) else None

    def _activated(self, index: QModelIndex) -> None:
        client = index.data(RowRole)
        if isinstance(client, ClientRow):
            self.open_client_requested.emit(client.id)


class HomeView(QWidget):
    """What the receptionist looks at first each morning; loaded in the background.

    `refresh()` reloads it; the main window calls it whenever the page is shown.

    Signals:
        open_client_requested(int): a row was opened (Enter or double-click).
        loaded(): a digest arrived and is shown.
        client_changed(int): a call was marked as done for this client.
    """

    open_client_requested = Signal(int)
    loaded = Signal()
    client_changed = Signal(int)

    def __init__(self, workspace: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeView")
        # The one place the home page gets its services.
        self._home = workspace.home(actor)
        self._clients = workspace.clients(actor)
        self._actor = actor
        self._salon = workspace.data_dir
        self._digest: HomeDigest | None = None
        self._loading = False
        self._again = False

        self._heading = QLabel(self)
        self._heading.setObjectName("homeHeading")
        font = QFont(self._heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self._heading.setFont(font)
        self._problem = QLabel(self)
        self._problem.setObjectName("homeProblem")
        self._problem.setStyleSheet(ERROR_STYLE)
        self._problem.setWordWrap(True)
        self._problem.hide()

        self.calls = HomeSection("dueCalls", self)
        self.follow_ups = HomeSection("followUps", self)
        self.birthdays = HomeSection("birthdays", self)
        self.name_days = HomeSection("nameDays", self)
        self.documents = HomeSection("expiringDocuments", self)
        self.recent = HomeSection("recentClients", self)
        # The document's name needs the room more than the phone does here.
        self.documents.table.setColumnHidden(HomeColumn.PHONE, True)
        self._call_done = QPushButton(self)
        self._call_done.setObjectName("callDoneButton")
        self._call_done.setAutoDefault(False)
        self._call_done.setEnabled(False)
        self._call_done.setVisible(actor.can(Permission.CLIENTS_WRITE))
        self._call_done.clicked.connect(self.mark_call_done)
        self.calls.add_button(self._call_done)
        self.calls.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._call_done.setEnabled(self.calls.current_client() is not None)
        )
        self._called_action = QAction(self)
        self._called_action.setShortcut(Qt.Key.Key_Space)
        self._called_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._called_action.triggered.connect(self.mark_call_done)
        if actor.can(Permission.CLIENTS_WRITE):
            self.calls.table.addAction(self._called_action)
        for section in self.sections():
            section.open_client_requested.connect(self.open_client_requested)

        # Two columns; a section takes room by its number of rows, an empty one only its
        # title and sentence, and what is left stays below them.
        self._columns = (QVBoxLayout(), QVBoxLayout())
        for column, sections in zip(
            self._columns,
            (
                (self.calls, self.follow_ups, self.birthdays, self.name_days),
                (self.recent, self.documents),
            ),
            strict=True,
        ):
            column.setSpacing(12)
            for section in sections:
                column.addWidget(section)
            column.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(12)
        for column in self._columns:
            columns.addLayout(column, 1)
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(16, 12, 16, 12)
        inner.setSpacing(10)
        inner.addWidget(self._heading)
        inner.addWidget(self._problem)
        inner.addLayout(columns, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._retranslate()

    def sections(self) -> tuple[HomeSection, ...]:
        return (
            self.calls,
            self.follow_ups,
            self.birthdays,
            self.name_days,
            self.recent,
            self.documents,
        )

    # --- texts -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.calls.set_texts(self.tr("Calls due"), self.tr("No calls due today."))
        self.follow_ups.set_texts(
            self.tr("Follow-ups due"), self.tr("Nobody is due back after a procedure today.")
        )
        self.birthdays.set_texts(self.tr("Birthdays today"), self.tr("No birthdays today."))
        self.name_days.set_texts(self.tr("Name days today"), self.tr("No name days today."))
        self.documents.set_texts(
            self.tr("Documents expiring within 30 days"),
            self.tr("No documents expire in the next 30 days."),
        )
        self.recent.set_texts(
            self.tr("Recently opened"), self.tr("No clients opened yet on this computer.")
        )
        self._call_done.setText(self.tr("Call made"))
        self._call_done.setToolTip(
            self.tr("The call to the selected client happened: plan the next one (Space)")
        )
        self._called_action.setText(self.tr("Call made"))
        self._show_heading()
        if self._digest is not None:
            self._show(self._digest)

    def _show_heading(self) -> None:
        today = self._digest.today if self._digest is not None else date.today()
        text = QLocale().toString(
            QDate(today.year, today.month, today.day), QLocale.FormatType.LongFormat
        )
        self._heading.setText(self.tr("Today: {date}").format(date=text))

    # --- loading -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Load the digest again in the background (one load at a time)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        home = self._home
        recent = recent_client_ids(self._salon)
        run_in_background(
            lambda: home.digest(recent_ids=recent),
            on_success=self._digest_loaded,
            on_failure=self._failed,
            parent=self,
        )

    @property
    def is_loading(self) -> bool:
        return self._loading

    def _finish_loading(self) -> bool:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()
            return False
        return True

    def _digest_loaded(self, digest: HomeDigest) -> None:
        if not self._finish_loading():
            return
        self._problem.hide()
        self._digest = digest
        self._show(digest)
        self.loaded.emit()

    def _failed(self, error: Exception) -> None:
        text = failure_text(error)  # first: an unexpected error is logged even if stale
        if not self._finish_loading():
            return
        self._problem.setText(
            self.tr("Today's lists could not be loaded: {error}").format(error=text)
        )
        self._problem.show()

    def _show(self, digest: HomeDigest) -> None:
        today = digest.today
        self._show_heading()
        self.birthdays.set_entries([HomeEntry(c, self._turns(c, today)) for c in digest.birthdays])
        self.name_days.set_entries([HomeEntry(c, self._number(c)) for c in digest.name_days])
        keep = self.calls.current_client()
        self.calls.set_entries(
            [self._due_entry(call.client, call.due_on, today) for call in digest.due_calls]
        )
        self.follow_ups.set_entries(
            [self._due_entry(due.client, due.due_on, today) for due in digest.follow_ups]
        )
        if keep is not None:
            self._select(self.calls, keep.id)
        self._call_done.setEnabled(self.calls.current_client() is not None)
        labels = expiring_document_labels()
        self.documents.set_entries(
            [
                HomeEntry(
                    d.client,
                    self.tr("{document}, until {date}").format(
                        document=d.title or labels[d.kind], date=format_day(d.expires_on)
                    ),
                    labels[d.kind],
                )
                for d in digest.expiring_documents
            ]
        )
        self.recent.set_entries([HomeEntry(c, self._number(c)) for c in digest.recent])
        self._update_stretch()

    def _update_stretch(self) -> None:
        for column in self._columns:
            for index in range(column.count()):
                item = column.itemAt(index)
                widget = item.widget() if item is not None else None
                if isinstance(widget, HomeSection):
                    column.setStretch(index, min(widget.model.rowCount(), 12))

    def _turns(self, client: ClientRow, today: date) -> str:
        if client.birth_date is None:
            return ""
        age = today.year - client.birth_date.year
        return self.tr("turns {age}").format(age=age)

    def _number(self, client: ClientRow) -> str:
        return self.tr("No. {number}").format(number=client.number) if client.number else ""

    def _due_entry(self, client: ClientRow, due_on: date, today: date) -> HomeEntry:
        if due_on >= today:
            return HomeEntry(client, self.tr("today"))
        return HomeEntry(
            client,
            self.tr("due since {date}").format(date=format_day(due_on)),
        )

    @staticmethod
    def _select(section: HomeSection, client_id: int) -> None:
        for row in range(section.model.rowCount()):
            entry = section.model.entry(row)
            if entry is not None and entry.client.id == client_id:
                section.table.setCurrentIndex(section.model.index(row, HomeColumn.NAME))
                return

    # --- actions -----------------------------------------------------------------------------

    def mark_call_done(self) -> None:
        """The selected client in "Calls due" was called: the service plans the next call."""
        client = self.calls.current_client()
        if client is None:
            return
        self._call_done.setEnabled(False)
        clients = self._clients
        client_id = client.id

        def done(_next_call: object) -> None:
            self.client_changed.emit(client_id)
            self.refresh()

        run_in_background(
            lambda: clients.call_done(client_id),
            on_success=done,
            on_failure=self._failed_call,
            parent=self,
        )

    def _failed_call(self, error: Exception) -> None:
        self._problem.setText(
            self.tr("The call could not be marked: {error}").format(error=failure_text(error))
        )
        self._problem.show()
        self._call_done.setEnabled(self.calls.current_client() is not None)

    def first_focus_widget(self) -> QWidget:
        for section in self.sections():
            if section.has_rows():
                return section.table
        return self
