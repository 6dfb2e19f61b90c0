"""Staff who log in."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from salon_crm.db.base import Base, UtcDateTime
from salon_crm.db.models.columns import created_at_column, enum_type
from salon_crm.domain.common.enums import Role


class User(Base):
    __tablename__ = "users"
    __audited__ = True
    __audit_exclude__ = frozenset({"password_hash", "last_login_at"})

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(32), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[Role] = mapped_column(enum_type(Role))
    password_hash: Mapped[str] = mapped_column(String(200))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = created_at_column()
    last_login_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
