"""The main window: the search one keystroke away, pages, opening and creating clients, and
the window remembering its geometry and the list's columns."""

from __future__ import annotations

import shutil
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from salon_crm import paths
from salon_crm.domain.clients.client_filter import ClientFilter, ClientSort, Scope
from salon_crm.gui.clients.client_table_model import Column
from salon_crm.gui.clients.questionnaire import questionnaire_dialog
from salon_crm.gui.common import i18n
from salon_crm.gui.common.background import wait_for_jobs
from salon_crm.gui.home.home_view import HomeView, recent_client_ids, remember_client
from salon_crm.gui.shell.login_dialog import LoginDialog
from salon_crm.gui.shell.main_window import MainWindow, fit_into
from salon_crm.services.clients.client_types import ClientInput, PhoneData
from salon_crm.services.core.workspace import Workspace
from tests.conftest import PASSWORD, Staff

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
    assert recent_client_ids(workspace.data_dir)[0] == second.id
    card = window.card_view
    assert card is not None and card.objectName() == "clientCard" and card.isVisible()
    assert card.client_id() == second.id
    assert table.hasFocus()  # arrows keep browsing the list


def test_a_home_row_opens_the_client(
    qtbot: QtBot, workspace: Workspace, staff: Staff, salon: dict[str, int]
) -> None:
    remember_client(salon["Бондар Олена"], workspace.data_dir)
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


def test_switching_the_language_in_settings_retranslates_the_open_window(
    qtbot: QtBot, workspace: Workspace, staff: Staff, salon: dict[str, int]
) -> None:
    """No restart: the card shown, the list's columns and the menus follow at once."""
    window = MainWindow(workspace, staff.owner)
    qtbot.addWidget(window)
    window.show()
    window.open_client(salon["Коваль Анна"])
    card = window.card_view
    assert card is not None
    edit = card.findChild(QAction, "editAction")
    assert edit is not None and edit.text() == "Edit questionnaire"
    window.show_page("settings")
    combo = window.page("settings").findChild(QComboBox, "interfaceLanguage")
    assert combo is not None
    combo.setCurrentIndex(combo.findData("uk"))

    def uk(context: str, text: str) -> str:
        translated = QCoreApplication.translate(context, text)
        assert translated != text  # Ukrainian is installed now
        return translated

    qtbot.waitUntil(lambda: edit.text() == uk("ClientCardView", "Edit questionnaire"))
    header = window.client_list.model.headerData(Column.NAME, Qt.Orientation.Horizontal)
    assert header == uk("ClientTableModel", "Name")
    titles = [entry.text() for entry in window.menuBar().actions()]
    assert uk("MainWindow", "&Client") in titles
    tabs = card.findChild(QTabWidget)
    assert tabs is not None and tabs.tabText(0) == uk("ClientCardView", "Questionnaire")


# --- the menu bar, the card's keys, the title ------------------------------------------------


def menu_actions(window: MainWindow) -> dict[str, QAction]:
    found: dict[str, QAction] = {}
    for entry in window.menuBar().actions():
        menu = entry.menu()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            if not action.isSeparator():
                found[action.objectName()] = action
    return found


def test_every_action_is_in_the_menu_bar_with_its_shortcut(
    qtbot: QtBot, workspace: Workspace, staff: Staff, salon: dict[str, int]
) -> None:
    window = open_window(qtbot, workspace, staff)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Client", "&View", "S&ettings", "&Help"]
    actions = menu_actions(window)
    expected = {
        "newClientAction": "Ctrl+N",
        "findAction": "Ctrl+F",
        "editAction": "Ctrl+E",
        "callDoneAction": "Ctrl+Shift+C",
        "archiveAction": "Ctrl+Shift+A",
        "restoreAction": "Ctrl+Shift+R",
        "mergeAction": "Ctrl+Shift+M",
        "takePhotoAction": "Ctrl+Shift+O",
        "fillContractAction": "Ctrl+Shift+D",
        "printQuestionnaireAction": "Ctrl+P",
        "templatesAction": "",
        "pdfFormsAction": "",
        "showFiltersAction": "Ctrl+Shift+F",
        "homePageAction": "Ctrl+1",
        "clientsPageAction": "Ctrl+2",
        "settingsPageAction": "Ctrl+3",
        "lockAction": "Ctrl+L",
        "logoutAction": "Ctrl+Shift+L",
        "quitAction": "Ctrl+Q",
        "aboutAction": "F1",
    }
    assert set(actions) == set(expected)
    for name, keys in expected.items():
        assert actions[name].shortcut().toString() == keys, name
        assert actions[name].text(), name
    shortcuts = [a.shortcut().toString() for a in actions.values() if not a.shortcut().isEmpty()]
    assert len(set(shortcuts)) == len(shortcuts)  # no key does two things


