"""Walking the registry of client-owned data (`db/models/client_owned.py`) for the use
cases that touch every table of a client: merge today; erasure, the data zip and lot
recall walk the same declarations."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from salon_crm.db.base import Base
from salon_crm.db.models.client_owned import CLIENTS_TABLE, REFERENCES, OnMerge


def mapped_class(table: str) -> type[Any]:
    """The model class of `table`; a registry entry for a table without one is a bug."""
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    raise LookupError(f"no model maps table {table!r}")


def repoint(session: Session, *, from_id: int, to_id: int) -> None:
    """Move every row declared `OnMerge.REPOINT` from one client to another, through the
    ORM so the audit records each move. A client row never comes to point at itself (a
    survivor that was the duplicate's child loses that link)."""
    for reference in REFERENCES:
        if reference.merge is not OnMerge.REPOINT:
            continue
        model = mapped_class(reference.table)
        column = getattr(model, reference.column)
        for row in session.scalars(select(model).where(column == from_id)):
            is_target = reference.table == CLIENTS_TABLE and row.id == to_id
            setattr(row, reference.column, None if is_target else to_id)
