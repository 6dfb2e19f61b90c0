"""The owner's lists: tags (groups), sources, categories."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from salon_crm.db.base import Base


class NamedListItem(Base):
    """The shape all three lists share; items are hidden, never deleted."""

    __abstract__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    is_hidden: Mapped[bool] = mapped_column(Boolean, default=False)


class Tag(NamedListItem):
    __tablename__ = "tags"
    __audited__ = True


class Source(NamedListItem):
    """How the client found the salon."""

    __tablename__ = "sources"
    __audited__ = True


class Category(NamedListItem):
    __tablename__ = "categories"
    __audited__ = True
