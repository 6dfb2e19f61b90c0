"""Search that forgives: e-mails whatever their parts, one typo, other alphabets and
spellings, and any input at all."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from translitua import RussianInternationalPassport, UkrainianKMU, translit

from salon_crm.domain.clients.client_filter import ClientFilter, ClientSort, Scope
from salon_crm.services.clients.client_types import ClientInput, PhoneData
from salon_crm.services.clients.search_service import SearchService
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff

PEOPLE = [
    ("Коваль", "Іван", "i.koval@gmail.com"),
    ("Ковальчук", "Оксана", "oksana.t@gmail.com"),
    ("Кораль", "Марта", "marta@ukr.net"),
    ("Kowalski", "Jan", "jan.k@wp.pl"),
    ("Шевченко", "Анна", "a@b.co"),
    ("Бондар", "Інна", "inna@gmail.com"),
    ("Ільїна", "Олена", ""),
    ("Коваленко", "Ганна", ""),
    ("Kovalenko", "Anna", ""),
    ("Щербак", "Ірина", ""),
    ("Szczerbak", "Jan", ""),
    ("Żółć", "Maria", ""),
    ("Ґалаґан", "Євгенія", ""),
    ("Игорев", "Юлия", ""),
    ("Гнатюк", "Ольга", ""),
]


@pytest.fixture
def search(workspace: Workspace, staff: Staff) -> SearchService:
    clients = workspace.clients(staff.admin)
    for n, (last, first, email) in enumerate(PEOPLE, start=1):
        clients.create(
            ClientInput(
                last_name=last,
                first_name=first,
                phones=(PhoneData(f"067{n:07d}"),),
                emails=(email,) if email else (),
            )
        )
    return workspace.search(staff.admin)


def names(search: SearchService, query: str, **kwargs: object) -> list[str]:
    return [r.full_name for r in search.search(query, **kwargs).rows]  # type: ignore[arg-type]


def near(search: SearchService, query: str) -> set[str]:
    result = search.search(query)
    return {r.full_name for r in result.rows if r.id in result.near_ids}


# --- e-mails --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("i.koval@gmail.com", "Коваль Іван"),
        ("I.Koval@Gmail.COM", "Коваль Іван"),
        ("oksana.t@gmail.com", "Ковальчук Оксана"),
        (" oksana.t@gmail.com ", "Ковальчук Оксана"),
        ("a@b.co", "Шевченко Анна"),
        ("jan.k@wp.pl", "Kowalski Jan"),
    ],
)
def test_an_exact_email_finds_its_client_first(
    search: SearchService, query: str, expected: str
) -> None:
    assert names(search, query)[0] == expected


def test_part_of_an_email_with_an_at_is_one_substring(search: SearchService) -> None:
    assert names(search, "oksana.t@") == ["Ковальчук Оксана"]
    assert names(search, "t@gmail") == ["Ковальчук Оксана"]
    assert set(names(search, "@gmail.com")) == {"Коваль Іван", "Ковальчук Оксана", "Бондар Інна"}
    assert names(search, "koval@gmail.co") == ["Коваль Іван"]
    assert names(search, "x@gmail.com") == []
    assert names(search, "@") == []


# --- one typo -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Ковль", "Коваль Іван"),  # a letter missing
        ("Квоаль", "Коваль Іван"),  # two letters swapped
        ("Коввань", "Коваль Іван"),  # wrong
        ("Kowlaski", "Kowalski Jan"),
        ("Kowakski", "Kowalski Jan"),
        ("Kowalsksi", "Kowalski Jan"),  # a letter added
        ("Шевчнко", "Шевченко Анна"),
        ("Шевчеснко", "Шевченко Анна"),
        ("Шевечнко", "Шевченко Анна"),
        ("Бондра Інна", "Бондар Інна"),
        ("Бондар Інан", "Бондар Інна"),
        ("Ковальчку", "Ковальчук Оксана"),
    ],
)
def test_one_typo_is_forgiven_and_marked(search: SearchService, query: str, expected: str) -> None:
    assert expected in names(search, query)
    assert expected in near(search, query)


def test_a_soft_sign_out_of_place_is_not_even_a_typo(search: SearchService) -> None:
    """The sound key drops ь (as both official transliterations do): Коваьл sounds as Коваль."""
    assert "Коваль Іван" in names(search, "Коваьл")
    assert "Коваль Іван" not in near(search, "Коваьл")


def test_two_typos_or_short_words_are_not_forgiven(search: SearchService) -> None:
    assert names(search, "Шевчнка") == []
    assert names(search, "Кдвнь") == []
    # Three letters: too short to tell a typo from another name.
    assert "Бондар Інна" not in names(search, "Бнд")


def test_near_matches_rank_after_every_exact_one_in_unchanged_order(
    search: SearchService,
) -> None:
    result = search.search("Коваль")
    found = [r.full_name for r in result.rows]
    # As typed, then by sound (Kowalski, Kovalenko), then one typo away.
    assert found == [
        "Коваль Іван",
        "Ковальчук Оксана",
        "Kovalenko Anna",
        "Kowalski Jan",
        "Коваленко Ганна",
        "Кораль Марта",
    ]
    assert result.near_ids == {result.rows[-1].id}


def test_near_matches_wait_until_the_exact_ones_run_out(search: SearchService) -> None:
    first = search.search("Коваль", limit=5)
    assert "Кораль Марта" not in [r.full_name for r in first.rows]
    assert first.near_ids == frozenset()
    second = search.search("Коваль", limit=5, offset=5)
    assert [r.full_name for r in second.rows] == ["Кораль Марта"]
    assert second.near_ids == {second.rows[0].id}


def test_a_typo_is_forgiven_in_a_name_written_in_the_other_alphabet(
    search: SearchService,
) -> None:
    assert "Щербак Ірина" in near(search, "Shcherbk")
    assert "Kovalenko Anna" in near(search, "Коваленок")


def test_the_vocabulary_follows_edits(
    search: SearchService, workspace: Workspace, staff: Staff
) -> None:
    clients = workspace.clients(staff.admin)
    marta = search.search("Кораль").rows[0]
    card = clients.card(marta.id)
    clients.update(marta.id, replace(card.edit_input(), last_name="Мельник"))
    assert "Мельник Марта" in near(search, "Мельнки")
    assert "Мельник Марта" not in names(search, "Корааль")


def _vocabulary(workspace: Workspace) -> dict[str, int]:
    with workspace.db.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT word, uses FROM client_vocabulary").all()
    return {word: uses for word, uses in rows}


def test_the_vocabulary_counts_each_word_once_per_client(
    search: SearchService, workspace: Workspace, staff: Staff
) -> None:
    """An edit takes the old words away before it adds the new ones: a word nobody uses
    any more leaves with its keys, and saving a card unchanged changes no count."""
    clients = workspace.clients(staff.admin)
    before = _vocabulary(workspace)
    assert before["ірина"] == 1 and before["кораль"] == 1
    marta = search.search("Кораль").rows[0]
    card = clients.card(marta.id)
    clients.update(marta.id, replace(card.edit_input(), notes="Новий запис"))
    assert _vocabulary(workspace) == before
    clients.update(marta.id, replace(clients.card(marta.id).edit_input(), last_name="Мельник"))
    after = _vocabulary(workspace)
    assert "кораль" not in after and after["мельник"] == 1
    assert after["марта"] == before["марта"]
    with workspace.db.engine.connect() as connection:
        keys = connection.exec_driver_sql(
            "SELECT count(*) FROM client_vocabulary_keys WHERE word = 'кораль'"
        ).scalar_one()
    assert keys == 0


# --- alphabets and spellings ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("spellings", "client"),
    [
        (("Ільїна", "Ильина", "Ilina", "Ilyina", "ILJINA"), "Ільїна Олена"),
        (("Коваленко", "Kovalenko", "Kowalenko"), "Коваленко Ганна"),
        (("Коваленко", "Kovalenko", "Kowalenko"), "Kovalenko Anna"),
        (("Щербак", "Shcherbak", "Szczerbak", "Щербак Ирина"), "Щербак Ірина"),
        (("Щербак", "Shcherbak", "Szczerbak"), "Szczerbak Jan"),
        (("Żółć", "Zolc", "Золц"), "Żółć Maria"),
        (("Галаган", "Galagan", "Halahan", "Евгения", "Yevheniia"), "Ґалаґан Євгенія"),
        (("Ігорев", "Igorev", "Ihorev", "Юлія", "Yuliia", "Julia"), "Игорев Юлия"),
        (
            ("Гнатюк", "Hnatiuk", "Hnatjuk", "Gnatyuk", "Olha", "Olga", "Ольга Гнатюк"),
            "Гнатюк Ольга",
        ),
    ],
)
def test_spellings_in_other_alphabets_find_the_client(
    search: SearchService, spellings: tuple[str, ...], client: str
) -> None:
    for spelling in spellings:
        assert client in names(search, spelling), spelling
        assert client not in near(search, spelling), spelling


@pytest.mark.parametrize("name", ["Ільїна", "Щербак", "Ґалаґан", "Гнатюк", "Коваленко"])
def test_official_ukrainian_transliteration_finds_the_client(
    search: SearchService, name: str
) -> None:
    """KMU 2010, the passport standard, as the translitua library writes it."""
    found = names(search, translit(name, UkrainianKMU))
    assert any(row.startswith(name) for row in found)


@pytest.mark.parametrize("name", ["Ильина", "Щербак", "Игорев", "Юлия", "Гнатюк"])
def test_official_russian_transliteration_finds_the_client(
    search: SearchService, name: str
) -> None:
    latin = translit(name, RussianInternationalPassport)
    assert set(names(search, latin)) == set(names(search, name)) != set()


def test_as_typed_matches_rank_before_other_spellings(search: SearchService) -> None:
    assert names(search, "Коваленко") == ["Коваленко Ганна", "Kovalenko Anna"]
    assert names(search, "Kovalenko") == ["Kovalenko Anna", "Коваленко Ганна"]
    assert names(search, "Szczerbak") == ["Szczerbak Jan", "Щербак Ірина"]


# --- any input ------------------------------------------------------------------------------

HOSTILE = [
    "a\x00b",
    "\x00",
    "\ud800",
    "Ков\udfffаль",
    '"',
    '""""',
    "*",
    "Ков*",
    "NEAR(",
    "NEAR(a b",
    "names:",
    "names: Коваль",
    "{names}: x",
    "^Коваль",
    "-Коваль",
    "Коваль -Іван",
    "a AND OR NOT b",
    "(",
    ")",
    "§",
    "§§ ¶",
    "\u200b\u200e",
    "Ко" * 2500,
    "@" * 5000,
    "0" * 5000,
    "Kowlaski " * 600,
]


