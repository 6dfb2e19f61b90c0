"""The owner's lists: tags (groups), sources, categories."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from salon_crm.db.base import Base


class _NamedListItem:
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    is_hidden: Mapped[bool] = mapped_column(Boolean, default=False)


class Tag(_NamedListItem, Base):
    __tablename__ = "tags"
    __audited__ = True


class Source(_NamedListItem, Base):
    """How the client found the salon."""

    __tablename__ = "sources"
    __audited__ = True


class Category(_NamedListItem, Base):
    __tablename__ = "categories"
    __audited__ = True
