"""Lot recall: who received a product's lot (or any of its lots) in a date range, with the
contacts to reach them; the lot can be marked recalled from here."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.dates import format_day
from salon_crm.domain.common.errors import FieldError, SalonError
from salon_crm.domain.permissions import Permission
from salon_crm.gui.common.background import failure_text, run_in_background
from salon_crm.gui.common.date_field import DateField
from salon_crm.gui.common.field_messages import field_message
from salon_crm.gui.common.form_parts import ERROR_STYLE
from salon_crm.gui.common.lot_recall_mark import RecallMark, ask_recall_mark
from salon_crm.gui.common.row_table_model import row_table_view
from salon_crm.gui.procedures.lot_recall_model import (
    RecallColumn,
    RecallLine,
    RecallQuery,
    as_tsv,
    find_recipients,
    recall_model,
)
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.procedures.catalogue_types import LotRow, ProductRow


class LotRecallDialog(QDialog):
    """Choose the product and the lot, narrow the dates, Search; Enter or a double-click
    on a line asks for the client's card. Not modal: the card opens beside it.

    Signals:
        open_client_requested(int): a line was opened (the client's id).
        searched(): the lines of a search arrived and are shown.
    """

    open_client_requested = Signal(int)
    searched = Signal()

    def __init__(self, workspace: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lotRecallDialog")
        self.setWindowTitle(self.tr("Lot recall"))
        self._workspace = workspace
        self._actor = actor
        self._catalogue = workspace.catalogue(actor)
        self._products: list[ProductRow] = []
        self._busy = False

        self._product = QComboBox(self)
        self._product.setObjectName("recallProduct")
        self._product.setMinimumContentsLength(24)
        self._product.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._product.currentIndexChanged.connect(lambda _i: self._fill_lots())
        self._lot = QComboBox(self)
        self._lot.setObjectName("recallLot")
        self._lot.setMinimumContentsLength(16)
        self._lot.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._lot.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self._from = DateField(self)
        self._from.setObjectName("recallDateFrom")
        self._to = DateField(self)
        self._to.setObjectName("recallDateTo")
        self._search = QPushButton(self.tr("Search"), self)
        self._search.setObjectName("recallSearchButton")
        self._search.setDefault(True)
        self._search.clicked.connect(self.search)

        self.model = recall_model(self)
        self.table = row_table_view(
            self.model, "recallTable", stretch=RecallColumn.NAME, parent=self
        )
        self.table.activated.connect(self._activated)
        self._count = QLabel(self)
        self._count.setObjectName("recallCount")
        self._problem = QLabel(self)
        self._problem.setObjectName("recallProblem")
        self._problem.setStyleSheet(ERROR_STYLE)
        self._problem.setWordWrap(True)
        self._problem.hide()
        self._mark = QPushButton(self.tr("Mark this lot recalled…"), self)
        self._mark.setObjectName("recallMarkLotButton")
        self._mark.setVisible(actor.can(Permission.SETTINGS_MANAGE))
        self._mark.clicked.connect(self.mark_recalled)
        self._copy = QPushButton(self.tr("Copy the list"), self)
        self._copy.setObjectName("recallCopyButton")
        self._copy.setToolTip(self.tr("As a table to paste into a spreadsheet (Ctrl+Shift+C)"))
        self._copy.clicked.connect(self.copy_to_clipboard)
        QShortcut(QKeySequence("Ctrl+Shift+C"), self, self.copy_to_clipboard)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("recallCloseButton")
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)

        criteria = QGridLayout()
        criteria.addWidget(QLabel(self.tr("Product:"), self), 0, 0)
        criteria.addWidget(self._product, 0, 1)
        criteria.addWidget(QLabel(self.tr("Lot:"), self), 0, 2)
        criteria.addWidget(self._lot, 0, 3)
        criteria.addWidget(QLabel(self.tr("From:"), self), 1, 0)
        dates = QHBoxLayout()
        dates.addWidget(self._from)
        dates.addWidget(QLabel(self.tr("to:"), self))
        dates.addWidget(self._to)
        dates.addStretch(1)
        criteria.addLayout(dates, 1, 1)
        criteria.addWidget(self._search, 1, 3, Qt.AlignmentFlag.AlignRight)
        criteria.setColumnStretch(1, 2)
        criteria.setColumnStretch(3, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self._count, 1)
        bottom.addWidget(self._mark)
        bottom.addWidget(self._copy)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(criteria)
        layout.addWidget(self._problem)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(960, 560)
        self.reload_products()

    # --- the criteria --------------------------------------------------------------------

    def reload_products(self, select_id: int | None = None) -> None:
        """The products, those no longer in use too: a recall often comes late."""
        try:
            self._products = self._catalogue.products(include_inactive=True)
        except SalonError as error:
            self._show_problem(failure_text(error))
            self._products = []
        keep_lot = self._lot.currentData()
        self._product.blockSignals(True)
        self._product.clear()
        for product in self._products:
            label = product.name
            if product.manufacturer:
                label = self.tr("{product} ({manufacturer})").format(
                    product=product.name, manufacturer=product.manufacturer
                )
            self._product.addItem(label, product.id)
        if select_id is not None:
            self._product.setCurrentIndex(max(self._product.findData(select_id), 0))
        self._product.blockSignals(False)
        self._fill_lots(keep_lot)

    def _fill_lots(self, keep: object = None) -> None:
        product = self.current_product()
        self._lot.blockSignals(True)
        self._lot.clear()
        self._lot.addItem(self.tr("Any lot"), None)
        for lot in product.lots if product else ():
            self._lot.addItem(self._lot_label(lot), lot.lot_number)
        index = self._lot.findData(keep) if keep is not None else 0
        self._lot.setCurrentIndex(max(index, 0))
        self._lot.blockSignals(False)
        self._update_buttons()

    def _lot_label(self, lot: LotRow) -> str:
        if lot.recalled_on is not None:
            return self.tr("{lot}, recalled {date}").format(
                lot=lot.lot_number, date=format_day(lot.recalled_on)
            )
        if lot.expires_on is not None:
            return self.tr("{lot}, until {date}").format(
                lot=lot.lot_number, date=format_day(lot.expires_on)
            )
        return lot.lot_number

    def current_product(self) -> ProductRow | None:
        product_id = self._product.currentData()
        return next((p for p in self._products if p.id == product_id), None)

    def current_lot(self) -> LotRow | None:
        product, number = self.current_product(), self._lot.currentData()
        if product is None or number is None:
            return None
        return next((lot for lot in product.lots if lot.lot_number == number), None)

    def choose(
        self,
        *,
        product_id: int,
        lot_number: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> None:
        """Set the criteria as the user would (for tests and the card's links)."""
        self._product.setCurrentIndex(max(self._product.findData(product_id), 0))
        self._lot.setCurrentIndex(max(self._lot.findData(lot_number), 0) if lot_number else 0)
        self._from.set_date(date_from)
        self._to.set_date(date_to)

    def _update_buttons(self) -> None:
        lot = self.current_lot()
        self._search.setEnabled(self.current_product() is not None and not self._busy)
        self._mark.setEnabled(lot is not None and not lot.recalled)
        self._copy.setEnabled(self.model.rowCount() > 0)

    # --- searching -----------------------------------------------------------------------

    def search(self) -> bool:
        """Look for the clients in the background; False when the criteria are not usable."""
        product = self.current_product()
        if product is None or self._busy:
            return False
        for field in (self._from, self._to):
            if not field.is_valid():
                self._show_problem(field_message(FieldError("date", msg.DATE_EXPECTED)))
                field.setFocus()
                return False
        query = RecallQuery(
            product_id=product.id,
            lot_number=self._lot.currentData(),
            date_from=self._from.date_value(),
            date_to=self._to.date_value(),
        )
        self._problem.hide()
        self._busy = True
        self._count.setText(self.tr("Searching…"))
        self._update_buttons()
        workspace, actor = self._workspace, self._actor
        run_in_background(
            lambda: find_recipients(workspace, actor, query),
            on_success=self._found,
            on_failure=self._failed,
            parent=self,
        )
        return True

    @property
    def is_busy(self) -> bool:
        return self._busy

    def _found(self, lines: list[RecallLine]) -> None:
        self._busy = False
        self.model.set_rows(lines)
        clients = len({line.client_id for line in lines})
        if lines:
            self._count.setText(
                self.tr("Procedures: {procedures}, clients: {clients}").format(
                    procedures=len(lines), clients=clients
                )
            )
            self.table.setCurrentIndex(self.model.index(0, RecallColumn.NAME))
        else:
            self._count.setText(self.tr("Nobody received it in these days."))
        self._update_buttons()
        self.searched.emit()

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self._count.clear()
        self._show_problem(failure_text(error))
        self._update_buttons()

    def _show_problem(self, text: str) -> None:
        self._problem.setText(text)
        self._problem.show()

    def count_text(self) -> str:
        return self._count.text()

    def _activated(self, index: QModelIndex) -> None:
        line = self.model.row_at(index.row())
        if isinstance(line, RecallLine):
            self.open_client_requested.emit(line.client_id)

    # --- acting on the result ------------------------------------------------------------

    def copy_to_clipboard(self) -> None:
        if self.model.rowCount() == 0:
            return
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(as_tsv(self.model))
        self._count.setText(
            self.tr("{count} lines are copied: paste them into a spreadsheet.").format(
                count=self.model.rowCount()
            )
        )

    def ask_recall(self, product: str, lot_number: str) -> RecallMark | None:
        """The recall's date and note; replaced in tests."""
        return ask_recall_mark(self, product=product, lot_number=lot_number)

    def mark_recalled(self) -> bool:
        """Mark the chosen lot recalled, once the owner has said from when and why."""
        product, lot = self.current_product(), self.current_lot()
        if product is None or lot is None or lot.recalled:
            return False
        mark = self.ask_recall(product.name, lot.lot_number)
        if mark is None:
            return False
        try:
            self._catalogue.mark_lot_recalled(lot.id, on=mark.on, note=mark.note)
        except SalonError as error:
            self._show_problem(failure_text(error))
            return False
        self.reload_products(select_id=product.id)
        self._count.setText(
            self.tr("Lot {lot} is marked recalled; the cards of these clients say so.").format(
                lot=lot.lot_number
            )
        )
        return True
