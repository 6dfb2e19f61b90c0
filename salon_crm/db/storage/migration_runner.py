"""Schema migrations: alembic driven from code, after a backup, with foreign keys off.

(That is SQLite's protocol, below; a PostgreSQL database migrates through
`upgrade_server_to_head`, in place and in one transaction.)

SQLite cannot alter most things in place, so alembic's batch mode copies a table, drops
the old one and renames the copy. With `foreign_keys=ON` that DROP deletes the rows first
and every `ON DELETE CASCADE` child (a client's phones, e-mails, consents…) goes with
them, silently. So every migration runs through `run_migration`:

1. a connection of its own whose connect hook sets `PRAGMA foreign_keys=OFF` before any
   transaction exists (inside a transaction the pragma does nothing);
2. one explicit `BEGIN IMMEDIATE` transaction around the whole migration, DDL included
   (pysqlite's own transaction handling would commit before each DDL statement);
3. `PRAGMA foreign_key_check` before the commit: any dangling reference raises and the
   whole migration is rolled back;
4. foreign keys back ON once the transaction is over.

Developers generate a revision with
`python -m salon_crm.db.storage.migration_runner revision -m "what changed"`; no alembic.ini is
needed anywhere.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal, TypeVar

from alembic import command
from alembic.autogenerate.api import AutogenContext
from alembic.config import Config
from alembic.runtime.environment import NameFilterParentNames, NameFilterType
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.pool import NullPool
from sqlalchemy.schema import SchemaItem
from sqlalchemy.types import Enum

from salon_crm import paths
from salon_crm.db.base import UtcDateTime
from salon_crm.db.engine import sqlite_url
from salon_crm.db.hooks import search_index
from salon_crm.db.storage.backup import backup_database, verify_backup

VERSION_TABLE = "alembic_version"
# PostgreSQL advisory lock key held while migrating ("salon" in ASCII).
_MIGRATION_LOCK = 0x73616C6F6E
# The connection handed to env.py when migrations run from code.
CONNECTION_ATTRIBUTE = "connection"

_T = TypeVar("_T")


class MigrationError(RuntimeError):
    """The database cannot be brought to the program's schema; nothing was changed."""


class NewerSchemaError(MigrationError):
    """The database is at a revision this program does not know: a newer version wrote
    it. It is never downgraded."""


# --- what autogenerate compares -----------------------------------------------------------


def _is_search_index_table(name: str | None) -> bool:
    # FTS5 virtual tables and their shadow tables (client_fts_data, _idx, _config…), and
    # their plain PostgreSQL twins of the same names, are created by hand in the
    # revisions, not by the models.
    return name is not None and name.startswith(search_index.INDEX_TABLE_PREFIXES)


def include_name(
    name: str | None, type_: NameFilterType, parent_names: NameFilterParentNames
) -> bool:
    """Skip the search index's tables when reflecting the database."""
    if type_ == "table":
        return not _is_search_index_table(name)
    return not _is_search_index_table(parent_names.get("table_name"))


