"""Saving what can still be read from a damaged database into a new file.

Like the sqlite3 shell's `.recover`, without its page-level carving: the schema is
re-created statement by statement and every table whose rows can be read is copied
whole; a table SQLite cannot read is named in the result, not guessed at. The copy is
written under a `.partial` name and renamed once complete, and the damaged file is left
as it was, for whoever can do better.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from salon_crm.db.storage.durable import written_then_renamed
from salon_crm.db.storage.startup_checks import connect_read_only


@dataclass(frozen=True)
class SalvageResult:
    path: Path
    tables_saved: tuple[str, ...]
    tables_lost: tuple[str, ...]
    rows_saved: int


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _schema(source: sqlite3.Connection) -> list[tuple[str, str, str]]:
    try:
        return [
            (str(kind), str(name), str(sql))
            for kind, name, sql in source.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                "ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END, rowid"
            )
        ]
    except sqlite3.Error:
        return []


def salvage_database(db_path: Path, dest_dir: Path) -> SalvageResult:
    """Copy the readable tables of `db_path` into a new file in `dest_dir`."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    final = dest_dir / f"salon-salvaged-{stamp}.db"
    saved: list[str] = []
    lost: list[str] = []
    rows = 0
    source = connect_read_only(db_path)
    try:
        with written_then_renamed(final) as temp:
            target = sqlite3.connect(temp)
            try:
                target.execute("PRAGMA foreign_keys=OFF")
                schema = _schema(source)
                virtual = set()
                for kind, name, sql in schema:
                    with contextlib.suppress(sqlite3.Error):
                        target.execute(sql)
                    if kind == "table" and sql.upper().startswith("CREATE VIRTUAL"):
                        virtual.add(name)
                for kind, name, _sql in schema:
                    if kind != "table" or name in virtual or name.startswith("sqlite_"):
                        continue
                    try:
                        found = source.execute(f"SELECT * FROM {_quoted(name)}").fetchall()
                    except sqlite3.Error:
                        lost.append(name)
                        continue
                    if found:
                        marks = ", ".join("?" * len(found[0]))
                        target.executemany(
                            f"INSERT OR REPLACE INTO {_quoted(name)} VALUES ({marks})", found
                        )
                    saved.append(name)
                    rows += len(found)
                target.commit()
            finally:
                target.close()
    finally:
        source.close()
    return SalvageResult(final, tuple(saved), tuple(lost), rows)
