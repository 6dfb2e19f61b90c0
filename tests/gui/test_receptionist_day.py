"""The receptionist's day in one run through the real widgets: log in, find a client by
typing, pick her with the keyboard, correct the questionnaire, archive and restore her,
and merge a duplicate card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from salon_crm.domain.clients.client_filter import ClientFilter, Scope
from salon_crm.gui.clients.card.client_card_view import ClientCardView
from salon_crm.gui.clients.merge_dialog import MergeDialog
from salon_crm.gui.clients.questionnaire.questionnaire_dialog import QuestionnaireDialog
from salon_crm.gui.shell.login_dialog import LoginDialog
from salon_crm.gui.shell.main_window import MainWindow
from salon_crm.services.clients.client_types import ClientInput, PhoneData
from salon_crm.services.core.workspace import Workspace
from tests.conftest import PASSWORD, Staff
from tests.gui.test_main_window import type_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def clients(workspace: Workspace, staff: Staff) -> dict[str, int]:
    service = workspace.clients(staff.admin)
    made = {
        "anna": service.create(
            ClientInput(last_name="Коваль", first_name="Анна", phones=(PhoneData("0671234567"),))
        ).id,
        "hanna": service.create(
            ClientInput(
                last_name="Коваль",
                first_name="Ганна",
                phones=(PhoneData("0501112233"),),
                emails=("hanna@example.com",),
            )
        ).id,
        "olena": service.create(
            ClientInput(last_name="Бондар", first_name="Олена", phones=(PhoneData("0931112233"),))
        ).id,
    }
    return made


def _action(card: ClientCardView, name: str) -> QAction:
    action = card.findChild(QAction, name)
    assert action is not None, name
    return action


def test_a_receptionists_day(
    qtbot: QtBot,
    workspace: Workspace,
    staff: Staff,
    clients: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Log in.
    login = LoginDialog(workspace)
    qtbot.addWidget(login)
    user = login.findChild(QComboBox, "loginUser")
    password = login.findChild(QLineEdit, "loginPassword")
    assert user is not None and password is not None
    user.setCurrentText("admin")
    qtbot.keyClicks(password, PASSWORD)
    qtbot.keyClick(password, Qt.Key.Key_Return)
    assert login.actor is not None

    window = MainWindow(workspace, login.actor)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    # Type a surname: the list narrows to the two Коваль cards.
    search = window.search_field
    assert search.objectName() == "clientSearch"
    type_text(search, "Коваль")
    model = window.client_list.model
    qtbot.waitUntil(lambda: model.query.text == "Коваль" and model.rowCount() == 2, timeout=5000)

    # Down into the table, down to the second row, Enter opens her card.
    qtbot.keyClick(search, Qt.Key.Key_Down)
    table = window.client_list.table
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    second = model.row_at(1)
    assert second is not None
    qtbot.keyClick(table, Qt.Key.Key_Return)
    card = window.card_view
    assert card is not None and card.objectName() == "clientCard"
    qtbot.waitUntil(lambda: card.client_id() == second.id)
    anna = clients["anna"] if second.id == clients["anna"] else clients["hanna"]
    name = card.findChild(QLabel, "cardName")
    assert name is not None and "Коваль" in name.text()

    # Correct the questionnaire: a bad e-mail is refused next to the field, then fixed.
    def fill_questionnaire(dialog: QDialog) -> int:
        assert isinstance(dialog, QuestionnaireDialog)
        qtbot.waitUntil(dialog.is_ready)
        email = dialog.findChild(QLineEdit, "email")
        save = dialog.findChild(QPushButton, "saveButton")
        assert email is not None and save is not None
        email.setText("anna@")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        error = dialog.findChild(QLabel, "error_email")
        assert error is not None and "e-mail" in error.text()
        assert email.text() == "anna@"  # nothing typed is lost
        email.setText("anna.koval@example.com")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(card, "exec_dialog", fill_questionnaire)
    with qtbot.waitSignal(card.client_changed):
        _action(card, "editAction").trigger()
    assert "anna.koval@example.com" in workspace.clients(staff.admin).card(second.id).data.emails

    # Archive with a reason: she leaves the working list and is found among the archived.
    monkeypatch.setattr(card, "ask_archive_reason", lambda _name: "Переїхала до Львова")
    with qtbot.waitSignal(card.client_changed):
        _action(card, "archiveAction").trigger()
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_of(second.id) < 0, timeout=5000)
    window.client_list.set_filter(ClientFilter(scope=Scope.ARCHIVED))
    qtbot.waitUntil(lambda: model.row_of(second.id) == 0, timeout=5000)

    # Restore her.
    with qtbot.waitSignal(card.client_changed):
        _action(card, "restoreAction").trigger()
    window.client_list.set_filter(ClientFilter())
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)

    # Merge the other Коваль card into this one, taking nothing but the lists.
    other = clients["hanna"] if second.id == clients["anna"] else clients["anna"]

    def merge(dialog: QDialog) -> int:
        assert isinstance(dialog, MergeDialog)
        monkeypatch.setattr(dialog, "confirm_merge", lambda: True)
        qtbot.waitUntil(lambda: dialog.results.count() >= 1, timeout=5000)
        row = next(
            i
            for i in range(dialog.results.count())
            if dialog.results.item(i).data(Qt.ItemDataRole.UserRole) == other
        )
        dialog.results.setCurrentRow(row)
        confirm = dialog.findChild(QPushButton, "mergeConfirm")
        assert confirm is not None
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(card, "exec_dialog", merge)
    with qtbot.waitSignal(card.client_changed):
        _action(card, "mergeAction").trigger()
    service = workspace.clients(staff.admin)
    survivor = service.card(second.id)
    assert {p.number for p in survivor.phones} == {"+380671234567", "+380501112233"}
    merged = service.card(other)
    assert merged.merged_into is not None and merged.merged_into.id == second.id
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    del anna
