"""What the services of the health record's dated entries (skin assessments, home care)
share: who may read and write, the audit of every read, the salon's today."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import select
from sqlalchemy.orm import Session

from salon_crm.db.hooks.audit import record_read
from salon_crm.db.models import User
from salon_crm.domain.permissions import Permission
from salon_crm.services.clients.client_reading import known_client
from salon_crm.services.core.bound_service import BoundService
from salon_crm.services.core.unit_of_work import unit_of_work
from salon_crm.services.health.health_access import require_health_write

# The row id of an audited read of all of a client's rows of a table (a list) at once.
ALL_ROWS = "*"


def user_names(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {user_id for user_id in ids if user_id is not None}
    if not wanted:
        return {}
    found = session.execute(select(User.id, User.full_name).where(User.id.in_(wanted)))
    return {user_id: name for user_id, name in found}


class HealthRecordService(BoundService):
    """Reads need HEALTH_READ and are audited (`record_read`); writes need HEALTH_WRITE
    and the client's active consent to the processing of health data."""

    def check_writable(self, client_id: int) -> None:
        """Raise what a write for this client would raise now (PermissionDeniedError,
        ConsentRequiredError, NotFoundError), so a form is not filled in for nothing."""
        with self._writing(client_id):
            pass

    @contextmanager
    def _reading(self, table: str, client_id: int) -> Iterator[Session]:
        """A session for reading all of `table`'s rows of a client; the read is noted in
        the audit once, for the list, rather than once per row."""
        self._actor.require(Permission.HEALTH_READ)
        # Not read-only: the audit of the read is a write.
        with unit_of_work(self._db, self._actor) as session:
            known_client(session, client_id)
            record_read(session, table_name=table, row_id=ALL_ROWS, client_id=client_id)
            yield session

    @contextmanager
    def _writing(self, client_id: int | None = None) -> Iterator[Session]:
        """A session for writing a client's rows; without `client_id` (a row is changed by
        its id) the caller calls `_allow_write` once it knows the client."""
        self._actor.require(Permission.HEALTH_WRITE)
        with unit_of_work(self._db, self._actor) as session:
            if client_id is not None:
                self._allow_write(session, client_id)
            yield session

    def _allow_write(self, session: Session, client_id: int) -> None:
        require_health_write(session, self._actor, client_id, today=self._today())
