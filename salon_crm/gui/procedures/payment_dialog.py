"""Taking money from the client (paying a debt, or paying ahead): an amount and a note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.errors import SalonError, ValidationError
from salon_crm.domain.common.money import Money, parse_money
from salon_crm.gui.common.error_messages import describe_error
from salon_crm.gui.common.field_errors import FieldErrors
from salon_crm.gui.common.form_parts import ErrorLabel
from salon_crm.gui.common.i18n import money_text


class PaymentDialog(QDialog):
    """`take(amount, note)` is the service call; its refusal stays in the dialog, next
    to the amount, so nothing typed is lost."""

    def __init__(
        self,
        currency: str,
        take: Callable[[Money, str], object],
        *,
        suggested: Money | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self.setWindowTitle(self.tr("Take payment"))
        self._currency = currency
        self._take = take
        self._errors = FieldErrors()
        self.amount = QLineEdit(self)
        self.amount.setObjectName("paymentAmount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        if suggested is not None and suggested.minor > 0:
            self.amount.setText(money_text(suggested))
        self.note = QLineEdit(self)
        self.note.setObjectName("paymentNote")
        self.note.setPlaceholderText(self.tr("Cash, card…"))
        form = QFormLayout()
        form.addRow(self.tr("Amount:"), self._errors.field("amount", self.amount, "amount"))
        form.addRow(self.tr("Note:"), self._errors.field("note", self.note, "note"))
        self._general = ErrorLabel("paymentGeneral", self)
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(self.tr("Take payment"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("paymentOk")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._general)
        layout.addWidget(buttons)
        self.amount.selectAll()
        self.amount.setFocus()

    def submit(self) -> bool:
        self._errors.clear()
        self._general.clear_message()
        try:
            amount = parse_money(self.amount.text(), self._currency, field="amount")
            self._take(amount, self.note.text())
        except ValidationError as error:
            left = self._errors.show(error.errors)
            if left:
                self._general.show_message(describe_error(ValidationError(left))[0])
            return False
        except SalonError as error:
            self._general.show_message(describe_error(error)[0])
            return False
        self.accept()
        return True
