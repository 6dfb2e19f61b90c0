"""The base of the health record's small forms (a skin assessment, a home-care product):
Save and Ctrl+S store it, Esc and Cancel ask about unsaved edits, and a refusal keeps
everything typed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.errors import FieldError, SalonError, ValidationError
from salon_crm.gui.common.date_field import DateField
from salon_crm.gui.common.error_messages import describe_error
from salon_crm.gui.common.field_errors import FieldErrors, Prompts, UnsavedChoice
from salon_crm.gui.common.field_messages import field_message
from salon_crm.gui.common.form_parts import ErrorLabel


class HealthFormDialog(QDialog):
    """Subclasses put their fields in with `set_content`, call `mark_unchanged` once they
    are filled in, register the fields' error labels in `errors`, and give the
    input (`collect`), the date field (`day_field`) and how the form is stored (`submit`,
    returning the stored row's id). A problem the service names by field goes under the field; any
    other refusal (no consent, no permission) to the line above the form. `read_only`
    shows a stored entry with Close only.

    Signals:
        saved(int): the entry (id) was stored; emitted before the dialog accepts.
    """

    saved = Signal(int)

    def __init__(self, parent: QWidget | None, *, read_only: bool = False) -> None:
        super().__init__(parent)
        self.prompts = Prompts(self)
        self.errors = FieldErrors()
        self.read_only = read_only
        self._baseline: object = None
        self._layout = QVBoxLayout(self)
        self.general_error = ErrorLabel("general", self)
        self._layout.addWidget(self.general_error)
        self._buttons = QDialogButtonBox(self)
        self._save = self._buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self._save.setObjectName("saveButton")
        self._save.setToolTip(self.tr("Save (Ctrl+S)"))
        cancel = self._buttons.addButton(
            QDialogButtonBox.StandardButton.Close
            if read_only
            else QDialogButtonBox.StandardButton.Cancel
        )
        cancel.setObjectName("cancelButton")
        self._save.setVisible(not read_only)
        self._buttons.accepted.connect(self.save)
        self._buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    def set_content(self, content: QWidget, *, fields: QWidget | None = None) -> None:
        """The form, between the refusal line and the buttons. Read-only, its `fields`
        (all of `content` unless given) are greyed out; what is outside them (pages to
        turn, a chart with a read-only mode of its own) stays usable."""
        self._layout.addWidget(content, 1)
        self._layout.addWidget(self._buttons)
        (fields or content).setEnabled(not self.read_only)

    def mark_unchanged(self) -> None:
        """What the form shows now is what "unchanged" means (once it is filled in)."""
        self._baseline = self.snapshot()

    # --- for subclasses --------------------------------------------------------------------

    def collect(self) -> object:
        """The service's input as the form shows it now."""
        raise NotImplementedError

    def day_field(self) -> tuple[str, DateField]:
        """The form's date: its field name and input."""
        raise NotImplementedError

    def submit(self) -> int:
        """Store the form through the service; raises what the service raises."""
        raise NotImplementedError

    def snapshot(self) -> object:
        """What "unchanged" compares: the input, and the date as typed (text that is no
        date yet is an edit too)."""
        return self.collect(), self.day_field()[1].text()

    def local_problems(self) -> list[FieldError]:
        """What the form sees by itself before asking the service: text that is no date."""
        name, widget = self.day_field()
        return [] if widget.is_valid() else [FieldError(name, msg.DATE_EXPECTED)]

    # --- saving and closing ----------------------------------------------------------------

    def has_changes(self) -> bool:
        return not self.read_only and self.snapshot() != self._baseline

    def save(self) -> bool:
        """Store the form; True when stored (the dialog then accepts)."""
        if self.read_only:
            return False
        self.errors.clear()
        self.general_error.clear_message()
        problems = self.local_problems()
        if problems:
            self._show_problems(problems)
            return False
        try:
            row_id = self.submit()
        except ValidationError as error:
            self._show_problems(list(error.errors))
            return False
        except SalonError as error:
            self.general_error.show_message(describe_error(error)[0])
            return False
        self._baseline = self.snapshot()
        self.saved.emit(row_id)
        self.accept()
        return True

    def _show_problems(self, problems: list[FieldError]) -> None:
        left = self.errors.show(problems)
        if left:
            self.general_error.show_message("\n".join(field_message(e) for e in left))

    def reject(self) -> None:
        """Cancel, Esc and the window's close button all come here."""
        if self.has_changes():
            choice = self.prompts.unsaved_changes(self, self.windowTitle())
            if choice is UnsavedChoice.SAVE:
                self.save()  # accepts when stored, stays open on a refusal
                return
            if choice is UnsavedChoice.CANCEL:
                return
        super().reject()
