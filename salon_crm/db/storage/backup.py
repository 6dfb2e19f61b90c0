"""Consistent copies of the database file through SQLite's online backup API."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from salon_crm.db.storage.durable import written_then_renamed

BACKUP_PREFIX = "salon"
BACKUP_SUFFIX = ".db"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _safe_label(label: str) -> str:
    # The label ends up in a file name: no separators, no "..", nothing a shell would mind.
    cleaned = _UNSAFE.sub("-", label).strip(".-")
    return cleaned[:80] or "backup"


def _free_name(dest_dir: Path, stem: str) -> Path:
    candidate = dest_dir / f"{stem}{BACKUP_SUFFIX}"
    counter = 1
    while candidate.exists():
        candidate = dest_dir / f"{stem}-{counter}{BACKUP_SUFFIX}"
        counter += 1
    return candidate


def backup_database(db_path: Path, dest_dir: Path, *, label: str) -> Path:
    """Copy `db_path` into `dest_dir` as `salon-YYYYmmdd-HHMMSS-<label>.db`; return the copy.

    The copy is a single self-contained file (rollback journal, not WAL), written under a
    temporary name, fsynced and renamed, so a crash never leaves a half backup behind.
    """
    if not db_path.is_file():
        raise FileNotFoundError(db_path)
    dest_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    final = _free_name(dest_dir, f"{BACKUP_PREFIX}-{stamp}-{_safe_label(label)}")
    with written_then_renamed(final) as temp:
        source = sqlite3.connect(db_path)
        try:
            target = sqlite3.connect(temp)
            try:
                source.backup(target)
                # The pages come with the source's WAL flag; a backup should be one file.
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        finally:
            source.close()
    return final


def verify_backup(path: Path) -> bool:
    """True if `path` is an SQLite database that passes `PRAGMA integrity_check`."""
    if not path.is_file():
        return False
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        with contextlib.closing(connection.execute("PRAGMA integrity_check")) as cursor:
            rows = cursor.fetchall()
    except sqlite3.Error:
        return False
    finally:
        connection.close()
    return rows == [("ok",)]
