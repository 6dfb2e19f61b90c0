"""Lot recall: every client who received a lot (or any lot of a product) in a date
range, with the contacts to reach them.

One query over the indexes on `procedure_products.lot_id` and `procedures.id`, starting
from the few lots that match; the clients' contacts are then read for the clients found.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from salon_crm.db.hooks.audit import record_read
from salon_crm.db.models import Procedure, ProcedureProduct, Product, ProductLot
from salon_crm.domain.common.dates import local_moment
from salon_crm.domain.common.text import tidy
from salon_crm.domain.permissions import Permission
from salon_crm.services.clients.client_reading import load_rows
from salon_crm.services.core.salon_context import load_context
from salon_crm.services.core.unit_of_work import unit_of_work
from salon_crm.services.procedures.bound_service import BoundService


@dataclass(frozen=True)
class RecallHit:
    """A product lot a client received in a procedure."""

    client_id: int
    client_number: str
    client_name: str
    phone: str  # the main phone as the salon's country writes it
    email: str
    archived: bool
    procedure_id: int
    performed_at: datetime
    product: str
    lot_number: str

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
        query = (
            select(
                Procedure.client_id,
                Procedure.id,
                Procedure.performed_at,
                Product.name,
                ProductLot.lot_number,
            )
            .select_from(ProcedureProduct)
            .join(Procedure, Procedure.id == ProcedureProduct.procedure_id)
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
            client_ids = list(dict.fromkeys(row.client_id for row in found))
            clients = {
                row.id: row for row in load_rows(session, client_ids, context, self._today())
            }
            record_read(
                session,
                table_name="procedure_products",
                row_id=f"recall:{lot_number or ''}:{product_id or ''}",
                client_id=None,
            )
        return [
            RecallHit(
                client_id=row.client_id,
                client_number=clients[row.client_id].number,
                client_name=clients[row.client_id].full_name,
                phone=clients[row.client_id].main_phone_display,
                email=clients[row.client_id].email,
                archived=clients[row.client_id].archived,
                procedure_id=row.id,
                performed_at=row.performed_at,
                product=row.name,
                lot_number=row.lot_number,
            )
            for row in found
        ]
