"""The client: the questionnaire's single-valued fields and links to everything else."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from salon_crm.db.base import Base, UtcDateTime, utc_now
from salon_crm.db.models.columns import enum_type
from salon_crm.domain.common.enums import ClientClass, Gender

if TYPE_CHECKING:
    from salon_crm.db.models.client_details import (
        ClientAddress,
        ClientConsent,
        ClientEmail,
        ClientPhone,
        ClientSocialLink,
        ContactPerson,
        ExpiringDocument,
        IdentityDocument,
    )
    from salon_crm.db.models.custom_fields import CustomFieldValue
    from salon_crm.db.models.lists import Tag

client_tags = Table(
    "client_tags",
    Base.metadata,
    Column("client_id", ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)

_ACTIVE = text("archived_at IS NULL")


class Client(Base):
    __tablename__ = "clients"
    __audited__ = True
    # Derived columns: written with every name or phone change, not worth a trail of their own.
    __audit_exclude__ = frozenset(
        {
            "sort_name",
            "version_id",
            "updated_at",
            "updated_by_id",
            "has_allergies",
            "has_contraindications",
            "photo_thumb",
        }
    )
    __table_args__ = (
        # The main phone identifies a client: two clients in the salon's working list
        # cannot share it; archived clients give their number back.
        Index(
            "uq_clients_main_phone_active",
            "main_phone",
            unique=True,
            sqlite_where=_ACTIVE,
            postgresql_where=_ACTIVE,
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    last_name: Mapped[str] = mapped_column(String(100), default="")
    first_name: Mapped[str] = mapped_column(String(100), default="")
    middle_name: Mapped[str] = mapped_column(String(100), default="")
    # Folded "last first middle", kept for sorting and name-prefix search. In code point
    # order on both engines (SQLite compares text so; a PostgreSQL server's locale would
    # not), so a name range and the alphabetical order are the same everywhere.
    sort_name: Mapped[str] = mapped_column(
        String(310).with_variant(String(310, collation="C"), "postgresql"),
        default="",
        index=True,
    )
    salutation: Mapped[str] = mapped_column(String(100), default="")
    gender: Mapped[Gender] = mapped_column(enum_type(Gender), default=Gender.FEMALE)
    birth_date: Mapped[date | None] = mapped_column(Date, index=True)
    name_day_month: Mapped[int | None] = mapped_column(SmallInteger)
    name_day_day: Mapped[int | None] = mapped_column(SmallInteger)
    preferred_language: Mapped[str] = mapped_column(String(8), default="")
    company: Mapped[str] = mapped_column(String(200), default="")
    job_title: Mapped[str] = mapped_column(String(200), default="")
    # E.164 of the phone marked main in client_phones, mirrored here for the unique index.
    main_phone: Mapped[str | None] = mapped_column(String(20))
    is_vip: Mapped[bool] = mapped_column(Boolean, default=False)
    is_blacklisted: Mapped[bool] = mapped_column(Boolean, default=False)
    client_class: Mapped[ClientClass | None] = mapped_column(enum_type(ClientClass))
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("categories.id", ondelete="SET NULL"), index=True
    )
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="SET NULL"), index=True
    )
    responsible_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    discount_percent: Mapped[int] = mapped_column(SmallInteger, default=0)
    loyalty_card: Mapped[str] = mapped_column(String(13), default="", index=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL"), index=True
    )
    call_period_days: Mapped[int | None] = mapped_column(Integer)
    next_call_date: Mapped[date | None] = mapped_column(Date, index=True)
    # The date of the latest procedure, kept by the procedures service for the list.
    last_visit_on: Mapped[date | None] = mapped_column(Date, index=True)
    # Whether the current anamnesis names allergies / conditions, kept by the health
    # service: every role sees the flag, only the health roles the details.
    has_allergies: Mapped[bool] = mapped_column(Boolean, default=False)
    has_contraindications: Mapped[bool] = mapped_column(Boolean, default=False)
    # The current profile photo, named by its thumbnail's media digest: the photo service
    # sets it, and the list and the pickers show faces without looking up the photos.
    photo_thumb: Mapped[str | None] = mapped_column(String(64))
    notes: Mapped[str] = mapped_column(Text, default="")
    visible_notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    archive_reason: Mapped[str] = mapped_column(String(500), default="")
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now, index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now, onupdate=utc_now)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version_id}  # noqa: RUF012 - SQLAlchemy's contract

    phones: Mapped[list[ClientPhone]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="ClientPhone.position"
    )
    emails: Mapped[list[ClientEmail]] = relationship(
        cascade="all, delete-orphan", order_by="ClientEmail.position"
    )
    addresses: Mapped[list[ClientAddress]] = relationship(
        cascade="all, delete-orphan", order_by="ClientAddress.position"
    )
    social_links: Mapped[list[ClientSocialLink]] = relationship(
        cascade="all, delete-orphan", order_by="ClientSocialLink.position"
    )
    consents: Mapped[list[ClientConsent]] = relationship(
        cascade="all, delete-orphan", order_by="ClientConsent.id"
    )
    identity_documents: Mapped[list[IdentityDocument]] = relationship(
        cascade="all, delete-orphan", order_by="IdentityDocument.id"
    )
    expiring_documents: Mapped[list[ExpiringDocument]] = relationship(
        cascade="all, delete-orphan", order_by="ExpiringDocument.id"
    )
    contact_persons: Mapped[list[ContactPerson]] = relationship(
        cascade="all, delete-orphan", order_by="ContactPerson.position"
    )
    custom_values: Mapped[list[CustomFieldValue]] = relationship(cascade="all, delete-orphan")
    tags: Mapped[list[Tag]] = relationship(secondary=client_tags, order_by="Tag.name")
