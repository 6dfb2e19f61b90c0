"""The change watch on SQLite: `PRAGMA data_version` says cheaply whether anyone else
committed, and the audit trail since the last look says what.

data_version is per connection and ignores that connection's own commits, so the watch
keeps a connection of its own; it then counts this program's pooled connections as
"others" too. The tracker leaves those out by the audit ids they wrote: a writing
transaction holds SQLite's write lock from BEGIN, so its trail rows are one run of ids.
"""

from __future__ import annotations

import sqlite3
import threading

from sqlalchemy import Engine

from salon_crm.db.changes.change_watch import (
    EVERYTHING,
    NOTHING,
    Changes,
    PendingNotes,
    SendNotice,
)
from salon_crm.domain.common.enums import AuditAction

# Asking reads the database; activating the window asks too.
POLL_SECONDS = 10.0

_IdRun = tuple[int, int]


class SqliteChangeTracker:
    def __init__(self, engine: Engine) -> None:
        path = engine.url.database
        assert path, "a file database"
        self._path = path
        self._lock = threading.Lock()
        self._watches: list[SqliteChangeWatch] = []

    def committing(self, notes: PendingNotes, send: SendNotice) -> None:
        del send  # nobody is told: the others ask
        run = _run(notes)
        with self._lock:
            for watch in self._watches:
                watch.own_runs.append(run)

    def ended(self, notes: PendingNotes, *, committed: bool) -> None:
        if committed:
            return
        # Rolled back: those ids will be taken again, by whoever writes next.
        run = _run(notes)
        with self._lock:
            for watch in self._watches:
                if run in watch.own_runs:
                    watch.own_runs.remove(run)

    def watch(self) -> SqliteChangeWatch:
        watch = SqliteChangeWatch(self._path, self)
        with self._lock:
            self._watches.append(watch)
        return watch

    def forget(self, watch: SqliteChangeWatch) -> None:
        with self._lock:
            if watch in self._watches:
                self._watches.remove(watch)

    @property
    def lock(self) -> threading.Lock:
        return self._lock


def _run(notes: PendingNotes) -> _IdRun:
    return notes.first_audit_id, notes.last_audit_id


class SqliteChangeWatch:
    poll_seconds = POLL_SECONDS

    def __init__(self, path: str, tracker: SqliteChangeTracker) -> None:
        self._tracker = tracker
        # This program's commits noted by the tracker, until the watch has read past them.
        self.own_runs: list[_IdRun] = []
        # Autocommit: every statement sees the latest commit.
        self._connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._version = self._data_version()
        self._last_id = self._max_audit_id()

    def _data_version(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def _max_audit_id(self) -> int:
        return int(
            self._connection.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
        )

    def changes(self) -> Changes:
        version = self._data_version()
        if version == self._version:
            return NOTHING
        self._version = version
        rows = self._connection.execute(
            "SELECT id, table_name, client_id FROM audit_log WHERE id > ? AND action <> ?",
            (self._last_id, AuditAction.READ.value),
        ).fetchall()
        if not rows and self._max_audit_id() < self._last_id:
            # The file was put back from a backup: the trail is shorter than it was.
            self._last_id = self._max_audit_id()
            return EVERYTHING
        with self._tracker.lock:
            own = list(self.own_runs)
        tables: set[str] = set()
        clients: set[int] = set()
        for audit_id, table, client_id in rows:
            self._last_id = max(self._last_id, audit_id)
            if any(low <= audit_id <= high for low, high in own):
                continue
            tables.add(table)
            if client_id is not None:
                clients.add(client_id)
        with self._tracker.lock:
            self.own_runs = [run for run in self.own_runs if run[1] > self._last_id]
        return Changes(frozenset(tables), frozenset(clients))

    def close(self) -> None:
        self._tracker.forget(self)
        self._connection.close()
