"""What other workstations changed since this one last looked, as plain data: the GUI asks
it to refresh the list and an open card without knowing which engine tells it."""

from __future__ import annotations

from dataclasses import dataclass

from salon_crm.db.changes.change_watch import ChangeWatch


@dataclass(frozen=True)
class SalonChanges:
    """Clients whose rows (or rows that belong to them) others changed; `everything`:
    which is unknown, so whatever is shown is read again."""

    clients: frozenset[int] = frozenset()
    tables: frozenset[str] = frozenset()
    everything: bool = False

    def __bool__(self) -> bool:
        return self.everything or bool(self.tables)

    def __or__(self, other: SalonChanges) -> SalonChanges:
        return SalonChanges(
            self.clients | other.clients,
            self.tables | other.tables,
            self.everything or other.everything,
        )

    @property
    def any_client(self) -> bool:
        return self.everything or bool(self.clients)

    def client_changed(self, client_id: int) -> bool:
        return self.everything or client_id in self.clients


NO_CHANGES = SalonChanges()


class ChangeFeed:
    """One window's view of others' changes; closed with the window."""

    def __init__(self, watch: ChangeWatch) -> None:
        self._watch = watch

    @property
    def poll_ms(self) -> int:
        """How often asking is worth it, in milliseconds."""
        return round(self._watch.poll_seconds * 1000)

    def since_last_look(self) -> SalonChanges:
        changes = self._watch.changes()
        return SalonChanges(changes.clients, changes.tables, changes.everything)

    def close(self) -> None:
        self._watch.close()
