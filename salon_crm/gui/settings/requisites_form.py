"""The salon's requisites form: names, country, addresses, numbers, bank and signatory."""

from __future__ import annotations

import itertools
from dataclasses import fields, replace

from PySide6.QtCore import QCollator, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.errors import SalonError, ValidationError
from salon_crm.gui.common.field_errors import (
    ErrorLabel,
    FieldErrors,
    Prompts,
    SettingsSection,
    hint_label,
    with_error,
)
from salon_crm.services.settings.settings_service import SalonRequisites, SettingsService

# Widths follow the database columns, so nothing typed here is cut when it is stored.
_TEXT_FIELDS: dict[str, int] = {
    "name": 200,
    "legal_name": 300,
    "legal_address": 300,
    "actual_address": 300,
    "phone": 40,
    "email": 254,
    "website": 200,
    "registration_number": 40,
    "tax_number": 40,
    "extra_number": 40,
    "bank_name": 200,
    "bank_account": 60,
    "bank_code": 30,
    "signatory_name": 200,
    "signatory_position": 200,
}


class RequisitesForm(SettingsSection):
    """The salon's legal and contact requisites, used by contracts and as the phone region."""

    def __init__(
        self,
        settings: SettingsService,
        prompts: Prompts,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(prompts, parent)
        self.setObjectName("requisitesForm")
        self._settings = settings
        self._read_only = read_only
        self._errors = FieldErrors()
        self._edits: dict[str, QLineEdit] = {}
        self._labels: dict[str, QLabel] = {}
        self._saved = SalonRequisites(name="", country="UA")

        page = QWidget(self)
        self._country = QComboBox(page)
        self._country.setObjectName("requisites_country")
        for code, name in self._countries():
            self._country.addItem(name, code)
        for name, limit in _TEXT_FIELDS.items():
            edit = QLineEdit(page)
            edit.setObjectName(f"requisites_{name}")
            edit.setMaxLength(limit)
            edit.setReadOnly(read_only)
            self._edits[name] = edit
        self._country.setEnabled(not read_only)
        self._edits["name"].setPlaceholderText(self.tr("As clients know it"))
        self._edits["legal_name"].setPlaceholderText(self.tr("As in the state register"))
        self._edits["email"].setPlaceholderText("salon@example.com")
        self._edits["website"].setPlaceholderText("https://")
        self._edits["bank_account"].setPlaceholderText(self.tr("IBAN"))

        salon = self._group(
            page,
            self.tr("Salon"),
            [
                ("name", self.tr("Name:"), None),
                ("legal_name", self.tr("Legal name:"), None),
                (
                    "country",
                    self.tr("Country:"),
                    self.tr(
                        "Also the default phone region: numbers typed without a country "
                        "code are read as numbers of this country."
                    ),
                ),
                ("phone", self.tr("Phone:"), None),
                ("email", self.tr("E-mail:"), None),
                ("website", self.tr("Website:"), None),
            ],
        )
        numbers = self._group(
            page,
            self.tr("Registration numbers"),
            [
                ("registration_number", "", None),
                ("tax_number", "", None),
                ("extra_number", "", self.tr("The names of the numbers follow the country.")),
            ],
        )
        addresses = self._group(
            page,
            self.tr("Addresses"),
            [
                ("legal_address", self.tr("Legal address:"), None),
                ("actual_address", self.tr("Actual address:"), None),
            ],
        )
        bank = self._group(
            page,
            self.tr("Bank"),
            [
                ("bank_name", self.tr("Bank:"), None),
                ("bank_account", self.tr("Account (IBAN):"), None),
                ("bank_code", "", None),
            ],
        )
        signatory = self._group(
            page,
            self.tr("Who signs contracts"),
            [
                ("signatory_name", self.tr("Full name:"), None),
                ("signatory_position", self.tr("Position:"), None),
            ],
        )
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 6, 0)
        grid.addWidget(salon, 0, 0)
        grid.addWidget(numbers, 0, 1)
        grid.addWidget(addresses, 1, 0, 1, 2)
        grid.addWidget(bank, 2, 0)
        grid.addWidget(signatory, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        if read_only:
            # Read-only fields should not look like fields waiting to be typed into.
            page.setStyleSheet('QLineEdit[readOnly="true"] { background: transparent; }')

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)

        self._revert = QPushButton(self.tr("Undo changes"), self)
        self._revert.setObjectName("requisitesRevert")
        self._revert.clicked.connect(self.discard)
        self._save = QPushButton(self.tr("Save requisites"), self)
        self._save.setObjectName("requisitesSave")
        self._save.setToolTip(self.tr("Ctrl+S"))
        self._save.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(
            hint_label(self.tr("Contracts and printed documents take these details."), self), 1
        )
        buttons.addWidget(self._revert)
        buttons.addWidget(self._save)
        self._revert.setVisible(not read_only)
        self._save.setVisible(not read_only)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        # Tab follows the groups as they are seen, not the order the fields were made in.
        order: list[QWidget] = [
            self._country if name == "country" else self._edits[name]
            for name in (
                "name", "legal_name", "country", "phone", "email", "website",
                "registration_number", "tax_number", "extra_number",
                "legal_address", "actual_address",
                "bank_name", "bank_account", "bank_code",
                "signatory_name", "signatory_position",
            )
        ]  # fmt: skip
        order += [self._revert, self._save]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self._country.currentIndexChanged.connect(self._relabel_numbers)
        self._country.currentIndexChanged.connect(self._update_buttons)
        for edit in self._edits.values():
            edit.textChanged.connect(self._update_buttons)
        self.reload()

    # --- building ------------------------------------------------------------------------

    def _group(
        self, parent: QWidget, title: str, rows: list[tuple[str, str, str | None]]
    ) -> QGroupBox:
        box = QGroupBox(title, parent)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for name, text, hint in rows:
            field: QWidget = self._country if name == "country" else self._edits[name]
            error = self._errors.add(name, ErrorLabel(f"requisites_{name}", box), field)
            label = QLabel(text, box)
            label.setBuddy(field)
            self._labels[name] = label
            form.addRow(label, with_error(field, error, hint_label(hint, box) if hint else None))
        return box

    def _countries(self) -> list[tuple[str, str]]:
        names = {
            "UA": self.tr("Ukraine"),
            "PL": self.tr("Poland"),
            "RU": self.tr("Russia"),
            "KZ": self.tr("Kazakhstan"),
            "BY": self.tr("Belarus"),
            "MD": self.tr("Moldova"),
            "GE": self.tr("Georgia"),
            "DE": self.tr("Germany"),
            "CZ": self.tr("Czechia"),
            "SK": self.tr("Slovakia"),
            "LT": self.tr("Lithuania"),
            "LV": self.tr("Latvia"),
            "EE": self.tr("Estonia"),
            "RO": self.tr("Romania"),
            "AM": self.tr("Armenia"),
            "AZ": self.tr("Azerbaijan"),
            "UZ": self.tr("Uzbekistan"),
            "IL": self.tr("Israel"),
        }
        collator = QCollator(QLocale())
        return sorted(names.items(), key=lambda item: collator.sortKey(item[1]))

    def _number_labels(self, country: str) -> tuple[str, str, str, str]:
        """Labels of the registration, tax and extra numbers and the bank code."""
        if country == "UA":
            return (
                self.tr("Registration number (EDRPOU):"),
                self.tr("Tax number (IPN):"),
                self.tr("VAT certificate number:"),
                self.tr("Bank code (MFO):"),
            )
        if country == "RU":
            return (
                self.tr("Registration number (OGRN):"),
                self.tr("Tax number (INN):"),
                self.tr("Registration reason code (KPP):"),
                self.tr("Bank code (BIC):"),
            )
        if country == "PL":
            return (
                self.tr("Registration number (KRS):"),
                self.tr("Tax number (NIP):"),
                self.tr("Statistical number (REGON):"),
                self.tr("Bank code (BIC/SWIFT):"),
            )
        if country == "KZ":
            return (
                self.tr("Business ID number (BIN):"),
                self.tr("Individual ID number (IIN):"),
                self.tr("Beneficiary code (KBe):"),
                self.tr("Bank code (BIC):"),
            )
        if country == "BY":
            return (
                self.tr("Registration number:"),
                self.tr("Taxpayer number (UNP):"),
                self.tr("Classifier code (OKPO):"),
                self.tr("Bank code (BIC):"),
            )
        if country == "DE":
            return (
                self.tr("Commercial register number (HRB):"),
                self.tr("Tax number (Steuernummer):"),
                self.tr("VAT ID (USt-IdNr.):"),
                self.tr("Bank code (BIC):"),
            )
        if country == "CZ":
            return (
                self.tr("Company ID (IČO):"),
                self.tr("Tax ID (DIČ):"),
                self.tr("Extra number:"),
                self.tr("Bank code (BIC):"),
            )
        return (
            self.tr("Registration number:"),
            self.tr("Tax number:"),
            self.tr("Extra number:"),
            self.tr("Bank code (BIC):"),
        )

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        self._revert.setEnabled(dirty)
        self._save.setEnabled(dirty)

    def _relabel_numbers(self) -> None:
        labels = self._number_labels(self._current_country())
        for name, text in zip(
            ("registration_number", "tax_number", "extra_number", "bank_code"),
            labels,
            strict=True,
        ):
            self._labels[name].setText(text)

    # --- data ----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Salon requisites")

    def _current_country(self) -> str:
        return str(self._country.currentData() or "")

    def data(self) -> SalonRequisites:
        """What the form holds now, saved or not."""
        values = {name: edit.text() for name, edit in self._edits.items()}
        return SalonRequisites(country=self._current_country(), **values)

    def saved_data(self) -> SalonRequisites:
        return self._saved

    def set_data(self, data: SalonRequisites) -> None:
        """Fill the form (the stored values stay what they were: the form may be dirty)."""
        index = self._country.findData(data.country)
        if index < 0 and data.country:
            self._country.addItem(data.country, data.country)
            index = self._country.count() - 1
        self._country.setCurrentIndex(max(index, 0))
        for name, edit in self._edits.items():
            edit.setText(getattr(data, name))
            edit.setCursorPosition(0)
        self._relabel_numbers()

    def reload(self) -> None:
        try:
            self._saved = self._settings.requisites()
        except SalonError as error:
            self.report(error)
            return
        self._errors.clear()
        self.set_data(self._saved)

    def is_dirty(self) -> bool:
        current = self.data()
        # The service tidies spaces; "a  b" against the stored "a b" is not a change.
        return any(
            " ".join(str(getattr(current, f.name)).split())
            != " ".join(str(getattr(self._saved, f.name)).split())
            for f in fields(SalonRequisites)
        )

    def discard(self) -> None:
        self._errors.clear()
        self.set_data(self._saved)

    def save(self) -> bool:
        if self._read_only and not self.is_dirty():
            return True
        try:
            saved = self._settings.save_requisites(self.data())
        except ValidationError as error:
            left = self._errors.show(error.errors)
            if left:
                self.report(ValidationError(left))
            else:
                self.complain(
                    self.tr("The requisites are not saved: please correct the marked fields.")
                )
            return False
        except SalonError as error:
            self.report(error)
            return False
        self._errors.clear()
        self._saved = saved
        self.set_data(replace(saved))
        self.say(self.tr("The requisites are saved."))
        self.changed.emit()
        return True

    def error_text(self, field: str) -> str:
        """The message shown next to `field`, "" if none (for tests and screen readers)."""
        label = self._errors.label(field)
        return "" if label.isHidden() else label.text()

    def field_widget(self, field: str) -> QWidget:
        return self._country if field == "country" else self._edits[field]

    def label_text(self, field: str) -> str:
        return self._labels[field].text()