def include_object(
    obj: SchemaItem,
    name: str | None,
    type_: NameFilterType,
    reflected: bool,
    compare_to: SchemaItem | None,
) -> bool:
    """Skip the search index's tables among the objects autogenerate compares."""
    if type_ == "table":
        return not _is_search_index_table(name)
    table = getattr(obj, "table", None)
    return not _is_search_index_table(getattr(table, "name", None))


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Render column types as the plain SQL types they are, so revisions stay frozen.

    `UtcDateTime` is a DATETIME, and our enums are VARCHARs without a CHECK constraint:
    a revision that imported the application's types or listed enum members would change
    meaning whenever the application code changes.
    """
    if type_ != "type":
        return False
    if isinstance(obj, UtcDateTime):
        return "sa.DateTime()"
    if isinstance(obj, Enum) and not obj.native_enum and not obj.create_constraint:
        return f"sa.String(length={obj.length})"
    return False


def context_options() -> dict[str, Any]:
    """Options for `context.configure` / `MigrationContext.configure`, shared with tests."""
    return {
        "render_as_batch": True,
        "compare_type": True,
        "compare_server_default": True,
        "include_name": include_name,
        "include_object": include_object,
        "render_item": render_item,
        "version_table": VERSION_TABLE,
    }


# --- alembic configuration ----------------------------------------------------------------


def make_config(
    connection: Connection | None = None, *, script_location: Path | None = None
) -> Config:
    """An alembic Config built in code; `connection` is handed over to env.py."""
    location = script_location if script_location is not None else paths.migrations_dir()
    config = Config()
    # ConfigParser interpolates '%', which a user's path may contain.
    config.set_main_option("script_location", str(location).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes[CONNECTION_ATTRIBUTE] = connection
    return config


def _script_directory(script_location: Path | None) -> ScriptDirectory:
    return ScriptDirectory.from_config(make_config(script_location=script_location))


def head_revision(*, script_location: Path | None = None) -> str:
    """The revision this program's schema is at."""
    head = _script_directory(script_location).get_current_head()
    if head is None:
        raise MigrationError("no migration revisions found")
    return head


# --- the foreign-keys-off protocol --------------------------------------------------------


def _prepare_connection(dbapi_connection: Any, _record: object) -> None:
    # Hand transaction control to SQLAlchemy (see _begin_immediate): with pysqlite's
    # default, each CREATE/DROP/ALTER would run outside the migration's transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        # Outside any transaction, which is the only place this pragma works.
        cursor.execute("PRAGMA foreign_keys=OFF")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def _begin_immediate(connection: Connection) -> None:
    # IMMEDIATE: take the write lock now, so a second instance waits instead of migrating too.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _migration_engine(db_path: Path) -> Engine:
    engine = create_engine(sqlite_url(db_path), poolclass=NullPool, hide_parameters=True)
    event.listen(engine, "connect", _prepare_connection)
    event.listen(engine, "begin", _begin_immediate)
    return engine


def _foreign_keys_enabled(connection: Connection) -> bool:
    return bool(connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one())


def _set_foreign_keys_outside_transaction(connection: Connection, *, enabled: bool) -> None:
    # Straight to the driver: through SQLAlchemy, the statement would first BEGIN.
    if connection.in_transaction():
        raise MigrationError("foreign keys can only be switched outside a transaction")
    driver = connection.connection.driver_connection
    if driver is None:
        raise MigrationError("the migration connection is closed")
    driver.execute(f"PRAGMA foreign_keys={'ON' if enabled else 'OFF'}").close()


def run_migration(db_path: Path, step: Callable[[Connection], _T]) -> _T:
    """Run `step` on `db_path` in one transaction with foreign keys off, then check them.

    `step` gets a connection inside the transaction; whatever it raises rolls everything
    back. A dangling reference left by `step` raises `MigrationError`, also rolled back.
    """
    engine = _migration_engine(db_path)
    try:
        with engine.connect() as connection:
            with connection.begin():
                if _foreign_keys_enabled(connection):
                    raise MigrationError("foreign keys are still ON; refusing to migrate")
                result = step(connection)
                violations = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if violations:
                    shown = ", ".join(
                        f"{table} row {rowid} -> {parent}"
                        for table, rowid, parent, _fk in violations[:10]
                    )
                    raise MigrationError(
                        f"migration left {len(violations)} broken foreign key(s): {shown}"
                    )
            _set_foreign_keys_outside_transaction(connection, enabled=True)
            return result
    finally:
        engine.dispose()


# --- the database file's state ------------------------------------------------------------


def _state_of(connection: Connection) -> tuple[str | None, bool]:
    """(current revision, whether any table other than alembic's exists)."""
    current = MigrationContext.configure(
        connection, opts={"version_table": VERSION_TABLE}
    ).get_current_revision()
    tables = [t for t in inspect(connection).get_table_names() if t != VERSION_TABLE]
    return current, bool(tables)


