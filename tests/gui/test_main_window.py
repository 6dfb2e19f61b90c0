"""The main window: the search one keystroke away, pages, opening and creating clients, and
the window remembering its geometry and the list's columns."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from salon_crm.domain.clients.client_filter import ClientSort
from salon_crm.gui.clients.client_table_model import Column
from salon_crm.gui.clients.questionnaire import questionnaire_dialog
from salon_crm.gui.common import i18n
from salon_crm.gui.home.home_view import recent_client_ids, remember_client
from salon_crm.gui.shell.main_window import MainWindow
from salon_crm.services.clients.client_types import ClientInput, PhoneData
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NAMES = ("Коваль Анна", "Коваленко Ірина", "Бондар Олена", "Мельник Марія")


@pytest.fixture
def salon(workspace: Workspace, staff: Staff) -> dict[str, int]:
    clients = workspace.clients(staff.admin)
    made = {}
    for n, name in enumerate(NAMES):
        last, first = name.split()
        made[name] = clients.create(
            ClientInput(
                last_name=last, first_name=first, phones=(PhoneData(f"067 300 00 {n:02d}"),)
            )
        ).id
    return made


def open_window(qtbot: QtBot, workspace: Workspace, staff: Staff) -> MainWindow:
    window = MainWindow(workspace, staff.admin)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.client_list.model.total is not None)
    return window


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying any letters (QTest's keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def test_main_window_shows_user_and_focuses_search(
    qtbot: QtBot, workspace: Workspace, staff: Staff, salon: dict[str, int]
) -> None:
    window = open_window(qtbot, workspace, staff)
    assert window.objectName() == "mainWindow"
    search = window.findChild(QLineEdit, "clientSearch")
    assert search is not None
    assert search.hasFocus()  # the first thing a receptionist does is type a name
    window.show_page("clients")
    window.client_list.table.setFocus()
    assert not search.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search.hasFocus()
    user = window.findChild(QLabel, "currentUser")
    assert user is not None and "Ірина" in user.text()
    with qtbot.waitSignal(window.lock_requested):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    logout = window.findChild(QAction, "logoutAction")
    assert logout is not None
    with qtbot.waitSignal(window.logout_requested):
        logout.trigger()


def test_pages_by_navigation_and_shortcuts(
    qtbot: QtBot, workspace: Workspace, staff: Staff, salon: dict[str, int]
) -> None:
    window = open_window(qtbot, workspace, staff)
    assert window.current_page() == "home"
    assert window.findChild(QWidget, "homeView") is not None
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "clients"
    assert window.findChild(QTableView, "clientTable") is not None
    assert window.findChild(QWidget, "settingsView") is None  # built on the first visit
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "settings"
    assert window.findChild(QWidget, "settingsView") is not None
    home = window.findChild(QToolButton, "homePageButton")
    assert home is not None
    qtbot.mouseClick(home, Qt.MouseButton.LeftButton)
    assert window.current_page() == "home"


def test_typing_on_home_goes_into_the_search(
    qtbot: QtBot, workspace: Workspace, staff: Staff, salon: dict[str, int]
) -> None:
    window = open_window(qtbot, workspace, staff)
    home = window.findChild(QToolButton, "homePageButton")
    assert home is not None
    home.setFocus()
    qtbot.keyClick(home, Qt.Key.Key_K)
    # From the first letter on, the keys land in the search field.
    assert window.search_field.hasFocus()
    qtbot.keyClicks(window.search_field, "ov")
    assert window.search_field.text() == "kov"
    assert window.search_field.hasFocus()
    assert window.current_page() == "clients"


def test_typing_in_the_search_shows_the_clients_filtered(
    qtbot: QtBot, workspace: Workspace, staff: Staff, salon: dict[str, int]
) -> None:
    window = open_window(qtbot, workspace, staff)
    type_text(window.search_field, "Ковал")
    assert window.current_page() == "clients"
    model = window.client_list.model
    qtbot.waitUntil(lambda: model.query.text == "Ковал" and not model.is_loading)
    assert sorted(model.row_at(r).full_name for r in range(model.rowCount())) == [  # type: ignore[union-attr]
        "Коваленко Ірина",
        "Коваль Анна",
    ]


def test_enter_in_the_list_opens_the_card_and_remembers_it(
    qtbot: QtBot, workspace: Workspace, staff: Staff, salon: dict[str, int]
) -> None:
    window = open_window(qtbot, workspace, staff)
    type_text(window.search_field, "Ковал")
    model = window.client_list.model
    qtbot.waitUntil(lambda: model.query.text == "Ковал" and not model.is_loading)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    table = window.client_list.table
    assert table.hasFocus() and table.currentIndex().row() == 0
    qtbot.keyClick(table, Qt.Key.Key_Down)
    second = model.row_at(1)
    assert second is not None
    with qtbot.waitSignal(window.client_opened) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [second.id]
    assert recent_client_ids()[0] == second.id
    card = window.card_view
    assert card is not None and card.objectName() == "clientCard" and card.isVisible()
    assert card.client_id() == second.id
    assert table.hasFocus()  # arrows keep browsing the list


def test_a_home_row_opens_the_client(
    qtbot: QtBot, workspace: Workspace, staff: Staff, salon: dict[str, int]
) -> None:
    remember_client(salon["Бондар Олена"])
    window = open_window(qtbot, workspace, staff)
    home = window.home_view
    qtbot.waitUntil(lambda: home.recent.has_rows())
    home.recent.table.setFocus()
    home.recent.table.setCurrentIndex(home.recent.model.index(0, 0))
    with qtbot.waitSignal(window.client_opened) as opened:
        qtbot.keyClick(home.recent.table, Qt.Key.Key_Return)
    assert opened.args == [salon["Бондар Олена"]]
    assert window.current_page() == "clients"


def test_ctrl_n_opens_the_questionnaire_then_the_new_card(
    qtbot: QtBot,
    workspace: Workspace,
    staff: Staff,
    salon: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened_dialogs: list[QDialog] = []

    def fake_exec(dialog: questionnaire_dialog.QuestionnaireDialog) -> int:
        opened_dialogs.append(dialog)
        card = workspace.clients(staff.admin).create(
            ClientInput(last_name="Нова", first_name="Клієнтка", phones=(PhoneData("0673009999"),))
        )
        dialog.saved_card = card
        dialog.client_saved.emit(card.id)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(questionnaire_dialog.QuestionnaireDialog, "exec", fake_exec)
    window = open_window(qtbot, workspace, staff)
    button = window.findChild(QToolButton, "newClientButton")
    assert button is not None and button.isEnabled()
    with qtbot.waitSignal(window.client_opened) as opened:
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(opened_dialogs) == 1
    assert opened_dialogs[0].objectName() == "questionnaireDialog"
    new_id = opened.args[0]
    assert window.current_page() == "clients"
    assert window.card_view is not None and window.card_view.client_id() == new_id
    model = window.client_list.model
    qtbot.waitUntil(lambda: model.row_of(new_id) >= 0)  # the list was reloaded with it


def test_a_new_client_starts_from_what_was_typed_in_the_search(
    qtbot: QtBot,
    workspace: Workspace,
    staff: Staff,
    salon: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[tuple[str, str, str]] = []

    def fake_exec(dialog: questionnaire_dialog.QuestionnaireDialog) -> int:
        qtbot.waitUntil(dialog.is_ready)
        fields = [dialog.findChild(QLineEdit, n) for n in ("lastName", "firstName", "phoneMain")]
        seen.append(tuple(f.text() if f is not None else "?" for f in fields))  # type: ignore[arg-type]
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(questionnaire_dialog.QuestionnaireDialog, "exec", fake_exec)
    window = open_window(qtbot, workspace, staff)
    window.search_field.setText("петренко оксана")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    window.search_field.setText("+380 50 777 1234")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen[0][:2] == ("Петренко", "Оксана")
    assert seen[1][0] == "" and seen[1][2].replace(" ", "").endswith("507771234")


def test_prefill_from_search_reads_names_and_phones() -> None:
    prefill = questionnaire_dialog.prefill_from_search
    assert prefill("   ") is None
    named = prefill("мар'яненко мар'яна петрівна")
    assert named is not None
    assert (named.last_name, named.first_name, named.middle_name) == (
        "Мар'яненко",
        "Мар'яна",
        "Петрівна",
    )
    phoned = prefill("067 123-45-67")
    assert phoned is not None and phoned.phones[0].number == "067 123-45-67"
    assert phoned.last_name == ""


def test_the_duplicate_link_of_the_questionnaire_opens_that_client(
    qtbot: QtBot,
    workspace: Workspace,
    staff: Staff,
    salon: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    existing = salon["Мельник Марія"]

    def fake_exec(dialog: questionnaire_dialog.QuestionnaireDialog) -> int:
        dialog.open_client_requested.emit(existing)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(questionnaire_dialog.QuestionnaireDialog, "exec", fake_exec)
    window = open_window(qtbot, workspace, staff)
    with qtbot.waitSignal(window.client_opened) as opened:
        window.new_client()
    assert opened.args == [existing]


def test_geometry_splitters_and_columns_are_restored(
    qtbot: QtBot, workspace: Workspace, staff: Staff, salon: dict[str, int]
) -> None:
    first = open_window(qtbot, workspace, staff)
    first.resize(777, 555)  # fits the offscreen screen (800×600), unlike the default size
    header = first.client_list.table.horizontalHeader()
    header.resizeSection(Column.NAME, 321)
    header.moveSection(header.visualIndex(Column.PHONE), 1)
    header.setSectionHidden(Column.EMAIL, True)
    first.client_list.table.sortByColumn(Column.NUMBER, Qt.SortOrder.DescendingOrder)
    first.show_page("clients")
    splitter = first.findChild(QSplitter, "clientSplitter")
    assert splitter is not None
    splitter.setSizes([400, 200])
    sizes = splitter.sizes()
    first.close()

    second = open_window(qtbot, workspace, staff)
    assert (second.width(), second.height()) == (777, 555)
    restored = second.client_list.table.horizontalHeader()
    assert restored.sectionSize(Column.NAME) == 321
    assert restored.visualIndex(Column.PHONE) == 1
    assert restored.isSectionHidden(Column.EMAIL)
    query = second.client_list.model.query  # the order came back with the header
    assert (query.sort, query.descending) == (ClientSort.NUMBER, True)
    second.show_page("clients")
    again = second.findChild(QSplitter, "clientSplitter")
    assert again is not None and again.sizes() == sizes


def test_the_window_follows_a_language_change(
    qtbot: QtBot, workspace: Workspace, staff: Staff, salon: dict[str, int]
) -> None:
    window = open_window(qtbot, workspace, staff)
    home = window.findChild(QToolButton, "homePageButton")
    assert home is not None and home.text() == "Home"
    for language in ("uk", "en"):
        i18n.install_language(language)
        # Whatever the translator answers now is what the window must show.
        expected = QCoreApplication.translate("MainWindow", "Home")
        qtbot.waitUntil(lambda expected=expected: home.text() == expected)  # type: ignore[misc]
        title = QCoreApplication.translate("HomeView", "Birthdays today")
        assert window.home_view.birthdays.title().startswith(title)
    assert home.text() == "Home"
