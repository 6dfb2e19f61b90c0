"""Logging in: pick or type the login, type the password."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton, QWidget

from salon_crm.domain.common.errors import AuthenticationError
from salon_crm.gui.common import ui_settings
from salon_crm.gui.common.ui_forms import Child, Form
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace


class LoginDialogUi(Form):
    ui_name = "login_dialog"
    greeting = Child(QLabel, "loginGreeting")
    user = Child(QComboBox, "loginUser")
    password = Child(QLineEdit, "loginPassword")
    error = Child(QLabel, "loginError")
    button = Child(QPushButton, "loginButton")


class LoginDialog(QDialog):
    """Accepted once the password is right; `actor` is then the logged-in user.

    `locked_by`: the session was locked by this user, whose login is offered first.
    """

    def __init__(
        self, workspace: Workspace, *, locked_by: Actor | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self._workspace = workspace
        self.actor: Actor | None = None
        self._ui = LoginDialogUi(self)
        self._ui.fill(self)

        user = self._ui.user
        user.addItems(workspace.logins())
        last = (
            locked_by.login
            if locked_by
            else ui_settings.get(ui_settings.LAST_LOGIN, salon=workspace.data_dir)
        )
        if last:
            user.setCurrentText(last)
        if locked_by is None:
            greeting = self.tr("Welcome! Log in to start work.")
        else:
            greeting = self.tr(
                "Locked by {name}. Type the password to go on, or log in as someone else."
            ).format(name=locked_by.full_name)
        self._ui.greeting.setText(greeting)
        self._ui.password.returnPressed.connect(self._try_login)
        self._ui.button.clicked.connect(self._try_login)
        if user.currentText():
            self._ui.password.setFocus()

    def _try_login(self) -> None:
        login = self._ui.user.currentText().strip()
        password = self._ui.password
        try:
            self.actor = self._workspace.authenticate(login, password.text())
        except AuthenticationError:
            self._ui.error.setText(
                self.tr("Wrong login or password. Check the keyboard layout and Caps Lock.")
            )
            self._ui.error.show()
            password.clear()
            password.setFocus()
            return
        ui_settings.put(ui_settings.LAST_LOGIN, login, salon=self._workspace.data_dir)
        self.accept()
