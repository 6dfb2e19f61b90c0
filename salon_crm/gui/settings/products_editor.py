"""The owner's products: name, manufacturer, unit and substances (what an allergy is checked
against), with their lots — expiry, and recall with its date and note."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.dates import format_day
from salon_crm.domain.common.errors import FieldError, SalonError
from salon_crm.domain.common.text import tidy
from salon_crm.domain.health.substances import SUBSTANCES
from salon_crm.gui.common.date_field import DateField
from salon_crm.gui.common.field_errors import FieldErrors, Prompts, hint_label
from salon_crm.gui.common.form_parts import ErrorLabel
from salon_crm.gui.common.lot_recall_mark import RecallMark, ask_recall_mark
from salon_crm.gui.common.row_table_model import RowColumn, RowTableModel, row_table_view
from salon_crm.gui.settings.catalogue_labels import in_use_text, substance_label, substance_value
from salon_crm.gui.settings.catalogue_section import CatalogueSection
from salon_crm.services.procedures.catalogue_service import CatalogueService
from salon_crm.services.procedures.catalogue_types import LotRow, ProductInput, ProductRow

_VALUE = Qt.ItemDataRole.UserRole


def _expired(lot: LotRow) -> bool:
    return lot.expires_on is not None and lot.expires_on < date.today()


class ProductsEditor(CatalogueSection):
    """Products on the left with the chosen one's lots under them; its form on the right.

    A product is taken out of use, never deleted; a lot is never deleted either (the
    procedures that used it name it), only marked recalled, or unmarked after a mistake.
    """

    def __init__(
        self, catalogue: CatalogueService, prompts: Prompts, *, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            prompts,
            key="product",
            columns=[
                RowColumn(lambda: self.tr("Product"), lambda r: r.name, tooltip=lambda r: r.name),
                RowColumn(lambda: self.tr("Manufacturer"), lambda r: r.manufacturer),
                RowColumn(lambda: self.tr("In use"), lambda r: in_use_text(r.is_active)),
            ],
            parent=parent,
        )
        self.setObjectName("productsEditor")
        self._catalogue = catalogue
        self._lot_errors = FieldErrors()
        self._new.setText(self.tr("New product"))

        # --- the chosen product's lots
        self._lots_box = QGroupBox(self.tr("Lots"), self)
        self._lots = RowTableModel(
            [
                RowColumn(lambda: self.tr("Lot"), lambda lot: lot.lot_number),
                RowColumn(
                    lambda: self.tr("Expires"),
                    lambda lot: format_day(lot.expires_on),
                    sort=lambda lot: lot.expires_on or date.max,
                    alarm=_expired,
                ),
                RowColumn(
                    lambda: self.tr("Recalled"),
                    self._recall_text,
                    tooltip=lambda lot: lot.recall_note,
                    alarm=lambda lot: lot.recalled,
                ),
            ],
            parent=self,
        )
        self._lots_table = row_table_view(self._lots, "lotsTable", stretch=2, parent=self._lots_box)
        self._lots_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_lot_buttons()
        )
        self._lot_number = QLineEdit(self._lots_box)
        self._lot_number.setObjectName("newLotNumber")
        self._lot_number.setPlaceholderText(self.tr("Lot number"))
        self._lot_number.setMaxLength(60)
        self._lot_number.returnPressed.connect(self.add_lot)
        self._lot_expiry = DateField(self._lots_box)
        self._lot_expiry.setObjectName("newLotExpiry")
        self._lot_expiry.setToolTip(self.tr("Expiry date"))
        self._add_lot = QPushButton(self.tr("Add lot"), self._lots_box)
        self._add_lot.setObjectName("addLotButton")
        self._add_lot.clicked.connect(self.add_lot)
        self._recall = QPushButton(self._lots_box)
        self._recall.setObjectName("lotRecallButton")
        self._recall.clicked.connect(self.toggle_recall)
        add_row = QHBoxLayout()
        add_row.addWidget(
            self._lot_errors.field("lot_number", self._lot_number, "new_lot_number"), 1
        )
        add_row.addWidget(self._lot_errors.field("expires_on", self._lot_expiry, "new_lot_expiry"))
        add_row.addWidget(self._add_lot, 0, Qt.AlignmentFlag.AlignTop)
        recall_row = QHBoxLayout()
        recall_row.addStretch(1)
        recall_row.addWidget(self._recall)
        lots = QVBoxLayout(self._lots_box)
        lots.addWidget(self._lots_table, 1)
        lots.addLayout(add_row)
        lots.addLayout(recall_row)

        # --- the chosen product
        self._name = QLineEdit(self.details)
        self._name.setObjectName("productName")
        self._name.setMaxLength(200)
        self._manufacturer = QLineEdit(self.details)
        self._manufacturer.setObjectName("productManufacturer")
        self._manufacturer.setMaxLength(200)
        self._unit = QLineEdit(self.details)
        self._unit.setObjectName("productUnit")
        self._unit.setMaxLength(30)
        self._unit.setPlaceholderText(self.tr("ml, U, g…"))
        self._substances = QListWidget(self.details)
        self._substances.setObjectName("productSubstances")
        self._substances.currentRowChanged.connect(lambda _r: self._update_substance_buttons())
        self._substance = QComboBox(self.details)
        self._substance.setObjectName("substanceInput")
        self._substance.setEditable(True)
        self._substance.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._substance.addItems(sorted(substance_label(code) for code in SUBSTANCES))
        self._substance.setCurrentIndex(-1)
        line = self._substance.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("A substance from the list, or any other"))
            line.returnPressed.connect(self.add_typed_substance)
        self._add_substance = QPushButton(self.tr("Add"), self.details)
        self._add_substance.setObjectName("addSubstanceButton")
        self._add_substance.clicked.connect(self.add_typed_substance)
        self._remove_substance = QPushButton(self.tr("Remove"), self.details)
        self._remove_substance.setObjectName("removeSubstanceButton")
        self._remove_substance.clicked.connect(self._remove_selected_substance)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name:"), self._errors.field("name", self._name, "product_name"))
        form.addRow(
            self.tr("Manufacturer:"),
            self._errors.field("manufacturer", self._manufacturer, "product_manufacturer"),
        )
        form.addRow(self.tr("Unit:"), self._errors.field("unit", self._unit, "product_unit"))
        substance_row = QHBoxLayout()
        substance_row.addWidget(self._substance, 1)
        substance_row.addWidget(self._add_substance)
        substance_row.addWidget(self._remove_substance)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self._save)
        details = QVBoxLayout(self.details)
        details.addLayout(form)
        details.addWidget(
            hint_label(
                self.tr(
                    "Substances and allergens: a client allergic to one of them is warned "
                    "about before the product is used."
                ),
                self.details,
            )
        )
        details.addWidget(self._substances, 1)
        details.addLayout(substance_row)
        self._substance_error = self._errors.add("substances", ErrorLabel("substances"))
        details.addWidget(self._substance_error)
        details.addLayout(save_row)

        self._lay_out(self._lots_box)

    def title(self) -> str:
        return self.tr("Products")

    # --- reading -------------------------------------------------------------------------

    def lots_model(self) -> RowTableModel[LotRow]:
        return self._lots

    def _rows(self, *, include_inactive: bool) -> list[ProductRow]:
        return self._catalogue.products(include_inactive=include_inactive)

    def _row_name(self, row: ProductRow) -> str:
        return row.name

    def _blank_title(self) -> str:
        return self.tr("Product")

    def _new_title(self) -> str:
        return self.tr("New product")

    def _shown(self, row: ProductRow | None) -> None:
        self._lot_errors.clear()
        self._show_lots(row)

    def substances(self) -> tuple[str, ...]:
        """The substances in the form, as they would be stored."""
        return tuple(
            str(self._substances.item(i).data(_VALUE)) for i in range(self._substances.count())
        )

    def _recall_text(self, lot: LotRow) -> str:
        if lot.recalled_on is None:
            return ""
        return self.tr("since {date}").format(date=format_day(lot.recalled_on))

    def _fill(self, row: ProductRow | None) -> None:
        self._name.setText(row.name if row else "")
        self._manufacturer.setText(row.manufacturer if row else "")
        self._unit.setText(row.unit if row else "")
        self._substances.clear()
        for value in row.substances if row else ():
            self._append_substance(value)
        self._substance.setCurrentIndex(-1)
        self._substance.setEditText("")
        self._update_substance_buttons()

    def _show_lots(self, row: ProductRow | None, select_id: int | None = None) -> None:
        lots = sorted(row.lots, key=lambda lot: lot.expires_on or date.max) if row else []
        self._lots.set_rows(lots)
        self._lots_box.setEnabled(row is not None)
        self._lots_box.setTitle(
            self.tr("Lots of “{product}”").format(product=row.name) if row else self.tr("Lots")
        )
        index = self._lots.index_where(lambda lot: lot.id == select_id)
        if index >= 0:
            self._lots_table.selectRow(index)
        self._update_lot_buttons()

    def _update_substance_buttons(self) -> None:
        self._remove_substance.setEnabled(self._substances.currentRow() >= 0)

    def selected_lot(self) -> LotRow | None:
        lot = self._lots.row_at(self._lots_table.currentIndex().row())
        return lot if isinstance(lot, LotRow) else None

    def _update_lot_buttons(self) -> None:
        lot = self.selected_lot()
        self._recall.setEnabled(lot is not None)
        if lot is not None and lot.recalled:
            self._recall.setText(self.tr("Cancel the recall…"))
        else:
            self._recall.setText(self.tr("Mark recalled…"))

    # --- the form ------------------------------------------------------------------------

    def set_form(
        self,
        *,
        name: str | None = None,
        manufacturer: str | None = None,
        unit: str | None = None,
    ) -> None:
        """Type into the form (for tests and scripted set-up)."""
        for field, text in ((self._name, name), (self._manufacturer, manufacturer)):
            if text is not None:
                field.setText(text)
        if unit is not None:
            self._unit.setText(unit)

    def add_substance(self, typed: str) -> None:
        """Add a substance as typed: a catalogue name becomes its code."""
        value = substance_value(typed)
        if value and value not in self.substances():
            self._append_substance(value)
        self._substance.setEditText("")

    def add_typed_substance(self) -> None:
        self.add_substance(self._substance.currentText())

    def _append_substance(self, value: str) -> None:
        item = QListWidgetItem(substance_label(value), self._substances)
        item.setData(_VALUE, value)

    def _remove_selected_substance(self) -> None:
        row = self._substances.currentRow()
        if row >= 0:
            self._substances.takeItem(row)
        self._update_substance_buttons()

    def _typed(self) -> ProductInput:
        return ProductInput(
            name=self._name.text(),
            manufacturer=self._manufacturer.text(),
            unit=self._unit.text(),
            substances=self.substances(),
        )

    def _differs(self, row: ProductRow | None) -> bool:
        if row is None:
            return bool(tidy(self._name.text()))
        return (
            tidy(self._name.text()) != row.name
            or tidy(self._manufacturer.text()) != row.manufacturer
            or tidy(self._unit.text()) != row.unit
            or self.substances() != row.substances
        )

    def _write(self, row: ProductRow | None) -> ProductRow:
        data = self._typed()
        if row is None:
            return self._catalogue.create_product(data)
        return self._catalogue.update_product(row.id, data)

    def _set_active(self, row: ProductRow, *, active: bool) -> ProductRow:
        return self._catalogue.set_product_active(row.id, active=active)

    # --- lots ----------------------------------------------------------------------------

    def set_new_lot(self, lot_number: str, expires_on: date | None) -> None:
        """Type a new lot (for tests and scripted set-up)."""
        self._lot_number.setText(lot_number)
        self._lot_expiry.set_date(expires_on)

    def add_lot(self) -> LotRow | None:
        row = self._current
        if row is None:
            return None
        if not self._lot_expiry.is_valid():
            self._lot_errors.show([FieldError("expires_on", msg.DATE_EXPECTED)])
            return None
        number, expiry = self._lot_number.text(), self._lot_expiry.date_value()
        lot = self.attempt(
            self._lot_errors,
            lambda: self._catalogue.add_lot(row.id, lot_number=number, expires_on=expiry),
        )
        if lot is None:
            return None
        self._lot_number.clear()
        self._lot_expiry.set_date(None)
        self._refresh_lots(lot.id)
        self.say(
            self.tr("Lot {lot} of “{product}” is added.").format(
                lot=lot.lot_number, product=row.name
            )
        )
        self.changed.emit()
        return lot

    def select_lot(self, lot_number: str) -> None:
        index = self._lots.index_where(lambda lot: lot.lot_number == lot_number)
        if index >= 0:
            self._lots_table.selectRow(index)

    def ask_recall(self, product: str, lot_number: str) -> RecallMark | None:
        """The recall's date and note; replaced in tests."""
        return ask_recall_mark(self, product=product, lot_number=lot_number)

    def toggle_recall(self) -> None:
        row, lot = self._current, self.selected_lot()
        if row is None or lot is None:
            return
        try:
            saved = self._recall_or_cancel(row, lot)
        except SalonError as error:
            self.report(error)
            return
        if saved is None:
            return
        self._refresh_lots(saved.id)
        if saved.recalled:
            self.say(self.tr("Lot {lot} is marked recalled.").format(lot=saved.lot_number))
        else:
            self.say(self.tr("The recall of lot {lot} is cancelled.").format(lot=saved.lot_number))
        self.changed.emit()

    def _recall_or_cancel(self, row: ProductRow, lot: LotRow) -> LotRow | None:
        """Mark the lot recalled, or cancel its recall, once the user has confirmed."""
        if not lot.recalled:
            mark = self.ask_recall(row.name, lot.lot_number)
            if mark is None:
                return None
            return self._catalogue.mark_lot_recalled(lot.id, on=mark.on, note=mark.note)
        if not self.prompts.confirm(
            self,
            self.tr("Cancel the recall"),
            self.tr(
                "Lot {lot} of “{product}” will be usable again and the clients' cards will "
                "stop warning about it. Cancel the recall?"
            ).format(lot=lot.lot_number, product=row.name),
        ):
            return None
        return self._catalogue.unmark_lot_recalled(lot.id)

    def _refresh_lots(self, select_id: int) -> None:
        """The chosen product read again, keeping what is typed in its form."""
        row = self._current
        if row is None:
            return
        try:
            fresh = self._catalogue.product(row.id)
        except SalonError as error:
            self.report(error)
            return
        self._current = fresh if not self.is_dirty() else row
        self._show_lots(fresh, select_id)
