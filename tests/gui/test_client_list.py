"""The client list: paged model, search as you type, filters, sorting, flags and the keyboard."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from salon_crm import paths
from salon_crm.domain.clients.client_filter import ClientFilter, Scope
from salon_crm.gui.clients.client_list_view import ClientListView
from salon_crm.gui.clients.client_table_model import (
    NEAR_MARK,
    PAGE_SIZE,
    ClientTableModel,
    Column,
    RowRole,
    SortRole,
)
from salon_crm.services.clients.client_types import ClientInput, ClientRow, PhoneData
from salon_crm.services.clients.search_service import SearchService
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Template

# The offscreen platform warns whenever a shown window's size limits change.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

# Ten surnames in alphabetical order by their first letter, times 25 first names: 250
# distinct clients, numbered 1…250 in the order they are created.
LAST_NAMES = (
    "Бондар",
    "Гнатюк",
    "Дорошенко",
    "Коваль",
    "Литвин",
    "Мельник",
    "Олійник",
    "Павленко",
    "Ткачук",
    "Шевчук",
)
FIRST_NAMES = (
    "Алла",
    "Анна",
    "Богдана",
    "Валентина",
    "Віра",
    "Галина",
    "Дарина",
    "Євгенія",
    "Зоя",
    "Ірина",
    "Катерина",
    "Лариса",
    "Марія",
    "Надія",
    "Оксана",
    "Олена",
    "Поліна",
    "Раїса",
    "Світлана",
    "Тамара",
    "Уляна",
    "Фаїна",
    "Христина",
    "Юлія",
    "Яна",
)
CLIENTS = len(LAST_NAMES) * len(FIRST_NAMES)
ARCHIVED = 3
VIP_EVERY = 25


@pytest.fixture(scope="module")
def crowded_template(salon_template: Template, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test salon plus 250 clients made through the service; 3 of them archived."""
    data_dir = tmp_path_factory.mktemp("crowded")
    shutil.copy2(paths.database_path(salon_template.data_dir), paths.database_path(data_dir))
    workspace = Workspace.open(data_dir)
    try:
        owner = salon_template.staff.owner
        tag = workspace.settings(owner).save_list_item("tags", name="Ботокс")
        clients = workspace.clients(salon_template.staff.admin)
        for n in range(CLIENTS):
            clients.create(
                ClientInput(
                    last_name=LAST_NAMES[n % len(LAST_NAMES)],
                    first_name=FIRST_NAMES[n // len(LAST_NAMES)],
                    phones=(PhoneData(f"067 {1_000_000 + n:07d}"),),
                    birth_date=date(1980 + n % 20, 1 + n % 12, 1 + n % 28),
                    is_vip=n % VIP_EVERY == 0,
                    tag_ids=frozenset({tag.id}) if n < 7 else frozenset(),
                )
            )
        for client_id in range(1, ARCHIVED + 1):
            clients.archive(client_id, reason="Moved away")
    finally:
        workspace.close()
    return data_dir


@pytest.fixture
def data_dir(crowded_template: Path, tmp_path: Path) -> Path:
    """This module's tests run on a copy of the crowded salon."""
    target = tmp_path / "data"
    target.mkdir()
    shutil.copy2(paths.database_path(crowded_template), paths.database_path(target))
    return target


@pytest.fixture
def crowded(workspace: Workspace) -> Workspace:
    return workspace


@pytest.fixture
def admin(salon_template: Template) -> Actor:
    return salon_template.staff.admin


def loaded_model(qtbot: QtBot, workspace: Workspace, actor: Actor) -> ClientTableModel:
    model = ClientTableModel(workspace.search(actor))
    with qtbot.waitSignal(model.page_loaded):
        model.set_query("")
    qtbot.waitUntil(lambda: model.total is not None)
    return model


def rows(model: ClientTableModel) -> list[ClientRow]:
    return [model.index(r, 0).data(RowRole) for r in range(model.rowCount())]


_windows: list[QWidget] = []


@pytest.fixture(autouse=True)
def _forget_windows() -> Iterator[None]:
    yield
    _windows.clear()


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying any letters (QTest's keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def make_view(qtbot: QtBot, workspace: Workspace, actor: Actor) -> tuple[ClientListView, QLineEdit]:
    window = QWidget()  # the field and the list in one window, as in the main window
    field = QLineEdit(window)
    view = ClientListView(workspace, actor, window)
    layout = QVBoxLayout(window)
    layout.addWidget(field)
    layout.addWidget(view)
    view.connect_search(field)
    qtbot.addWidget(window)
    _windows.append(window)  # qtbot holds it weakly
    window.resize(1000, 700)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: view.model.loaded_count() > 0 and view.model.total is not None)
    return view, field


# --- the model ---------------------------------------------------------------------------------


def test_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, crowded: Workspace, admin: Actor
) -> None:
    model = loaded_model(qtbot, crowded, admin)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_SIZE and not model.is_busy)  # it fetched more
    with qtbot.waitSignal(model.page_loaded):
        model.set_query("Коваль")
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_holds_one_page_and_fetches_more(qtbot: QtBot, crowded: Workspace, admin: Actor) -> None:
    model = loaded_model(qtbot, crowded, admin)
    assert model.rowCount() == PAGE_SIZE
    assert model.total == CLIENTS - ARCHIVED
    assert model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.rowsInserted):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE
    with qtbot.waitSignal(model.rowsInserted):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == CLIENTS - ARCHIVED
    assert not model.canFetchMore(QModelIndex())
    assert len({row.id for row in rows(model)}) == CLIENTS - ARCHIVED