def _read_state(db_path: Path, url: str | None = None) -> tuple[str | None, bool]:
    engine = create_engine(url or sqlite_url(db_path), poolclass=NullPool, hide_parameters=True)
    try:
        with engine.connect() as connection:
            return _state_of(connection)
    finally:
        engine.dispose()


def needs_upgrade(
    db_path: Path, *, url: str | None = None, script_location: Path | None = None
) -> bool:
    """Whether the file is behind the program's schema (refusing one from a newer one);
    `url` to read it through another URL than the plain one (read-only)."""
    current, has_tables = _read_state(db_path, url)
    _check_known(current, has_tables, script_location)
    return current != head_revision(script_location=script_location)


def current_revision(db_path: Path) -> str | None:
    """The revision the database is at; None for a missing, empty or unversioned file."""
    if not db_path.is_file():
        return None
    return _read_state(db_path)[0]


def _check_known(current: str | None, has_tables: bool, script_location: Path | None) -> None:
    if current is None:
        if has_tables:
            raise MigrationError(
                "the database has tables but no migration revision; it was not created by "
                "this program's migrations"
            )
        return
    try:
        known = _script_directory(script_location).get_revision(current)
    except CommandError:
        known = None
    if known is None:
        raise NewerSchemaError(
            f"the database is at revision {current}, which this program does not know "
            "(was it opened by a newer version?)"
        )


def _take_backup(db_path: Path, backup_dir: Path, label: str) -> Path:
    backup = backup_database(db_path, backup_dir, label=label)
    if not verify_backup(backup):
        raise MigrationError(f"the backup {backup} failed its integrity check")
    return backup


# --- upgrade and downgrade ----------------------------------------------------------------


def upgrade_to_head(
    db_path: Path, *, backup_dir: Path, script_location: Path | None = None
) -> Path | None:
    """Bring the database to the program's schema; return the backup taken, if any.

    An existing database with tables that is not at head is backed up (and the backup
    verified) first; a new or empty file is not. A missing file (and folder) is created.
    """
    head = head_revision(script_location=script_location)
    backup: Path | None = None
    if db_path.is_file():
        current, has_tables = _read_state(db_path)
        _check_known(current, has_tables, script_location)
        if current == head:
            return None
        if has_tables:
            backup = _take_backup(
                db_path, backup_dir, f"before-migration-{current or 'base'}-to-{head}"
            )

    def step(connection: Connection) -> None:
        command.upgrade(make_config(connection, script_location=script_location), "head")

    db_path.parent.mkdir(parents=True, exist_ok=True)
    run_migration(db_path, step)
    return backup


def upgrade_server_to_head(url: str, *, script_location: Path | None = None) -> None:
    """Bring a PostgreSQL database (a `postgresql+psycopg://` URL) to the program's schema.

    One transaction, DDL included (PostgreSQL's DDL is transactional): any error leaves the
    database as it was. An advisory lock makes a second workstation starting meanwhile
    wait, then find the schema at head. The backup and the foreign-keys dance of
    `upgrade_to_head` are SQLite's: PostgreSQL alters tables in place, so no copy cascades;
    a pg_dump before migrating is the reliability work's.
    """
    head = head_revision(script_location=script_location)
    engine = create_engine(url, poolclass=NullPool, hide_parameters=True)
    try:
        with engine.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
            current, has_tables = _state_of(connection)
            _check_known(current, has_tables, script_location)
            if current != head:
                command.upgrade(make_config(connection, script_location=script_location), "head")
    finally:
        engine.dispose()


def downgrade(
    db_path: Path,
    revision: str,
    *,
    backup_dir: Path | None = None,
    script_location: Path | None = None,
) -> Path | None:
    """Take the schema back to `revision` ("base" drops everything); for tests and admins.

    With `backup_dir`, a database that has tables is backed up first and the backup
    returned.
    """
    if not db_path.is_file():
        raise FileNotFoundError(db_path)
    current, has_tables = _read_state(db_path)
    _check_known(current, has_tables, script_location)
    backup: Path | None = None
    if backup_dir is not None and has_tables:
        backup = _take_backup(
            db_path, backup_dir, f"before-downgrade-{current or 'base'}-to-{revision}"
        )

    def step(connection: Connection) -> None:
        command.downgrade(make_config(connection, script_location=script_location), revision)

    run_migration(db_path, step)
    return backup


