"""After a bulk load that wrote rows with their ids given (the demo salon): what each
engine needs before the program works on them at speed.

SQLite takes the next id from the table's largest one, and its statistics are left as
they are (its plans are chosen without them here); PostgreSQL needs both told: its
sequences still start at 1 (the first client created afterwards would collide with
client 1), and its planner knows nothing of the rows until they are analysed.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, Integer, Table, text

from salon_crm.db.base import Base
from salon_crm.db.dialects import on_postgres


def _serial_key(table: Table) -> str | None:
    """The name of the table's integer primary key that a sequence fills, if any."""
    keys = list(table.primary_key.columns)
    if len(keys) != 1:
        return None
    key = keys[0]
    serial = isinstance(key.type, Integer) and key.autoincrement in (True, "auto")
    return key.name if serial else None


def continue_sequences(connection: Connection) -> None:
    """Every sequence continues after the largest id its table holds (PostgreSQL)."""
    if not on_postgres(connection):
        return
    for table in Base.metadata.sorted_tables:
        key = _serial_key(table)
        if key is None:
            continue
        # A table without a sequence gives NULL, and setval(NULL, …) does nothing.
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence(:table, :key), "
                f'coalesce((SELECT max("{key}") FROM "{table.name}"), 0) + 1, false)'
            ),
            {"table": table.name, "key": key},
        )


def settle(engine: Engine) -> None:
    """Leave the database compact and known to the planner: SQLite's write-ahead log
    checkpointed into the file, PostgreSQL's tables vacuumed and analysed. Neither runs
    inside a transaction, and a connection's first statement would begin one: so on the
    driver's own connection, in autocommit."""
    raw = engine.raw_connection()
    driver: Any = raw.driver_connection
    try:
        if engine.dialect.name == "postgresql":
            driver.autocommit = True
            try:
                driver.execute("VACUUM ANALYZE")
            finally:
                driver.autocommit = False
        else:
            driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