@pytest.mark.parametrize("query", HOSTILE)
def test_any_input_is_a_query(search: SearchService, query: str) -> None:
    for sort in (ClientSort.RELEVANCE, ClientSort.NAME):
        search.page(query, ClientFilter(), sort=sort)
    search.search(query)
    search.count(query, ClientFilter())


def test_invisible_characters_are_ignored(search: SearchService) -> None:
    assert names(search, "Ков\x00аль") == names(search, "Коваль")
    assert names(search, "\ud800Шевченко") == ["Шевченко Анна"]
    assert names(search, "\x00") == []


_TOKENS = st.sampled_from(
    ['"', "*", "NEAR(", "names:", "^", "-", "@", " ", "Коваль", "Kow", "0", "(", ")", "\x00"]
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    query=st.one_of(
        st.text(alphabet=st.characters(exclude_categories=()), max_size=60),
        st.lists(_TOKENS, max_size=12).map("".join),
    )
)
def test_arbitrary_text_never_raises(search: SearchService, query: str) -> None:
    result = search.search(query, limit=20)
    assert result.near_ids <= {r.id for r in result.rows}
    assert search.count(query, ClientFilter()) >= len(result.rows)


# --- count agrees with the pages ------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "Коваль",
        "Ковль",
        "Kovalenko",
        "Щербак",
        "@gmail.com",
        "i.koval@gmail.com",
        "067",
        "Ко",
        "К",
        "ан",
    ],
)
def test_count_is_what_the_pages_hold(search: SearchService, query: str) -> None:
    for flt in (ClientFilter(), ClientFilter(scope=Scope.ALL)):
        rows = search.page(query, flt, limit=500).rows
        assert search.count(query, flt) == len(rows), query
        by_name = search.page(query, flt, sort=ClientSort.NAME, limit=500).rows
        assert {r.id for r in by_name} == {r.id for r in rows}


def test_archived_matches_are_counted_apart(
    search: SearchService, workspace: Workspace, staff: Staff
) -> None:
    clients = workspace.clients(staff.admin)
    for row in search.search("Коваль").rows[:2]:
        clients.archive(row.id, reason="Переїхала")
    archived = ClientFilter(scope=Scope.ARCHIVED)
    assert search.count("Коваль", archived) == 2
    assert {r.full_name for r in search.page("Коваль", archived).rows} == {
        "Коваль Іван",
        "Ковальчук Оксана",
    }
    assert "Коваль Іван" not in names(search, "Коваль")


def test_near_matches_are_marked_in_other_orders_too(search: SearchService) -> None:
    result = search.page("Коваль", ClientFilter(), sort=ClientSort.NAME)
    marked = {r.full_name for r in result.rows if r.id in result.near_ids}
    assert "Кораль Марта" in marked
    assert "Коваль Іван" not in marked
