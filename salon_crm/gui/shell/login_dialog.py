"""Logging in: pick or type the login, type the password."""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from salon_crm.domain.common.errors import AuthenticationError
from salon_crm.gui.common import ui_settings
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace


class LoginDialog(QDialog):
    """Accepted once the password is right; `actor` is then the logged-in user.

    `locked_by`: the session was locked by this user, whose login is offered first.
    """

    def __init__(
        self, workspace: Workspace, *, locked_by: Actor | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Log in — Salon CRM"))
        self._workspace = workspace
        self.actor: Actor | None = None

        self._user = QComboBox(self)
        self._user.setObjectName("loginUser")
        self._user.setAccessibleName("loginUser")
        self._user.setEditable(True)
        self._user.addItems(workspace.logins())
        last = locked_by.login if locked_by else ui_settings.get(ui_settings.LAST_LOGIN)
        if last:
            self._user.setCurrentText(last)

        self._password = QLineEdit(self)
        self._password.setObjectName("loginPassword")
        self._password.setAccessibleName("loginPassword")
        self._password.setEchoMode(QLineEdit.EchoMode.Password)
        self._password.returnPressed.connect(self._try_login)

        self._error = QLabel(self)
        self._error.setObjectName("loginError")
        self._error.setStyleSheet("color: #b00020;")
        self._error.setWordWrap(True)
        self._error.hide()

        self._button = QPushButton(self.tr("Log in"), self)
        self._button.setObjectName("loginButton")
        self._button.setDefault(True)
        self._button.clicked.connect(self._try_login)

        form = QFormLayout()
        form.addRow(self.tr("User:"), self._user)
        form.addRow(self.tr("Password:"), self._password)
        layout = QVBoxLayout(self)
        if locked_by is None:
            greeting = self.tr("Welcome! Log in to start work.")
        else:
            greeting = self.tr(
                "Locked by {name}. Type the password to go on, or log in as someone else."
            ).format(name=locked_by.full_name)
        title = QLabel(greeting, self)
        title.setObjectName("loginGreeting")
        title.setWordWrap(True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self._error)
        layout.addWidget(self._button)
        self.setMinimumWidth(360)
        if self._user.currentText():
            self._password.setFocus()

    def _try_login(self) -> None:
        login = self._user.currentText().strip()
        try:
            self.actor = self._workspace.authenticate(login, self._password.text())
        except AuthenticationError:
            self._error.setText(
                self.tr("Wrong login or password. Check the keyboard layout and Caps Lock.")
            )
            self._error.show()
            self._password.clear()
            self._password.setFocus()
            return
        ui_settings.put(ui_settings.LAST_LOGIN, login)
        self.accept()
