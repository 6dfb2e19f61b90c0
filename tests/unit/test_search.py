"""Search by any part of names, phones in any format, e-mails, numbers, barcodes; ranking."""

from __future__ import annotations

from dataclasses import replace

import pytest

from salon_crm.db.queries import clients as client_queries
from salon_crm.domain.clients.client_filter import Scope
from salon_crm.services.clients.client_types import ClientInput, PhoneData
from salon_crm.services.clients.search_service import SearchService
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff

PEOPLE = [
    ClientInput(
        last_name="Ёлкина",
        first_name="Іванна",
        middle_name="Сергіївна",
        phones=(PhoneData("067 123 45 67"), PhoneData("044 222 33 44")),
        emails=("ivanna.yolkina@example.com",),
        loyalty_card="4006381333931",
    ),
    ClientInput(
        last_name="Żółkiewska",
        first_name="Łucja",
        phones=(PhoneData("+48 512 345 678"),),
        emails=("lucja@poczta.pl",),
    ),
    ClientInput(
        last_name="Иванова",
        first_name="Мария",
        middle_name="Петровна",
        phones=(PhoneData("+7 916 555 12 34"),),
    ),
    ClientInput(last_name="Петренко", first_name="Оксана", phones=(PhoneData("0509998877"),)),
    ClientInput(last_name="Коваль", first_name="Іван", phones=(PhoneData("0631112233"),)),
]


@pytest.fixture
def search(workspace: Workspace, staff: Staff) -> SearchService:
    clients = workspace.clients(staff.admin)
    for person in PEOPLE:
        clients.create(person)
    return workspace.search(staff.admin)


def names(search: SearchService, query: str, **kwargs: object) -> list[str]:
    return [r.full_name for r in search.search(query, **kwargs).rows]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("іванна", "Ёлкина Іванна Сергіївна"),
        ("ІВАННА", "Ёлкина Іванна Сергіївна"),
        ("ЕЛКИНА", "Ёлкина Іванна Сергіївна"),
        ("елк", "Ёлкина Іванна Сергіївна"),
        ("lucja", "Żółkiewska Łucja"),
        ("zolkiew", "Żółkiewska Łucja"),
        ("ŻÓŁK", "Żółkiewska Łucja"),
        ("ргіїв", "Ёлкина Іванна Сергіївна"),
        ("петровна", "Иванова Мария Петровна"),
    ],
)
def test_names_fold_case_and_diacritics(search: SearchService, query: str, expected: str) -> None:
    assert expected in names(search, query)


@pytest.mark.parametrize(
    "query", ["067 123", "+38(067)", "0671234567", "+380671234567", "4567", "38 067 123-45"]
)
def test_phone_digits_in_any_format(search: SearchService, query: str) -> None:
    assert names(search, query)[0] == "Ёлкина Іванна Сергіївна"


def test_second_phone_and_foreign_numbers(search: SearchService) -> None:
    assert names(search, "044 222") == ["Ёлкина Іванна Сергіївна"]
    assert names(search, "8 916 555") == ["Иванова Мария Петровна"]
    assert names(search, "512 345") == ["Żółkiewska Łucja"]


def test_email_number_and_barcode(search: SearchService) -> None:
    assert names(search, "poczta") == ["Żółkiewska Łucja"]
    assert names(search, "ivanna.yolkina@") == ["Ёлкина Іванна Сергіївна"]
    assert names(search, "4006381333931") == ["Ёлкина Іванна Сергіївна"]
    number_two = search.search("2").rows
    assert [r.number for r in number_two][:1] == ["2"]


def test_name_prefix_from_the_first_character(search: SearchService) -> None:
    """One or two letters find the names (as sorted: last first middle) that start with
    them; further short words must start another name word."""
    assert names(search, "п") == ["Петренко Оксана"]
    assert names(search, "і") == []
    assert names(search, "ё") == ["Ёлкина Іванна Сергіївна"]
    assert names(search, "Е") == ["Ёлкина Іванна Сергіївна"]
    assert names(search, "ż") == ["Żółkiewska Łucja"]
    assert names(search, "Пе Ок") == ["Петренко Оксана"]
    assert names(search, "Ко І") == ["Коваль Іван"]
    assert names(search, "Ко Ок") == []


def test_name_start_ranks_before_other_matches(search: SearchService) -> None:
    assert names(search, "Коваль Іван") == ["Коваль Іван"]
    assert names(search, "петр")[0] == "Петренко Оксана"  # the surname before a patronymic


def test_words_combine(search: SearchService) -> None:
    assert names(search, "Иванова Мар") == ["Иванова Мария Петровна"]
    assert names(search, "оксана петр") == ["Петренко Оксана"]
    assert names(search, "Іван Коваль") == ["Коваль Іван"]


def test_name_prefix_ranks_above_contained(
    search: SearchService, workspace: Workspace, staff: Staff
) -> None:
    workspace.clients(staff.admin).create(
        ClientInput(last_name="Ткач", first_name="Ванесса", phones=(PhoneData("0661230000"),))
    )
    result = names(search, "ван")
    assert result[0] == "Ткач Ванесса"
    assert set(result[1:]) == {"Ёлкина Іванна Сергіївна", "Иванова Мария Петровна", "Коваль Іван"}


