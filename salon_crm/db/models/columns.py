"""Column shorthands shared by the models."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal

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


def client_fk(*, on_delete: Literal["CASCADE", "RESTRICT"]) -> Mapped[int]:
    """The owning client of a row. Clients are archived, never deleted, so this says what
    the database itself must do if one ever were: a questionnaire detail goes with its
    client (CASCADE); money, health and evidence rows refuse it (RESTRICT). Declare the
    table in `client_owned.REFERENCES` too."""
    return mapped_column(
        Integer, ForeignKey("clients.id", ondelete=on_delete), index=True, nullable=False
    )


def created_at_column() -> Mapped[datetime]:
    return mapped_column(UtcDateTime(), default=utc_now, nullable=False)
