"""Taking the next value of a counter (client and document numbers) when several
workstations write at once."""

from __future__ import annotations

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from salon_crm.db.models import Counter


def locked_counter(session: Session, name: str) -> Counter:
    """The counter `name` (created at 0 when new), locked until the transaction ends.

    On PostgreSQL two workstations taking a number at the same moment queue on the row
    (SELECT … FOR UPDATE) instead of both reading the same value; the row is first
    inserted if missing, doing nothing when another transaction already has. On SQLite
    the write lock taken at BEGIN serialises them already, and FOR UPDATE is not said.
    """
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    session.execute(dialect.insert(Counter).values(name=name, value=0).on_conflict_do_nothing())
    counter = session.get(Counter, name, with_for_update=True, populate_existing=True)
    assert counter is not None  # inserted above, by this transaction or another
    return counter
