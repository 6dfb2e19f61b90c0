"""Catalogue rows as the services hand them out, and the checks every catalogue write and
every recording share."""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from salon_crm.db.models import ProcedureType, Product, ProductLot
from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.errors import FieldError, NotFoundError
from salon_crm.domain.common.money import Money
from salon_crm.domain.common.text import fold
from salon_crm.domain.health.conditions import BY_CODE
from salon_crm.domain.health.procedure_catalogue import DEFAULT_BY_CODE
from salon_crm.services.procedures import procedure_messages as pmsg
from salon_crm.services.procedures.catalogue_types import LotRow, ProcedureTypeRow, ProductRow


def condition_codes(text: str) -> tuple[str, ...]:
    """A stored JSON list of condition codes, in the condition catalogue's order."""
    order = {code: i for i, code in enumerate(BY_CODE)}
    codes: list[str] = json.loads(text or "[]")
    return tuple(sorted(set(codes), key=lambda code: (order.get(code, len(order)), code)))


def substances_of(product: Product) -> tuple[str, ...]:
    return tuple(json.loads(product.substances or "[]"))


def default_name(code: str | None) -> str:
    default = DEFAULT_BY_CODE.get(code or "")
    return default.name if default else ""


def type_row(row: ProcedureType, currency: str) -> ProcedureTypeRow:
    return ProcedureTypeRow(
        id=row.id,
        code=row.code,
        custom_name=row.name,
        default_name=default_name(row.code),
        category=row.category,
        duration_minutes=row.duration_minutes,
        price=Money(row.price_minor, currency),
        blocks=condition_codes(row.blocks),
        warns=condition_codes(row.warns),
        is_active=row.is_active,
        position=row.position,
    )


def lot_row(lot: ProductLot) -> LotRow:
    return LotRow(
        id=lot.id,
        product_id=lot.product_id,
        lot_number=lot.lot_number,
        expires_on=lot.expires_on,
        recalled_on=lot.recalled_on,
        recall_note=lot.recall_note,
    )


def product_row(product: Product) -> ProductRow:
    return ProductRow(
        id=product.id,
        name=product.name,
        manufacturer=product.manufacturer,
        unit=product.unit,
        substances=substances_of(product),
        is_active=product.is_active,
        lots=tuple(lot_row(lot) for lot in product.lots),
    )


def get_procedure_type(session: Session, type_id: int) -> ProcedureType:
    row = session.get(ProcedureType, type_id)
    if row is None:
        raise NotFoundError(f"no procedure type {type_id}")
    return row


def get_product(session: Session, product_id: int) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise NotFoundError(f"no product {product_id}")
    return product


def product_named(session: Session, name: str) -> Product | None:
    """The product whose name is `name` after folding case, diacritics and spaces."""
    wanted = " ".join(fold(name).split())
    if not wanted:
        return None
    for product in session.scalars(select(Product).order_by(Product.is_active.desc(), Product.id)):
        if " ".join(fold(product.name).split()) == wanted:
            return product
    return None


def check_codes(field: str, codes: Iterable[str]) -> list[FieldError]:
    return [
        FieldError(field, pmsg.CONDITION_UNKNOWN, {"code": code})
        for code in codes
        if code not in BY_CODE
    ]


def check_amount(field: str, amount: Money, currency: str, *, positive: bool) -> list[FieldError]:
    """An amount in the salon's currency, not negative (nor zero when `positive`)."""
    if amount.currency != currency:
        params = {"currency": amount.currency, "expected": currency}
        return [FieldError(field, msg.MONEY_OTHER_CURRENCY, params)]
    if amount.minor < 0:
        return [FieldError(field, pmsg.AMOUNT_NEGATIVE)]
    if positive and amount.minor == 0:
        return [FieldError(field, pmsg.AMOUNT_NOT_POSITIVE)]
    return []
