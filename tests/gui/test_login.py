"""The first-run and login dialogs, driven like a user would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from salon_crm.gui.common import i18n, ui_settings
from salon_crm.gui.shell.first_run_dialog import FirstRunDialog
from salon_crm.gui.shell.login_dialog import LoginDialog
from salon_crm.services.core.workspace import Workspace
from tests.conftest import PASSWORD


def test_wrong_password_is_said_and_right_one_logs_in(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = LoginDialog(workspace)
    qtbot.addWidget(dialog)
    user = dialog.findChild(QComboBox, "loginUser")
    password = dialog.findChild(QLineEdit, "loginPassword")
    button = dialog.findChild(QPushButton, "loginButton")
    error = dialog.findChild(QLabel, "loginError")
    assert user is not None and password is not None and button is not None and error is not None
    assert sorted(user.itemText(i) for i in range(user.count())) == ["admin", "cosmo", "owner"]

    user.setCurrentText("admin")
    qtbot.keyClicks(password, "wrong")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.actor is None and not error.isHidden()
    assert "Wrong login or password" in error.text()
    assert password.text() == ""

    qtbot.keyClicks(password, PASSWORD)
    qtbot.keyClick(password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.login == "admin"
    assert ui_settings.get(ui_settings.LAST_LOGIN, salon=workspace.data_dir) == "admin"


def test_first_run_creates_the_owner(qtbot: QtBot, tmp_path: Path) -> None:
    workspace = Workspace.open(tmp_path / "new")
    try:
        dialog = FirstRunDialog(workspace)
        qtbot.addWidget(dialog)
        create = dialog.findChild(QPushButton, "createSalonButton")
        assert create is not None
        fields = {
            name: dialog.findChild(QLineEdit, name)
            for name in (
                "salonName",
                "ownerFullName",
                "ownerLogin",
                "ownerPassword",
                "ownerPasswordRepeat",
            )
        }
        fields["ownerPassword"].setText("long-enough-1")  # type: ignore[union-attr]
        fields["ownerPasswordRepeat"].setText("different-1")  # type: ignore[union-attr]
        qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
        repeat_error = dialog.findChild(QLabel, "error_password_repeat")
        assert repeat_error is not None and not repeat_error.isHidden()
        assert dialog.actor is None

        fields["ownerPasswordRepeat"].setText("long-enough-1")  # type: ignore[union-attr]
        qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
        salon_error = dialog.findChild(QLabel, "error_salon_name")
        assert salon_error is not None and salon_error.text() == "This field is required."

        qtbot.keyClicks(fields["salonName"], "Beauty Room")  # type: ignore[arg-type]
        qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
        assert dialog.actor is not None and dialog.actor.login == "owner"
        assert not workspace.needs_setup()
    finally:
        workspace.close()


def test_validation_messages_follow_the_language(qtbot: QtBot, tmp_path: Path) -> None:
    i18n.install_language("uk")
    workspace = Workspace.open(tmp_path / "new")
    try:
        dialog = FirstRunDialog(workspace)
        qtbot.addWidget(dialog)
        create = dialog.findChild(QPushButton, "createSalonButton")
        assert create is not None
        qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
        salon_error = dialog.findChild(QLabel, "error_salon_name")
        assert salon_error is not None
        assert salon_error.text() not in ("", "This field is required.")
        assert dialog.windowTitle() != "New salon — Salon CRM"
    finally:
        workspace.close()
