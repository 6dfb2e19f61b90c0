"""Long work as a job: progress, Cancel that keeps nothing, and failures that reach the
user (in their language) and the log (with the traceback)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from salon_crm import paths
from salon_crm.db.models import Client
from salon_crm.gui.clients.client_filter_panel import ClientFilterPanel
from salon_crm.gui.clients.client_list_view import ClientListView
from salon_crm.gui.common import background, i18n
from salon_crm.gui.common.background import SHOW_DELAY_MS, run_in_background, run_job
from salon_crm.gui.common.job_dialog import JobDialog
from salon_crm.gui.home.home_view import HomeView
from salon_crm.gui.shell.error_reporting import ErrorReporter
from salon_crm.services.clients.client_types import ClientInput, PhoneData
from salon_crm.services.core.progress import Progress, check_cancelled
from salon_crm.services.core.unit_of_work import unit_of_work
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CALM = "Something went wrong, but your data is safe"


class Reporter:
    """The program's error reporter, writing its log into the test's folder; what it
    tells the user is kept in `told`."""

    def __init__(self, log_dir: Path) -> None:
        self.told: list[str] = []
        self.locked = 0
        self.real = ErrorReporter(log_dir, on_session_expired=self._lock)
        self.real.tell = self.told.append  # type: ignore[method-assign]

    def _lock(self) -> None:
        self.locked += 1

    def log(self) -> str:
        return self.real.log_path.read_text(encoding="utf-8")


@pytest.fixture
def reporter(tmp_path: Path) -> Iterator[Reporter]:
    made = Reporter(tmp_path / "logs")
    background.set_failure_route(made.real.report)  # what ErrorReporter.install does
    yield made
    made.real.uninstall()


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    made = QWidget()
    made.resize(600, 400)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def _drop_table(workspace: Workspace, table: str) -> None:
    """A table the program needs is gone: the kind of fault nobody plans for."""
    with sqlite3.connect(paths.database_path(workspace.data_dir)) as connection:
        connection.execute(f"DROP TABLE {table}")


def _test_clients(workspace: Workspace) -> int:
    with sqlite3.connect(paths.database_path(workspace.data_dir)) as connection:
        (count,) = connection.execute(
            "SELECT count(*) FROM clients WHERE number LIKE 'JOB-%'"
        ).fetchone()
    return int(count)


# --- progress and cancel -------------------------------------------------------------------


def test_a_cancelled_job_shows_its_progress_and_writes_nothing(
    qtbot: QtBot, workspace: Workspace, staff: Staff, window: QWidget
) -> None:
    total = 3

    def create_clients(progress: Progress) -> int:
        with unit_of_work(workspace.db, staff.admin) as session:
            for n in range(total):
                session.add(Client(number=f"JOB-{n}", last_name="Пробна", first_name=str(n)))
                session.flush()
                progress.report(n + 1, total)
                deadline = time.monotonic() + 10  # the user looks at the dialog, then cancels
                while not progress.cancelled and time.monotonic() < deadline:
                    time.sleep(0.01)
                check_cancelled(progress)
        return total

    ended: list[str] = []
    job = run_job(
        create_clients,
        title="Creating clients",
        on_success=lambda _n: ended.append("done"),
        on_failure=lambda error: ended.append(f"failed: {error!r}"),
        on_cancelled=lambda: ended.append("cancelled"),
        parent=window,
    )
    dialog = job.dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.progress_bar.value() == 1)
    assert dialog.progress_bar.maximum() == total
    assert dialog.message() == "1 of 3"
    assert dialog.windowModality() is Qt.WindowModality.WindowModal

    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ended == ["cancelled"])
    assert job.finished
    assert _test_clients(workspace) == 0  # the unit of work rolled back as a whole
    assert workspace.search(staff.admin).search("Пробна").rows == ()


def test_an_instant_job_does_not_flash_its_dialog(
    qtbot: QtBot, window: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[JobDialog] = []
    monkeypatch.setattr(JobDialog, "open", lambda dialog: opened.append(dialog))
    results: list[int] = []

    def count(progress: Progress) -> int:
        progress.report(1, 1)
        return 42

    run_job(count, title="Counting", on_success=results.append, parent=window)
    qtbot.waitUntil(lambda: results == [42])
    qtbot.wait(SHOW_DELAY_MS + 200)
    assert opened == []


# --- the standard failure route ------------------------------------------------------------


def test_a_failure_in_a_worker_is_logged_and_told(
    qtbot: QtBot, reporter: Reporter, window: QWidget
) -> None:
    def export_everything() -> None:
        raise OSError("disk on fire")

    run_in_background(export_everything, on_success=lambda _r: None, parent=window)
    qtbot.waitUntil(lambda: len(reporter.told) == 1)
    assert CALM in reporter.told[0] and str(reporter.real.log_path) in reporter.told[0]
    assert "disk on fire" not in reporter.told[0]
    logged = reporter.log()
    assert "disk on fire" in logged and "Traceback" in logged
    assert "export_everything" in logged  # the worker's own frame, not just the message


def test_a_refusal_in_a_job_is_told_in_the_users_language(
    qtbot: QtBot, reporter: Reporter, workspace: Workspace, staff: Staff, window: QWidget
) -> None:
    i18n.install_language("uk")
    clients = workspace.clients(staff.admin)
    run_in_background(lambda: clients.card(999_999), on_success=lambda _c: None, parent=window)
    qtbot.waitUntil(lambda: len(reporter.told) == 1)
    assert reporter.told == ["Цієї картки вже немає. Оновіть список і спробуйте ще раз."]
    assert reporter.locked == 0


def test_an_expired_session_in_a_job_locks(
    qtbot: QtBot, reporter: Reporter, workspace: Workspace, staff: Staff, window: QWidget
) -> None:
    admin = staff.admin
    workspace.users(staff.owner).update_user(
        admin.user_id, role=admin.role, is_active=False, full_name=admin.full_name
    )
    clients = workspace.clients(admin)
    run_in_background(lambda: clients.rows([1]), on_success=lambda _r: None, parent=window)
    qtbot.waitUntil(lambda: reporter.locked == 1)
    assert reporter.told == ["The owner has changed your account. Log in again to go on."]


# --- views say it calmly -------------------------------------------------------------------


def test_the_filter_panel_reports_lists_it_could_not_load(
    qtbot: QtBot, reporter: Reporter, workspace: Workspace, staff: Staff
) -> None:
    _drop_table(workspace, "tags")
    panel = ClientFilterPanel(workspace.settings(staff.admin))
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: len(reporter.told) == 1)
    assert CALM in reporter.told[0] and "tags" not in reporter.told[0]
    assert "no such table: tags" in reporter.log()


def test_home_says_calmly_what_it_could_not_load(
    qtbot: QtBot, reporter: Reporter, workspace: Workspace, staff: Staff
) -> None:
    _drop_table(workspace, "expiring_documents")
    view = HomeView(workspace, staff.admin)
    qtbot.addWidget(view)
    view.show()
    problem = view.findChild(QLabel, "homeProblem")
    assert problem is not None
    qtbot.waitUntil(problem.isVisible)
    assert problem.text() == (
        "Today's lists could not be loaded: "
        "Something unexpected happened; the details are written in the log."
    )
    assert len(reporter.told) == 1 and "no such table" in reporter.log()


def test_the_list_says_calmly_what_it_could_not_load(
    qtbot: QtBot, reporter: Reporter, workspace: Workspace, staff: Staff
) -> None:
    workspace.clients(staff.admin).create(
        ClientInput(last_name="Коваль", first_name="Анна", phones=(PhoneData("0671234567"),))
    )
    window = QWidget()
    field = QLineEdit(window)
    view = ClientListView(workspace, staff.admin, window)
    view.connect_search(field)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: view.model.loaded_count() == 1)
    _drop_table(workspace, "client_fts")  # the search index is gone

    field.setText("Коваль")
    problem = view.findChild(QLabel, "clientListProblem")
    assert problem is not None
    qtbot.waitUntil(problem.isVisible)
    assert problem.text() == (
        "The list could not be loaded: "
        "Something unexpected happened; the details are written in the log."
    )
    assert len(reporter.told) == 1 and "client_fts" in reporter.log()