def test_exact_number_ranks_first(
    search: SearchService, workspace: Workspace, staff: Staff
) -> None:
    workspace.clients(staff.admin).create(
        ClientInput(
            first_name="Номер", last_name="Аааа", number="4567", phones=(PhoneData("0661234000"),)
        )
    )
    rows = search.search("4567").rows
    assert rows[0].number == "4567"
    assert "Ёлкина Іванна Сергіївна" in [r.full_name for r in rows]


def test_exact_phone_ranks_first(search: SearchService, workspace: Workspace, staff: Staff) -> None:
    workspace.clients(staff.admin).create(
        ClientInput(first_name="Ааа", phones=(PhoneData("0671234500"),))
    )
    rows = search.search("067 123 45 67").rows
    assert rows[0].full_name == "Ёлкина Іванна Сергіївна"


def test_wrong_keyboard_layout_is_retried_and_said(search: SearchService) -> None:
    result = search.search("Bdfyjdf")
    assert result.retyped_as == "Иванова"
    assert [r.full_name for r in result.rows] == ["Иванова Мария Петровна"]
    as_typed = search.search("Иванова")
    assert as_typed.retyped_as is None


def test_misses_and_empty_queries(search: SearchService) -> None:
    assert search.search("zzzq").rows == ()
    assert search.search("").rows == ()
    assert search.search("   ").rows == ()
    assert search.search('"*)(').rows == ()


def test_archived_are_excluded_unless_asked(
    search: SearchService, workspace: Workspace, staff: Staff
) -> None:
    clients = workspace.clients(staff.admin)
    oksana = search.search("Петренко").rows[0]
    clients.archive(oksana.id, reason="Не ходить")
    assert names(search, "Петренко") == []
    assert names(search, "Петренко", scope=Scope.ALL) == ["Петренко Оксана"]
    assert names(search, "0509998877", scope=Scope.ARCHIVED) == ["Петренко Оксана"]


def test_index_follows_edits(search: SearchService, workspace: Workspace, staff: Staff) -> None:
    clients = workspace.clients(staff.admin)
    row = search.search("Петренко").rows[0]
    card = clients.card(row.id)
    clients.update(
        row.id,
        replace(card.edit_input(), last_name="Бондар", phones=(PhoneData("0931231231"),)),
    )
    assert names(search, "Петренко") == []
    assert names(search, "бондар") == ["Бондар Оксана"]
    assert names(search, "0509998877") == []
    assert names(search, "093 123") == ["Бондар Оксана"]


def test_paging(search: SearchService) -> None:
    everyone = [r.id for r in search.search("а", limit=50).rows]
    paged = [r.id for r in search.search("а", limit=2).rows] + [
        r.id for r in search.search("а", limit=2, offset=2).rows
    ]
    assert paged == everyone[:4]


# Created in this order; none of the names or skeletons holds "studio".
STUDIO = ["Бондар", "Ткачук", "Антонюк", "Мельник", "Гнатюк", "Шевчук", "Дмитренко", "Коваль"]


@pytest.fixture
def studio(workspace: Workspace, staff: Staff) -> SearchService:
    """Everyone at one e-mail domain, two of them archived."""
    clients = workspace.clients(staff.admin)
    for n, last_name in enumerate(STUDIO):
        card = clients.create(
            ClientInput(
                last_name=last_name,
                first_name="Олена",
                phones=(PhoneData(f"067 000 00 0{n}"),),
                emails=(f"c{n}@studio.ua",),
            )
        )
        if last_name in ("Антонюк", "Шевчук"):
            clients.archive(card.id, reason="Переїхала")
    return workspace.search(staff.admin)


def _last_names(search: SearchService, query: str, **kwargs: object) -> list[str]:
    return [name.split()[0] for name in names(search, query, **kwargs)]


def test_a_group_too_large_to_sort_is_shown_newest_first(
    studio: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Groups above three matches are read newest first, four ids at a time: the eight
    # matches take three reads, the last one empty.
    monkeypatch.setattr(client_queries, "SORTED_GROUP_LIMIT", 3)
    newest_first = ["Коваль", "Дмитренко", "Гнатюк", "Мельник", "Ткачук", "Бондар"]
    assert _last_names(studio, "studio") == newest_first
    assert _last_names(studio, "studio", limit=2, offset=2) == newest_first[2:4]
    assert _last_names(studio, "studio", limit=5) == newest_first[:5]


def test_a_group_small_enough_is_shown_alphabetically(studio: SearchService) -> None:
    alphabetical = ["Бондар", "Гнатюк", "Дмитренко", "Коваль", "Мельник", "Ткачук"]
    assert _last_names(studio, "studio") == alphabetical
    assert _last_names(studio, "studio", limit=2, offset=2) == alphabetical[2:4]
