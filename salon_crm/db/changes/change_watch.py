"""The change watch: what other programs (or other opened salons in this one) committed
since the watch last looked, as table names and client ids, never the values.

Everything above `db/` sees only `Changes` and `ChangeWatch`; which engine tells how is
the business of `sqlite_watch` and `postgres_watch`.
"""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass
class PendingNotes:
    """What one transaction wrote so far, gathered by the audit hook."""

    tables: set[str]
    clients: set[int]
    audit_ids: list[int]

    def as_changes(self) -> Changes:
        return Changes(frozenset(self.tables), frozenset(self.clients))
