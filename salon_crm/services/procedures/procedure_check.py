"""The check before a procedure: the client's current anamnesis against the procedure's
rules and the products' substances, and the lots that may not be used at all."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from salon_crm.db.hooks.audit import record_read
from salon_crm.db.models import ProcedureType, Product, ProductLot
from salon_crm.db.queries.health import current_anamnesis
from salon_crm.domain.common.dates import format_day
from salon_crm.domain.common.errors import FieldError
from salon_crm.domain.health.conditions import BY_CODE
from salon_crm.domain.health.contraindications import ProductContents, Reason, check
from salon_crm.domain.health.substances import SUBSTANCES
from salon_crm.services.procedures import procedure_messages as pmsg
from salon_crm.services.procedures.catalogue_rows import (
    condition_codes,
    get_product,
    product_named,
    substances_of,
)
from salon_crm.services.procedures.lots import existing_lot, lot_problems
from salon_crm.services.procedures.procedure_types import (
    ContraindicationCheck,
    ProductUse,
    RefusedLot,
)


@dataclass(frozen=True)
class ResolvedUse:
    """A product use with its product found and its lot, when the salon has it already."""

    index: int
    use: ProductUse
    product: Product
    lot: ProductLot | None


@dataclass(frozen=True)
class Evaluation:
    check: ContraindicationCheck
    uses: tuple[ResolvedUse, ...]
    problems: tuple[FieldError, ...]  # unknown products, lots named wrongly, refused lots


def _resolve(
    session: Session, uses: Sequence[ProductUse], *, strict: bool
) -> tuple[list[ResolvedUse], list[FieldError]]:
    resolved: list[ResolvedUse] = []
    problems: list[FieldError] = []
    for index, use in enumerate(uses):
        field = f"products.{index}"
        if use.product_id is not None:
            product: Product | None = get_product(session, use.product_id)
        else:
            product = product_named(session, use.product_name)
        if product is None:
            params = {"name": use.product_name.strip()}
            problems.append(FieldError(f"{field}.product", pmsg.PRODUCT_UNKNOWN, params))
            continue
        lot = existing_lot(session, product.id, use.lot_number) if use.lot_number else None
        if strict:
            problems += lot_problems(product, lot, use.lot_number, use.expires_on, field)
        resolved.append(ResolvedUse(index, use, product, lot))
    return resolved, problems


def _refusal(item: ResolvedUse, on: date) -> tuple[RefusedLot, FieldError] | None:
    lot = item.lot
    expires_on = lot.expires_on if lot is not None and lot.expires_on else item.use.expires_on
    recalled_on = lot.recalled_on if lot is not None else None
    number = lot.lot_number if lot is not None else item.use.lot_number.strip()
    params = {"lot": number, "product": item.product.name}
    field = f"products.{item.index}.lot_number"
    if recalled_on is not None and recalled_on <= on:
        refused = RefusedLot(item.product.name, number, expires_on, recalled_on)
        error = FieldError(
            field, pmsg.LOT_RECALLED, {**params, "recalled_on": format_day(recalled_on)}
        )
        return refused, error
    if expires_on is not None and expires_on < on:
        refused = RefusedLot(item.product.name, number, expires_on, None)
        error = FieldError(
            field, pmsg.LOT_EXPIRED, {**params, "expires_on": format_day(expires_on)}
        )
        return refused, error
    return None


def evaluate(
    session: Session,
    client_id: int,
    procedure_type: ProcedureType,
    uses: Sequence[ProductUse],
    *,
    on: date,
    strict: bool,
) -> Evaluation:
    """Every reason and every refused lot for a procedure on `on`; `strict` also asks
    that each lot is named fully (number, and expiry for a new one). Reading the
    anamnesis is audited."""
    anamnesis = current_anamnesis(session, client_id)
    conditions: list[str] = []
    allergies: list[str] = []
    if anamnesis is not None:
        record_read(session, table_name="anamneses", row_id=str(anamnesis.id), client_id=client_id)
        conditions = [c.code for c in anamnesis.conditions]
        allergies = [a.substance for a in anamnesis.allergies]
    resolved, problems = _resolve(session, uses, strict=strict)
    reasons = check(
        blocks=condition_codes(procedure_type.blocks),
        warns=condition_codes(procedure_type.warns),
        conditions=conditions,
        allergies=allergies,
        products=[ProductContents(r.product.name, substances_of(r.product)) for r in resolved],
    )
    refused: list[RefusedLot] = []
    for item in resolved:
        refusal = _refusal(item, on)
        if refusal is not None:
            refused.append(refusal[0])
            problems.append(refusal[1])
    return Evaluation(
        ContraindicationCheck(reasons, tuple(refused)), tuple(resolved), tuple(problems)
    )


def reason_error(reason: Reason) -> FieldError:
    """A blocking reason as the override field's message; the parameters carry the codes
    (for the GUI to word in the user's language) and English names (for the CLI)."""
    if reason.condition:
        condition = BY_CODE.get(reason.condition)
        params = {
            "condition": reason.condition,
            "condition_name": condition.name if condition else reason.condition,
        }
        return FieldError("override_reason", pmsg.CONDITION_BLOCKS, params)
    params = {
        "substance": reason.substance,
        "substance_name": SUBSTANCES.get(reason.substance, reason.substance),
        "product": reason.product,
    }
    return FieldError("override_reason", pmsg.ALLERGY_BLOCKS, params)
