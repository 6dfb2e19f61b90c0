"""The question before a product's lot is marked recalled: from which day, and why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.errors import FieldError
from salon_crm.gui.common.date_field import DateField
from salon_crm.gui.common.field_messages import field_message
from salon_crm.gui.common.form_parts import ErrorLabel


@dataclass(frozen=True)
class RecallMark:
    on: date
    note: str


class RecallMarkDialog(QDialog):
    """Asks for the recall's date (today unless changed) and a note (the supplier's
    notice, say); "Mark recalled" stays refused while the date is not one."""

    def __init__(self, product: str, lot_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recallMarkDialog")
        self.setWindowTitle(self.tr("Mark the lot recalled"))
        text = QLabel(
            self.tr(
                "Lot {lot} of “{product}” will be refused from this day on, and the cards of "
                "the clients who received it will say so."
            ).format(lot=lot_number, product=product),
            self,
        )
        text.setWordWrap(True)
        self._error = ErrorLabel("recall_date", self)
        self._date = DateField(self)
        self._date.setObjectName("recallDate")
        self._date.set_date(date.today())
        self._date.textEdited.connect(lambda _t: self._error.clear_message())
        self._note = QLineEdit(self)
        self._note.setObjectName("recallNote")
        self._note.setMaxLength(500)
        self._note.setPlaceholderText(self.tr("The supplier's notice, the reason…"))
        buttons = QDialogButtonBox(self)
        self._mark = buttons.addButton(
            self.tr("Mark recalled"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._mark.setObjectName("recallMarkButton")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Recalled on:"), self._date)
        form.addRow("", self._error)
        form.addRow(self.tr("Note:"), self._note)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(max(420, self.sizeHint().width()), self.sizeHint().height())

    def mark(self) -> RecallMark | None:
        day = self._date.date_value()
        return RecallMark(day, self._note.text()) if day is not None else None

    def _accept(self) -> None:
        if self.mark() is None:
            self._error.show_message(field_message(FieldError("on", msg.DATE_EXPECTED)))
            return
        self.accept()


def ask_recall_mark(parent: QWidget, *, product: str, lot_number: str) -> RecallMark | None:
    """The recall's date and note, or None when the user thought better of it."""
    dialog = RecallMarkDialog(product, lot_number, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.mark()
    finally:
        dialog.deleteLater()
