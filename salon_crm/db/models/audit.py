"""The audit trail: who did what to which row, and when."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from salon_crm.db.base import Base, UtcDateTime
from salon_crm.db.models.columns import enum_type
from salon_crm.domain.common.enums import AuditAction


class AuditEntry(Base):
    """One change (or read) of one row. `changes` is JSON: {field: [old, new]}.

    user_id and client_id are plain integers, not foreign keys: the trail outlives and
    does not constrain the rows it speaks of.
    """

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_table_row", "table_name", "row_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    user_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[AuditAction] = mapped_column(enum_type(AuditAction))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64))
    client_id: Mapped[int | None] = mapped_column(Integer, index=True)
    changes: Mapped[str] = mapped_column(Text, default="{}")
