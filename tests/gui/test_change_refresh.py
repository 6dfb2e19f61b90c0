"""Another program on the same salon changes clients: this window's list and open card
show it without a restart, on SQLite when the window is activated, on PostgreSQL by
itself; not while the user is editing or typing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from salon_crm.gui.clients.client_table_model import Column
from salon_crm.gui.shell.main_window import MainWindow
from salon_crm.services.clients.client_types import ClientInput, PhoneData
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff
from tests.gui.test_main_window import NAMES, open_window, salon, type_text

__all__ = ["salon"]  # the fixture, shared with the main window's tests

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NEW = ClientInput(last_name="Шевчук", first_name="Дарина", phones=(PhoneData("0931112233"),))


@pytest.fixture
def other(data_dir: Path, workspace: Workspace) -> Iterator[Workspace]:
    """A second program on the same data folder: the receptionist's, say."""
    del workspace
    opened = Workspace.open(data_dir)
    yield opened
    opened.close()


def come_back(qtbot: QtBot, window: MainWindow) -> None:
    """The user works in another window, then returns to this one."""
    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    elsewhere.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def listed(window: MainWindow, client_id: int) -> bool:
    return window.client_list.model.row_of(client_id) >= 0


def test_a_client_added_elsewhere_shows_when_the_window_is_activated(
    qtbot: QtBot, workspace: Workspace, staff: Staff, salon: dict[str, int], other: Workspace
) -> None:
    window = open_window(qtbot, workspace, staff)
    window.open_client(salon[NAMES[2]])
    table = window.client_list.table
    before = table.verticalScrollBar().value()

    added = other.clients(staff.admin).create(NEW)
    qtbot.wait(300)
    assert not listed(window, added.id), "SQLite is asked when the window comes back"
    come_back(qtbot, window)
    qtbot.waitUntil(lambda: listed(window, added.id))
    assert window.client_list.current_client_id() == salon[NAMES[2]]
    assert table.verticalScrollBar().value() == before
    assert (
        window.client_list.model.index(window.client_list.model.row_of(added.id), Column.NAME)
        .data()
        .startswith("Шевчук")
    )


def test_an_open_card_changed_elsewhere_reloads(
    qtbot: QtBot, workspace: Workspace, staff: Staff, salon: dict[str, int], other: Workspace
) -> None:
    window = open_window(qtbot, workspace, staff)
    anna = salon[NAMES[0]]
    window.open_client(anna)
    card = window.card_view
    assert card is not None and card.card() is not None
    other.clients(staff.admin).archive(anna, reason="Переїхала")
    come_back(qtbot, window)
    qtbot.waitUntil(lambda: card.card() is not None and card.card().archived_at is not None)
    assert card.client_id() == anna


def test_a_card_being_edited_waits_and_the_search_being_typed_waits(
    qtbot: QtBot, workspace: Workspace, staff: Staff, salon: dict[str, int], other: Workspace
) -> None:
    window = open_window(qtbot, workspace, staff)
    anna = salon[NAMES[0]]
    window.open_client(anna)
    card = window.card_view
    assert card is not None
    editing = QDialog(window)  # the questionnaire, open over the window
    editing.setModal(True)
    qtbot.addWidget(editing)
    editing.show()
    other.clients(staff.admin).archive(anna, reason="Переїхала")
    window.check_changes()
    qtbot.wait(700)
    shown = card.card()
    assert shown is not None and shown.archived_at is None, "not under the user's hands"
    editing.close()
    qtbot.waitUntil(lambda: card.card() is not None and card.card().archived_at is not None)

    type_text(window.search_field, "Шев")
    qtbot.waitUntil(lambda: not window.client_list.model.is_busy)
    added = other.clients(staff.admin).create(NEW)
    window.check_changes()
    assert not window.client_list.model.is_busy, "the list does not reload under the typing"
    assert not listed(window, added.id)
    qtbot.waitUntil(lambda: listed(window, added.id))
    assert window.search_field.text() == "Шев"


@pytest.mark.parametrize("engine", ["postgresql"])
def test_on_a_server_the_list_follows_without_being_activated(
    qtbot: QtBot, workspace: Workspace, staff: Staff, salon: dict[str, int], other: Workspace
) -> None:
    window = open_window(qtbot, workspace, staff)
    added = other.clients(staff.admin).create(NEW)
    qtbot.waitUntil(lambda: listed(window, added.id), timeout=5000)
    assert window.isActiveWindow(), "it came by itself, not by activation"
