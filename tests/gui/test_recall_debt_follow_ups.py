"""What the procedures leave for the other screens: the lot recall dialog listing who
received a lot, the client list's has-debt filter, the Home screen's follow-ups."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from salon_crm.domain.common.money import Money
from salon_crm.gui.clients.client_list_view import ClientListView
from salon_crm.gui.home.home_view import HomeColumn, HomeView
from salon_crm.gui.procedures.lot_recall_dialog import LotRecallDialog
from salon_crm.gui.procedures.lot_recall_model import RecallColumn
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.procedures.procedure_types import ProcedureInput, ProductUse
from tests.conftest import Staff
from tests.unit.procedure_setup import add_product, at, new_client, procedure_type_id

TODAY = date.today()
LATER = TODAY + timedelta(days=300)
shown = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _record(
    workspace: Workspace,
    staff: Staff,
    client_id: int,
    day: date,
    *,
    uses: tuple[ProductUse, ...] = (),
    price: int | None = None,
    paid: int | None = None,
    next_visit_on: date | None = None,
) -> None:
    currency = workspace.settings(staff.owner).currency()
    workspace.procedures(staff.owner).record(
        client_id,
        ProcedureInput(
            procedure_type_id=procedure_type_id(workspace, staff.owner, "facial_cleansing"),
            performed_at=at(day),
            products=uses,
            price=Money(price, currency) if price is not None else None,
            paid=Money(paid, currency) if paid is not None else None,
            next_visit_on=next_visit_on,
        ),
    )


def _use(product_id: int, lot: str) -> tuple[ProductUse, ...]:
    return (ProductUse(product_id=product_id, lot_number=lot, expires_on=LATER, quantity="1"),)


# --- lot recall ------------------------------------------------------------------------


def _recall_salon(workspace: Workspace, staff: Staff) -> tuple[int, dict[str, int]]:
    product = add_product(workspace, staff.owner, "Enzyme gel", "papain")
    clients = {
        name: new_client(workspace, staff.admin, first_name=name)
        for name in ("Анна", "Ірина", "Олена")
    }
    for name, days_ago, lot in (("Анна", 20, "E-1"), ("Ірина", 5, "E-1"), ("Олена", 5, "E-2")):
        day = TODAY - timedelta(days=days_ago)
        _record(workspace, staff, clients[name], day, uses=_use(product, lot))
    return product, clients


def _searched(qtbot: QtBot, dialog: LotRecallDialog) -> None:
    with qtbot.waitSignal(dialog.searched):
        assert dialog.search()


@shown
def test_the_recall_lists_who_received_the_lot_and_opens_a_card(
    qtbot: QtBot, qtmodeltester: object, workspace: Workspace, staff: Staff
) -> None:
    product, clients = _recall_salon(workspace, staff)
    dialog = LotRecallDialog(workspace, staff.specialist)
    qtbot.addWidget(dialog)
    dialog.choose(product_id=product, lot_number="E-1")
    _searched(qtbot, dialog)
    model = dialog.model
    found = [model.row_at(i).client_id for i in range(model.rowCount())]
    assert found == [clients["Анна"], clients["Ірина"]]  # the oldest first
    assert model.index(0, RecallColumn.LOT).data() == "E-1"
    assert model.index(0, RecallColumn.PHONE).data()
    assert dialog.count_text() == "Procedures: 2, clients: 2"
    qtmodeltester.check(model)  # type: ignore[attr-defined]

    dialog.choose(product_id=product, date_from=TODAY - timedelta(days=10))  # any lot
    _searched(qtbot, dialog)
    assert {model.row_at(i).client_id for i in range(model.rowCount())} == {
        clients["Ірина"],
        clients["Олена"],
    }

    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    cell = table.visualRect(model.index(0, RecallColumn.NAME)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    with qtbot.waitSignal(dialog.open_client_requested) as opened:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert opened.args == [model.row_at(0).client_id]


def test_the_recall_list_is_copied_for_a_spreadsheet(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    product, _clients = _recall_salon(workspace, staff)
    dialog = LotRecallDialog(workspace, staff.owner)
    qtbot.addWidget(dialog)
    dialog.choose(product_id=product, lot_number="E-2")
    _searched(qtbot, dialog)
    dialog.copy_to_clipboard()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == ["No.", "Client", "Phone", "E-mail", "Date", "Product", "Lot"]
    assert len(lines) == 2 and lines[1].endswith("\tEnzyme gel\tE-2")


def test_nobody_found_is_said_calmly(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    product, _clients = _recall_salon(workspace, staff)
    dialog = LotRecallDialog(workspace, staff.owner)
    qtbot.addWidget(dialog)
    dialog.choose(product_id=product, date_to=TODAY - timedelta(days=60))
    _searched(qtbot, dialog)
    assert dialog.model.rowCount() == 0
    assert dialog.count_text() == "Nobody received it in these days."


# --- the client list's debt filter -----------------------------------------------------


def test_the_has_debt_box_keeps_the_clients_who_owe(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    owes = new_client(workspace, staff.admin, first_name="Борг")
    paid_up = new_client(workspace, staff.admin, first_name="Сплачено")
    _record(workspace, staff, owes, TODAY, price=100000, paid=40000)
    _record(workspace, staff, paid_up, TODAY, price=100000, paid=100000)
    view = ClientListView(workspace, staff.admin)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.total is not None and not view.model.is_loading)
    assert view.model.total == 2
    box = view.findChild(QCheckBox, "filterHasDebt")
    assert box is not None and box.text() == "Has debt"
    box.setChecked(True)
    qtbot.waitUntil(lambda: view.model.total == 1 and not view.model.is_loading)
    row = view.model.row_at(0)
    assert row is not None and row.id == owes
    assert view.filters.active_count() == 1
    view.filters.clear()
    assert not box.isChecked()
    qtbot.waitUntil(lambda: view.model.total == 2 and not view.model.is_loading)


# --- Home's follow-ups -----------------------------------------------------------------


def _home(qtbot: QtBot, workspace: Workspace, actor: Actor) -> HomeView:
    view = HomeView(workspace, actor)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    with qtbot.waitSignal(view.loaded):
        view.show()
    return view


@shown
def test_home_lists_the_clients_due_back_after_a_procedure(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    due = new_client(workspace, staff.admin, first_name="Повернення")
    later = new_client(workspace, staff.admin, first_name="Пізніше")
    _record(workspace, staff, due, TODAY - timedelta(days=14), next_visit_on=TODAY - timedelta(2))
    _record(workspace, staff, later, TODAY - timedelta(days=3), next_visit_on=TODAY + timedelta(9))
    view = _home(qtbot, workspace, staff.admin)
    section = view.follow_ups
    entries = [section.model.entry(i) for i in range(section.model.rowCount())]
    assert [e.client.id for e in entries if e is not None] == [due]
    assert section.title() == "Follow-ups due · 1"
    since = (TODAY - timedelta(2)).strftime("%d.%m.%Y")
    assert section.model.index(0, HomeColumn.DETAIL).data() == f"due since {since}"
    with qtbot.waitSignal(view.open_client_requested) as opened:
        section.table.activated.emit(section.model.index(0, HomeColumn.NAME))
    assert opened.args == [due]


def test_no_follow_up_due_is_said_calmly(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    view = _home(qtbot, workspace, staff.admin)
    assert view.follow_ups.empty_text() == "Nobody is due back after a procedure today."
