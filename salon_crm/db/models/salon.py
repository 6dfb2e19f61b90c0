"""The salon itself: requisites for contracts, settings that travel with backups, counters."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from salon_crm.db.base import Base


class Salon(Base):
    """One row: the salon's legal and contact requisites (FIELDS.md, last section)."""

    __tablename__ = "salon"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    legal_name: Mapped[str] = mapped_column(String(300), default="")
    country: Mapped[str] = mapped_column(String(2))
    legal_address: Mapped[str] = mapped_column(String(300), default="")
    actual_address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    # OGRN (RU) / EDRPOU (UA) / KRS or REGON (PL)
    registration_number: Mapped[str] = mapped_column(String(40), default="")
    # INN (RU) / IPN (UA) / NIP (PL)
    tax_number: Mapped[str] = mapped_column(String(40), default="")
    # KPP (RU) / REGON (PL); empty where the country has none
    extra_number: Mapped[str] = mapped_column(String(40), default="")
    bank_name: Mapped[str] = mapped_column(String(200), default="")
    bank_account: Mapped[str] = mapped_column(String(60), default="")
    bank_code: Mapped[str] = mapped_column(String(30), default="")
    signatory_name: Mapped[str] = mapped_column(String(200), default="")
    signatory_position: Mapped[str] = mapped_column(String(200), default="")
    # The logo on the letterhead of every document (a PNG in the media store).
    logo_sha256: Mapped[str | None] = mapped_column(
        String(64), ForeignKey("media.sha256", ondelete="RESTRICT")
    )


class Setting(Base):
    """A salon-wide setting as JSON text (name order, hidden standard fields…)."""

    __tablename__ = "settings"
    __audited__ = True

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Counter(Base):
    """Monotonic counters (client numbers): never reused, even after an archive."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)