def test_the_view_fetches_as_it_scrolls(qtbot: QtBot, crowded: Workspace, admin: Actor) -> None:
    view, _field = make_view(qtbot, crowded, admin)
    table = view.findChild(QTableView, "clientTable")
    assert table is not None and table.model() is view.model
    assert view.model.rowCount() == PAGE_SIZE
    scrollbar = table.verticalScrollBar()
    scrollbar.setValue(scrollbar.maximum())
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 * PAGE_SIZE)
    count = view.findChild(QLabel, "clientCount")
    assert count is not None and count.text() == f"Clients: {CLIENTS - ARCHIVED}"


def test_cells_flags_and_dates(qtbot: QtBot, crowded: Workspace, admin: Actor) -> None:
    model = loaded_model(qtbot, crowded, admin)
    model.sort(Column.NUMBER, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: model.index(0, Column.NUMBER).data() == "4")
    first = model.index(0, Column.NUMBER).data(RowRole)
    assert isinstance(first, ClientRow)
    assert model.index(0, Column.BIRTH_DATE).data() == "04.04.1983"
    assert model.index(0, Column.NAME).data() == first.full_name
    assert model.index(0, Column.NUMBER).data(SortRole) == 4
    assert model.index(0, Column.FLAGS).data(Qt.ItemDataRole.DecorationRole) is None

    vip_row = next(r for r, row in enumerate(rows(model)) if row.is_vip)
    flags = model.index(vip_row, Column.FLAGS)
    assert isinstance(flags.data(Qt.ItemDataRole.DecorationRole), QPixmap)
    assert flags.data(Qt.ItemDataRole.ToolTipRole) == "VIP client"


# --- search and filters ------------------------------------------------------------------------


def test_typing_filters_the_table(qtbot: QtBot, crowded: Workspace, admin: Actor) -> None:
    view, field = make_view(qtbot, crowded, admin)
    type_text(field, "Гнат")
    qtbot.waitUntil(lambda: view.model.query.text == "Гнат" and not view.model.is_loading)
    names = [row.full_name for row in rows(view.model)]
    assert len(names) == len(FIRST_NAMES) - 1  # one Гнатюк is in the archive
    assert all("Гнатюк" in name for name in names)
    qtbot.waitUntil(lambda: view.model.total == len(FIRST_NAMES) - 1)

    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == ""
    qtbot.waitUntil(lambda: view.model.rowCount() == PAGE_SIZE and view.model.query.text == "")


def test_other_keyboard_layout_is_noted_calmly(
    qtbot: QtBot, crowded: Workspace, admin: Actor
) -> None:
    view, field = make_view(qtbot, crowded, admin)
    qtbot.keyClicks(field, "rjdfkm")  # "Коваль" typed with the English layout on
    qtbot.waitUntil(lambda: view.model.retyped_as is not None)
    note = view.findChild(QLabel, "retypedNote")
    assert note is not None and not note.isHidden()
    assert note.text() == "Showing results for “коваль”"
    assert all("Коваль" in row.full_name for row in rows(view.model))
    qtbot.waitUntil(lambda: view.model.total == len(FIRST_NAMES))


def test_nothing_found_says_so(qtbot: QtBot, crowded: Workspace, admin: Actor) -> None:
    view, field = make_view(qtbot, crowded, admin)
    type_text(field, "Ьщщщщ")
    qtbot.waitUntil(lambda: view.model.query.text == "Ьщщщщ" and not view.model.is_loading)
    assert view.model.rowCount() == 0
    assert view.table.placeholder() == "No clients match “Ьщщщщ”."


