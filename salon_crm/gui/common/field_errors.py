"""Pieces shared by the settings page's sections and small forms: messages by field name,
prompts, the section base."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from salon_crm.domain.common.errors import (
    FieldError,
    NotFoundError,
    PermissionDeniedError,
    SalonError,
    ValidationError,
)
from salon_crm.gui.common.field_messages import field_message
from salon_crm.gui.common.form_parts import ErrorLabel, on_edit, with_error

T = TypeVar("T")


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Prompts(QObject):
    """Every modal question of the settings page goes through here.

    Tests replace these methods on the instance, so no test ever blocks on a dialog.
    """

    def unsaved_changes(self, parent: QWidget, section: str) -> UnsavedChoice:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("“{section}” has changes that are not saved.").format(section=section))
        box.setInformativeText(self.tr("Save them before leaving?"))
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Stay here"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return UnsavedChoice.SAVE
        if clicked is discard:
            return UnsavedChoice.DISCARD
        return UnsavedChoice.CANCEL

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A small grey explanation under a field or a section."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)
    return label


class FieldErrors:
    """Error labels by field name (the service's `FieldError.field`).

    With `check` — the problems the form can find by itself in what is typed now — a
    field showing a message is checked again at every edit: the message changes while the
    field is still wrong and goes as soon as it is right. Without one (or for a problem
    only the service knows, such as a taken login) it goes at the first edit.
    """

    def __init__(self, check: Callable[[], Iterable[FieldError]] | None = None) -> None:
        self._labels: dict[str, ErrorLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self._check = check

    def add(self, name: str, label: ErrorLabel, field: QWidget | None = None) -> ErrorLabel:
        self._labels[name] = label
        if field is not None:
            self._fields[name] = field
            on_edit(field, lambda: self._recheck(name))
        return label

    def field(
        self, name: str, widget: QWidget, label_name: str, *, hint: QLabel | None = None
    ) -> QWidget:
        """`widget` with a new error label for `name` (objectName `error_<label_name>`)
        under it, registered here; the container to put in a layout."""
        container, slot = with_error(widget, ErrorLabel(label_name), hint=hint)
        self.add(name, slot.error, widget)
        return container

    def label(self, name: str) -> ErrorLabel:
        return self._labels[name]

    def reserve_lines(self) -> None:
        """Room for every field's message from the start (see `ErrorLabel.reserve_line`)."""
        for label in self._labels.values():
            label.reserve_line()

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear_message()

    def show(self, errors: Iterable[FieldError]) -> list[FieldError]:
        """Show each error next to its field; return those no label is there for."""
        self.clear()
        unshown: list[FieldError] = []
        first: QWidget | None = None
        for error in errors:
            label = self._labels.get(error.field)
            if label is None:
                unshown.append(error)
                continue
            self._append(label, field_message(error))
            if first is None:
                first = self._fields.get(error.field)
        if first is not None:
            first.setFocus()
        return unshown

    @staticmethod
    def _append(label: ErrorLabel, text: str) -> None:
        label.show_message(f"{label.text()}\n{text}" if label.has_message() else text)

    def _recheck(self, name: str) -> None:
        label = self._labels[name]
        if not label.has_message():
            return
        label.clear_message()
        if self._check is not None:
            for error in self._check():
                if error.field == name:
                    self._append(label, field_message(error))


class SettingsSection(QWidget):
    """One section of the settings page; the page asks it about unsaved changes.

    Signals:
        changed(): something was saved; pages showing that data may reload it.
        notice(str, bool): a message for the page's banner; True when it is a problem.
    """

    changed = Signal()
    notice = Signal(str, bool)

    def __init__(self, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts

    def title(self) -> str:
        """The section's name as the page's navigation shows it."""
        return self.objectName()

    def is_dirty(self) -> bool:
        return False

    def save(self) -> bool:
        """Save the section's form (Ctrl+S); False if it was refused."""
        return True

    def discard(self) -> None:
        """Forget unsaved edits and show what is stored."""

    def reload(self) -> None:
        """Show what is stored now."""

    def say(self, text: str) -> None:
        self.notice.emit(text, False)

    def complain(self, text: str) -> None:
        self.notice.emit(text, True)

    def resolve_unsaved(self, parent: QWidget | None = None) -> bool:
        """Ask what to do with unsaved edits (save, discard or stay, the question over
        `parent` or the section); False if the user stays on them."""
        if not self.is_dirty():
            return True
        choice = self.prompts.unsaved_changes(parent or self, self.title())
        if choice is UnsavedChoice.SAVE:
            return self.save()
        if choice is UnsavedChoice.DISCARD:
            self.discard()
            return True
        return False

    def attempt(self, errors: FieldErrors, action: Callable[[], T]) -> T | None:
        """Run a save: the refusal's field problems go under their fields and the rest to
        the banner; None when it was refused."""
        try:
            return action()
        except ValidationError as error:
            left = errors.show(error.errors)
            if left:
                self.report(ValidationError(left))
            return None
        except SalonError as error:
            self.report(error)
            return None

    def report(self, error: SalonError) -> None:
        """A refusal that is not about one field, said calmly in the page's banner."""
        if isinstance(error, PermissionDeniedError):
            self.complain(self.tr("Only the owner can change the salon's settings."))
        elif isinstance(error, NotFoundError):
            self.complain(
                self.tr("This record no longer exists; the list is reloaded. Please try again.")
            )
        elif isinstance(error, ValidationError):
            self.complain(" ".join(field_message(e) for e in error.errors))
        else:
            self.complain(self.tr("The change was not saved: {reason}").format(reason=error))
