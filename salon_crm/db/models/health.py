"""The health record: anamnesis versions with their conditions and allergies, skin
assessments and home care. Rows are never changed once signed and never erased
(ON DELETE RESTRICT): a review is a new version."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Date,
    ForeignKey,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from salon_crm.db.base import Base, UtcDateTime, utc_now
from salon_crm.db.models.columns import client_fk, enum_type
from salon_crm.domain.health.skin import SkinType, WrinkleType


def _text() -> Mapped[str]:
    return mapped_column(Text, default="")


def _user_fk() -> Mapped[int | None]:
    return mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class Anamnesis(Base):
    """One version of a client's anamnesis, signed by the specialist who recorded it.
    The highest version is the current one."""

    __tablename__ = "anamneses"
    __audited__ = True
    __table_args__ = (UniqueConstraint("client_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = client_fk(on_delete="RESTRICT")
    version: Mapped[int] = mapped_column(Integer)
    complaints: Mapped[str] = _text()
    goals: Mapped[str] = _text()
    activity: Mapped[str] = _text()
    diet: Mapped[str] = _text()
    sleep: Mapped[str] = _text()
    smoking: Mapped[str] = _text()
    alcohol: Mapped[str] = _text()
    work_conditions: Mapped[str] = _text()
    chronic_diseases: Mapped[str] = _text()
    medications: Mapped[str] = _text()  # now and in the last six months
    supplements: Mapped[str] = _text()
    surgeries: Mapped[str] = _text()
    blood_pressure: Mapped[str] = mapped_column(String(20), default="")
    cycle_notes: Mapped[str] = _text()
    infectious_diseases: Mapped[str] = _text()
    skin_conditions: Mapped[str] = _text()
    procedures_elsewhere: Mapped[str] = _text()
    note: Mapped[str] = _text()
    signed_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)
    signed_by_id: Mapped[int | None] = _user_fk()

    conditions: Mapped[list[AnamnesisCondition]] = relationship(
        cascade="all, delete-orphan", order_by="AnamnesisCondition.id"
    )
    allergies: Mapped[list[AnamnesisAllergy]] = relationship(
        cascade="all, delete-orphan", order_by="AnamnesisAllergy.id"
    )


class AnamnesisCondition(Base):
    """A condition code of the catalogue (domain/health/conditions.py) in one version."""

    __tablename__ = "anamnesis_conditions"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    anamnesis_id: Mapped[int] = mapped_column(
        ForeignKey("anamneses.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(40))
    since: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(300), default="")


class AnamnesisAllergy(Base):
    """An allergy or intolerance: a substance code (domain/health/substances.py) or the
    substance in the client's words, and the reaction it gives."""

    __tablename__ = "anamnesis_allergies"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    anamnesis_id: Mapped[int] = mapped_column(
        ForeignKey("anamneses.id", ondelete="CASCADE"), index=True
    )
    substance: Mapped[str] = mapped_column(String(100))
    reaction: Mapped[str] = mapped_column(String(300), default="")


class SkinAssessment(Base):
    """The skin on one day; numeric scales are None when not assessed (ranges in
    domain/health/skin.py). `face_chart` is the chart's JSON, empty when none."""

    __tablename__ = "skin_assessments"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = client_fk(on_delete="RESTRICT")
    assessed_on: Mapped[date] = mapped_column(Date)
    specialist_id: Mapped[int | None] = _user_fk()
    skin_type: Mapped[SkinType | None] = mapped_column(enum_type(SkinType))
    fitzpatrick: Mapped[int | None] = mapped_column(SmallInteger)
    glogau: Mapped[int | None] = mapped_column(SmallInteger)
    baumann: Mapped[str] = mapped_column(String(4), default="")
    turgor: Mapped[int | None] = mapped_column(SmallInteger)
    sensitivity: Mapped[int | None] = mapped_column(SmallInteger)
    pigmentation: Mapped[int | None] = mapped_column(SmallInteger)
    vascular: Mapped[int | None] = mapped_column(SmallInteger)
    acne_grade: Mapped[int | None] = mapped_column(SmallInteger)
    wrinkle_type: Mapped[WrinkleType | None] = mapped_column(enum_type(WrinkleType))
    wrinkle_depth: Mapped[int | None] = mapped_column(SmallInteger)
    description: Mapped[str] = _text()
    face_chart: Mapped[str] = _text()
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)


class HomeCare(Base):
    """A product the client uses at home, since when, and how it worked."""

    __tablename__ = "home_care"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = client_fk(on_delete="RESTRICT")
    started_on: Mapped[date] = mapped_column(Date)
    product: Mapped[str] = mapped_column(String(200))
    usage: Mapped[str] = _text()
    outcome: Mapped[str] = _text()
    recorded_by_id: Mapped[int | None] = _user_fk()
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)
