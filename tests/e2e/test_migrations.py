"""Migrations on real SQLite files: schema equals the models, backups, the cascade trap."""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, insert

import salon_crm.db.models  # noqa: F401 - registers every table on Base.metadata
from salon_crm import paths
from salon_crm.db.base import Base
from salon_crm.db.engine import make_engine, sqlite_url
from salon_crm.db.hooks import search_index
from salon_crm.db.storage import migration_runner
from salon_crm.db.storage.backup import backup_database, verify_backup
from salon_crm.db.storage.migration_runner import (
    MigrationError,
    current_revision,
    downgrade,
    head_revision,
    run_migration,
    upgrade_to_head,
)

PROBE_REVISION = "feedc0de0001"
CLIENTS = Base.metadata.tables["clients"]
CLIENT_PHONES = Base.metadata.tables["client_phones"]
CLIENT_EMAILS = Base.metadata.tables["client_emails"]


# --- helpers ------------------------------------------------------------------------------


@contextmanager
def _connect(db_path: Path) -> Iterator[Connection]:
    engine = sa.create_engine(sqlite_url(db_path), poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def _schema_diff(db_path: Path) -> list[object]:
    with _connect(db_path) as connection:
        context = MigrationContext.configure(connection, opts=migration_runner.context_options())
        return list(compare_metadata(context, Base.metadata))


def _tables(db_path: Path) -> set[str]:
    with sqlite3.connect(db_path) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {name for (name,) in rows}


def _scalar(db_path: Path, sql: str) -> object:
    connection = sqlite3.connect(db_path)
    try:
        return connection.execute(sql).fetchone()[0]
    finally:
        connection.close()


def _seed_client(db_path: Path) -> int:
    """A client with two phones and an e-mail, written with foreign keys ON like the app."""
    engine = make_engine(sqlite_url(db_path))
    try:
        with engine.begin() as connection:
            inserted = connection.execute(
                insert(CLIENTS).values(
                    number="000001",
                    last_name="Коваль",
                    first_name="Олена",
                    main_phone="+380501234567",
                    created_at=datetime(2026, 1, 5, 10, 0, tzinfo=UTC),
                )
            ).inserted_primary_key
            assert inserted is not None
            client_id = int(inserted[0])
            connection.execute(
                insert(CLIENT_PHONES),
                [
                    {"client_id": client_id, "e164": "+380501234567", "is_main": True},
                    {"client_id": client_id, "e164": "+48601234567", "is_main": False},
                ],
            )
            connection.execute(
                insert(CLIENT_EMAILS).values(client_id=client_id, address="o@ex.com")
            )
    finally:
        engine.dispose()
    return client_id


def _child_counts(db_path: Path) -> tuple[object, object]:
    return (
        _scalar(db_path, "SELECT count(*) FROM client_phones"),
        _scalar(db_path, "SELECT count(*) FROM client_emails"),
    )


def _recreate_clients_with_nickname(connection: Connection) -> None:
    """What a batch migration on SQLite does: copy `clients`, DROP it, rename the copy."""
    operations = Operations(MigrationContext.configure(connection))
    # ADD COLUMN alone would be done in place; a real type or constraint change recreates.
    with operations.batch_alter_table("clients", recreate="always") as batch:
        batch.add_column(sa.Column("nickname", sa.String(50), nullable=True))


_PROBE_SCRIPT = '''"""test only: records the foreign_keys pragma, then recreates `clients`"""

import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down_revision}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    foreign_keys = op.get_bind().exec_driver_sql("PRAGMA foreign_keys").scalar_one()
    op.create_table("migration_probe", sa.Column("foreign_keys", sa.Integer()))
    op.execute(f"INSERT INTO migration_probe VALUES ({{foreign_keys}})")
    with op.batch_alter_table("clients", recreate="always") as batch:
        batch.add_column(sa.Column("nickname", sa.String(50), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("clients", recreate="always") as batch:
        batch.drop_column("nickname")
    op.drop_table("migration_probe")
'''


# --- fixtures -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db_path = tmp_path_factory.mktemp("migrated") / "salon.db"
    assert upgrade_to_head(db_path, backup_dir=db_path.parent / "backups") is None
    return db_path


@pytest.fixture
def migrated(migrated_template: Path, tmp_path: Path) -> Path:
    db_path = tmp_path / "salon.db"
    shutil.copy2(migrated_template, db_path)
    return db_path


@pytest.fixture
def probe_scripts(tmp_path: Path) -> Path:
    """The shipped migrations plus one test-only revision on top."""
    scripts = tmp_path / "scripts"
    shutil.copytree(
        paths.migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    (scripts / "versions" / f"{PROBE_REVISION}_probe.py").write_text(
        _PROBE_SCRIPT.format(revision=PROBE_REVISION, down_revision=head_revision()),
        encoding="utf-8",
    )
    return scripts


# --- the schema ---------------------------------------------------------------------------


def test_upgrading_an_empty_database_gives_the_models_schema(tmp_path: Path) -> None:
    db_path = tmp_path / "salon.db"
    backups = tmp_path / "backups"

    assert upgrade_to_head(db_path, backup_dir=backups) is None

    assert _schema_diff(db_path) == []
    tables = _tables(db_path)
    assert set(Base.metadata.tables) <= tables
    assert set(search_index.INDEX_TABLE_PREFIXES) <= tables
    # compare_metadata does not look at an index's WHERE clause: check it here.
    index_sql = _scalar(
        db_path, "SELECT sql FROM sqlite_master WHERE name = 'uq_clients_main_phone_active'"
    )
    assert isinstance(index_sql, str)
    assert "WHERE archived_at IS NULL" in index_sql
    # The "has debt" filter sums the ledger from this index alone.
    ledger_index = _scalar(
        db_path, "SELECT sql FROM sqlite_master WHERE name = 'ix_ledger_client_kind_amount'"
    )
    assert isinstance(ledger_index, str)
    assert "(client_id, kind, amount_minor)" in ledger_index
    assert not backups.exists()


def test_an_empty_file_is_migrated_without_a_backup(tmp_path: Path) -> None:
    db_path = tmp_path / "salon.db"
    db_path.touch()
    backups = tmp_path / "backups"

    assert upgrade_to_head(db_path, backup_dir=backups) is None

    assert current_revision(db_path) == head_revision()
    assert not backups.exists()


def test_current_and_head_revision_agree_after_upgrade(migrated: Path, tmp_path: Path) -> None:
    head = head_revision()
    assert re.fullmatch(r"[0-9a-f]{12}", head)
    assert current_revision(migrated) == head
    assert current_revision(tmp_path / "missing.db") is None
    assert not (tmp_path / "missing.db").exists()
    # At head there is nothing to do and nothing to back up.
    assert upgrade_to_head(migrated, backup_dir=tmp_path / "backups") is None


def test_downgrade_to_base_then_upgrade_again(migrated: Path, tmp_path: Path) -> None:
    downgrade(migrated, "base")

    assert current_revision(migrated) is None
    assert _tables(migrated) == {migration_runner.VERSION_TABLE}

    # Nothing but alembic's own table is left: no data to protect, so no backup.
    assert upgrade_to_head(migrated, backup_dir=tmp_path / "backups") is None
    assert current_revision(migrated) == head_revision()
    assert _schema_diff(migrated) == []
    assert set(search_index.INDEX_TABLE_PREFIXES) <= _tables(migrated)


def test_a_database_this_program_did_not_migrate_is_refused(tmp_path: Path) -> None:
    db_path = tmp_path / "salon.db"
    with sqlite3.connect(db_path) as connection:
        connection.execute("CREATE TABLE clients (id INTEGER PRIMARY KEY)")
    connection.close()

    with pytest.raises(MigrationError, match="no migration revision"):
        upgrade_to_head(db_path, backup_dir=tmp_path / "backups")

    assert _tables(db_path) == {"clients"}


def test_a_database_from_a_newer_version_is_refused(migrated: Path, tmp_path: Path) -> None:
    with sqlite3.connect(migrated) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    connection.close()

    with pytest.raises(MigrationError, match="does not know"):
        upgrade_to_head(migrated, backup_dir=tmp_path / "backups")

    assert not (tmp_path / "backups").exists()


# --- the foreign-keys trap ----------------------------------------------------------------


def test_recreating_clients_with_foreign_keys_on_loses_children(migrated: Path) -> None:
    """The trap itself: without the protocol, SQLite's DROP TABLE cascades to the children."""
    _seed_client(migrated)
    assert _child_counts(migrated) == (2, 1)

    engine = make_engine(sqlite_url(migrated))
    try:
        with engine.begin() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
            _recreate_clients_with_nickname(connection)
    finally:
        engine.dispose()

    assert _scalar(migrated, "SELECT count(*) FROM clients") == 1
    assert _child_counts(migrated) == (0, 0)


def test_recreating_clients_through_the_runner_keeps_children(migrated: Path) -> None:
    client_id = _seed_client(migrated)
    seen: list[object] = []

    def step(connection: Connection) -> None:
        seen.append(connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one())
        _recreate_clients_with_nickname(connection)

    run_migration(migrated, step)

    assert seen == [0]
    assert _child_counts(migrated) == (2, 1)
    assert (
        _scalar(migrated, "SELECT count(*) FROM client_phones WHERE client_id = " + str(client_id))
        == 2
    )
    assert (
        _scalar(
            migrated, "SELECT count(*) FROM pragma_table_info('clients') WHERE name = 'nickname'"
        )
        == 1
    )
    assert _scalar(migrated, "PRAGMA integrity_check") == "ok"
    # The app's engine, foreign keys ON again, still cascades from the recreated table.
    engine = make_engine(sqlite_url(migrated))
    try:
        with engine.begin() as connection:
            connection.execute(sa.text("DELETE FROM clients WHERE id = :id"), {"id": client_id})
    finally:
        engine.dispose()
    assert _child_counts(migrated) == (0, 0)


def test_a_broken_foreign_key_rolls_the_whole_migration_back(migrated: Path) -> None:
    _seed_client(migrated)

    def step(connection: Connection) -> None:
        _recreate_clients_with_nickname(connection)
        connection.exec_driver_sql("CREATE TABLE scratch (id INTEGER PRIMARY KEY)")
        connection.execute(insert(CLIENT_PHONES).values(client_id=999, e164="+380671112233"))

    with pytest.raises(MigrationError, match="broken foreign key"):
        run_migration(migrated, step)

    # DDL included: nothing of the step survives.
    assert "scratch" not in _tables(migrated)
    assert (
        _scalar(
            migrated, "SELECT count(*) FROM pragma_table_info('clients') WHERE name = 'nickname'"
        )
        == 0
    )
    assert _child_counts(migrated) == (2, 1)
    assert _scalar(migrated, "SELECT count(*) FROM client_phones WHERE client_id = 999") == 0


def test_a_failing_step_rolls_back_its_ddl(migrated: Path) -> None:
    def step(connection: Connection) -> None:
        connection.exec_driver_sql("CREATE TABLE scratch (id INTEGER PRIMARY KEY)")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        run_migration(migrated, step)

    assert "scratch" not in _tables(migrated)


# --- a real upgrade of an older database --------------------------------------------------


def test_upgrading_an_older_database_backs_it_up_and_keeps_children(
    migrated: Path, probe_scripts: Path, tmp_path: Path
) -> None:
    """Through alembic and env.py: the revision sees foreign keys OFF, children survive."""
    _seed_client(migrated)
    backups = tmp_path / "backups"
    old_head = head_revision()

    backup = upgrade_to_head(migrated, backup_dir=backups, script_location=probe_scripts)

    assert current_revision(migrated) == PROBE_REVISION
    assert head_revision(script_location=probe_scripts) == PROBE_REVISION
    assert _scalar(migrated, "SELECT foreign_keys FROM migration_probe") == 0
    assert _child_counts(migrated) == (2, 1)

    assert backup is not None
    assert backup.parent == backups
    assert re.fullmatch(
        rf"salon-\d{{8}}-\d{{6}}-before-migration-{old_head}-to-{PROBE_REVISION}\.db",
        backup.name,
    )
    assert verify_backup(backup)
    assert current_revision(backup) == old_head
    assert _child_counts(backup) == (2, 1)
    assert sorted(p.name for p in backups.iterdir()) == [backup.name]

    # And back: the downgrade recreates `clients` again, through the same protocol.
    downgrade(migrated, old_head, script_location=probe_scripts)
    assert current_revision(migrated) == old_head
    assert _child_counts(migrated) == (2, 1)
    assert _schema_diff(migrated) == []


# --- backups ------------------------------------------------------------------------------


def test_backup_of_a_live_wal_database_is_one_verified_file(migrated: Path, tmp_path: Path) -> None:
    _seed_client(migrated)
    # An open connection of the app with its WAL in use while the backup runs.
    engine = make_engine(sqlite_url(migrated))
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
            backup = backup_database(migrated, tmp_path / "nested" / "backups", label="manual")
    finally:
        engine.dispose()

    assert backup.parent == tmp_path / "nested" / "backups"
    assert re.fullmatch(r"salon-\d{8}-\d{6}-manual\.db", backup.name)
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]
    assert verify_backup(backup)
    assert _scalar(backup, "PRAGMA journal_mode") == "delete"
    assert _scalar(backup, "SELECT count(*) FROM client_phones") == 2

    second = backup_database(migrated, backup.parent, label="manual")
    assert second != backup
    assert verify_backup(second)


def test_backup_label_cannot_leave_the_backup_folder(migrated: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backup = backup_database(migrated, backups, label="../../x y/z")
    assert backup.parent == backups
    assert backup.name.endswith("-x-y-z.db")


def test_verify_backup_rejects_what_is_not_a_sound_database(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 100)
    assert not verify_backup(garbage)
    assert not verify_backup(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()
    with pytest.raises(FileNotFoundError):
        backup_database(tmp_path / "missing.db", tmp_path / "backups", label="x")


def test_sort_names_are_rewritten_in_alphabet_order(tmp_path: Path) -> None:
    """The data migration 70904a00bb54 re-keys names stored with the old sort key."""
    from sqlalchemy import create_engine, text

    from salon_crm.db.storage.migration_runner import downgrade, upgrade_to_head

    db_path = tmp_path / "salon.db"
    upgrade_to_head(db_path, backup_dir=tmp_path / "backups")
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO clients (number, last_name, first_name, middle_name, sort_name, "
                "gender, discount_percent, loyalty_card, is_vip, is_blacklisted, notes, "
                "visible_notes, archive_reason, salutation, preferred_language, company, "
                "job_title, created_at, updated_at, version_id, has_allergies, "
                "has_contraindications) VALUES ('1', 'Іваненко', "
                "'Ірина', '', 'x', 'female', 0, '', 0, 0, '', '', '', '', '', '', '', "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 1, 0, 0)"
            )
        )
    engine.dispose()
    downgrade(db_path, "b364a265a481")
    with create_engine(f"sqlite:///{db_path}").connect() as connection:
        assert (
            connection.execute(text("SELECT sort_name FROM clients")).scalar() == "іваненко ірина"
        )
    upgrade_to_head(db_path, backup_dir=tmp_path / "backups")
    with create_engine(f"sqlite:///{db_path}").connect() as connection:
        key = connection.execute(text("SELECT sort_name FROM clients")).scalar()
    assert key == "и\uffffваненко и\uffffрина"


def test_preferred_languages_become_codes(tmp_path: Path) -> None:
    """The data migration 8f267b289f14 turns names stored in any interface language into
    codes and keeps text it does not recognise."""
    from sqlalchemy import create_engine, text

    db_path = tmp_path / "salon.db"
    upgrade_to_head(db_path, backup_dir=tmp_path / "backups")
    downgrade(db_path, "70904a00bb54")
    stored = [
        "Українська",
        "украинский",
        "UKRAIŃSKI",
        " Russian ",
        "Російська",
        "Polski",
        "Англійська",
        "en",
        "",
        "суржик",
    ]
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as connection:
        for number, language in enumerate(stored, start=1):
            connection.execute(
                text(
                    "INSERT INTO clients (number, last_name, first_name, middle_name, "
                    "sort_name, gender, discount_percent, loyalty_card, is_vip, "
                    "is_blacklisted, notes, visible_notes, archive_reason, salutation, "
                    "preferred_language, company, job_title, created_at, updated_at, "
                    "version_id) VALUES (:number, '', 'Анна', '', 'анна', 'female', 0, '', "
                    "0, 0, '', '', '', '', :language, '', '', '2026-01-01 00:00:00', "
                    "'2026-01-01 00:00:00', 1)"
                ),
                {"number": str(number), "language": language},
            )
    engine.dispose()
    upgrade_to_head(db_path, backup_dir=tmp_path / "backups")
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.connect() as connection:
        codes = connection.execute(
            text("SELECT preferred_language FROM clients ORDER BY CAST(number AS INTEGER)")
        ).scalars()
        assert list(codes) == ["uk", "uk", "uk", "ru", "ru", "pl", "en", "en", "", "суржик"]
    engine.dispose()
