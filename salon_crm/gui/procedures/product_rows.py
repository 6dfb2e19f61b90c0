"""The products used in a procedure: one line per product with its lot, expiry and
quantity, added and removed as the specialist goes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.errors import FieldError
from salon_crm.gui.common.date_field import DateField
from salon_crm.gui.common.form_parts import ErrorLabel
from salon_crm.services.procedures.catalogue_types import LotRow, ProductRow
from salon_crm.services.procedures.procedure_types import ProductUse


class ProductLine(QWidget):
    """One product used: the product, its lot (known lots offered as you type; a known
    lot fills its expiry), the expiry and the quantity in the product's unit.

    Signals:
        remove_requested(): the line's remove button was pressed.
        edited(): the user changed something on the line.
    """

    remove_requested = Signal()
    edited = Signal()

    def __init__(self, products: Sequence[ProductRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productLine")
        self._products = {p.id: p for p in products}
        self.product = QComboBox(self)
        self.product.setObjectName("usedProduct")
        self.product.setAccessibleName(self.tr("Product"))
        self.product.addItem(self.tr("Choose a product…"), None)
        for item in products:
            shown = f"{item.name} ({item.manufacturer})" if item.manufacturer else item.name
            self.product.addItem(shown, item.id)
        self.lot = QLineEdit(self)
        self.lot.setObjectName("usedLot")
        self.lot.setAccessibleName(self.tr("Lot number"))
        self.lot.setPlaceholderText(self.tr("Lot"))
        self.expiry = DateField(self)
        self.expiry.setObjectName("usedExpiry")
        self.expiry.setAccessibleName(self.tr("Expiry date"))
        self.quantity = QLineEdit(self)
        self.quantity.setObjectName("usedQuantity")
        self.quantity.setAccessibleName(self.tr("Quantity"))
        self.quantity.setPlaceholderText(self.tr("Quantity"))
        self.quantity.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000000000") + 16)
        self.unit = QLabel(self)
        self.unit.setObjectName("usedUnit")
        self.unit.setTextFormat(Qt.TextFormat.PlainText)
        remove = QToolButton(self)
        remove.setObjectName("removeProduct")
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this product"))
        remove.setAccessibleName(self.tr("Remove this product"))
        remove.clicked.connect(self.remove_requested)
        self.error = ErrorLabel("productLine", self)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        for column, widget in enumerate(
            (self.product, self.lot, self.expiry, self.quantity, self.unit, remove)
        ):
            grid.addWidget(widget, 0, column)
        grid.addWidget(self.error, 1, 0, 1, 6)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        self.product.currentIndexChanged.connect(self._on_product)
        self.lot.textEdited.connect(self._on_lot)
        for signal in (
            self.product.activated,
            self.lot.textEdited,
            self.expiry.textEdited,
            self.quantity.textEdited,
        ):
            signal.connect(lambda *_: self.edited.emit())

    def chosen(self) -> ProductRow | None:
        product_id = self.product.currentData()
        return self._products.get(product_id) if product_id is not None else None

    def choose(self, product_id: int) -> None:
        self.product.setCurrentIndex(self.product.findData(product_id))

    def is_blank(self) -> bool:
        return self.chosen() is None and not any(
            (self.lot.text().strip(), self.expiry.text().strip(), self.quantity.text().strip())
        )

    def use(self) -> ProductUse | None:
        chosen = self.chosen()
        if chosen is None:
            return None
        return ProductUse(
            product_id=chosen.id,
            lot_number=self.lot.text().strip(),
            expires_on=self.expiry.date_value(),
            quantity=self.quantity.text().strip(),
        )

    def problems(self) -> list[FieldError]:
        """What the form can tell by itself: a line without its product, a date that is
        not one."""
        found: list[FieldError] = []
        if self.chosen() is None:
            found.append(FieldError("product", msg.CHOICE_EXPECTED))
        if not self.expiry.is_valid():
            found.append(FieldError("expires_on", msg.DATE_EXPECTED))
        return found

    def _usable_lots(self) -> list[LotRow]:
        """The lots offered while typing: neither recalled nor expired today (the check
        refuses them at saving anyway; offering them only invites the mistake)."""
        chosen = self.chosen()
        today = date.today()
        return [
            lot
            for lot in (chosen.lots if chosen else ())
            if not lot.recalled and (lot.expires_on is None or lot.expires_on >= today)
        ]

    def _on_product(self) -> None:
        chosen = self.chosen()
        self.unit.setText(chosen.unit if chosen else "")
        completer = QCompleter([lot.lot_number for lot in self._usable_lots()], self.lot)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(lambda _text: self._on_lot())
        self.lot.setCompleter(completer)
        self._on_lot()

    def _on_lot(self) -> None:
        """A known lot brings its expiry; the expiry of a lot first met here is typed."""
        number = self.lot.text().strip()
        known = next((lot for lot in self._usable_lots() if lot.lot_number == number), None)
        if known is not None and known.expires_on is not None:
            self.expiry.set_date(known.expires_on)


class ProductRows(QWidget):
    """The lines and an Add button; `uses()` gives what the service takes.

    Signals:
        edited(): a line was added, removed or changed.
    """

    edited = Signal()

    def __init__(self, products: Sequence[ProductRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usedProducts")
        self._products = list(products)
        self._lines: list[ProductLine] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._add = QPushButton(self.tr("Add a product"), self)
        self._add.setObjectName("addProductButton")
        self._add.setAutoDefault(False)
        self._add.clicked.connect(self.add_line)
        self._layout.addWidget(self._add, 0, Qt.AlignmentFlag.AlignLeft)

    def lines(self) -> list[ProductLine]:
        return list(self._lines)

    def add_line(self) -> ProductLine:
        line = ProductLine(self._products, self)
        line.remove_requested.connect(lambda: self._remove(line))
        line.edited.connect(self.edited)
        self._layout.insertWidget(len(self._lines), line)
        self._lines.append(line)
        line.product.setFocus()
        self.edited.emit()
        return line

    def _remove(self, line: ProductLine) -> None:
        self._lines.remove(line)
        line.hide()
        line.deleteLater()
        self.edited.emit()

    def filled(self) -> list[ProductLine]:
        """The lines the user wrote something in, in order; blank ones are left out."""
        return [line for line in self._lines if not line.is_blank()]

    def uses(self) -> tuple[ProductUse, ...]:
        return tuple(use for line in self.filled() if (use := line.use()) is not None)

    def snapshot(self) -> tuple[tuple[object, str, str, str], ...]:
        return tuple(
            (line.product.currentData(), line.lot.text(), line.expiry.text(), line.quantity.text())
            for line in self._lines
        )
