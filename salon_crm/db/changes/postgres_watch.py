"""The change watch on PostgreSQL: every committed transaction that wrote audited rows
sends a NOTIFY on one channel (from inside the transaction, so a rolled-back one sends
nothing), and each watch LISTENs on a connection of its own.

The payload is small JSON: who sent it (one random name per opened database, so a watch
can leave out its own program's commits), the tables and the client ids; never a value.
Too many ids for PostgreSQL's 8000-byte limit make it "everything changed".
"""

from __future__ import annotations

import json
import logging
import secrets
import time
from typing import Any

import psycopg
from sqlalchemy import Engine

from salon_crm.db.changes.change_watch import (
    EVERYTHING,
    NOTHING,
    Changes,
    PendingNotes,
    SendNotice,
)

CHANNEL = "salon_crm_changes"
# Under PostgreSQL's 8000 bytes, with room for the channel name and the sender.
MAX_PAYLOAD = 7800
# The server pushes the news: asking only reads what has arrived.
POLL_SECONDS = 1.5
# After a lost connection, a new one is tried no more often than this (a connection
# attempt to a server that is down can take a moment, on the GUI's thread).
RETRY_SECONDS = 5.0
CONNECT_TIMEOUT_SECONDS = 2

log = logging.getLogger(__name__)


def encode(sender: str, changes: Changes) -> str:
    payload = json.dumps(
        {"s": sender, "t": sorted(changes.tables), "c": sorted(changes.clients)},
        separators=(",", ":"),
    )
    if len(payload.encode()) <= MAX_PAYLOAD:
        return payload
    return json.dumps({"s": sender, "all": 1}, separators=(",", ":"))


def decode(payload: str) -> tuple[str | None, Changes]:
    """The sender and the changes; anything unreadable counts as everything."""
    try:
        data = json.loads(payload)
        sender = data.get("s")
        if data.get("all"):
            return sender, EVERYTHING
        return sender, Changes(
            frozenset(str(t) for t in data["t"]), frozenset(int(c) for c in data["c"])
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return None, EVERYTHING


class PostgresChangeTracker:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sender = secrets.token_hex(6)

    def committing(self, notes: PendingNotes, send: SendNotice) -> None:
        send(
            "SELECT pg_notify(:channel, :payload)",
            {"channel": CHANNEL, "payload": encode(self._sender, notes.as_changes())},
        )

    def ended(self, notes: PendingNotes, *, committed: bool) -> None:
        del notes, committed  # the server delivers on commit and drops on rollback

    def watch(self) -> PostgresChangeWatch:
        _args, cparams = self._engine.dialect.create_connect_args(self._engine.url)
        return PostgresChangeWatch(
            {**cparams, "connect_timeout": CONNECT_TIMEOUT_SECONDS}, self._sender
        )


class PostgresChangeWatch:
    poll_seconds = POLL_SECONDS

    def __init__(self, connect_args: dict[str, Any], sender: str) -> None:
        self._connect_args = connect_args
        self._sender = sender
        self._connection: psycopg.Connection[Any] | None = None
        self._retry_at = 0.0
        self._connect()

    def _connect(self) -> bool:
        try:
            connection = psycopg.connect(**self._connect_args, autocommit=True)
            connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as error:
            log.info("change watch: no connection to the server (%s)", type(error).__name__)
            self._retry_at = time.monotonic() + RETRY_SECONDS
            return False
        self._connection = connection
        return True

    def _drop(self) -> None:
        if self._connection is not None:
            self._connection.close()
        self._connection = None
        self._retry_at = time.monotonic() + RETRY_SECONDS

    def changes(self) -> Changes:
        found = NOTHING
        if self._connection is None:
            if time.monotonic() < self._retry_at or not self._connect():
                return NOTHING
            # While no one listened, notifications went to nobody.
            found = EVERYTHING
        assert self._connection is not None
        try:
            for notify in self._connection.notifies(timeout=0):
                sender, changes = decode(notify.payload)
                if sender != self._sender:
                    found = found | changes
        except psycopg.Error as error:
            log.info("change watch: connection lost (%s)", type(error).__name__)
            self._drop()  # the next connection reports everything
            return found
        return found

    def close(self) -> None:
        self._drop()
