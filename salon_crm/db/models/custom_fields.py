"""Fields the owner adds to the questionnaire, and their values per client."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from salon_crm.db.base import Base
from salon_crm.db.models.columns import created_at_column, enum_type
from salon_crm.domain.common.enums import CustomFieldType


class CustomFieldDefinition(Base):
    """`key` names the field in contract templates ({custom.key}); `label` is what users see."""

    __tablename__ = "custom_field_definitions"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    field_type: Mapped[CustomFieldType] = mapped_column(enum_type(CustomFieldType))
    # JSON list of the allowed values of a choice field.
    choices: Mapped[str] = mapped_column(Text, default="[]")
    position: Mapped[int] = mapped_column(Integer, default=0)
    is_hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    is_required: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = created_at_column()


class CustomFieldValue(Base):
    """The value in a canonical text form: ISO date, `1`/`0`, a decimal with a dot."""

    __tablename__ = "custom_field_values"
    __audited__ = True

    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True
    )
    field_id: Mapped[int] = mapped_column(
        ForeignKey("custom_field_definitions.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    value: Mapped[str] = mapped_column(Text)
