"""The first start: name the salon, pick its country and create the owner's account."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.errors import FieldError, ValidationError
from salon_crm.gui.common.field_messages import field_message
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace


class FirstRunDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("New salon — Salon CRM"))
        self._workspace = workspace
        self.actor: Actor | None = None

        self._salon = QLineEdit(self)
        self._salon.setObjectName("salonName")
        self._country = QComboBox(self)
        self._country.setObjectName("salonCountry")
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
            self._country.addItem(name, code)
        self._full_name = QLineEdit(self)
        self._full_name.setObjectName("ownerFullName")
        self._login = QLineEdit(self)
        self._login.setObjectName("ownerLogin")
        self._login.setText("owner")
        self._password = QLineEdit(self)
        self._password.setObjectName("ownerPassword")
        self._password.setEchoMode(QLineEdit.EchoMode.Password)
        self._repeat = QLineEdit(self)
        self._repeat.setObjectName("ownerPasswordRepeat")
        self._repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self._errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for field, label, widget in (
            ("salon_name", self.tr("Salon name:"), self._salon),
            ("country", self.tr("Country:"), self._country),
            ("full_name", self.tr("Your name:"), self._full_name),
            ("login", self.tr("Login:"), self._login),
            ("password", self.tr("Password:"), self._password),
            ("password_repeat", self.tr("Repeat password:"), self._repeat),
        ):
            form.addRow(label, widget)
            error = QLabel(self)
            error.setStyleSheet("color: #b00020;")
            error.setObjectName(f"error_{field}")
            error.hide()
            form.addRow("", error)
            self._errors[field] = error

        create = QPushButton(self.tr("Create the salon"), self)
        create.setObjectName("createSalonButton")
        create.setDefault(True)
        create.clicked.connect(self._create)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This is the first start. Name your salon and create the owner's account: "
                "the owner sets the salon up and adds the staff."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(create)
        self.setMinimumWidth(440)

    def _show(self, errors: list[FieldError]) -> None:
        for label in self._errors.values():
            label.hide()
        for error in errors:
            shown = self._errors.get(error.field)
            if shown is not None:
                shown.setText(field_message(error))
                shown.show()

    def _create(self) -> None:
        if self._password.text() != self._repeat.text():
            self._show([FieldError("password_repeat", msg.PASSWORDS_DIFFER)])
            return
        try:
            self.actor = self._workspace.setup_salon(
                salon_name=self._salon.text(),
                country=str(self._country.currentData()),
                login=self._login.text().strip(),
                password=self._password.text(),
                full_name=self._full_name.text(),
            )
        except ValidationError as error:
            self._show(list(error.errors))
            return
        self.accept()
