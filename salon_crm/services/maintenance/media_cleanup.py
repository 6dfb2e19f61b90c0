"""Removing media files that no record uses any more."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from salon_crm.db.base import utc_now
from salon_crm.db.engine import Database
from salon_crm.db.storage.media_store import MediaStore
from salon_crm.domain.permissions import Permission
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.unit_of_work import unit_of_work


class MediaCleanup:
    def __init__(
        self,
        db: Database,
        actor: Actor,
        store: MediaStore,
        *,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._db = db
        self._actor = actor
        self._store = store
        self._clock = clock

    def collect(self, *, grace: timedelta = timedelta(days=1)) -> int:
        """Remove unused files older than `grace`; returns how many. The rows go in one
        transaction, the files only after it has committed."""
        self._actor.require(Permission.BACKUP_MANAGE)
        with unit_of_work(self._db, self._actor) as session:
            digests = self._store.collect_garbage(session, now=self._clock(), grace=grace)
        self._store.remove(digests)
        return len(digests)
