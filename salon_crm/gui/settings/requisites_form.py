"""The salon's requisites form: names, country, addresses, numbers, bank and signatory,
and the logo on the letterhead of the salon's documents."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.errors import SalonError, ValidationError
from salon_crm.domain.common.requisites import CHECKED_FIELDS, check_requisite
from salon_crm.gui.common.countries import countries
from salon_crm.gui.common.error_messages import describe_error
from salon_crm.gui.common.field_errors import FieldErrors, Prompts, SettingsSection
from salon_crm.gui.common.field_messages import field_message
from salon_crm.gui.common.form_parts import ErrorLabel
from salon_crm.gui.common.ui_forms import Child, Children, Form
from salon_crm.services.documents.letterhead_service import LetterheadService
from salon_crm.services.settings.settings_service import SalonRequisites, SettingsService

_LOGO_HEIGHT = 48

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

# The fields that have an error label, a label and a widget: the text fields and the country.
_FIELDS = ("country", *_TEXT_FIELDS)


class RequisitesFormUi(Form):
    ui_name = "requisites_form"
    page = Child(QWidget, "requisitesPage")
    country = Child(QComboBox, "requisites_country")
    edits = Children(QLineEdit, "requisites_{}", _TEXT_FIELDS)
    labels = Children(QLabel, "label_requisites_{}", _FIELDS)
    errors = Children(ErrorLabel, "error_requisites_{}", _FIELDS)
    revert = Child(QPushButton, "requisitesRevert")
    save = Child(QPushButton, "requisitesSave")


class RequisitesForm(SettingsSection):
    """The salon's legal and contact requisites, used by contracts and as the phone region."""

    def __init__(
        self,
        settings: SettingsService,
        prompts: Prompts,
        *,
        read_only: bool = False,
        letterhead: LetterheadService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(prompts, parent)
        self.setObjectName("requisitesForm")
        self._settings = settings
        self._letterhead = letterhead
        self._file_dialog: QFileDialog | None = None
        self._read_only = read_only
        self._errors = FieldErrors()
        self._saved = SalonRequisites(name="", country="UA")

        ui = RequisitesFormUi(self)
        ui.fill(self)
        self._country = ui.country
        self._edits = ui.edits
        self._labels = ui.labels
        self._revert = ui.revert
        self._save = ui.save
        for code, name in countries():
            self._country.addItem(name, code)
        for name, limit in _TEXT_FIELDS.items():
            self._edits[name].setMaxLength(limit)
            self._edits[name].setReadOnly(read_only)
        self._country.setEnabled(not read_only)
        for name, error in ui.errors.items():
            self._errors.add(name, error, self.field_widget(name))
        if read_only:
            # Read-only fields should not look like fields waiting to be typed into.
            ui.page.setStyleSheet('QLineEdit[readOnly="true"] { background: transparent; }')
        self._revert.setVisible(not read_only)
        self._save.setVisible(not read_only)
        self._revert.clicked.connect(self.discard)
        self._save.clicked.connect(self.save)

        self._country.currentIndexChanged.connect(self._relabel_numbers)
        self._country.currentIndexChanged.connect(self._update_buttons)
        for edit in self._edits.values():
            edit.textChanged.connect(self._update_buttons)
        for name in CHECKED_FIELDS:
            # Checked when the user leaves the field; once shown, the message goes as
            # soon as the number is right.
            edit = self._edits[name]
            edit.editingFinished.connect(lambda name=name: self._check_number(name))
            edit.textChanged.connect(lambda _text, name=name: self._recheck_number(name))
        self._country.currentIndexChanged.connect(self._recheck_numbers)
        if letterhead is not None:
            self._add_logo_row()
        self.reload()

    def _add_logo_row(self) -> None:
        """The logo is stored as soon as it is chosen: it is a file, not a typed field."""
        fields_layout = self.findChild(QFormLayout, "requisitesSalonFields")
        assert fields_layout is not None
        row = QWidget(self)
        self._logo = QLabel(row)
        self._logo.setObjectName("requisitesLogo")
        self._logo.setFixedHeight(_LOGO_HEIGHT)
        self._logo.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._logo_choose = QPushButton(self.tr("Choose…"), row)
        self._logo_choose.setObjectName("requisitesLogoChoose")
        self._logo_choose.clicked.connect(self.choose_logo)
        self._logo_remove = QPushButton(self.tr("Remove"), row)
        self._logo_remove.setObjectName("requisitesLogoRemove")
        self._logo_remove.clicked.connect(self.remove_logo)
        for button in (self._logo_choose, self._logo_remove):
            button.setVisible(not self._read_only)
        buttons = QHBoxLayout()
        buttons.addWidget(self._logo_choose)
        buttons.addWidget(self._logo_remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._logo)
        layout.addLayout(buttons)
        fields_layout.addRow(self.tr("Logo on documents:"), row)
        self._show_logo()

    def _show_logo(self) -> None:
        if self._letterhead is None:
            return
        try:
            png = self._letterhead.logo()
        except SalonError as error:
            self.report(error)
            return
        pixmap = QPixmap()
        if png is not None and pixmap.loadFromData(png):
            self._logo.setPixmap(
                pixmap.scaledToHeight(_LOGO_HEIGHT, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self._logo.setText(self.tr("No logo"))
        self._logo_remove.setEnabled(png is not None)

    def has_logo(self) -> bool:
        pixmap = self._logo.pixmap()
        return pixmap is not None and not pixmap.isNull()

    def choose_logo(self) -> None:
        dialog = QFileDialog(self, self.tr("The logo on documents"))
        dialog.setObjectName("requisitesLogoDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.heic)"))
        dialog.fileSelected.connect(self.set_logo_file)
        if self._file_dialog is not None:  # one kept at a time
            self._file_dialog.deleteLater()
        self._file_dialog = dialog
        dialog.open()

    def set_logo_file(self, path: str) -> None:
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            self.complain(
                self.tr("The file cannot be read: {reason}").format(reason=error.strerror)
            )
            return
        self._store_logo(data)

    def remove_logo(self) -> None:
        self._store_logo(None)

    def _store_logo(self, data: bytes | None) -> None:
        assert self._letterhead is not None
        try:
            self._letterhead.set_logo(data)
        except SalonError as error:
            self.complain(describe_error(error)[0])
            return
        self._logo.clear()
        self._show_logo()
        self.say(self.tr("The logo is saved.") if data else self.tr("The logo is removed."))
        self.changed.emit()

    # --- building ------------------------------------------------------------------------

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

    def _check_number(self, name: str) -> None:
        """A wrong check digit or length is said in the field before the user saves."""
        error = check_requisite(self._current_country(), name, self._edits[name].text())
        label = self._errors.label(name)
        if error is None:
            label.clear_message()
        else:
            label.show_message(field_message(error))

    def _recheck_number(self, name: str) -> None:
        if not self._errors.label(name).isHidden():
            self._check_number(name)

    def _recheck_numbers(self) -> None:
        """Another country reads the same digits as other numbers."""
        for name in CHECKED_FIELDS:
            if self._edits[name].text().strip():
                self._check_number(name)

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
