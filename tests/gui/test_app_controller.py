"""From the login dialog to the main window and back: log out, lock and unlock."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot

from salon_crm.gui.common.background import run_in_background, wait_for_jobs
from salon_crm.gui.shell import app as app_module
from salon_crm.gui.shell.app import AppController
from salon_crm.gui.shell.error_reporting import ErrorReporter
from salon_crm.gui.shell.first_run_dialog import FirstRunDialog
from salon_crm.gui.shell.login_dialog import LoginDialog
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Answers:
    """Stands in for the user at the login dialog: who logs in next (None: closes it)."""

    def __init__(self) -> None:
        self.next: list[Actor | None] = []
        self.seen: list[FirstRunDialog | LoginDialog] = []
        self.quit_called = False

    def quit(self) -> None:
        self.quit_called = True

    def __call__(self, dialog: FirstRunDialog | LoginDialog) -> Actor | None:
        self.seen.append(dialog)
        return self.next.pop(0)


@pytest.fixture
def controller(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[AppController, Answers]]:
    answers = Answers()
    made = AppController(workspace)
    monkeypatch.setattr(made, "_run", answers)
    monkeypatch.setattr(app_module.QApplication, "quit", answers.quit)
    yield made, answers
    if made.window is not None:
        made.window.close()


def _lock(controller: AppController) -> None:
    assert controller.window is not None
    action = controller.window.findChild(QAction, "lockAction")
    assert action is not None
    action.trigger()


def test_unlocking_as_the_same_user_brings_the_same_window_back(
    qtbot: QtBot, controller: tuple[AppController, Answers], staff: Staff
) -> None:
    app, answers = controller
    answers.next = [staff.admin]
    assert app.start()
    window = app.window
    assert window is not None and window.isVisible()
    window.search_field.setText("Коваль")

    answers.next = [staff.admin]
    _lock(app)
    dialog = answers.seen[-1]
    assert isinstance(dialog, LoginDialog)
    user = dialog.findChild(QComboBox, "loginUser")
    greeting = dialog.findChild(QLabel, "loginGreeting")
    assert user is not None and user.currentText() == "admin"
    assert greeting is not None and "Ірина" in greeting.text()
    assert app.window is window and window.isVisible()
    assert window.search_field.text() == "Коваль"  # the work is where it was left


def test_another_user_unlocking_gets_a_window_of_their_own(
    qtbot: QtBot, controller: tuple[AppController, Answers], staff: Staff
) -> None:
    app, answers = controller
    answers.next = [staff.admin, staff.specialist]
    app.start()
    first = app.window
    _lock(app)
    assert app.window is not None and app.window is not first
    assert app.window.actor.login == "cosmo"


def test_closing_the_lock_dialog_quits(
    qtbot: QtBot, controller: tuple[AppController, Answers], staff: Staff
) -> None:
    app, answers = controller
    answers.next = [staff.admin, None]
    app.start()
    _lock(app)
    assert app.window is None and answers.quit_called


def test_an_expired_session_met_by_a_job_locks_the_window(
    qtbot: QtBot,
    controller: tuple[AppController, Answers],
    workspace: Workspace,
    staff: Staff,
    tmp_path: Path,
) -> None:
    app, answers = controller
    answers.next = [staff.admin, staff.owner]
    app.start()
    first = app.window
    assert first is not None
    assert wait_for_jobs()  # what the window loads for itself is in
    hook = sys.excepthook
    reporter = ErrorReporter(tmp_path / "logs", on_session_expired=app.lock)
    told: list[str] = []
    reporter.tell = told.append  # type: ignore[method-assign]
    reporter.install()
    try:
        admin = staff.admin
        workspace.users(staff.owner).update_user(
            admin.user_id, role=admin.role, is_active=False, full_name=admin.full_name
        )
        clients = workspace.clients(admin)
        run_in_background(lambda: clients.rows([1]), on_success=lambda _r: None, parent=first)
        qtbot.waitUntil(lambda: len(answers.seen) == 2)
    finally:
        reporter.uninstall()
        sys.excepthook = hook
    lock = answers.seen[-1]
    assert isinstance(lock, LoginDialog)
    assert told == ["The owner has changed your account. Log in again to go on."]
    assert app.window is not None and app.window is not first
    assert app.window.actor.login == "owner"


def test_first_run_asks_for_the_salon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = Workspace.open(tmp_path / "fresh")
    try:
        app = AppController(fresh)
        answers = Answers()
        answers.next = [None]
        monkeypatch.setattr(app, "_run", answers)
        assert not app.start()
        assert isinstance(answers.seen[0], FirstRunDialog)
    finally:
        fresh.close()
