"""Moving a salon's rows from its SQLite file into an empty PostgreSQL database, verified.

Every table of the models is copied in foreign-key order (by COPY) inside one transaction
on the server, so a failure leaves the server as its migrations left it. The SQLite file
is only read, under its write lock, so nobody changes it meanwhile and the copy is of one
moment. Each table's row count and a SHA-256 over its rows (in key order, each row as
the repr of its values as the models read them) is taken from the rows as they are
copied and, before the commit, from the server's rows read back: they must be equal,
or `SalonCopyError` names the table and the caller must not switch the data folder.

The search index is not copied: its SQLite tables (FTS5) have no PostgreSQL form, so the
server's index is rebuilt from the copied clients.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

import psycopg
from sqlalchemy import Connection, Row, Table, func, select, text, update
from sqlalchemy.sql.expression import bindparam

from salon_crm.db import models as _models  # noqa: F401 (every table in the metadata)
from salon_crm.db.base import Base
from salon_crm.db.bulk_load import continue_sequences
from salon_crm.db.hooks import search_index
from salon_crm.db.models.media import MediaBlob
from salon_crm.domain.common.errors import SalonError

BATCH = 5000
PROGRESS_EVERY = 50_000

# (table, rows copied so far) every PROGRESS_EVERY rows and when a table is done.
Progress = Callable[[str, int], None]


class SalonCopyError(SalonError):
    """The copy cannot start (the server holds data) or came out different."""


@dataclass(frozen=True)
class TableFigure:
    """What a table holds, as compared between the two databases."""

    table: str
    rows: int
    sha256: str


def tables() -> list[Table]:
    """The salon's tables, each after the tables it refers to."""
    return list(Base.metadata.sorted_tables)


def check_empty(connection: Connection) -> None:
    """Refuse a server database that holds a salon: anyone's account or any client. (An
    unused one holds only the lists its migrations filled in.)"""
    for table in (Base.metadata.tables["users"], Base.metadata.tables["clients"]):
        if connection.scalar(select(func.count()).select_from(table)):
            raise SalonCopyError(f"the server's database is not empty: {table.name} has rows")


def _clear(connection: Connection) -> None:
    """Remove the rows the migrations filled in: the copied salon brings its own."""
    for table in reversed(tables()):
        connection.execute(table.delete())


def _self_references(table: Table) -> list[str]:
    """Columns naming a row of the same table (a client merged into another): they may
    point to a later row, so they are filled once every row is in."""
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _batches(connection: Connection, table: Table) -> Iterator[Sequence[Row[Any]]]:
    """The table's rows, a batch at a time, each in the table's column order."""
    # Per statement: set on the connection, the option would apply to its later writes.
    result = connection.execute(select(table), execution_options={"yield_per": BATCH})
    yield from result.partitions()


def _write(target: Connection, table: Table, rows: Iterable[Sequence[Any]]) -> None:
    """Rows into the server by COPY (several times faster than INSERTs), each value
    first turned into what the column stores, as an INSERT would (a UTC time without its
    zone, an enum's name)."""
    dialect = target.dialect
    processors = [
        column.type.dialect_impl(dialect).bind_processor(dialect) for column in table.columns
    ]
    quote = dialect.identifier_preparer
    names = ", ".join(quote.quote(column.name) for column in table.columns)
    # The psycopg connection of this very transaction.
    server = cast("psycopg.Connection[Any]", target.connection.driver_connection)
    with server.cursor().copy(f"COPY {quote.format_table(table)} ({names}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(
                [
                    value if process is None else process(value)
                    for process, value in zip(processors, row, strict=True)
                ]
            )


def _copy_table(
    source: Connection, target: Connection, table: Table, progress: Progress
) -> TableFigure:
    """Copy the table's rows; the figure of the rows as they were read."""
    hashed = _TableHash(table)
    later = _self_references(table)
    # Given their copied values again, or the UPDATE would stamp them with today.
    kept = [column.name for column in table.columns if column.onupdate is not None]
    positions = {column.name: index for index, column in enumerate(table.columns)}
    blank = {positions[name] for name in later}
    links: list[dict[str, Any]] = []
    done = 0
    for rows in _batches(source, table):
        hashed.add(rows)
        if later:
            links.extend(
                {"_key": row.id, **{name: row[positions[name]] for name in (*later, *kept)}}
                for row in rows
                if any(row[positions[name]] is not None for name in later)
            )
        _write(
            target,
            table,
            ([None if index in blank else value for index, value in enumerate(row)] for row in rows)
            if blank
            else rows,
        )
        if (done + len(rows)) // PROGRESS_EVERY > done // PROGRESS_EVERY:
            progress(table.name, done + len(rows))
        done += len(rows)
    progress(table.name, done)
    if links:
        target.execute(
            update(table)
            .where(table.c.id == bindparam("_key"))
            .values({name: bindparam(name) for name in (*later, *kept)}),
            links,
        )
    return hashed.figure()


def copy_rows(source: Connection, target: Connection, progress: Progress) -> dict[str, TableFigure]:
    """Copy every table of `source` into the empty tables of `target` (the caller owns
    both transactions), then rebuild the target's search index. Returns the `figures` of
    `source`, taken from the rows as they were copied (the file is read once)."""
    check_empty(target)
    _clear(target)
    copied = {table.name: _copy_table(source, target, table, progress) for table in tables()}
    continue_sequences(target)
    search_index.rebuild(target)
    # The planner's statistics, so the first searches on the server use the indexes.
    target.execute(text("ANALYZE"))
    return {name: copied[name] for name in _figured()}


def _figured() -> list[str]:
    # The bytes of media are checked one by one against their names instead (see
    # salon_move): a SQLite salon keeps them in its folder, not in this table.
    return [table.name for table in tables() if table.name != MediaBlob.__tablename__]


class _TableHash:
    """A table's row count and SHA-256 over its rows sorted by key (in Python, as the
    engines sort text keys by different collations). A row is hashed as the repr of its
    values as the models read them, which is the same whichever engine returned them
    (aware UTC times, enums, booleans)."""

    def __init__(self, table: Table) -> None:
        self._table = table.name
        self._keys = [index for index, column in enumerate(table.columns) if column.primary_key]
        self._digests: list[tuple[tuple[Any, ...], bytes]] = []

    def add(self, rows: Sequence[Row[Any]]) -> None:
        for row in rows:
            line = repr(tuple(row)).encode("utf-8")
            self._digests.append((tuple(row[i] for i in self._keys), hashlib.sha256(line).digest()))

    def figure(self) -> TableFigure:
        whole = hashlib.sha256()
        for _key, digest in sorted(self._digests):
            whole.update(digest)
        return TableFigure(self._table, len(self._digests), whole.hexdigest())


def figures(connection: Connection) -> dict[str, TableFigure]:
    """Each table's row count and SHA-256 over its rows (see `_TableHash`)."""
    found: dict[str, TableFigure] = {}
    for name in _figured():
        table = Base.metadata.tables[name]
        hashed = _TableHash(table)
        for rows in _batches(connection, table):
            hashed.add(rows)
        found[name] = hashed.figure()
    return found


def compare(source: Mapping[str, TableFigure], target: Mapping[str, TableFigure]) -> None:
    """Raise naming the first table whose rows differ between the two databases."""
    for name, figure in source.items():
        other = target.get(name)
        if other != figure:
            rows = other.rows if other is not None else 0
            raise SalonCopyError(
                f"the copy of {name} differs: {figure.rows} rows here, {rows} on the server"
            )
