"""Presets a new client's card starts from (source, category, groups, discount…)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from salon_crm.db.base import Base
from salon_crm.db.models.columns import created_at_column


class CardTemplate(Base):
    """Holds no client data, so a template may really be deleted.

    Tags, consents and custom values are JSON (ids, purposes, key → canonical value):
    a template only prefills a form, and what no longer exists is skipped there."""

    __tablename__ = "card_templates"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("categories.id", ondelete="SET NULL"), nullable=True
    )
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="SET NULL"), nullable=True
    )
    discount_percent: Mapped[int] = mapped_column(Integer, default=0)
    tag_ids: Mapped[str] = mapped_column(Text, default="[]")
    consents: Mapped[str] = mapped_column(Text, default="[]")
    custom_values: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = created_at_column()
