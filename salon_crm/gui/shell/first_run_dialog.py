"""The first start: the language first, then name the salon, pick its country and create
the owner's account."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QPushButton, QWidget

from salon_crm.domain.common import validation as rules
from salon_crm.domain.common.errors import FieldError, ValidationError
from salon_crm.domain.common.text import tidy
from salon_crm.gui.common import i18n, ui_settings
from salon_crm.gui.common.account_checks import account_problems, passwords_problems
from salon_crm.gui.common.countries import countries, system_country
from salon_crm.gui.common.field_errors import FieldErrors
from salon_crm.gui.common.form_parts import ErrorLabel
from salon_crm.gui.common.ui_forms import Child, Children, Form
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace

# The setup's fields, as the service names them in its validation errors.
FIELDS = ("salon_name", "country", "full_name", "login", "password", "password_repeat")


class FirstRunDialogUi(Form):
    ui_name = "first_run_dialog"
    language = Child(QComboBox, "firstRunLanguage")
    salon = Child(QLineEdit, "salonName")
    country = Child(QComboBox, "salonCountry")
    full_name = Child(QLineEdit, "ownerFullName")
    login = Child(QLineEdit, "ownerLogin")
    password = Child(QLineEdit, "ownerPassword")
    repeat = Child(QLineEdit, "ownerPasswordRepeat")
    create = Child(QPushButton, "createSalonButton")
    errors = Children(ErrorLabel, "error_{}", FIELDS)


class FirstRunDialog(QDialog):
    """Choosing the language retranslates the form at once, keeping what was typed, and
    makes it the program's language on this computer (as Settings would)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self._workspace = workspace
        self.actor: Actor | None = None
        self._ui: FirstRunDialogUi | None = None
        self._build()

    def _build(self) -> None:
        """Load the form in the current language, in place of the one shown (if any)."""
        old = self._ui
        ui = FirstRunDialogUi(self)
        for code in i18n.LANGUAGES:
            ui.language.addItem(i18n.LANGUAGE_NAMES[code], code)
        ui.language.setCurrentIndex(max(ui.language.findData(i18n.current_language()), 0))
        for code, name in countries():
            ui.country.addItem(name, code)
        ui.country.setCurrentIndex(max(ui.country.findData(system_country()), 0))
        fields = (ui.salon, ui.country, ui.full_name, ui.login, ui.password, ui.repeat)
        self._errors = FieldErrors(self._typed_problems)
        for name, field in zip(FIELDS, fields, strict=True):
            self._errors.add(name, ui.errors[name], field)
        # A short form with the button under it: messages coming and going move nothing.
        self._errors.reserve_lines()
        if old is None:
            ui.fill(self)
        else:
            for line, typed in (
                (ui.salon, old.salon),
                (ui.full_name, old.full_name),
                (ui.login, old.login),
                (ui.password, old.password),
                (ui.repeat, old.repeat),
            ):
                line.setText(typed.text())
            # The names sort anew in each language: the country is kept by its code.
            ui.country.setCurrentIndex(max(ui.country.findData(old.country.currentData()), 0))
            layout = self.layout()
            assert layout is not None  # made by the first fill()
            layout.replaceWidget(old.widget, ui.widget)
            # Out of the dialog now (its combo is still sending the signal that got us here).
            old.widget.setParent(None)
            old.widget.deleteLater()
            self.setWindowTitle(ui.widget.windowTitle())
            ui.language.setFocus()
        self._ui = ui
        ui.language.currentIndexChanged.connect(self._choose_language)
        ui.create.clicked.connect(self._create)

    def _choose_language(self) -> None:
        assert self._ui is not None
        code = str(self._ui.language.currentData())
        ui_settings.put(ui_settings.LANGUAGE, code)
        i18n.install_language(code)
        self._build()

    def _typed_problems(self) -> list[FieldError]:
        ui = self._ui
        assert ui is not None
        return [
            *rules.check_text("salon_name", tidy(ui.salon.text()), limit=200, required=True),
            *account_problems(
                login=ui.login.text(),
                full_name=ui.full_name.text(),
                password=ui.password.text(),
                repeat=ui.repeat.text(),
            ),
        ]

    def _create(self) -> None:
        ui = self._ui
        assert ui is not None
        mismatch = passwords_problems(ui.password.text(), ui.repeat.text())
        if any(e.field == "password_repeat" for e in mismatch):
            self._errors.show([e for e in mismatch if e.field == "password_repeat"])
            return
        try:
            self.actor = self._workspace.setup_salon(
                salon_name=ui.salon.text(),
                country=str(ui.country.currentData()),
                login=ui.login.text().strip(),
                password=ui.password.text(),
                full_name=ui.full_name.text(),
            )
        except ValidationError as error:
            self._errors.show(list(error.errors))
            return
        self.accept()
