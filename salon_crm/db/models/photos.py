"""A client's photos: the profile photo with its history and the clinical series, each a
full-size JPEG and a thumbnail in the media store."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from salon_crm.db.base import Base, UtcDateTime, utc_now
from salon_crm.db.models.columns import client_fk, enum_type
from salon_crm.domain.photos.photo_kinds import PhotoKind, PhotoSource, PhotoZone


class Photo(Base):
    """One photo. A new profile photo becomes the current one (the client row names its
    thumbnail) and the earlier ones stay; a removed photo is hidden, never deleted, so a
    mistaken click loses nothing."""

    __tablename__ = "photos"
    __audited__ = True
    __table_args__ = (Index("ix_photos_client_kind_zone", "client_id", "kind", "zone"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = client_fk(on_delete="RESTRICT")
    kind: Mapped[PhotoKind] = mapped_column(enum_type(PhotoKind))
    zone: Mapped[PhotoZone | None] = mapped_column(enum_type(PhotoZone))
    zone_note: Mapped[str] = mapped_column(String(100), default="")
    taken_on: Mapped[date] = mapped_column(Date)
    procedure_id: Mapped[int | None] = mapped_column(
        ForeignKey("procedures.id", ondelete="RESTRICT"), index=True
    )
    full_sha256: Mapped[str] = mapped_column(
        String(64), ForeignKey("media.sha256", ondelete="RESTRICT")
    )
    thumb_sha256: Mapped[str] = mapped_column(
        String(64), ForeignKey("media.sha256", ondelete="RESTRICT"), index=True
    )
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    source: Mapped[PhotoSource] = mapped_column(enum_type(PhotoSource))
    marketing: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    removed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    removed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
