"""The salon's stored files, one row each, so the database knows what it holds, and the
bytes themselves when the salon keeps its media in the database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, LargeBinary, String
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


class MediaBlob(Base):
    """The bytes of a stored file, for a server salon that keeps its media in the
    database (every workstation reaches them with no shared folder). Named by SHA-256
    like the file of the media folder, and written in the same transaction as its `media`
    row; no foreign key, so a copier may write the two in either order."""

    __tablename__ = "media_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
