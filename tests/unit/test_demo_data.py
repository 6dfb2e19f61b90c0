"""The demo-data generator: reproducible, valid, and findable through the real services."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import phonenumbers
import pytest
from sqlalchemy import Connection, text

from salon_crm.db.engine import Database
from salon_crm.db.hooks import search_index
from salon_crm.db.storage.data_dir import open_data_dir
from salon_crm.demo.generator import REFERENCE_DATE, DemoUser, generate_demo
from salon_crm.domain.common.barcodes import is_valid_ean
from salon_crm.domain.common.enums import Role
from salon_crm.domain.common.errors import SalonError
from salon_crm.services.clients.client_service import ClientService
from salon_crm.services.clients.client_types import ClientInput, PhoneData
from salon_crm.services.clients.search_service import SearchService
from salon_crm.services.settings import user_service

CLIENTS = 300
POLISH_LETTERS = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")

# Every table the generator fills for clients, with an order that makes dumps comparable.
CLIENT_TABLES = {
    "clients": "id",
    "client_phones": "id",
    "client_emails": "id",
    "client_addresses": "id",
    "client_social_links": "id",
    "client_consents": "id",
    "identity_documents": "id",
    "expiring_documents": "id",
    "contact_persons": "id",
    "custom_field_values": "client_id, field_id",
    "client_tags": "client_id, tag_id",
    "tags": "id",
    "sources": "id",
    "categories": "id",
    "custom_field_definitions": "id",
    "counters": "name",
    "products": "id",
    "product_lots": "id",
    "anamneses": "id",
    "anamnesis_conditions": "id",
    "anamnesis_allergies": "id",
    "skin_assessments": "id",
    "home_care": "id",
    "procedures": "id",
    "procedure_products": "id",
    "ledger": "id",
    "client_fts": "rowid",
    "client_words": "rowid",
}


def new_database(data_dir: Path) -> Database:
    """An empty salon database, migrated the way the program opens one."""
    return open_data_dir(data_dir)


def dump(connection: Connection) -> dict[str, list[tuple[object, ...]]]:
    result: dict[str, list[tuple[object, ...]]] = {}
    for table, order in CLIENT_TABLES.items():
        columns = "rowid, *" if table.startswith("client_fts") or table == "client_words" else "*"
        rows = connection.execute(text(f"SELECT {columns} FROM {table} ORDER BY {order}"))
        result[table] = [tuple(row) for row in rows]
    return result


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, list[DemoUser]]]:
    db = new_database(tmp_path_factory.mktemp("demo"))
    calls: list[tuple[int, int]] = []
    users = generate_demo(db, clients=CLIENTS, seed=7, progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, CLIENTS)
    assert calls[-1] == (CLIENTS, CLIENTS)
    yield db, users
    db.dispose()


def test_same_seed_gives_the_same_rows_and_another_seed_does_not(
    tmp_path: Path, demo: tuple[Database, list[DemoUser]]
) -> None:
    first_db, first_users = demo
    second_db = new_database(tmp_path / "again")
    other_db = new_database(tmp_path / "other")
    second_users = generate_demo(second_db, clients=CLIENTS, seed=7)
    generate_demo(other_db, clients=CLIENTS, seed=8)
    with first_db.engine.connect() as a, second_db.engine.connect() as b:
        first, second = dump(a), dump(b)
    with other_db.engine.connect() as c:
        other = dump(c)
    assert second_users == first_users
    for table in CLIENT_TABLES:
        assert first[table] == second[table], table
    assert len(first["clients"]) == CLIENTS
    assert first["clients"] != other["clients"]
    for db in (second_db, other_db):
        db.dispose()


def test_three_users_log_in_with_their_passwords(demo: tuple[Database, list[DemoUser]]) -> None:
    db, users = demo
    assert [(u.login, u.role) for u in users] == [
        ("owner", Role.OWNER),
        ("admin", Role.ADMINISTRATOR),
        ("cosmetologist", Role.SPECIALIST),
    ]
    for user in users:
        assert len(user.password) >= user_service.MIN_PASSWORD
        actor = user_service.authenticate(db, user.login, user.password)
        assert actor.role is user.role


def test_main_phones_are_valid_unique_and_mirrored(demo: tuple[Database, list[DemoUser]]) -> None:
    db, _ = demo
    with db.engine.connect() as connection:
        mains = connection.execute(text("SELECT id, main_phone FROM clients")).all()
        marked = dict(
            connection.execute(
                text("SELECT client_id, e164 FROM client_phones WHERE is_main")
            ).all()
        )
        all_phones = connection.execute(text("SELECT e164 FROM client_phones")).scalars().all()
    numbers = [phone for _, phone in mains]
    assert len(set(numbers)) == len(numbers) == CLIENTS
    assert dict(mains) == marked
    for number in all_phones:
        parsed = phonenumbers.parse(number, None)
        assert phonenumbers.is_valid_number(parsed), number
        assert phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == number
    prefixes = {n[:3] for n in numbers}
    assert {"+38", "+48"} <= prefixes


def test_barcodes_are_valid_ean13(demo: tuple[Database, list[DemoUser]]) -> None:
    db, _ = demo
    with db.engine.connect() as connection:
        cards = (
            connection.execute(text("SELECT loyalty_card FROM clients WHERE loyalty_card <> ''"))
            .scalars()
            .all()
        )
    assert CLIENTS * 0.15 < len(cards) < CLIENTS * 0.45
    assert len(set(cards)) == len(cards)
    for card in cards:
        assert len(card) == 13
        assert is_valid_ean(card), card


def test_names_mix_languages_with_correct_forms(demo: tuple[Database, list[DemoUser]]) -> None:
    db, _ = demo
    with db.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT last_name, first_name, middle_name, gender, preferred_language, "
                "name_day_month FROM clients"
            )
        ).all()
    languages = {row.preferred_language for row in rows}
    assert languages == {"uk", "ru", "pl"}
    assert any(set(row.last_name + row.first_name) & POLISH_LETTERS for row in rows)
    assert any("\u0400" <= row.last_name[0] <= "\u04ff" for row in rows)
    women = sum(row.gender == "female" for row in rows)
    assert women > CLIENTS * 0.75
    for row in rows:
        if row.preferred_language == "pl":
            assert row.middle_name == ""
        elif row.middle_name:
            ending = ("вна", "ична") if row.gender == "female" else ("ич",)
            assert row.middle_name.endswith(ending), row
        if row.gender == "female" and row.preferred_language == "pl":
            assert not row.last_name.endswith(("ski", "cki")), row
        if row.gender == "female" and row.preferred_language == "ru":
            assert not row.last_name.endswith(("ов", "ев", "ин", "ский")), row
    assert any(r.name_day_month for r in rows if r.preferred_language == "pl")


def test_numbers_counter_dates_and_links(demo: tuple[Database, list[DemoUser]]) -> None:
    db, _ = demo
    with db.engine.connect() as connection:
        numbers = connection.execute(text("SELECT number FROM clients ORDER BY id")).scalars()
        assert list(numbers) == [str(i) for i in range(1, CLIENTS + 1)]
        counter = connection.scalar(text("SELECT value FROM counters WHERE name='client_number'"))
        assert counter == CLIENTS
        latest_birth, latest_created = connection.execute(
            text("SELECT max(birth_date), max(created_at) FROM clients")
        ).one()
        assert date.fromisoformat(latest_birth) < REFERENCE_DATE
        assert latest_created[:10] <= REFERENCE_DATE.isoformat()
        children = connection.execute(
            text(
                "SELECT c.id, p.id, c.birth_date, p.birth_date FROM clients c "
                "JOIN clients p ON p.id = c.parent_id"
            )
        ).all()
        for child, parent, child_birth, parent_birth in children:
            assert parent < child
            assert child_birth > parent_birth
        consented = connection.scalar(text("SELECT count(DISTINCT client_id) FROM client_consents"))
        assert consented > CLIENTS * 0.7
        expiring = connection.execute(text("SELECT expires_on FROM expiring_documents")).scalars()
        assert any(date.fromisoformat(d) < REFERENCE_DATE for d in expiring)


def test_index_rows_equal_a_rebuild(demo: tuple[Database, list[DemoUser]]) -> None:
    db, _ = demo
    query = text("SELECT rowid, names, phones, emails, codes FROM client_fts ORDER BY rowid")
    words = text("SELECT rowid, words FROM client_words ORDER BY rowid")
    with db.engine.connect() as connection:
        written = connection.execute(query).all(), connection.execute(words).all()
        search_index.rebuild(connection)
        rebuilt = connection.execute(query).all(), connection.execute(words).all()
        connection.rollback()
    assert written == rebuilt
    assert len(written[0]) == CLIENTS


def test_search_finds_generated_clients(demo: tuple[Database, list[DemoUser]]) -> None:
    db, users = demo
    actor = user_service.authenticate(db, users[1].login, users[1].password)
    search = SearchService(db, actor)
    with db.engine.connect() as connection:
        sample = connection.execute(
            text(
                "SELECT c.id, c.number, c.last_name, c.first_name, c.main_phone, c.loyalty_card, "
                "(SELECT address FROM client_emails e WHERE e.client_id = c.id) AS email "
                "FROM clients c WHERE c.archived_at IS NULL AND c.loyalty_card <> '' "
                "AND EXISTS (SELECT 1 FROM client_emails e WHERE e.client_id = c.id) "
                "ORDER BY c.id LIMIT 5"
            )
        ).all()
    assert sample
    for row in sample:
        queries = (
            f"{row.last_name} {row.first_name}",
            row.main_phone,
            row.main_phone[-7:],
            row.email.split("@")[0],
            row.loyalty_card,
        )
        for query in queries:
            ids = [r.id for r in search.search(query, limit=200).rows]
            assert row.id in ids, query
        assert search.search(row.number).rows[0].id == row.id


def test_the_services_work_on_demo_clients(tmp_path: Path) -> None:
    db = new_database(tmp_path / "small")
    users = generate_demo(db, clients=30, seed=2)
    owner = user_service.authenticate(db, users[0].login, users[0].password)
    clients = ClientService(db, owner)
    for client_id in range(1, 31):
        card = clients.card(client_id)
        assert card.number == str(client_id)
        assert card.main_phone is not None
    created = clients.create(
        ClientInput(first_name="Нова", last_name="Клієнтка", phones=(PhoneData("0671112233"),))
    )
    assert created.number == "31"
    found = SearchService(db, owner).search("Клієнтка").rows
    assert [r.id for r in found] == [created.id]
    db.dispose()


def test_refuses_a_database_that_is_not_empty(demo: tuple[Database, list[DemoUser]]) -> None:
    db, _ = demo
    with pytest.raises(SalonError):
        generate_demo(db, clients=1)


def test_other_countries_and_bad_arguments(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not DE"):
        generate_demo(new_database(tmp_path / "de"), clients=1, country="DE")
    db = new_database(tmp_path / "pl")
    generate_demo(db, clients=40, country="pl", seed=3)
    with db.engine.connect() as connection:
        country = connection.scalar(text("SELECT country FROM salon"))
        languages = connection.execute(
            text("SELECT preferred_language, count(*) FROM clients GROUP BY 1 ORDER BY 2 DESC")
        ).all()
    assert country == "PL"
    assert languages[0][0] == "pl"
    db.dispose()


def _scalars(connection: Connection, sql: str) -> list[object]:
    return list(connection.execute(text(sql)).scalars())


def test_a_realistic_share_of_clients_has_a_cosmetology_history(
    demo: tuple[Database, list[DemoUser]],
) -> None:
    db, _ = demo
    with db.engine.connect() as connection:
        with_history = connection.scalar(text("SELECT count(DISTINCT client_id) FROM procedures"))
        assert 0.3 * CLIENTS < with_history < 0.6 * CLIENTS
        # Every client with a record consented to the processing of health data first.
        assert (
            _scalars(
                connection,
                "SELECT p.id FROM procedures p WHERE NOT EXISTS (SELECT 1 FROM client_consents c "
                "WHERE c.client_id = p.client_id AND c.purpose = 'health_data' "
                "AND c.given_on <= date(p.performed_at))",
            )
            == []
        )
        for table in ("anamneses", "skin_assessments", "procedure_products", "ledger"):
            assert connection.scalar(text(f"SELECT count(*) FROM {table}")), table
        # The list's last visit is the latest procedure's day.
        assert (
            _scalars(
                connection,
                "SELECT c.id FROM clients c LEFT JOIN (SELECT client_id, max(date(performed_at)) "
                "AS last FROM procedures GROUP BY client_id) p ON p.client_id = c.id "
                "WHERE c.last_visit_on IS NOT p.last",
            )
            == []
        )


def test_the_demo_record_is_one_a_careful_specialist_keeps(
    demo: tuple[Database, list[DemoUser]],
) -> None:
    """No lot used past its expiry, no product with a substance the client is allergic
    to, no procedure the client's conditions block; some clients owe, some paid ahead."""
    import json

    from salon_crm.domain.health.procedure_catalogue import DEFAULT_BY_CODE

    db, _ = demo
    with db.engine.connect() as connection:
        assert (
            _scalars(
                connection,
                "SELECT pp.id FROM procedure_products pp "
                "JOIN procedures p ON p.id = pp.procedure_id JOIN product_lots l "
                "ON l.id = pp.lot_id WHERE l.expires_on <= date(p.performed_at)",
            )
            == []
        )
        used = connection.execute(
            text(
                "SELECT a.substance, pr.substances FROM procedure_products pp "
                "JOIN procedures p ON p.id = pp.procedure_id "
                "JOIN product_lots l ON l.id = pp.lot_id JOIN products pr ON pr.id = l.product_id "
                "JOIN anamneses an ON an.client_id = p.client_id "
                "JOIN anamnesis_allergies a ON a.anamnesis_id = an.id"
            )
        ).all()
        assert [s for s, contents in used if s in json.loads(contents)] == []
        done = connection.execute(
            text(
                "SELECT t.code, c.code FROM procedures p "
                "JOIN procedure_types t ON t.id = p.procedure_type_id "
                # The latest version signed by the procedure's day.
                "JOIN anamneses an ON an.id = (SELECT a.id FROM anamneses a "
                "WHERE a.client_id = p.client_id AND date(a.signed_at) <= date(p.performed_at) "
                "ORDER BY a.version DESC LIMIT 1) "
                "JOIN anamnesis_conditions c ON c.anamnesis_id = an.id"
            )
        ).all()
        assert done, "some clients with conditions had procedures"
        assert [(p, c) for p, c in done if c in DEFAULT_BY_CODE[p].blocks] == []
        balances = _scalars(
            connection,
            "SELECT sum(CASE kind WHEN 'paid' THEN -amount_minor ELSE amount_minor END) "
            "FROM ledger GROUP BY client_id",
        )
        assert any(b > 0 for b in balances if isinstance(b, int))  # debts
        assert any(b < 0 for b in balances if isinstance(b, int))  # prepayments
        assert connection.scalar(text("SELECT count(*) FROM product_lots WHERE recalled_on"))
