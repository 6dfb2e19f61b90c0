"""A client's money from the ledger: sales after discounts, payments, refunds, credit;
the last visit, the "has debt" filter and the Home screen's follow-ups."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from salon_crm.domain.clients.client_filter import ClientFilter, ClientSort
from salon_crm.domain.common.errors import ValidationError
from salon_crm.domain.common.money import Money
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.procedures.procedure_types import ProcedureInput
from tests.conftest import Staff
from tests.unit.procedure_setup import at, new_client, procedure_type_id

TODAY = date.today()


def uah(units: int) -> Money:
    return Money(units * 100, "UAH")


def _visit(
    workspace: Workspace,
    staff: Staff,
    client: int,
    *,
    day: date = TODAY,
    price: Money | None = None,
    paid: Money | None = None,
    discount: int | None = None,
    next_visit_on: date | None = None,
) -> int:
    kind = procedure_type_id(workspace, staff.owner, "facial_cleansing")
    data = ProcedureInput(
        procedure_type_id=kind,
        performed_at=at(day),
        price=price,
        paid=paid,
        discount_percent=discount,
        next_visit_on=next_visit_on,
    )
    return workspace.procedures(staff.specialist).record(client, data).id


def test_payments_refunds_and_credit_add_up(workspace: Workspace, staff: Staff) -> None:
    client = new_client(workspace, staff.admin, discount=5)
    _visit(workspace, staff, client, price=uah(1000), discount=20)  # sold 800
    _visit(workspace, staff, client, price=uah(300))  # the client's 5 %: sold 285
    money = workspace.procedures(staff.admin)  # the front desk takes the money
    after_payment = money.add_payment(client, uah(1500), note="cash")
    assert (after_payment.sold, after_payment.paid, after_payment.balance) == (
        uah(1085),
        uah(1500),
        uah(-415),
    )
    assert after_payment.in_credit
    refunded = money.refund(client, uah(415), note="change")
    assert (refunded.paid, refunded.balance) == (uah(1085), uah(0))
    assert not refunded.in_debt and not refunded.in_credit
    assert money.balance(client) == refunded


def test_refunds_and_payments_are_refused_when_they_make_no_sense(
    workspace: Workspace, staff: Staff
) -> None:
    client = new_client(workspace, staff.admin)
    money = workspace.procedures(staff.admin)
    money.add_payment(client, uah(100))
    with pytest.raises(ValidationError) as raised:
        money.refund(client, uah(101))
    assert [e.field for e in raised.value.errors] == ["amount"]
    for amount in (uah(0), uah(-5), Money(100, "PLN")):
        with pytest.raises(ValidationError):
            money.add_payment(client, amount)
    assert money.balance(client).paid == uah(100)


def test_the_last_visit_is_the_latest_procedure_day(workspace: Workspace, staff: Staff) -> None:
    client = new_client(workspace, staff.admin)
    _visit(workspace, staff, client, day=TODAY - timedelta(days=3))
    _visit(workspace, staff, client, day=TODAY - timedelta(days=10))  # recorded late
    (row,) = workspace.clients(staff.admin).rows([client])
    assert row.last_visit_on == TODAY - timedelta(days=3)


def test_the_has_debt_filter_lists_clients_who_owe(workspace: Workspace, staff: Staff) -> None:
    owing = new_client(workspace, staff.admin, first_name="Борг")
    square = new_client(workspace, staff.admin, first_name="Розрахована")
    ahead = new_client(workspace, staff.admin, first_name="Аванс")
    new_client(workspace, staff.admin, first_name="Нова")
    _visit(workspace, staff, owing, price=uah(500), paid=uah(200))
    _visit(workspace, staff, square, price=uah(500), paid=uah(500))
    workspace.procedures(staff.admin).add_payment(ahead, uah(300))
    search = workspace.search(staff.admin)
    result = search.page("", ClientFilter(has_debt=True), sort=ClientSort.NAME)
    assert [r.id for r in result.rows] == [owing]
    assert search.count("", ClientFilter(has_debt=True)) == 1
    workspace.procedures(staff.admin).add_payment(owing, uah(300))
    assert search.count("", ClientFilter(has_debt=True)) == 0


def test_home_lists_follow_ups_due_from_the_latest_procedure(
    workspace: Workspace, staff: Staff
) -> None:
    due = new_client(workspace, staff.admin, first_name="Сьогодні")
    overdue = new_client(workspace, staff.admin, first_name="Запізнилась")
    came_back = new_client(workspace, staff.admin, first_name="Повернулась")
    later = new_client(workspace, staff.admin, first_name="Згодом")
    archived = new_client(workspace, staff.admin, first_name="Архівна")
    week_ago = TODAY - timedelta(days=7)
    _visit(workspace, staff, due, day=week_ago, next_visit_on=TODAY)
    _visit(workspace, staff, overdue, day=week_ago, next_visit_on=TODAY - timedelta(days=2))
    _visit(workspace, staff, came_back, day=week_ago, next_visit_on=TODAY - timedelta(days=1))
    _visit(workspace, staff, came_back, day=TODAY)
    _visit(workspace, staff, later, day=week_ago, next_visit_on=TODAY + timedelta(days=1))
    _visit(workspace, staff, archived, day=week_ago, next_visit_on=TODAY)
    workspace.clients(staff.owner).archive(archived, reason="moved away")
    digest = workspace.home(staff.admin).digest()
    assert [(f.client.id, f.due_on) for f in digest.follow_ups] == [
        (overdue, TODAY - timedelta(days=2)),
        (due, TODAY),
    ]


def test_each_visit_shows_what_was_sold_and_paid_at_it(workspace: Workspace, staff: Staff) -> None:
    anna = new_client(workspace, staff.admin)
    other = new_client(workspace, staff.admin)
    _visit(workspace, staff, anna, day=TODAY - timedelta(days=2), price=uah(500), paid=uah(500))
    _visit(workspace, staff, other, price=uah(900), paid=uah(100))
    _visit(workspace, staff, anna, price=uah(700), paid=uah(200))
    _visit(workspace, staff, other, day=TODAY - timedelta(days=1), price=uah(300))
    money = workspace.procedures(staff.admin)
    assert [(v.sold, v.paid) for v in money.visits(anna)] == [
        (uah(700), uah(200)),
        (uah(500), uah(500)),
    ]
    assert [(v.sold, v.paid) for v in money.visits(other)] == [
        (uah(900), uah(100)),
        (uah(300), uah(0)),
    ]
