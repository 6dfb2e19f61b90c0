"""Lot recall: every client who received a lot (or any lot of a product) in a date
range, with the contacts to reach them.

One query over the indexes on `procedure_products.lot_id` and the primary keys, starting
from the few lots that match, with the clients' contacts joined in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from sqlalchemy import select

from salon_crm.db.hooks.audit import record_read
from salon_crm.db.models import (
    Client,
    ClientEmail,
    Procedure,
    ProcedureProduct,
    Product,
    ProductLot,
)
from salon_crm.domain.common.dates import local_moment
from salon_crm.domain.common.names import full_name
from salon_crm.domain.common.phones import format_phone
from salon_crm.domain.common.text import tidy
from salon_crm.domain.permissions import Permission
from salon_crm.services.core.bound_service import BoundService
from salon_crm.services.core.salon_context import load_context
from salon_crm.services.core.unit_of_work import unit_of_work


@lru_cache(maxsize=16_384)
def _phone(e164: str, region: str) -> str:
    return format_phone(e164, region)


@dataclass(frozen=True)
class RecallHit:
    """A product lot a client received in a procedure."""

    client_id: int
    client_number: str
    client_name: str
    main_phone: str  # E.164, empty when none
    region: str  # the salon's country, for writing the phone the local way
    email: str
    archived: bool
    procedure_id: int
    performed_at: datetime
    product: str
    lot_number: str

    @property
    def phone(self) -> str:
        """The main phone as the salon's country writes it; formatted only when asked
        for, since a recall of a whole product can list thousands of clients."""
        return _phone(self.main_phone, self.region) if self.main_phone else ""

    @property
    def performed_on(self) -> date:
        return local_moment(self.performed_at).date()


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()


class LotRecallService(BoundService):
    def recall(
        self,
        *,
        lot_number: str | None = None,
        product_id: int | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> list[RecallHit]:
        """The procedures that used the lot numbered `lot_number` (of any product, or of
        `product_id`), or any lot of `product_id`, from `date_from` to `date_to` (local
        days, both included), oldest first. The search is audited as one read."""
        self._actor.require(Permission.HEALTH_READ)
        if lot_number is None and product_id is None:
            raise ValueError("a recall names a lot or a product")
        lots = select(ProductLot.id)
        if lot_number is not None:
            lots = lots.where(ProductLot.lot_number == tidy(lot_number))
        if product_id is not None:
            lots = lots.where(ProductLot.product_id == product_id)
        first_email = (
            select(ClientEmail.address)
            .where(ClientEmail.client_id == Client.id)
            .order_by(ClientEmail.position)
            .limit(1)
            .scalar_subquery()
        )
        query = (
            select(
                Procedure.client_id,
                Procedure.id,
                Procedure.performed_at,
                Product.name,
                ProductLot.lot_number,
                Client.number,
                Client.last_name,
                Client.first_name,
                Client.middle_name,
                Client.main_phone,
                Client.archived_at,
                first_email.label("email"),
            )
            .select_from(ProcedureProduct)
            .join(Procedure, Procedure.id == ProcedureProduct.procedure_id)
            .join(Client, Client.id == Procedure.client_id)
            .join(ProductLot, ProductLot.id == ProcedureProduct.lot_id)
            .join(Product, Product.id == ProductLot.product_id)
            .where(ProcedureProduct.lot_id.in_(lots.scalar_subquery()))
            .order_by(Procedure.performed_at, Procedure.id, ProcedureProduct.id)
        )
        if date_from is not None:
            query = query.where(Procedure.performed_at >= _start_of(date_from))
        if date_to is not None:
            query = query.where(Procedure.performed_at < _start_of(date_to + timedelta(days=1)))
        with unit_of_work(self._db, self._actor) as session:
            found = session.execute(query).all()
            context = load_context(session)
            record_read(
                session,
                table_name="procedure_products",
                row_id=f"recall:{lot_number or ''}:{product_id or ''}",
                client_id=None,
            )
        order, region = context.name_order, context.region
        return [
            RecallHit(
                client_id=row.client_id,
                client_number=row.number,
                client_name=full_name(row.last_name, row.first_name, row.middle_name, order),
                main_phone=row.main_phone or "",
                region=region,
                email=row.email or "",
                archived=row.archived_at is not None,
                procedure_id=row.id,
                performed_at=row.performed_at,
                product=row.name,
                lot_number=row.lot_number,
            )
            for row in found
        ]