def test_archived_filter_shows_the_archive_greyed(
    qtbot: QtBot, crowded: Workspace, admin: Actor
) -> None:
    view, _field = make_view(qtbot, crowded, admin)
    archived = view.findChild(QCheckBox, "filterArchived")
    assert archived is not None
    archived.click()
    qtbot.waitUntil(lambda: view.model.query.flt.scope is Scope.ARCHIVED)
    qtbot.waitUntil(lambda: not view.model.is_loading and view.model.total == ARCHIVED)
    found = rows(view.model)
    assert sorted(row.id for row in found) == [1, 2, 3]
    assert all(row.archived for row in found)
    assert view.model.index(0, Column.NAME).data(Qt.ItemDataRole.ForegroundRole) is not None
    count = view.findChild(QLabel, "clientCount")
    assert count is not None and count.text() == f"Archived: {ARCHIVED}"


def test_vip_and_group_filters(qtbot: QtBot, crowded: Workspace, admin: Actor) -> None:
    view, _field = make_view(qtbot, crowded, admin)
    vip = view.findChild(QCheckBox, "filterVip")
    assert vip is not None
    vip.click()
    qtbot.waitUntil(lambda: view.model.query.flt.vip and not view.model.is_loading)
    assert rows(view.model) and all(row.is_vip for row in rows(view.model))
    vip.click()

    tag = view.findChild(QComboBox, "filterTag")
    assert tag is not None
    qtbot.waitUntil(lambda: tag.count() == 2)  # "Any group" and the salon's one group
    tag.setCurrentIndex(1)
    qtbot.waitUntil(lambda: view.model.query.flt.tag_id is not None)
    qtbot.waitUntil(lambda: not view.model.is_loading and view.model.total == 7 - ARCHIVED)
    assert view.filters.active_count() == 1
    view.filters.clear()
    assert view.current_filter() == ClientFilter()


# --- sorting -----------------------------------------------------------------------------------


def test_sorting_by_number_and_name_queries_the_service(
    qtbot: QtBot, crowded: Workspace, admin: Actor
) -> None:
    view, _field = make_view(qtbot, crowded, admin)
    model = view.model
    table = view.table

    def first(column: Column) -> str:
        return str(model.index(0, column).data())

    table.sortByColumn(Column.NUMBER, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: first(Column.NUMBER) == str(CLIENTS))
    assert [int(r.number) for r in rows(model)] == list(range(CLIENTS, CLIENTS - PAGE_SIZE, -1))

    table.sortByColumn(Column.NUMBER, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: first(Column.NUMBER) == str(ARCHIVED + 1))

    table.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: first(Column.NAME).startswith(LAST_NAMES[-1]))
    table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: first(Column.NAME).startswith(LAST_NAMES[0]))

    # E-mail has no order in the service: the header goes back to the real one.
    table.sortByColumn(Column.EMAIL, Qt.SortOrder.AscendingOrder)
    assert table.horizontalHeader().sortIndicatorSection() == Column.NAME


# --- keyboard ----------------------------------------------------------------------------------


def test_keyboard_moves_and_enter_opens(qtbot: QtBot, crowded: Workspace, admin: Actor) -> None:
    view, field = make_view(qtbot, crowded, admin)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down)  # from the search field into the table
    table = view.table
    assert table.hasFocus() or table.currentIndex().row() == 0
    assert table.currentIndex().row() == 0
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 2
    expected = view.model.row_at(2)
    assert expected is not None
    with qtbot.waitSignal(view.open_client_requested) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [expected.id]

    qtbot.keyClick(table, Qt.Key.Key_Escape)  # back to the search field
    assert field.hasFocus()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_M)  # a letter in the table starts a new search
    assert field.hasFocus() and field.text() == "m"


def test_enter_in_the_search_opens_the_first_match(
    qtbot: QtBot, crowded: Workspace, admin: Actor
) -> None:
    view, field = make_view(qtbot, crowded, admin)
    qtbot.keyClicks(field, "067 100 0042")
    # Enter before the pause is over: it waits for the answer instead of opening a stale row.
    with qtbot.waitSignal(view.open_client_requested) as opened:
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert opened.args == [43]


# --- instant search, near matches, the archive ---------------------------------------------


