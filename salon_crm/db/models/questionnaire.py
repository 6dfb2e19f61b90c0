"""How the owner shaped the questionnaire: standard fields hidden or made required."""

from __future__ import annotations

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from salon_crm.db.base import Base


class QuestionnaireField(Base):
    """One standard field's setting; a field without a row is shown and optional.

    `key` names the field as the questionnaire's rules do (`birth_date`, `source`…)."""

    __tablename__ = "questionnaire_fields"
    __audited__ = True

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    is_hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    is_required: Mapped[bool] = mapped_column(Boolean, default=False)
