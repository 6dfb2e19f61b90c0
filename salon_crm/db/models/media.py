"""The files of the media folder, one row each, so the database knows what it holds."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from salon_crm.db.base import Base
from salon_crm.db.models.columns import created_at_column


class MediaFile(Base):
    """A stored file, named by its SHA-256. `references` counts the rows that use it
    (a photo, a signed document); a file nobody references is collected after a grace
    period, so one half-written by a crash never lingers and one in use is never lost."""

    __tablename__ = "media"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    mime_type: Mapped[str] = mapped_column(String(100))
    references: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = created_at_column()
