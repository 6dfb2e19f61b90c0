"""The card's Procedures tab: the client's visits newest first, what was sold and paid,
the balance, and the buttons to record a procedure and to take a payment."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.errors import SalonError
from salon_crm.domain.common.money import Money
from salon_crm.domain.permissions import Permission
from salon_crm.gui.common.error_messages import describe_error
from salon_crm.gui.common.fitted_table_view import FittedTableView
from salon_crm.gui.common.i18n import money_text
from salon_crm.gui.common.table_header import fit_and_stretch
from salon_crm.gui.procedures.consent_gate import ConsentGate
from salon_crm.gui.procedures.payment_dialog import PaymentDialog
from salon_crm.gui.procedures.procedure_dialog import ProcedureDialog
from salon_crm.gui.procedures.procedure_texts import balance_color, balance_line
from salon_crm.gui.procedures.visit_detail_dialog import VisitDetailDialog
from salon_crm.gui.procedures.visit_table_model import VisitColumn, VisitTableModel
from salon_crm.services.clients.client_types import ClientCard
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.procedures.procedure_types import Balance


class ProceduresTab(QWidget):
    """The visits of the client of `card`. Dialogs run through `exec_dialog` and the
    consent question through `consent`, which tests replace.

    Signals:
        client_changed(int): a procedure was recorded or a payment taken (the card reloads).
    """

    client_changed = Signal(int)

    def __init__(
        self, workspace: Workspace, actor: Actor, card: ClientCard, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("proceduresContent")
        self._workspace = workspace
        self._actor = actor
        self._card = card
        self._procedures = workspace.procedures(actor)
        self.consent = ConsentGate(workspace, actor, self)
        self.model = VisitTableModel(self)

        self.totals = QLabel(self)
        self.totals.setObjectName("proceduresTotals")
        self.balance = QLabel(self)
        self.balance.setObjectName("proceduresBalance")
        font = self.balance.font()
        font.setBold(True)
        self.balance.setFont(font)
        # The balance above the totals: the card's pane is narrow on a small screen.
        self.totals.setWordWrap(True)
        figures = QVBoxLayout()
        figures.setSpacing(2)
        figures.addWidget(self.balance)
        figures.addWidget(self.totals)
        top = QHBoxLayout()
        top.addLayout(figures, 1)
        self.new_button: QPushButton | None = None
        if actor.can(Permission.HEALTH_WRITE):
            self.new_button = QPushButton(self.tr("New procedure"), self)
            self.new_button.setObjectName("newProcedureButton")
            self.new_button.clicked.connect(self.new_procedure)
            top.addWidget(self.new_button)
        self.pay_button: QPushButton | None = None
        if actor.can(Permission.PAYMENTS_WRITE):
            self.pay_button = QPushButton(self.tr("Take payment…"), self)
            self.pay_button.setObjectName("takePaymentButton")
            self.pay_button.clicked.connect(self.take_payment)
            top.addWidget(self.pay_button)

        self.table = FittedTableView(self.model, self)
        self.table.setObjectName("visitTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        fit_and_stretch(self.table.horizontalHeader(), stretched=(VisitColumn.PROCEDURE,))
        if actor.can(Permission.HEALTH_READ):
            self.table.activated.connect(lambda index: self.open_visit(index.row()))
            self.table.setToolTip(self.tr("Double-click or press Enter to open a procedure."))
        self.empty = QLabel(self.tr("No procedures yet."), self)
        self.empty.setObjectName("proceduresEmpty")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self._balance: Balance | None = None
        self.reload()

    def reload(self) -> None:
        try:
            visits = self._procedures.visits(self._card.id)
            balance = self._procedures.balance(self._card.id)
        except SalonError as error:
            self.totals.setText(describe_error(error)[0])
            return
        self.model.set_rows(visits)
        # Without a discount the price is what was sold: two columns fewer on a narrow pane.
        discounted = any(visit.discount_percent for visit in visits)
        for column in (VisitColumn.PRICE, VisitColumn.DISCOUNT):
            self.table.setColumnHidden(column, not discounted)
        self.empty.setVisible(not visits)
        self._balance = balance
        self.totals.setText(
            self.tr("Sold {sold} · paid {paid}").format(
                sold=money_text(balance.sold), paid=money_text(balance.paid)
            )
        )
        self.balance.setText(balance_line(balance))
        color = balance_color(balance)
        self.balance.setStyleSheet(f"color: {color};" if color else "")

    def current_balance(self) -> Balance | None:
        return self._balance

    def exec_dialog(self, dialog: QDialog) -> int:
        """Run a dialog of the tab; tests replace it to drive the dialog instead."""
        return dialog.exec()

    def _changed(self) -> None:
        self.reload()
        self.client_changed.emit(self._card.id)

    def new_procedure(self) -> None:
        if not self._workspace.health(self._actor).consent_given(self._card.id):
            if not self.consent.offer(self._card.id, self):
                return
            self._card = self._workspace.clients(self._actor).card(self._card.id)
        try:
            dialog = ProcedureDialog(self._workspace, self._actor, self._card, self)
        except SalonError as error:
            QMessageBox.warning(self, self.tr("New procedure"), describe_error(error)[0])
            return
        try:
            recorded = self.exec_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if recorded:
            self._changed()

    def take_payment(self) -> None:
        balance = self._balance
        if balance is None:
            return
        client_id = self._card.id
        procedures = self._procedures

        def take(amount: Money, note: str) -> None:
            procedures.add_payment(client_id, amount, note=note)

        suggested = balance.balance if balance.in_debt else None
        dialog = PaymentDialog(balance.sold.currency, take, suggested=suggested, parent=self)
        try:
            taken = self.exec_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if taken:
            self._changed()

    def open_visit(self, row: int) -> None:
        """The procedure in full, read-only (for those who may read health data)."""
        visit = self.model.row_at(row)
        try:
            detail = self._procedures.detail(visit.id)
        except SalonError as error:
            QMessageBox.warning(self, self.tr("Procedure"), describe_error(error)[0])
            return
        dialog = VisitDetailDialog(detail, self)
        try:
            self.exec_dialog(dialog)
        finally:
            dialog.deleteLater()