# --- for developers: new revisions --------------------------------------------------------


def _add_format_hooks(config: Config) -> None:
    if importlib.util.find_spec("ruff") is None:
        return
    # Format first: what is left for `check` is then only what it can fix (imports).
    config.set_section_option("post_write_hooks", "hooks", "ruff_format, ruff_fix")
    config.set_section_option("post_write_hooks", "ruff_fix.type", "module")
    config.set_section_option("post_write_hooks", "ruff_fix.module", "ruff")
    config.set_section_option(
        "post_write_hooks", "ruff_fix.options", "check --fix-only --quiet REVISION_SCRIPT_FILENAME"
    )
    config.set_section_option("post_write_hooks", "ruff_format.type", "module")
    config.set_section_option("post_write_hooks", "ruff_format.module", "ruff")
    config.set_section_option(
        "post_write_hooks", "ruff_format.options", "format --quiet REVISION_SCRIPT_FILENAME"
    )


def generate_revision(
    message: str, *, autogenerate: bool = True, script_location: Path | None = None
) -> list[Path]:
    """Write a new revision file comparing the models with a scratch database at head.

    Review the result by hand before committing it: autogenerate misses renames, data
    moves and server defaults it cannot see.
    """
    with tempfile.TemporaryDirectory(prefix="salon-crm-revision-") as scratch:
        db_path = Path(scratch) / "head.db"
        written: list[Path] = []

        def upgrade(connection: Connection) -> None:
            command.upgrade(make_config(connection, script_location=script_location), "head")

        def revise(connection: Connection) -> None:
            config = make_config(connection, script_location=script_location)
            _add_format_hooks(config)
            result = command.revision(config, message=message, autogenerate=autogenerate)
            scripts = result if isinstance(result, list) else [result]
            written.extend(Path(s.path) for s in scripts if s is not None)

        run_migration(db_path, upgrade)
        run_migration(db_path, revise)
        return written


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m salon_crm.db.storage.migration_runner revision|upgrade|downgrade|current|head`."""
    parser = argparse.ArgumentParser(prog="python -m salon_crm.db.storage.migration_runner")
    commands = parser.add_subparsers(dest="command", required=True)
    revision = commands.add_parser("revision", help="autogenerate a new revision")
    revision.add_argument("-m", "--message", required=True)
    revision.add_argument("--empty", action="store_true", help="do not autogenerate")
    data_dir = paths.default_data_dir()
    for name in ("upgrade", "downgrade", "current"):
        sub = commands.add_parser(name)
        sub.add_argument("--db", type=Path, default=paths.database_path(data_dir))
        if name != "current":
            sub.add_argument("--backup-dir", type=Path, default=paths.backups_dir(data_dir))
        if name == "downgrade":
            sub.add_argument("revision")
    commands.add_parser("head", help="print the program's schema revision")
    args = parser.parse_args(argv)

    if args.command == "revision":
        for path in generate_revision(args.message, autogenerate=not args.empty):
            print(path)
    elif args.command == "upgrade":
        backup = upgrade_to_head(args.db, backup_dir=args.backup_dir)
        print(f"backup: {backup}" if backup else "no backup needed")
        print(f"at {current_revision(args.db)}")
    elif args.command == "downgrade":
        backup = downgrade(args.db, args.revision, backup_dir=args.backup_dir)
        print(f"backup: {backup}" if backup else "no backup needed")
        print(f"at {current_revision(args.db)}")
    elif args.command == "current":
        print(current_revision(args.db))
    else:
        print(head_revision())
    return 0


if __name__ == "__main__":
    sys.exit(main())
