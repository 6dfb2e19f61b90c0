"""The client list's pages: filters, sorting, paging, counts; the home digest."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from salon_crm.domain.clients.client_filter import ClientFilter, ClientSort, Scope
from salon_crm.domain.common.enums import ClientClass, ExpiringDocumentKind
from salon_crm.services.clients.client_types import ClientInput, ExpiringDocumentData, PhoneData
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.home.home_service import HomeService
from tests.conftest import Staff

TODAY = date.today()


def person(n: int, last: str, first: str, **extra: object) -> ClientInput:
    return replace(
        ClientInput(last_name=last, first_name=first, phones=(PhoneData(f"067 000 00 {n:02d}"),)),
        **extra,  # type: ignore[arg-type]
    )


@pytest.fixture
def ids(workspace: Workspace, staff: Staff) -> dict[str, int]:
    settings = workspace.settings(staff.owner)
    tag = settings.save_list_item("tags", name="Ботокс")
    source = settings.save_list_item("sources", name="Instagram")
    clients = workspace.clients(staff.admin)
    made = {
        "anna": clients.create(
            person(
                1,
                "Коваль",
                "Анна",
                is_vip=True,
                tag_ids=frozenset({tag.id}),
                birth_date=TODAY.replace(year=1990),
            )
        ),
        "olha": clients.create(
            person(
                2,
                "Бондар",
                "Ольга",
                source_id=source.id,
                client_class=ClientClass.A,
                birth_date=date(1985, 1, 1) if TODAY.month != 1 else date(1985, 6, 1),
            )
        ),
        "iryna": clients.create(
            person(
                3,
                "Ткачук",
                "Ірина",
                is_blacklisted=True,
                expiring_documents=(
                    ExpiringDocumentData(
                        ExpiringDocumentKind.MEDICAL_CERTIFICATE,
                        expires_on=TODAY - timedelta(days=1),
                    ),
                ),
            )
        ),
    }
    made["child"] = clients.create(person(4, "Коваль", "Софія", parent_id=made["anna"].id))
    return {name: card.id for name, card in made.items()} | {"tag": tag.id, "source": source.id}


def page_ids(workspace: Workspace, staff: Staff, query: str = "", **kwargs: object) -> list[int]:
    flt_args = {k: v for k, v in kwargs.items() if k in ClientFilter.__dataclass_fields__}
    rest = {k: v for k, v in kwargs.items() if k not in flt_args}
    result = workspace.search(staff.admin).page(query, ClientFilter(**flt_args), **rest)  # type: ignore[arg-type]
    return [r.id for r in result.rows]


def test_empty_query_lists_everyone_by_name(
    workspace: Workspace, staff: Staff, ids: dict[str, int]
) -> None:
    assert page_ids(workspace, staff) == [ids["olha"], ids["anna"], ids["child"], ids["iryna"]]
    assert workspace.search(staff.admin).count("", ClientFilter()) == 4


@pytest.mark.parametrize(
    ("filter_args", "expected"),
    [
        ({"vip": True}, ["anna"]),
        ({"blacklisted": True}, ["iryna"]),
        ({"children": True}, ["child"]),
        ({"client_class": ClientClass.A}, ["olha"]),
        ({"birthday_this_week": True}, ["anna"]),
        ({"expired_documents": True}, ["iryna"]),
    ],
)
def test_filters(
    workspace: Workspace,
    staff: Staff,
    ids: dict[str, int],
    filter_args: dict[str, object],
    expected: list[str],
) -> None:
    assert page_ids(workspace, staff, **filter_args) == [ids[n] for n in expected]


def test_tag_and_source_filters(workspace: Workspace, staff: Staff, ids: dict[str, int]) -> None:
    assert page_ids(workspace, staff, tag_id=ids["tag"]) == [ids["anna"]]
    assert page_ids(workspace, staff, source_id=ids["source"]) == [ids["olha"]]
    assert page_ids(workspace, staff, "коваль", tag_id=ids["tag"]) == [ids["anna"]]


def test_sorting_and_paging(workspace: Workspace, staff: Staff, ids: dict[str, int]) -> None:
    by_number = page_ids(workspace, staff, sort=ClientSort.NUMBER)
    assert by_number == [ids["anna"], ids["olha"], ids["iryna"], ids["child"]]
    assert page_ids(workspace, staff, sort=ClientSort.NUMBER, descending=True) == by_number[::-1]
    assert page_ids(workspace, staff, sort=ClientSort.NUMBER, limit=2, offset=2) == by_number[2:]
    births = page_ids(workspace, staff, sort=ClientSort.BIRTH_DATE)
    assert births[-2:] == sorted([ids["iryna"], ids["child"]], key=births.index)  # no date: last
    assert page_ids(workspace, staff, "коваль", sort=ClientSort.NAME, descending=True) == [
        ids["child"],
        ids["anna"],
    ]


def test_archived_scope(workspace: Workspace, staff: Staff, ids: dict[str, int]) -> None:
    workspace.clients(staff.admin).archive(ids["olha"], reason="Переїхала")
    assert ids["olha"] not in page_ids(workspace, staff)
    assert page_ids(workspace, staff, scope=Scope.ARCHIVED) == [ids["olha"]]
    assert workspace.search(staff.admin).count("", ClientFilter(scope=Scope.ALL)) == 4


def test_home_digest(workspace: Workspace, staff: Staff, ids: dict[str, int]) -> None:
    clients = workspace.clients(staff.admin)
    olha = clients.card(ids["olha"])
    clients.update(
        ids["olha"],
        replace(
            olha.edit_input(),
            call_period_days=30,
            next_call_date=TODAY - timedelta(days=2),
            name_day=(TODAY.month, TODAY.day),
            expiring_documents=(
                ExpiringDocumentData(
                    ExpiringDocumentKind.INSURANCE, expires_on=TODAY + timedelta(days=10)
                ),
            ),
        ),
    )
    home = HomeService(workspace.db, staff.admin)
    digest = home.digest(recent_ids=(ids["child"], ids["anna"]))
    assert [r.id for r in digest.birthdays] == [ids["anna"]]
    assert [r.id for r in digest.name_days] == [ids["olha"]]
    assert [(c.client.id, c.due_on) for c in digest.due_calls] == [
        (ids["olha"], TODAY - timedelta(days=2))
    ]
    assert [(d.client.id, d.kind) for d in digest.expiring_documents] == [
        (ids["olha"], ExpiringDocumentKind.INSURANCE)
    ]
    assert [r.id for r in digest.recent] == [ids["child"], ids["anna"]]
    assert clients.call_done(ids["olha"]) == TODAY + timedelta(days=30)
    assert HomeService(workspace.db, staff.admin).digest().due_calls == ()


def test_home_digest_uses_its_clock(
    workspace: Workspace, staff: Staff, ids: dict[str, int]
) -> None:
    del ids
    new_year = datetime(2031, 1, 1, 12, tzinfo=UTC)
    digest = HomeService(workspace.db, staff.admin, clock=lambda: new_year).digest()
    assert digest.today == date(2031, 1, 1)
