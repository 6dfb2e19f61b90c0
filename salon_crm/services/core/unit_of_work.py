"""A service call's transaction, opened only while the acting user still holds the rights
they logged in with."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from salon_crm.db.engine import Database
from salon_crm.db.models import User
from salon_crm.domain.common.errors import SessionExpiredError
from salon_crm.services.core.actor import Actor


@contextmanager
def unit_of_work(db: Database, actor: Actor, *, read_only: bool = False) -> Iterator[Session]:
    """The session of one service call. The user's row is read first (one lookup by
    key): an owner who disables an account or changes a role takes effect at once, not at
    the next login."""
    with db.session(user_id=actor.user_id, read_only=read_only) as session:
        user = session.get(User, actor.user_id)
        if user is None or not user.is_active or user.role is not actor.role:
            raise SessionExpiredError(f"user {actor.login!r} must log in again")
        yield session
