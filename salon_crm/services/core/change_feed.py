"""What other workstations changed since this one last looked, as plain data: the GUI asks
it to refresh the list and an open card without knowing which engine tells it."""

from __future__ import annotations

from salon_crm.db.changes.change_watch import NOTHING, Changes, ChangeWatch

# Plain frozen data already (tables, client ids, `everything`), shown to the GUI as is.
SalonChanges = Changes
NO_CHANGES = NOTHING


class ChangeFeed:
    """One window's view of others' changes; closed with the window."""

    def __init__(self, watch: ChangeWatch) -> None:
        self._watch = watch

    @property
    def poll_ms(self) -> int:
        """How often asking is worth it, in milliseconds."""
        return round(self._watch.poll_seconds * 1000)

    def since_last_look(self) -> SalonChanges:
        return self._watch.changes()

    def close(self) -> None:
        self._watch.close()