def test_typing_key_by_key_shows_only_the_newest_result(
    qtbot: QtBot, crowded: Workspace, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    view, field = make_view(qtbot, crowded, admin)
    asked: list[str] = []
    real_page = SearchService.page

    def recorded_page(self: SearchService, query: str, flt: ClientFilter, **kw: Any) -> Any:
        asked.append(query)
        return real_page(self, query, flt, **kw)

    monkeypatch.setattr(SearchService, "page", recorded_page)
    shown: list[tuple[str, list[str]]] = []
    view.model.page_loaded.connect(
        lambda: shown.append((view.model.query.text, [r.full_name for r in rows(view.model)]))
    )
    # Every key lands while the search of the first one is still running (its answer
    # cannot arrive before the event loop turns again).
    type_text(field, "Мельник")
    qtbot.waitUntil(lambda: not view.model.is_loading)
    assert asked == ["М", "Мельник"]  # the first key at once, then only the newest text
    assert len(shown) == 1 and shown[0][0] == "Мельник"
    assert shown[0][1] and all("Мельник" in name for name in shown[0][1])

    # Typed at a person's pace, each key gets its own answer, in order.
    shown.clear()
    for _ in range(3):
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
        qtbot.waitUntil(lambda: not view.model.is_loading)
    assert [text for text, _names in shown] == ["Мельни", "Мельн", "Мель"]


def test_near_matches_are_marked(
    qtbot: QtBot, crowded: Workspace, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_page = SearchService.page

    def with_near(self: SearchService, query: str, flt: ClientFilter, **kw: Any) -> Any:
        result = real_page(self, query, flt, **kw)
        return replace(result, near_ids=frozenset(r.id for r in result.rows[1:2]))

    monkeypatch.setattr(SearchService, "page", with_near)
    view, field = make_view(qtbot, crowded, admin)
    type_text(field, "Коваль")
    qtbot.waitUntil(lambda: view.model.query.text == "Коваль" and not view.model.is_loading)
    exact, near = view.model.index(0, Column.NAME), view.model.index(1, Column.NAME)
    assert not str(exact.data()).startswith(NEAR_MARK)
    assert exact.data(Qt.ItemDataRole.ToolTipRole) is None
    assert near.data() == f"{NEAR_MARK} {near.data(RowRole).full_name}"
    assert "Near match" in near.data(Qt.ItemDataRole.ToolTipRole)
    assert "<i>" in near.data(Qt.ItemDataRole.ToolTipRole)


def test_archived_matches_are_offered_not_mixed_in(
    qtbot: QtBot, crowded: Workspace, admin: Actor
) -> None:
    view, field = make_view(qtbot, crowded, admin)
    hint = view.findChild(QPushButton, "archivedMatchesButton")
    assert hint is not None and hint.isHidden()
    type_text(field, "Алла")  # ten clients, three of them archived
    qtbot.waitUntil(lambda: not hint.isHidden())
    assert hint.text() == "3 archived clients match — show them"
    # The count may come before the page or after it: the list for the last text, once
    # both are in.
    qtbot.waitUntil(
        lambda: (
            view.model.query.text == "Алла"
            and not view.model.is_loading
            and view.model.total == len(LAST_NAMES) - ARCHIVED
        )
    )
    assert not any(row.archived for row in rows(view.model))

    qtbot.mouseClick(hint, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.query.flt.scope is Scope.ARCHIVED)
    qtbot.waitUntil(lambda: not view.model.is_loading and view.model.total == ARCHIVED)
    assert sorted(row.id for row in rows(view.model)) == [1, 2, 3]
    assert hint.isHidden()  # in the archive itself there is nothing to point at

    view.filters.clear()
    field.clear()
    type_text(field, "Бондар Алла")
    qtbot.waitUntil(lambda: not hint.isHidden())
    assert hint.text() == "1 archived client matches — show it"
    type_text(field, "щщ")  # "Бондар Аллащщ": two letters off, nothing archived matches
    qtbot.waitUntil(hint.isHidden)


# --- master–detail and the row's menu ------------------------------------------------------


def test_a_click_selects_at_once_arrows_once_they_rest(
    qtbot: QtBot, crowded: Workspace, admin: Actor
) -> None:
    view, _field = make_view(qtbot, crowded, admin)
    table = view.table
    selected: list[int] = []
    view.client_selected.connect(selected.append)
    second = view.model.row_at(1)
    assert second is not None
    cell = table.visualRect(view.model.index(1, Column.NAME)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert selected == [second.id]  # no waiting, no Enter

    for _ in range(5):  # holding ↓
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert selected == [second.id]
    sixth = view.model.row_at(6)
    assert sixth is not None
    qtbot.waitUntil(lambda: len(selected) == 2)
    assert selected == [second.id, sixth.id]  # one card for the whole run, the last row
