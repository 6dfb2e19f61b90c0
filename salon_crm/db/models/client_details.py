"""The client's many-valued questionnaire sections: contacts, consents, documents."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from salon_crm.db.base import Base, UtcDateTime, utc_now
from salon_crm.db.models.columns import client_fk, enum_type
from salon_crm.domain.common.enums import (
    AddressKind,
    ConsentPurpose,
    ExpiringDocumentKind,
    IdentityDocumentKind,
    PhoneKind,
    SocialNetwork,
)

if TYPE_CHECKING:
    from salon_crm.db.models.clients import Client


class ClientPhone(Base):
    __tablename__ = "client_phones"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = client_fk(on_delete="CASCADE")
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[PhoneKind] = mapped_column(enum_type(PhoneKind), default=PhoneKind.MOBILE)
    e164: Mapped[str] = mapped_column(String(20), index=True)
    is_main: Mapped[bool] = mapped_column(Boolean, default=False)
    has_viber: Mapped[bool] = mapped_column(Boolean, default=False)
    has_telegram: Mapped[bool] = mapped_column(Boolean, default=False)
    has_whatsapp: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(String(100), default="")

    client: Mapped[Client] = relationship(back_populates="phones")


class ClientEmail(Base):
    __tablename__ = "client_emails"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = client_fk(on_delete="CASCADE")
    position: Mapped[int] = mapped_column(Integer, default=0)
    address: Mapped[str] = mapped_column(String(254))


class ClientAddress(Base):
    __tablename__ = "client_addresses"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = client_fk(on_delete="CASCADE")
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[AddressKind] = mapped_column(enum_type(AddressKind), default=AddressKind.HOME)
    country: Mapped[str] = mapped_column(String(100), default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")


class ClientSocialLink(Base):
    __tablename__ = "client_social_links"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = client_fk(on_delete="CASCADE")
    position: Mapped[int] = mapped_column(Integer, default=0)
    network: Mapped[SocialNetwork] = mapped_column(enum_type(SocialNetwork))
    handle: Mapped[str] = mapped_column(String(300))


class ClientConsent(Base):
    """A consent given for one purpose on the day the client gave it; withdrawing it
    stamps `withdrawn_on`.

    A consent given again after a withdrawal is a new row, so the history stays; the rows
    are evidence and outlive an erasure of the client (ON DELETE RESTRICT).
    """

    __tablename__ = "client_consents"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = client_fk(on_delete="RESTRICT")
    purpose: Mapped[ConsentPurpose] = mapped_column(enum_type(ConsentPurpose))
    given_on: Mapped[date] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    # The last day the consent holds (one signed on a template valid for some months).
    expires_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(300), default="")
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # The signed document that evidences the consent; the documents feature keeps them.
    evidence_document_id: Mapped[int | None] = mapped_column(Integer)

    def is_current(self, today: date) -> bool:
        """Not withdrawn and not lapsed: the consent the questionnaire shows as given."""
        return self.withdrawn_on is None and (self.expires_on is None or self.expires_on >= today)


class IdentityDocument(Base):
    """Passport or ID card; fills contracts."""

    __tablename__ = "identity_documents"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = client_fk(on_delete="CASCADE")
    kind: Mapped[IdentityDocumentKind] = mapped_column(
        enum_type(IdentityDocumentKind), default=IdentityDocumentKind.PASSPORT
    )
    series: Mapped[str] = mapped_column(String(20), default="")
    number: Mapped[str] = mapped_column(String(40), default="")
    issued_on: Mapped[date | None] = mapped_column(Date)
    issued_by: Mapped[str] = mapped_column(String(300), default="")
    department_code: Mapped[str] = mapped_column(String(20), default="")
    expires_on: Mapped[date | None] = mapped_column(Date)
    registration_address: Mapped[str] = mapped_column(String(300), default="")


class ExpiringDocument(Base):
    """A document whose fact and expiry the salon tracks (medical certificate, insurance…)."""

    __tablename__ = "expiring_documents"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = client_fk(on_delete="CASCADE")
    kind: Mapped[ExpiringDocumentKind] = mapped_column(enum_type(ExpiringDocumentKind))
    title: Mapped[str] = mapped_column(String(200), default="")
    number: Mapped[str] = mapped_column(String(60), default="")
    issued_on: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date, index=True)
    note: Mapped[str] = mapped_column(String(300), default="")


class ContactPerson(Base):
    """Someone to call about the client (a parent of a child client, a partner)."""

    __tablename__ = "contact_persons"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = client_fk(on_delete="CASCADE")
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    note: Mapped[str] = mapped_column(String(300), default="")
