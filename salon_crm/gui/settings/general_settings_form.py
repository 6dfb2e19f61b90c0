"""General settings: the salon's currency, how client names are displayed and this computer's
interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.currencies import CURRENCIES, NAME_CONTEXT, Currency
from salon_crm.domain.common.enums import NameOrder
from salon_crm.domain.common.errors import SalonError
from salon_crm.domain.common.money import Money
from salon_crm.domain.common.names import full_name
from salon_crm.gui.common import i18n, ui_settings
from salon_crm.gui.common.field_errors import Prompts, SettingsSection, hint_label
from salon_crm.services.settings.settings_service import SettingsService


class GeneralSettingsForm(SettingsSection):
    """Currency and name order (the salon's, in the database) and language (this computer's,
    in QSettings).

    Each applies as soon as it is picked; there is nothing to save by hand.

    Signals:
        language_changed(str): the interface language of this computer was switched.
    """

    language_changed = Signal(str)

    def __init__(
        self,
        settings: SettingsService,
        prompts: Prompts,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(prompts, parent)
        self.setObjectName("generalSettingsForm")
        self._settings = settings

        self._money_example = self._example_label("currencyExample")
        money, self._currency = self._choice_group(
            self.tr("Money"),
            "currency",
            self.tr("Currency:"),
            self.tr(
                "Prices, payments and client balances are counted in this currency. "
                "Until it is chosen here, the salon's country decides."
            ),
            example=self._money_example,
        )
        for currency in CURRENCIES.values():
            self._currency.addItem(self._currency_text(currency), currency.code)
        self._currency.setEnabled(not read_only)

        self._example = self._example_label("nameOrderExample")
        names, self._name_order = self._choice_group(
            self.tr("Client names"),
            "nameOrder",
            self.tr("Display order:"),
            self.tr(
                "Lists, cards and documents show names in this order for everyone. "
                "The questionnaire always keeps the last, first and middle names apart."
            ),
            example=self._example,
        )
        for order, text in (
            (NameOrder.LAST_FIRST_MIDDLE, self.tr("Last First Middle")),
            (NameOrder.FIRST_MIDDLE_LAST, self.tr("First Middle Last")),
            (NameOrder.FIRST_LAST, self.tr("First Last")),
        ):
            self._name_order.addItem(text, order.value)
        self._name_order.setEnabled(not read_only)

        language, self._language = self._choice_group(
            self.tr("Interface language of this computer"),
            "interfaceLanguage",
            self.tr("Language:"),
            self.tr(
                "Chosen for this computer only; other computers keep their own. "
                "The program switches at once."
            ),
        )
        for code in i18n.LANGUAGES:
            self._language.addItem(i18n.LANGUAGE_NAMES[code], code)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(money)
        layout.addWidget(names)
        layout.addWidget(language)
        layout.addStretch(1)

        self.reload()
        self._currency.currentIndexChanged.connect(self._save_currency)
        self._name_order.currentIndexChanged.connect(self._save_name_order)
        self._language.currentIndexChanged.connect(self._switch_language)

    def title(self) -> str:
        return self.tr("General")

    def _choice_group(
        self, title: str, name: str, caption: str, hint: str, *, example: QLabel | None = None
    ) -> tuple[QGroupBox, QComboBox]:
        """A group with one choice, an optional example line under it, and a hint."""
        group = QGroupBox(title, self)
        combo = QComboBox(group)
        combo.setObjectName(name)
        combo.setMinimumWidth(260)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(caption, combo)
        if example is not None:
            form.addRow("", example)
        form.addRow(hint_label(hint, group))
        return group, combo

    @staticmethod
    def _example_label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        return label

    def reload(self) -> None:
        try:
            currency = self._settings.currency()
            order = self._settings.name_order()
        except SalonError as error:
            self.report(error)
            currency, order = "", NameOrder.LAST_FIRST_MIDDLE
        self._currency.blockSignals(True)
        self._currency.setCurrentIndex(max(self._currency.findData(currency), 0))
        self._currency.blockSignals(False)
        self._name_order.blockSignals(True)
        self._name_order.setCurrentIndex(max(self._name_order.findData(order.value), 0))
        self._name_order.blockSignals(False)
        current = ui_settings.get(ui_settings.LANGUAGE) or i18n.current_language()
        self._language.blockSignals(True)
        self._language.setCurrentIndex(max(self._language.findData(current), 0))
        self._language.blockSignals(False)
        self._show_example()
        self._show_money_example()

    def currency(self) -> str:
        return str(self._currency.currentData())

    def _currency_text(self, currency: Currency) -> str:
        name = QCoreApplication.translate(NAME_CONTEXT, currency.name)
        if currency.symbol == currency.code:
            return self.tr("{code} — {name}").format(code=currency.code, name=name)
        return self.tr("{code} ({symbol}) — {name}").format(
            code=currency.code, symbol=currency.symbol, name=name
        )

    def _show_money_example(self) -> None:
        amount = i18n.money_text(Money(125_050, self.currency()))
        self._money_example.setText(self.tr("For example: {amount}").format(amount=amount))

    def _save_currency(self) -> None:
        try:
            self._settings.set_currency(self.currency())
        except SalonError as error:
            self.report(error)
            self.reload()
            return
        self._show_money_example()
        self.say(
            self.tr("The salon now counts in {currency}.").format(
                currency=self._currency.currentText()
            )
        )
        self.changed.emit()

    def name_order(self) -> NameOrder:
        return NameOrder(str(self._name_order.currentData()))

    def _show_example(self) -> None:
        example = full_name(
            self.tr("Kovalenko"), self.tr("Olena"), self.tr("Petrivna"), self.name_order()
        )
        self._example.setText(self.tr("For example: {name}").format(name=example))

    def _save_name_order(self) -> None:
        order = self.name_order()
        try:
            self._settings.set_name_order(order)
        except SalonError as error:
            self.report(error)
            self.reload()
            return
        self._show_example()
        self.say(
            self.tr("Names are now shown as “{order}”.").format(
                order=self._name_order.currentText()
            )
        )
        self.changed.emit()

    def _switch_language(self) -> None:
        code = str(self._language.currentData())
        ui_settings.put(ui_settings.LANGUAGE, code)
        i18n.install_language(code)
        self.language_changed.emit(code)