def test_the_title_names_the_salon_and_the_user(
    qtbot: QtBot, workspace: Workspace, staff: Staff, salon: dict[str, int]
) -> None:
    window = open_window(qtbot, workspace, staff)
    assert window.windowTitle() == "Студія краси «Лілія» — Ірина — Salon CRM"


def test_about_names_the_version_and_the_data_folder(
    qtbot: QtBot,
    workspace: Workspace,
    staff: Staff,
    salon: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window = open_window(qtbot, workspace, staff)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert len(shown) == 1
    assert "Salon CRM" in shown[0] and metadata.version("salon-crm") in shown[0]
    assert str(workspace.data_dir.resolve()) in shown[0]


def test_a_click_on_a_row_shows_the_card_and_a_new_client_is_selected(
    qtbot: QtBot,
    workspace: Workspace,
    staff: Staff,
    salon: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(qtbot, workspace, staff)
    window.show_page("clients")
    table = window.client_list.table
    model = window.client_list.model
    third = model.row_at(2)
    assert third is not None
    cell = table.visualRect(model.index(2, Column.NAME)).center()
    with qtbot.waitSignal(window.client_opened) as opened:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert opened.args == [third.id]
    assert window.card_view is not None and window.card_view.client_id() == third.id
    assert recent_client_ids(workspace.data_dir)[0] == third.id

    def fake_exec(dialog: questionnaire_dialog.QuestionnaireDialog) -> int:
        card = workspace.clients(staff.admin).create(
            ClientInput(last_name="Яковенко", first_name="Ліна", phones=(PhoneData("0673008888"),))
        )
        dialog.client_saved.emit(card.id)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(questionnaire_dialog.QuestionnaireDialog, "exec", fake_exec)
    with qtbot.waitSignal(window.client_opened) as opened:
        window.new_client()
    new_id = opened.args[0]
    qtbot.waitUntil(lambda: window.client_list.current_client_id() == new_id)


def test_the_card_actions_have_keys_and_tab_reaches_them(
    qtbot: QtBot, workspace: Workspace, staff: Staff, salon: dict[str, int]
) -> None:
    window = open_window(qtbot, workspace, staff)
    window.open_client(salon["Коваль Анна"])
    card = window.card_view
    assert card is not None
    edit = card.findChild(QToolButton, "editButton")
    assert edit is not None and edit.isVisible()
    window.search_field.setFocus()
    for _ in range(40):
        if edit.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert edit.hasFocus()


def press_menu_key(widget: QWidget) -> None:
    """What the window system (xcb, Windows) delivers for the Menu key: a keyboard
    context-menu event to the focused widget (the offscreen platform makes none)."""
    assert widget.hasFocus()
    where = widget.rect().center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, where, widget.mapToGlobal(where))
    QApplication.sendEvent(widget, event)


# A popup menu raises itself and grabs the keyboard: the offscreen platform cannot.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_the_list_has_a_context_menu_on_the_menu_key(
    qtbot: QtBot, workspace: Workspace, staff: Staff, salon: dict[str, int]
) -> None:
    workspace.clients(staff.admin).archive(salon["Мельник Марія"], reason="Moved away")
    window = open_window(qtbot, workspace, staff)
    window.show_page("clients")
    listing = window.client_list
    table = listing.table
    table.setFocus()
    table.setCurrentIndex(listing.model.index(0, Column.NAME))
    press_menu_key(table)
    menu = listing.row_menu
    qtbot.waitUntil(menu.isVisible)
    first = listing.model.row_at(0)
    assert first is not None and window.card_view is not None
    assert window.card_view.client_id() == first.id  # the menu acts on this row's client
    offered = {a.objectName() for a in menu.actions() if a.isVisible() and not a.isSeparator()}
    assert offered == {"editAction", "archiveAction", "mergeAction"}  # active: no restore
    menu.hide()

    listing.set_filter(ClientFilter(scope=Scope.ARCHIVED))
    qtbot.waitUntil(lambda: listing.model.query.flt.scope is Scope.ARCHIVED)
    qtbot.waitUntil(lambda: not listing.model.is_loading and listing.model.rowCount() == 1)
    table.setCurrentIndex(listing.model.index(0, Column.NAME))
    window.activateWindow()  # back from the popup
    qtbot.waitUntil(window.isActiveWindow)
    table.setFocus()
    press_menu_key(table)
    qtbot.waitUntil(menu.isVisible)
    offered = {a.objectName() for a in menu.actions() if a.isVisible() and not a.isSeparator()}
    assert offered == {"editAction", "restoreAction"}
    menu.hide()


