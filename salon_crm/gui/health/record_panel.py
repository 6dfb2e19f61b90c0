"""The base of the health record's panels on the card (skin assessments, home care): a
row of buttons, a line for refusals, the table of entries, and the forms they open."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.errors import SalonError
from salon_crm.domain.permissions import Permission
from salon_crm.gui.common.background import failure_text
from salon_crm.gui.common.fitted_table_view import FittedTableView
from salon_crm.gui.common.form_parts import ErrorLabel
from salon_crm.gui.common.row_table_model import RowColumn, RowTableModel
from salon_crm.gui.health.health_form_dialog import HealthFormDialog
from salon_crm.services.core.actor import Actor

T = TypeVar("T")


class Records(Protocol[T]):
    """What a panel needs of its service (AssessmentService, HomeCareService)."""

    def list(self, client_id: int) -> list[T]: ...

    def check_writable(self, client_id: int) -> None: ...


class RecordPanel(QWidget, Generic[T]):
    """A role that may not read health data sees `closed_text` and nothing else.
    Subclasses give the form for a new or a stored entry (`dialog_for`), may show the
    entries elsewhere too (`show_rows`), and put `table` into `body`; entries have an
    `id`.

    Signals:
        client_changed(int): an entry of the client (id) was stored.
    """

    client_changed = Signal(int)

    def __init__(
        self,
        records: Records[T],
        actor: Actor,
        client_id: int,
        parent: QWidget | None,
        *,
        closed_text: str,
        columns: Sequence[RowColumn[T]],
    ) -> None:
        super().__init__(parent)
        self.records = records
        self.actor = actor
        self.client_id = client_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.readable = actor.can(Permission.HEALTH_READ)
        if not self.readable:
            closed = QLabel(closed_text, self)
            closed.setObjectName("healthClosed")
            closed.setWordWrap(True)
            layout.addWidget(closed)
            return
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout.addLayout(self.buttons)
        self.notice = ErrorLabel("healthNotice", self)
        layout.addWidget(self.notice)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)
        self.model: RowTableModel[T] = RowTableModel(columns, parent=self)
        self.table = FittedTableView(self.model, self)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())

    def add_button(
        self, name: str, text: str, slot: Callable[[], None], *, writes: bool = False
    ) -> QPushButton:
        """A button in the row (before the stretch); one that writes only for the roles
        that may write health data."""
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        button.setVisible(not writes or self.actor.can(Permission.HEALTH_WRITE))
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button

    # --- for subclasses --------------------------------------------------------------------

    def show_rows(self, rows: list[T]) -> None:
        """What else shows the entries (the scale history); the table is done already."""

    def dialog_for(self, row: T | None) -> HealthFormDialog:
        """The form for a stored entry, or for a new one (None)."""
        raise NotImplementedError

    # --- reading and opening ---------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        try:
            rows = self.records.list(self.client_id)
        except Exception as error:  # said here; failure_text also logs the unexpected
            self.notice.show_message(failure_text(error))
            return
        self.model.set_rows(rows)
        self.show_rows(rows)
        if rows:
            ids = [getattr(row, "id", None) for row in rows]
            self.table.selectRow(ids.index(select_id) if select_id in ids else 0)

    def selected(self) -> T | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_dialog(self.dialog_for(row))

    def open_new(self) -> None:
        """Open the form for a new entry, unless a write would be refused anyway (no
        consent): then the panel says why, before anything is typed."""
        self.notice.clear_message()
        try:
            self.records.check_writable(self.client_id)
        except SalonError as error:
            self.notice.show_message(failure_text(error))
            return
        self.open_dialog(self.dialog_for(None))

    def open_dialog(self, dialog: HealthFormDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.open()

    def _saved(self, row_id: int) -> None:
        self.notice.clear_message()
        self.reload(select_id=row_id)
        self.client_changed.emit(self.client_id)
