"""Opening the database: the engine with the pragmas that protect the file, and sessions.

A salon's database is the SQLite file in its data folder, or a PostgreSQL database
(`postgresql+psycopg://…`) for several workstations. The pragmas and the write lock taken
at BEGIN are SQLite's; PostgreSQL runs at its default isolation, READ COMMITTED.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from salon_crm.db.changes.change_watch import ChangeWatch
from salon_crm.db.changes.trackers import tracker_for
from salon_crm.db.hooks import audit as audit_hook
from salon_crm.db.hooks import change_notes, search_index


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def read_only_sqlite_url(path: Path, *, immutable: bool = False) -> str:
    """A URL that can only read `path`. `immutable` for a file in a folder SQLite cannot
    write its WAL index to; nothing else can be writing there either."""
    mode = "immutable=1" if immutable else "mode=ro"
    return f"sqlite:///{path.resolve().as_uri()}?{mode}&uri=true"


# Whether the transaction this thread begins next may write (see _begin).
_may_write: ContextVar[bool] = ContextVar("may_write", default=True)


def _run_pragmas(dbapi_connection: Any, pragmas: tuple[str, ...]) -> None:
    # Transactions are begun by _begin, not by the driver's own guesswork.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in pragmas:
            cursor.execute(f"PRAGMA {pragma}")
    finally:
        cursor.close()


_WRITING_PRAGMAS = (
    "journal_mode=WAL",
    "foreign_keys=ON",
    # Long enough that a writer queued behind a busy one waits rather than fails: SQLite
    # retries with growing sleeps, and a tight loop of writes can starve it for seconds.
    "busy_timeout=30000",
    # FULL: a committed client survives a power cut, not only a crash of the program.
    "synchronous=FULL",
)
# A read-only file keeps its journal mode and is never written: no WAL switch.
_READ_ONLY_PRAGMAS = ("foreign_keys=ON", "busy_timeout=30000", "synchronous=FULL", "query_only=ON")


def _set_sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    _run_pragmas(dbapi_connection, _WRITING_PRAGMAS)


def _set_read_only_pragmas(dbapi_connection: Any, _record: object) -> None:
    _run_pragmas(dbapi_connection, _READ_ONLY_PRAGMAS)


def _begin_reading(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


def _begin(connection: Connection) -> None:
    """A transaction that may write takes the write lock first (BEGIN IMMEDIATE): two
    writers queue on busy_timeout instead of both reading the same next client number,
    or one failing when its read snapshot can no longer be turned into a write. Reads
    begin deferred and never wait for a writer (WAL)."""
    connection.exec_driver_sql("BEGIN IMMEDIATE" if _may_write.get() else "BEGIN")


def _plan_for_the_values(dbapi_connection: Any, _record: object) -> None:
    """psycopg prepares a statement on the server from its fifth run on, and PostgreSQL
    may then plan it once for any parameters: a search's LIKE patterns, from one matching
    nobody to everyone at gmail.com, got one generic plan (25 ms where their own took
    0.1 ms). Each run is planned for its values; what preparing saves (parsing, for the
    dozens of statements that write a client) is kept."""
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET plan_cache_mode = force_custom_plan")
    dbapi_connection.commit()


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine for a `sqlite:///path` or `postgresql+psycopg://…` URL; `read_only`
    for a SQLite file that cannot be written (its URL from `read_only_sqlite_url`)."""
    # A failed statement never carries its values (names, phones, health data) into an
    # exception text, and so never into the log.
    engine = create_engine(url, hide_parameters=True)
    if engine.dialect.name == "postgresql":
        event.listen(engine, "connect", _plan_for_the_values)
    if engine.dialect.name == "sqlite" and read_only:
        event.listen(engine, "connect", _set_read_only_pragmas)
        event.listen(engine, "begin", _begin_reading)
    elif engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _begin)
    return engine


class Database:
    """An engine plus a session factory whose sessions audit and index every change.

    `read_only`: the file could not be written (a read-only folder or disk); searching and
    reading work, and whatever tries to write fails with SQLite's read-only error."""

    def __init__(self, engine: Engine, *, read_only: bool = False) -> None:
        self.engine = engine
        self.read_only = read_only
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        audit_hook.install()
        search_index.install(self._sessions)
        self._changes = tracker_for(engine)
        change_notes.install(self._sessions, self._changes)

    @classmethod
    def open_file(cls, path: Path) -> Database:
        return cls(make_engine(sqlite_url(path)))

    @contextmanager
    def session(self, *, user_id: int | None, read_only: bool = False) -> Iterator[Session]:
        """One unit of work: committed if the block ends normally, rolled back otherwise.
        `read_only` for the hot reads (search, list pages) that must never queue behind a
        writer; anything else takes the write lock when it begins."""
        session = self._sessions()
        session.info[audit_hook.USER_KEY] = user_id
        token = _may_write.set(not read_only)
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
            _may_write.reset(token)

    def watch_changes(self) -> ChangeWatch:
        """A watch over what other programs (and other Databases) commit from now on;
        the caller closes it."""
        return self._changes.watch()

    def dispose(self) -> None:
        self.engine.dispose()
