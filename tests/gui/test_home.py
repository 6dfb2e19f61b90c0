"""The home page: today's lists with counts, calm empty sections, "Called", opening a row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from salon_crm.domain.common.enums import ExpiringDocumentKind
from salon_crm.gui.home.home_view import (
    RECENT_LIMIT,
    HomeColumn,
    HomeSection,
    HomeView,
    recent_client_ids,
    remember_client,
)
from salon_crm.services.clients.client_types import ClientInput, ExpiringDocumentData, PhoneData
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TODAY = date.today()


@dataclass(frozen=True)
class Salon:
    birthday: int
    name_day: int
    caller: int
    documented: int
    plain: int


@pytest.fixture
def salon(workspace: Workspace, staff: Staff) -> Salon:
    clients = workspace.clients(staff.admin)

    def make(n: int, last: str, **extra: object) -> int:
        data = ClientInput(
            last_name=last,
            first_name="Анна",
            phones=(PhoneData(f"067 200 00 {n:02d}"),),
            **extra,  # type: ignore[arg-type]
        )
        return clients.create(data).id

    return Salon(
        # 1992 is a leap year: a birthday on 29 February exists in it too.
        birthday=make(1, "Іменинна", birth_date=TODAY.replace(year=1992)),
        name_day=make(2, "Святкова", name_day=(TODAY.month, TODAY.day)),
        caller=make(3, "Дзвінкова", call_period_days=30, next_call_date=TODAY - timedelta(3)),
        documented=make(
            4,
            "Документова",
            expiring_documents=(
                ExpiringDocumentData(
                    ExpiringDocumentKind.INSURANCE, expires_on=TODAY + timedelta(days=10)
                ),
            ),
        ),
        plain=make(5, "Звичайна"),
    )


def shown_home(qtbot: QtBot, workspace: Workspace, staff: Staff) -> HomeView:
    view = HomeView(workspace, staff.admin)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    with qtbot.waitSignal(view.loaded):
        view.show()  # showing the page loads it
    return view


def ids(section: HomeSection) -> list[int]:
    return [
        entry.client.id
        for row in range(section.model.rowCount())
        if (entry := section.model.entry(row)) is not None
    ]


def test_sections_list_the_right_clients(
    qtbot: QtBot, qtmodeltester: object, workspace: Workspace, staff: Staff, salon: Salon
) -> None:
    remember_client(salon.plain, workspace.data_dir)
    remember_client(salon.birthday, workspace.data_dir)
    view = shown_home(qtbot, workspace, staff)
    assert ids(view.birthdays) == [salon.birthday]
    assert ids(view.name_days) == [salon.name_day]
    assert ids(view.calls) == [salon.caller]
    assert ids(view.documents) == [salon.documented]
    assert ids(view.recent) == [salon.birthday, salon.plain]  # newest first

    assert view.birthdays.title() == "Birthdays today · 1"
    assert view.recent.title() == "Recently opened · 2"
    expected_age = TODAY.year - 1992
    assert view.birthdays.model.index(0, HomeColumn.DETAIL).data() == f"turns {expected_age}"
    due = (TODAY - timedelta(3)).strftime("%d.%m.%Y")
    assert view.calls.model.index(0, HomeColumn.DETAIL).data() == f"due since {due}"
    until = (TODAY + timedelta(10)).strftime("%d.%m.%Y")
    assert view.documents.model.index(0, HomeColumn.DETAIL).data() == f"Insurance, until {until}"
    assert view.documents.empty_text() == ""
    qtmodeltester.check(view.calls.model)  # type: ignore[attr-defined]


def test_empty_sections_say_so_calmly(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    view = shown_home(qtbot, workspace, staff)
    assert view.birthdays.empty_text() == "No birthdays today."
    assert view.birthdays.title() == "Birthdays today"
    assert view.calls.empty_text() == "No calls due today."
    assert view.recent.empty_text() == "No clients opened yet on this computer."
    assert not view.birthdays.table.isVisible()


def test_called_plans_the_next_call_and_refreshes(
    qtbot: QtBot, workspace: Workspace, staff: Staff, salon: Salon
) -> None:
    view = shown_home(qtbot, workspace, staff)
    button = view.findChild(QPushButton, "callDoneButton")
    assert button is not None and not button.isEnabled()
    view.calls.table.setCurrentIndex(view.calls.model.index(0, HomeColumn.NAME))
    assert button.isEnabled()
    with qtbot.waitSignal(view.client_changed) as changed:
        button.click()
    assert changed.args == [salon.caller]
    qtbot.waitUntil(lambda: not view.is_loading and ids(view.calls) == [])
    assert view.calls.empty_text() == "No calls due today."
    card = workspace.clients(staff.admin).card(salon.caller)
    assert card.data.next_call_date == TODAY + timedelta(days=30)


def test_enter_or_double_click_opens_the_client(
    qtbot: QtBot, workspace: Workspace, staff: Staff, salon: Salon
) -> None:
    view = shown_home(qtbot, workspace, staff)
    table = view.documents.table
    table.setFocus()
    table.setCurrentIndex(view.documents.model.index(0, HomeColumn.NAME))
    with qtbot.waitSignal(view.open_client_requested) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [salon.documented]

    birthdays = view.birthdays.table
    cell = birthdays.visualRect(view.birthdays.model.index(0, HomeColumn.NAME)).center()
    # A double click is a click and then the second press, as a hand makes it.
    qtbot.mouseClick(birthdays.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    with qtbot.waitSignal(view.open_client_requested) as opened:
        qtbot.mouseDClick(birthdays.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert opened.args == [salon.birthday]


def test_recent_clients_are_kept_newest_first_and_few(tmp_path: Path) -> None:
    for client_id in range(1, 30):
        remember_client(client_id, tmp_path)
    remember_client(5, tmp_path)
    recent = recent_client_ids(tmp_path)
    assert recent[0] == 5 and len(recent) == RECENT_LIMIT and recent.count(5) == 1
    assert recent[1:4] == (29, 28, 27)
