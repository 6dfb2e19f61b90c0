"""Columns of a client that the program derives from other records (the last visit from
the procedures, the health flags from the anamnesis)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from salon_crm.db.models import Client


def mark_client(session: Session, client_id: int, **values: Any) -> None:
    """Write derived columns without making it a change of the card: its last-changed
    time, author and version stay. A procedure recorded by the specialist is not the
    questionnaire edited by her, and a questionnaire open elsewhere is not told that
    someone else changed the client."""
    session.execute(
        update(Client)
        .where(Client.id == client_id)
        .values(updated_at=Client.updated_at, **values)
        .execution_options(synchronize_session="fetch")
    )
