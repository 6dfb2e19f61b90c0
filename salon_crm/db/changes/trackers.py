"""The change tracker of an engine: the one place that picks the engine's kind."""

from __future__ import annotations

from sqlalchemy import Engine

from salon_crm.db.changes.change_watch import ChangeTracker
from salon_crm.db.changes.postgres_watch import PostgresChangeTracker
from salon_crm.db.changes.sqlite_watch import SqliteChangeTracker


def tracker_for(engine: Engine) -> ChangeTracker:
    if engine.dialect.name == "postgresql":
        return PostgresChangeTracker(engine)
    return SqliteChangeTracker(engine)
