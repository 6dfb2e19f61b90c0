"""Column shorthands shared by the models."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Enum, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from salon_crm.db.base import UtcDateTime, utc_now


def enum_type(enum: type[StrEnum]) -> Enum:
    """Store a StrEnum by value as VARCHAR, with no CHECK constraint to migrate later."""
    return Enum(
        enum,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def client_fk() -> Mapped[int]:
    """The owning client of a detail row; the row goes with the client's own row."""
    return mapped_column(
        Integer, ForeignKey("clients.id", ondelete="CASCADE"), index=True, nullable=False
    )


def created_at_column() -> Mapped[datetime]:
    return mapped_column(UtcDateTime(), default=utc_now, nullable=False)
