"""What the procedure and product pages share: a catalogue table beside the chosen row's
form — choosing with a question about unsaved edits, a new row, saving, taking a row out
of use and back (catalogue rows are never deleted: past procedures name them)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from salon_crm.domain.common.errors import SalonError
from salon_crm.gui.common.field_errors import FieldErrors, Prompts, SettingsSection
from salon_crm.gui.common.row_table_model import RowColumn, RowTableModel, row_table_view


class CatalogueSection(SettingsSection):
    """The rows have `id` and `is_active`. A subclass builds its form in `self.details`
    and says how to read, fill, compare and write it."""

    def __init__(
        self,
        prompts: Prompts,
        *,
        key: str,
        columns: Sequence[RowColumn[Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(prompts, parent)
        self._current: Any = None
        self._creating = False
        self._loading = False
        self._errors = FieldErrors()
        self._model = RowTableModel(columns, muted=lambda r: not r.is_active, parent=self)
        self._table = row_table_view(self._model, f"{key}Table", stretch=0, parent=self)
        self._table.selectionModel().currentRowChanged.connect(self._row_changed)
        self._new = QPushButton(self)
        self._new.setObjectName(f"{key}NewButton")
        self._new.clicked.connect(self.start_new)
        self._toggle = QPushButton(self)
        self._toggle.setObjectName(f"{key}ActiveButton")
        self._toggle.clicked.connect(self.toggle_active)
        self._show_inactive = QCheckBox(self.tr("Show those not in use"), self)
        self._show_inactive.setObjectName(f"{key}ShowInactive")
        self._show_inactive.toggled.connect(lambda _on: self.reload())
        self.details = QGroupBox(self)
        self.details.setObjectName(f"{key}Details")
        self._save = QPushButton(self.tr("Save"), self.details)
        self._save.setObjectName(f"{key}Save")
        self._save.setToolTip(self.tr("Ctrl+S"))
        self._save.clicked.connect(self.save)

    def _lay_out(self, under_table: QWidget | None = None) -> None:
        """The table with its buttons (and `under_table`) on the left, the form on the
        right; the table gets the larger share, its names want the room."""
        left = QVBoxLayout()
        left.addWidget(self._table, 1)
        row = QHBoxLayout()
        row.addWidget(self._new)
        row.addWidget(self._toggle)
        row.addStretch(1)
        row.addWidget(self._show_inactive)
        left.addLayout(row)
        if under_table is not None:
            left.addWidget(under_table, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addWidget(self.details, 2)
        self.reload()

    # --- what a catalogue says -----------------------------------------------------------

    def _rows(self, *, include_inactive: bool) -> list[Any]:
        raise NotImplementedError

    def _row_name(self, row: Any) -> str:
        raise NotImplementedError

    def _fill(self, row: Any) -> None:
        """Show `row` in the form (None: an empty form for a new one)."""
        raise NotImplementedError

    def _differs(self, row: Any) -> bool:
        """Whether the form holds something other than `row` (None: anything typed)."""
        raise NotImplementedError

    def _write(self, row: Any) -> Any:
        """Create (`row` None) or update from the form; the saved row."""
        raise NotImplementedError

    def _set_active(self, row: Any, *, active: bool) -> Any:
        raise NotImplementedError

    def _blank_title(self) -> str:
        raise NotImplementedError

    def _new_title(self) -> str:
        raise NotImplementedError

    def _shown(self, row: Any) -> None:
        """After `row` (or None) is shown: what else the page shows about it."""

    # --- reading -------------------------------------------------------------------------

    def model(self) -> RowTableModel[Any]:
        return self._model

    def reload(self, select_id: int | None = None) -> None:
        if select_id is None and self._current is not None:
            select_id = self._current.id
        try:
            rows = self._rows(include_inactive=self._show_inactive.isChecked())
        except SalonError as error:
            self.report(error)
            rows = []
        self._model.set_rows(rows)
        index = self._model.index_where(lambda r: r.id == select_id)
        if index < 0 and rows and not self._creating:
            index = 0
        if index >= 0:
            self._loading = True
            self._table.selectRow(index)
            self._loading = False
            self._show(self._model.row_at(index))
        elif not self._creating:
            self._show(None)

    def select(self, name: str) -> None:
        """Choose the row this name (or a default procedure's code) names."""
        index = self._model.index_where(
            lambda r: name in (self._row_name(r), getattr(r, "code", None))
        )
        if index >= 0:
            self._table.selectRow(index)

    def selected(self) -> Any:
        return self._current

    def error_text(self, field: str) -> str:
        label = self._errors.label(field)
        return label.text() if label.has_message() else ""

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._loading:
            return
        row = self._model.row_at(current.row())
        if row is None or (self._current is not None and row.id == self._current.id):
            return
        if not self.resolve_unsaved():
            self._loading = True
            self._table.selectRow(previous.row())
            self._loading = False
            return
        self._show(row)

    def _show(self, row: Any) -> None:
        self._errors.clear()
        self._current = row
        self._creating = False
        self.details.setEnabled(row is not None)
        self.details.setTitle(self._row_name(row) if row is not None else self._blank_title())
        self._fill(row)
        self._update_toggle()
        self._shown(row)

    def _update_toggle(self) -> None:
        row = self._current
        self._toggle.setEnabled(row is not None)
        if row is not None and not row.is_active:
            self._toggle.setText(self.tr("Use again"))
            self._toggle.setToolTip(self.tr("Offer it again when a procedure is recorded"))
        else:
            self._toggle.setText(self.tr("Stop using"))
            self._toggle.setToolTip(
                self.tr("Recording no longer offers it; past procedures keep it")
            )

    # --- changing ------------------------------------------------------------------------

    def start_new(self) -> None:
        """An empty form for a new row."""
        if not self.resolve_unsaved():
            return
        self._errors.clear()
        self._table.clearSelection()
        self._current = None
        self._creating = True
        self.details.setEnabled(True)
        self.details.setTitle(self._new_title())
        self._fill(None)
        self._update_toggle()
        self._shown(None)

    def is_dirty(self) -> bool:
        if self._current is None and not self._creating:
            return False
        return self._differs(self._current)

    def discard(self) -> None:
        self._creating = False
        self._show(self._current)

    def save(self) -> bool:
        """Create the new row or save the chosen one; False (reasons shown) if refused."""
        if not self.is_dirty():
            return True
        row = self._current
        saved = self.attempt(self._errors, lambda: self._write(row))
        if saved is None:
            return False
        self._creating = False
        self._current = saved
        self.reload(select_id=saved.id)
        self.say(self.tr("“{name}” is saved.").format(name=self._row_name(saved)))
        self.changed.emit()
        return True

    def toggle_active(self) -> None:
        if self._current is None or not self.resolve_unsaved() or self._current is None:
            return
        row = self._current
        try:
            saved = self._set_active(row, active=not row.is_active)
        except SalonError as error:
            self.report(error)
            return
        if not saved.is_active and not self._show_inactive.isChecked():
            self._current = None
        self.reload(select_id=saved.id)
        name = self._row_name(saved)
        if saved.is_active:
            self.say(self.tr("“{name}” is offered again.").format(name=name))
        else:
            self.say(
                self.tr(
                    "“{name}” is no longer offered; the procedures already recorded keep it. "
                    "Tick “Show those not in use” to bring it back."
                ).format(name=name)
            )
        self.changed.emit()
