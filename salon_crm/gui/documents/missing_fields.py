"""The values a document needs and the client's record lacks, one row each, typed right
in the fill dialog; those the questionnaire keeps have "Save to the questionnaire"."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from salon_crm.domain.common.errors import FieldError
from salon_crm.gui.common.field_errors import FieldErrors, hint_label
from salon_crm.services.documents.questionnaire_writeback import is_writable


@dataclass(frozen=True)
class _Row:
    edit: QLineEdit
    save: QCheckBox | None


# The form's first rows: "nothing is missing" and where the salon's values come from.
_HINT_ROWS = 2
SALON_PREFIX = "salon."


class MissingFields(QGroupBox):
    """Signals:
    changed(): a value was typed or a "save" box ticked.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missingFields")
        self.setTitle(self.tr("Values this document lacks"))
        self._form = QFormLayout(self)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._rows: dict[str, _Row] = {}
        self._errors = FieldErrors()
        self._none = hint_label(self.tr("The record has every value this document uses."), self)
        self._form.addRow(self._none)
        self._salon_hint = hint_label(
            self.tr(
                "The salon's values come from Settings ▸ Salon requisites, where the owner "
                "fills them in; typed here, they go into this document only."
            ),
            self,
        )
        self._form.addRow(self._salon_hint)

    def set_missing(self, names: Sequence[str], labels: Mapping[str, str]) -> None:
        """One row per name, labelled from `labels` (the placeholder's name without one);
        what was typed in a row that stays is kept."""
        typed = self.values()
        shown = {name: row.save.isChecked() for name, row in self._rows.items() if row.save}
        while self._form.rowCount() > _HINT_ROWS:
            self._form.removeRow(_HINT_ROWS)
        self._rows.clear()
        self._errors = FieldErrors()
        for name in names:
            self._add_row(name, labels.get(name, name), typed.get(name, ""))
            save = self._rows[name].save
            if save is not None and name in shown:
                save.setChecked(shown[name])
        self._none.setVisible(not names)
        self._salon_hint.setVisible(any(name.startswith(SALON_PREFIX) for name in names))

    def _add_row(self, name: str, label: str, text: str) -> None:
        edit = QLineEdit(text, self)
        edit.setAccessibleName(label)
        edit.textEdited.connect(self.changed)
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._errors.field(name, edit, name.replace(".", "_")), 1)
        save: QCheckBox | None = None
        if is_writable(name):
            save = QCheckBox(self.tr("Save to the questionnaire"), row)
            save.setChecked(True)
            save.toggled.connect(self.changed)
            layout.addWidget(save, 0, Qt.AlignmentFlag.AlignTop)
        caption = QLabel(label, self)
        caption.setWordWrap(True)
        caption.setBuddy(edit)
        self._form.addRow(caption, row)
        self._rows[name] = _Row(edit, save)

    def names(self) -> list[str]:
        return list(self._rows)

    def edit(self, name: str) -> QLineEdit:
        return self._rows[name].edit

    def save_box(self, name: str) -> QCheckBox | None:
        return self._rows[name].save

    def values(self) -> dict[str, str]:
        """Every value typed (blank rows left out)."""
        return {n: r.edit.text().strip() for n, r in self._rows.items() if r.edit.text().strip()}

    def to_questionnaire(self) -> dict[str, str]:
        """The typed values ticked to be saved to the questionnaire."""
        return {
            name: text
            for name, text in self.values().items()
            if (save := self._rows[name].save) is not None and save.isChecked()
        }

    def saved(self, names: Iterable[str]) -> None:
        """The rows named are in the questionnaire now: a second save must not add them
        again (a phone twice), so their boxes are unticked and closed."""
        for name in names:
            save = self._rows[name].save if name in self._rows else None
            if save is not None:
                save.setChecked(False)
                save.setEnabled(False)

    def show_errors(self, errors: Sequence[FieldError]) -> list[FieldError]:
        """Each error (its field a placeholder's name) under its row; those of no row back."""
        return self._errors.show(errors)

    def mark_blank(self, names: Sequence[str], text: str) -> None:
        """`text` under each of the rows named that are still blank."""
        for name in names:
            if name in self._rows and not self._rows[name].edit.text().strip():
                self._errors.label(name).show_message(text)

    def clear_errors(self) -> None:
        self._errors.clear()
