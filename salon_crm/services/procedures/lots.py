"""Finding the lot a procedure uses, or adding it when the salon meets it for the first time."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from salon_crm.db.models import Product, ProductLot
from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.dates import format_day
from salon_crm.domain.common.errors import FieldError, ValidationError
from salon_crm.domain.common.text import tidy
from salon_crm.domain.common.validation import check_text
from salon_crm.services.clients.client_validation import column_width
from salon_crm.services.procedures import procedure_messages as pmsg


def _field(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def existing_lot(session: Session, product_id: int, lot_number: str) -> ProductLot | None:
    return session.scalar(
        select(ProductLot).where(
            ProductLot.product_id == product_id, ProductLot.lot_number == tidy(lot_number)
        )
    )


def lot_problems(
    product: Product, lot: ProductLot | None, lot_number: str, expires_on: date | None, field: str
) -> list[FieldError]:
    """Why this lot cannot be named as typed: no number, no expiry for a new lot, or an
    expiry other than the one the lot was recorded with."""
    number = tidy(lot_number)
    number_field = _field(field, "lot_number")
    errors = check_text(
        number_field, number, required=True, limit=column_width(ProductLot, "lot_number")
    )
    if errors:
        return errors
    if lot is None and expires_on is None:
        return [FieldError(_field(field, "expires_on"), msg.REQUIRED)]
    if (
        lot is not None
        and lot.expires_on is not None
        and expires_on is not None
        and expires_on != lot.expires_on
    ):
        params = {"lot": number, "product": product.name, "expires_on": format_day(lot.expires_on)}
        return [FieldError(_field(field, "expires_on"), pmsg.LOT_EXPIRY_DIFFERS, params)]
    return []


def lot_for_use(
    session: Session, product: Product, lot_number: str, expires_on: date | None, *, field: str
) -> ProductLot:
    """The product's lot with this number, added when new; an expiry given for a lot
    recorded without one is kept. Problems raise a ValidationError on `field`.*."""
    lot = existing_lot(session, product.id, lot_number)
    errors = lot_problems(product, lot, lot_number, expires_on, field)
    if errors:
        raise ValidationError(errors)
    if lot is None:
        lot = ProductLot(product_id=product.id, lot_number=tidy(lot_number), expires_on=expires_on)
        session.add(lot)
    elif lot.expires_on is None and expires_on is not None:
        lot.expires_on = expires_on
    return lot
