"""Opening the database: the engine with the pragmas that protect the file, and sessions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from salon_crm.db.hooks import audit as audit_hook
from salon_crm.db.hooks import search_index


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _set_sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        # FULL: a committed client survives a power cut, not only a crash of the program.
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def make_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


class Database:
    """An engine plus a session factory whose sessions audit and index every change."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        audit_hook.install()
        search_index.install(self._sessions)

    @classmethod
    def open_file(cls, path: Path) -> Database:
        return cls(make_engine(sqlite_url(path)))

    @contextmanager
    def session(self, *, user_id: int | None) -> Iterator[Session]:
        """One unit of work: committed if the block ends normally, rolled back otherwise."""
        session = self._sessions()
        session.info[audit_hook.USER_KEY] = user_id
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
