"""The owner's procedure catalogue: name, category, duration, price, and which conditions
block or warn; a procedure is taken out of use, never deleted (past visits name it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.errors import SalonError
from salon_crm.domain.common.money import Money, parse_money
from salon_crm.domain.common.text import tidy
from salon_crm.domain.health.procedure_catalogue import ProcedureCategory
from salon_crm.gui.common.field_errors import Prompts, hint_label
from salon_crm.gui.common.i18n import money_text
from salon_crm.gui.common.row_table_model import RowColumn
from salon_crm.gui.settings.catalogue_labels import (
    category_labels,
    default_procedure_name,
    in_use_text,
    procedure_name,
)
from salon_crm.gui.settings.catalogue_section import CatalogueSection
from salon_crm.gui.settings.condition_rules_editor import ConditionRulesEditor
from salon_crm.services.procedures.catalogue_service import (
    MAX_DURATION,
    MIN_DURATION,
    CatalogueService,
)
from salon_crm.services.procedures.catalogue_types import ProcedureTypeInput, ProcedureTypeRow
from salon_crm.services.settings.settings_service import SettingsService


class ProceduresEditor(CatalogueSection):
    """A table of the catalogue beside the chosen procedure's form and rules.

    "New procedure" empties the form; saving (the button or Ctrl+S) creates or updates.
    """

    def __init__(
        self,
        catalogue: CatalogueService,
        settings: SettingsService,
        prompts: Prompts,
        *,
        parent: QWidget | None = None,
    ) -> None:
        categories = category_labels()
        super().__init__(
            prompts,
            key="procedureType",
            columns=[
                RowColumn(lambda: self.tr("Procedure"), procedure_name, tooltip=procedure_name),
                RowColumn(lambda: self.tr("Category"), lambda r: categories[r.category]),
                RowColumn(
                    lambda: self.tr("Minutes"),
                    lambda r: str(r.duration_minutes),
                    sort=lambda r: r.duration_minutes,
                ),
                RowColumn(lambda: self.tr("Price"), self._price_text, sort=lambda r: r.price.minor),
                RowColumn(lambda: self.tr("In use"), lambda r: in_use_text(r.is_active)),
            ],
            parent=parent,
        )
        self.setObjectName("proceduresEditor")
        self._catalogue = catalogue
        self._settings = settings
        self._currency = ""
        self._new.setText(self.tr("New procedure"))

        # --- the chosen procedure
        self._name = QLineEdit(self.details)
        self._name.setObjectName("procedureTypeName")
        self._name.setMaxLength(100)
        self._category = QComboBox(self.details)
        self._category.setObjectName("procedureTypeCategory")
        for category, label in categories.items():
            self._category.addItem(label, category.value)
        self._duration = QSpinBox(self.details)
        self._duration.setObjectName("procedureTypeDuration")
        self._duration.setRange(MIN_DURATION, MAX_DURATION)
        self._duration.setSingleStep(5)
        self._duration.setSuffix(self.tr(" min"))
        self._price = QLineEdit(self.details)
        self._price.setObjectName("procedureTypePrice")
        self._price.editingFinished.connect(self._tidy_price)
        self._rules = ConditionRulesEditor(self.details)
        self._rules.edited.connect(self._errors.clear)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name:"), self._errors.field("name", self._name, "procedure_type_name"))
        form.addRow(self.tr("Category:"), self._category)
        timing = QHBoxLayout()
        timing.addWidget(
            self._errors.field("duration_minutes", self._duration, "procedure_type_duration")
        )
        timing.addWidget(self._errors.field("price", self._price, "procedure_type_price"), 1)
        form.addRow(self.tr("Duration, price:"), timing)
        rules_hint = hint_label(
            self.tr(
                "A blocking condition in the client's anamnesis needs a written reason to go "
                "ahead; a warning is shown and passed."
            ),
            self.details,
        )
        buttons = QHBoxLayout()
        buttons.addWidget(rules_hint, 1)
        buttons.addWidget(self._save, 0, Qt.AlignmentFlag.AlignBottom)
        details = QVBoxLayout(self.details)
        details.addLayout(form)
        details.addWidget(self._errors.field("blocks", self._rules, "procedure_type_rules"), 1)
        details.addLayout(buttons)

        self._lay_out()

    def title(self) -> str:
        return self.tr("Procedures")

    def rules_editor(self) -> ConditionRulesEditor:
        return self._rules

    def reload(self, select_id: int | None = None) -> None:
        try:
            self._currency = self._settings.currency()
        except SalonError as error:
            self.report(error)
        super().reload(select_id)

    def _rows(self, *, include_inactive: bool) -> list[ProcedureTypeRow]:
        return self._catalogue.procedure_types(include_inactive=include_inactive)

    def _row_name(self, row: ProcedureTypeRow) -> str:
        return procedure_name(row)

    def _blank_title(self) -> str:
        return self.tr("Procedure")

    def _new_title(self) -> str:
        return self.tr("New procedure")

    def start_new(self) -> None:
        super().start_new()
        if self._creating:
            self._name.setFocus()

    def _price_text(self, row: ProcedureTypeRow) -> str:
        return money_text(row.price)

    def _fill(self, row: ProcedureTypeRow | None) -> None:
        self._name.setText(row.custom_name if row else "")
        default = default_procedure_name(row) if row else ""
        self._name.setPlaceholderText(default)
        self._name.setToolTip(
            self.tr("Left empty, it keeps the catalogue's name in every language")
            if default
            else ""
        )
        category = row.category if row else ProcedureCategory.CARE
        self._category.setCurrentIndex(self._category.findData(category.value))
        self._duration.setValue(row.duration_minutes if row else 60)
        price = row.price if row else Money(0, self._currency or "UAH")
        self._price.setText(money_text(price))
        self._rules.set_rules(row.blocks if row else (), row.warns if row else ())

    def _tidy_price(self) -> None:
        try:
            price = parse_money(self._price.text(), self._currency, field="price")
        except SalonError:
            return
        self._price.setText(money_text(price))

    # --- changing ------------------------------------------------------------------------

    def set_form(
        self,
        *,
        name: str | None = None,
        category: ProcedureCategory | None = None,
        duration: int | None = None,
        price: str | None = None,
    ) -> None:
        """Type into the form (for tests and scripted set-up)."""
        if name is not None:
            self._name.setText(name)
        if category is not None:
            self._category.setCurrentIndex(self._category.findData(category.value))
        if duration is not None:
            self._duration.setValue(duration)
        if price is not None:
            self._price.setText(price)

    def _typed(self) -> ProcedureTypeInput:
        blocks, warns = self._rules.rules()
        return ProcedureTypeInput(
            name=self._name.text(),
            category=ProcedureCategory(str(self._category.currentData())),
            duration_minutes=self._duration.value(),
            price=parse_money(self._price.text(), self._currency, field="price"),
            blocks=blocks,
            warns=warns,
        )

    def _differs(self, row: ProcedureTypeRow | None) -> bool:
        if row is None:
            return bool(tidy(self._name.text()))
        blocks, warns = self._rules.rules()
        try:
            price = parse_money(self._price.text(), self._currency, field="price")
        except SalonError:
            return True
        return (
            tidy(self._name.text()) != row.custom_name
            or self._category.currentData() != row.category.value
            or self._duration.value() != row.duration_minutes
            or price != row.price
            or blocks != row.blocks
            or warns != row.warns
        )

    def _write(self, row: ProcedureTypeRow | None) -> ProcedureTypeRow:
        data = self._typed()
        if row is None:
            return self._catalogue.create_procedure_type(data)
        return self._catalogue.update_procedure_type(row.id, data)

    def _set_active(self, row: ProcedureTypeRow, *, active: bool) -> ProcedureTypeRow:
        return self._catalogue.set_procedure_type_active(row.id, active=active)
