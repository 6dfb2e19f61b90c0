"""The procedure catalogue, products and their lots, the procedures done (visits) with
the products used, and the money ledger they feed."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from salon_crm.db.base import Base, UtcDateTime, utc_now
from salon_crm.db.models.columns import client_fk, enum_type
from salon_crm.domain.common.ledger import EntryKind
from salon_crm.domain.health.procedure_catalogue import ProcedureCategory


class ProcedureType(Base):
    """A procedure the salon offers. `code` ties a row to the default catalogue (its
    name is then translated unless `name` overrides it); `blocks` and `warns` are JSON
    lists of condition codes."""

    __tablename__ = "procedure_types"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[ProcedureCategory] = mapped_column(enum_type(ProcedureCategory))
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    price_minor: Mapped[int] = mapped_column(Integer, default=0)
    blocks: Mapped[str] = mapped_column(Text, default="[]")
    warns: Mapped[str] = mapped_column(Text, default="[]")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Product(Base):
    """A preparation or consumable; `substances` is a JSON list of substance codes or
    names (active substances and allergens)."""

    __tablename__ = "products"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    manufacturer: Mapped[str] = mapped_column(String(200), default="")
    substances: Mapped[str] = mapped_column(Text, default="[]")
    unit: Mapped[str] = mapped_column(String(20), default="")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)

    lots: Mapped[list[ProductLot]] = relationship(
        back_populates="product", order_by="ProductLot.id"
    )


class ProductLot(Base):
    """One lot (batch) of a product; a recalled lot shows on the cards of the clients
    who received it."""

    __tablename__ = "product_lots"
    __audited__ = True
    __table_args__ = (UniqueConstraint("product_id", "lot_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="RESTRICT"))
    lot_number: Mapped[str] = mapped_column(String(60), index=True)
    expires_on: Mapped[date | None] = mapped_column(Date)
    recalled_on: Mapped[date | None] = mapped_column(Date)
    recall_note: Mapped[str] = mapped_column(String(300), default="")

    product: Mapped[Product] = relationship(back_populates="lots")


class Procedure(Base):
    """A procedure done for a client (a visit). The price is what was asked before the
    discount; what the client owes is in the ledger."""

    __tablename__ = "procedures"
    __audited__ = True
    __table_args__ = (Index("ix_procedures_client_performed", "client_id", "performed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = client_fk(on_delete="RESTRICT")
    performed_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    specialist_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    procedure_type_id: Mapped[int] = mapped_column(
        ForeignKey("procedure_types.id", ondelete="RESTRICT"), index=True
    )
    zones: Mapped[str] = mapped_column(Text, default="")
    device_parameters: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
    reaction: Mapped[str] = mapped_column(Text, default="")
    recommendations: Mapped[str] = mapped_column(Text, default="")
    home_care: Mapped[str] = mapped_column(Text, default="")
    next_visit_on: Mapped[date | None] = mapped_column(Date, index=True)
    price_minor: Mapped[int] = mapped_column(Integer, default=0)
    discount_percent: Mapped[int] = mapped_column(SmallInteger, default=0)
    currency: Mapped[str] = mapped_column(String(3))
    # Why the specialist went ahead despite a blocking contraindication (empty: none hit).
    override_reason: Mapped[str] = mapped_column(Text, default="")
    face_chart: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    products: Mapped[list[ProcedureProduct]] = relationship(
        cascade="all, delete-orphan", order_by="ProcedureProduct.id"
    )


class ProcedureProduct(Base):
    """A product lot used in a procedure; lot recall starts from `lot_id`."""

    __tablename__ = "procedure_products"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(
        ForeignKey("procedures.id", ondelete="RESTRICT"), index=True
    )
    lot_id: Mapped[int] = mapped_column(
        ForeignKey("product_lots.id", ondelete="RESTRICT"), index=True
    )
    quantity: Mapped[str] = mapped_column(String(30), default="")


class LedgerRow(Base):
    """One money event of a client (domain/common/ledger.py): a sale, a payment or a
    refund, never negative; balances are summed from these rows, never stored."""

    __tablename__ = "ledger"
    __audited__ = True
    # Covers the sum of a client's rows (the balance, the "has debt" filter) from the index.
    __table_args__ = (Index("ix_ledger_client_kind_amount", "client_id", "kind", "amount_minor"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = client_fk(on_delete="RESTRICT")
    procedure_id: Mapped[int | None] = mapped_column(
        ForeignKey("procedures.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[EntryKind] = mapped_column(enum_type(EntryKind))
    amount_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)
    note: Mapped[str] = mapped_column(String(300), default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
