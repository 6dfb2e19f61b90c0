"""Migrations on a real PostgreSQL server: the schema equals the models, as on SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

import salon_crm.db.models  # noqa: F401 - registers every table on Base.metadata
from salon_crm.db.base import Base
from salon_crm.db.engine import Database, make_engine
from salon_crm.db.models.audit import AuditEntry
from salon_crm.db.models.lists import Tag
from salon_crm.db.storage import migration_runner
from salon_crm.db.storage.migration_runner import head_revision, upgrade_server_to_head
from salon_crm.services.clients.client_service import ClientService
from salon_crm.services.clients.client_types import ClientInput, PhoneData
from salon_crm.services.clients.search_service import SearchService
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.settings import user_service
from tests.conftest import Staff
from tests.pg_cluster import Cluster


@pytest.fixture
def migrated_url(postgres_url: str) -> str:
    upgrade_server_to_head(postgres_url)
    return postgres_url


@pytest.fixture
def database(migrated_url: str) -> Iterator[Database]:
    opened = Database(make_engine(migrated_url))
    yield opened
    opened.dispose()


def _scalars(url: str, sql: str) -> list[object]:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as connection:
            return list(connection.execute(sa.text(sql)).scalars())
    finally:
        engine.dispose()


def test_migrated_schema_equals_the_models(migrated_url: str) -> None:
    engine = sa.create_engine(migrated_url, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts=migration_runner.context_options()
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_upgrade_records_head_and_a_second_run_changes_nothing(migrated_url: str) -> None:
    upgrade_server_to_head(migrated_url)
    assert _scalars(migrated_url, "SELECT version_num FROM alembic_version") == [head_revision()]


def test_search_index_tables_have_trigram_indexes(migrated_url: str) -> None:
    indexed = _scalars(
        migrated_url,
        "SELECT tablename || '.' || indexname FROM pg_indexes "
        "WHERE indexdef LIKE '%gin_trgm_ops%' ORDER BY 1",
    )
    assert indexed == [
        "client_fts.ix_client_fts_codes_trgm",
        "client_fts.ix_client_fts_emails_trgm",
        "client_fts.ix_client_fts_names_trgm",
        "client_fts.ix_client_fts_phones_trgm",
        "client_words.ix_client_words_sounds_trgm",
        "client_words.ix_client_words_words_trgm",
    ]


def test_engine_connects_over_loopback_tcp(postgres: Cluster) -> None:
    engine = make_engine(postgres.tcp_url())
    try:
        with engine.connect() as connection:
            assert (
                connection.exec_driver_sql("SELECT current_user").scalar_one() == "salon_crm_test"
            )
    finally:
        engine.dispose()


def test_each_statement_is_planned_for_its_own_values(postgres: Cluster) -> None:
    # A statement run again and again (a search's LIKE over the index, for every keystroke)
    # is prepared on the server from its fifth run on, and still planned for each run's
    # pattern, never once for any.
    engine = make_engine(postgres.url())
    try:
        with engine.connect() as connection:
            for letter in "abcdefghijkl":
                connection.execute(
                    sa.text("SELECT count(*) FROM pg_class WHERE relname LIKE :p"),
                    {"p": f"%{letter}%"},
                )
            plans = connection.execute(
                sa.text(
                    "SELECT generic_plans, custom_plans FROM pg_prepared_statements "
                    "WHERE statement LIKE '%relname LIKE%'"
                )
            ).one()
            assert plans.generic_plans == 0
            assert plans.custom_plans > 0
    finally:
        engine.dispose()


def test_database_writes_audits_and_reads_back(database: Database) -> None:
    with database.session(user_id=None) as session:
        session.add(Tag(name="Постійна"))
    with database.session(user_id=None, read_only=True) as session:
        tag = session.scalars(select(Tag)).one()
        entry = session.scalars(select(AuditEntry)).one()
    assert tag.name == "Постійна"
    assert (entry.table_name, entry.row_id) == ("tags", str(tag.id))
    # UtcDateTime comes back aware, in UTC, as on SQLite.
    assert entry.at.tzinfo is not None
    assert abs(entry.at - datetime.now(UTC)).total_seconds() < 60


def test_sort_names_compare_in_code_point_order(migrated_url: str) -> None:
    collation = _scalars(
        migrated_url,
        "SELECT collation_name FROM information_schema.columns "
        "WHERE table_name = 'clients' AND column_name = 'sort_name'",
    )
    assert collation == ["C"]


def test_clients_are_indexed_and_found_as_on_sqlite(
    database: Database, workspace: Workspace, staff: Staff
) -> None:
    """The same clients and queries on both engines: the same rows in the same order."""
    owner = user_service.setup_salon(
        database,
        salon_name="Lilia",
        country="UA",
        login="owner",
        password="pw-123456789",
        full_name="Olena",
    )
    people = [
        ClientInput(
            last_name="Коваль",
            first_name="Іванна",
            phones=(PhoneData("067 123 45 67"),),
            emails=("ivanna@example.com",),
        ),
        ClientInput(last_name="Ковальчук", first_name="Олена", phones=(PhoneData("0509998877"),)),
        ClientInput(last_name="Kowalska", first_name="Anna", phones=(PhoneData("0631112233"),)),
        ClientInput(last_name="Іваненко", first_name="Ірина", phones=(PhoneData("0441234567"),)),
    ]
    engines = [
        (ClientService(database, owner), SearchService(database, owner)),
        (workspace.clients(staff.owner), workspace.search(staff.owner)),
    ]
    for clients, _search in engines:
        for person in people:
            clients.create(person)
    for query in (
        "ков",
        "коваль",
        "kowal",
        "ковальск",
        "1234567",
        "ivanna@ex",
        "ів",
        "ко о",
        "кавал",
        "0509998877",
        "іваненко ірина",
    ):
        found = [[r.full_name for r in s.search(query).rows] for _c, s in engines]
        assert found[0] == found[1], query
        assert found[0], query
