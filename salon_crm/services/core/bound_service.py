"""What every service shares: the database, the acting user and the clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from salon_crm.db.base import utc_now
from salon_crm.db.engine import Database
from salon_crm.db.storage.media_store import MediaStore
from salon_crm.services.core.actor import Actor


class BoundService:
    """Every method is one transaction and checks the acting user's permission first."""

    def __init__(
        self, db: Database, actor: Actor, *, clock: Callable[[], datetime] = utc_now
    ) -> None:
        self._db = db
        self._actor = actor
        self._clock = clock

    def _today(self) -> date:
        return self._clock().astimezone().date()


class MediaBoundService(BoundService):
    """A service that also keeps files in the media store (photos, documents)."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        media: MediaStore,
        *,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(db, actor, clock=clock)
        self._media = media