# --- fitting the screen, and what belongs to one salon ---------------------------------------


def test_fit_into_shrinks_and_moves_inside_the_area() -> None:
    area = QRect(0, 0, 1366, 728)  # 1366×768 less a panel
    assert fit_into(QRect(0, 0, 1296, 840), area) == QRect(0, 0, 1296, 728)
    assert fit_into(QRect(900, 500, 800, 600), area) == QRect(566, 128, 800, 600)
    assert fit_into(QRect(-50, -20, 400, 300), area) == QRect(0, 0, 400, 300)


def test_the_window_opens_within_the_screen_and_is_usable_at_1024x600(
    qtbot: QtBot, workspace: Workspace, staff: Staff, salon: dict[str, int]
) -> None:
    first = open_window(qtbot, workspace, staff)
    area = first.screen().availableGeometry()
    assert area.contains(first.frameGeometry())  # the default size, on a 800×600 screen
    assert first.isMaximized()  # the first start on a small screen takes all of it
    first.showNormal()
    first.resize(2000, 1400)  # as on a bigger monitor; restored on this one below
    first.close()
    second = open_window(qtbot, workspace, staff)
    assert area.contains(second.frameGeometry())

    second.resize(1024, 600)
    second.show_page("clients")
    qtbot.waitUntil(lambda: (second.width(), second.height()) == (1024, 600))
    assert second.minimumSizeHint().width() <= 1024
    assert second.minimumSizeHint().height() <= 600
    splitter = second.findChild(QSplitter, "clientSplitter")
    assert splitter is not None
    list_width, card_width = splitter.sizes()
    assert list_width >= 360 and card_width >= 320
    assert second.search_field.width() >= second.search_field.minimumWidth()
    assert second.statusBar().geometry().bottom() < second.height()


def test_each_salon_remembers_its_own_login_and_clients(
    qtbot: QtBot, workspace: Workspace, staff: Staff, salon: dict[str, int], tmp_path: Path
) -> None:
    other_dir = tmp_path / "other salon"
    other_dir.mkdir()
    shutil.copy2(paths.database_path(workspace.data_dir), paths.database_path(other_dir))
    other = Workspace.open(other_dir)
    try:
        for place, login in ((workspace, "cosmo"), (other, "owner")):
            dialog = LoginDialog(place)
            qtbot.addWidget(dialog)
            user = dialog.findChild(QComboBox, "loginUser")
            password = dialog.findChild(QLineEdit, "loginPassword")
            assert user is not None and password is not None
            user.setCurrentText(login)
            password.setText(PASSWORD)
            qtbot.keyClick(password, Qt.Key.Key_Return)
            assert dialog.actor is not None
        remember_client(salon["Бондар Олена"], workspace.data_dir)  # as opening it does

        # The same client ids exist in the copy; none of the first salon's names show.
        again = [LoginDialog(place) for place in (workspace, other)]
        for dialog in again:
            qtbot.addWidget(dialog)
        logins = [d.findChild(QComboBox, "loginUser") for d in again]
        assert [combo.currentText() for combo in logins if combo] == ["cosmo", "owner"]
        assert recent_client_ids(workspace.data_dir) == (salon["Бондар Олена"],)
        assert recent_client_ids(other_dir) == ()
        home = HomeView(other, staff.admin)
        qtbot.addWidget(home)
        home.refresh()
        qtbot.waitUntil(lambda: not home.is_loading)
        assert not home.recent.has_rows()
    finally:
        assert wait_for_jobs()
        other.close()
