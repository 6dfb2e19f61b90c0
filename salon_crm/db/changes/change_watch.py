"""The change watch: what other programs (or other opened salons in this one) committed
since the watch last looked, as table names and client ids, never the values.

Everything above `db/` sees only `Changes` and `ChangeWatch`; which engine tells how is
the business of `sqlite_watch` and `postgres_watch`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class Changes:
    """Rows of audited salon tables that changed. `everything`: the watch cannot say
    which (too many for one notification, or notifications lost while the server was
    away), so whatever is shown is to be read again."""

    tables: frozenset[str] = frozenset()
    clients: frozenset[int] = frozenset()
    everything: bool = False

    def __bool__(self) -> bool:
        return self.everything or bool(self.tables)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.tables | other.tables,
            self.clients | other.clients,
            self.everything or other.everything,
        )

    @property
    def any_client(self) -> bool:
        return self.everything or bool(self.clients)

    def client_changed(self, client_id: int) -> bool:
        return self.everything or client_id in self.clients


NOTHING = Changes()
EVERYTHING = Changes(everything=True)


class ChangeWatch(Protocol):
    """Asked from one thread (the GUI's); never blocks on the network."""

    @property
    def poll_seconds(self) -> float:
        """How often asking is worth it: often where the server pushes the news, seldom
        where asking reads the database."""
        ...

    def changes(self) -> Changes:
        """What others committed since the last call (since the watch opened, at first)."""
        ...

    def close(self) -> None: ...


class ChangeTracker(Protocol):
    """One per opened database: it sees the database's own commits through the session
    hooks (`db/hooks/change_notes`), so its watches can leave them out."""

    def committing(self, notes: PendingNotes, send: SendNotice) -> None:
        """The transaction that wrote `notes` is about to commit (its rows are flushed)."""
        ...

    def ended(self, notes: PendingNotes, *, committed: bool) -> None: ...

    def watch(self) -> ChangeWatch: ...


class SendNotice(Protocol):
    """Runs one SQL statement inside the committing transaction."""

    def __call__(self, sql: str, parameters: dict[str, object]) -> None: ...


# More clients than this in one transaction (an import, a merge of many) are told as
# "everything": the notes of a big transaction stay small.
MAX_NOTED_CLIENTS = 1000


@dataclass
class PendingNotes:
    """What one transaction wrote so far, gathered by the audit hook: the tables, the
    clients, and the first and last of its audit trail ids."""

    first_audit_id: int
    last_audit_id: int
    tables: set[str] = field(default_factory=set)
    clients: set[int] = field(default_factory=set)
    too_many: bool = False

    def add(self, *, table: str, client_id: int | None, audit_id: int) -> None:
        self.tables.add(table)
        self.first_audit_id = min(self.first_audit_id, audit_id)
        self.last_audit_id = max(self.last_audit_id, audit_id)
        if client_id is None or self.too_many:
            return
        self.clients.add(client_id)
        if len(self.clients) > MAX_NOTED_CLIENTS:
            self.too_many = True
            self.clients.clear()

    def as_changes(self) -> Changes:
        return Changes(frozenset(self.tables), frozenset(self.clients), self.too_many)
