"""The first start: name the salon, pick its country and create the owner's account."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton, QWidget

from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.errors import FieldError, ValidationError
from salon_crm.gui.common.field_messages import field_message
from salon_crm.gui.common.ui_forms import Child, Children, Form
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace

# The setup's fields, as the service names them in its validation errors.
FIELDS = ("salon_name", "country", "full_name", "login", "password", "password_repeat")


class FirstRunDialogUi(Form):
    ui_name = "first_run_dialog"
    salon = Child(QLineEdit, "salonName")
    country = Child(QComboBox, "salonCountry")
    full_name = Child(QLineEdit, "ownerFullName")
    login = Child(QLineEdit, "ownerLogin")
    password = Child(QLineEdit, "ownerPassword")
    repeat = Child(QLineEdit, "ownerPasswordRepeat")
    create = Child(QPushButton, "createSalonButton")
    errors = Children(QLabel, "error_{}", FIELDS)


class FirstRunDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self._workspace = workspace
        self.actor: Actor | None = None
        self._ui = FirstRunDialogUi(self)
        self._ui.fill(self)
        for code, name in (
            ("UA", self.tr("Ukraine")),
            ("PL", self.tr("Poland")),
            ("RU", self.tr("Russia")),
            ("KZ", self.tr("Kazakhstan")),
            ("BY", self.tr("Belarus")),
            ("MD", self.tr("Moldova")),
            ("GE", self.tr("Georgia")),
            ("DE", self.tr("Germany")),
            ("CZ", self.tr("Czechia")),
        ):
            self._ui.country.addItem(name, code)
        self._errors = self._ui.errors
        self._ui.create.clicked.connect(self._create)

    def _show(self, errors: list[FieldError]) -> None:
        for label in self._errors.values():
            label.hide()
        for error in errors:
            shown = self._errors.get(error.field)
            if shown is not None:
                shown.setText(field_message(error))
                shown.show()

    def _create(self) -> None:
        ui = self._ui
        if ui.password.text() != ui.repeat.text():
            self._show([FieldError("password_repeat", msg.PASSWORDS_DIFFER)])
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
            self._show(list(error.errors))
            return
        self.accept()
