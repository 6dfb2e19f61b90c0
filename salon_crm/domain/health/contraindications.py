"""Whether a procedure may be done for a client today: every reason at once.

A procedure's rules name condition codes that block it or only warn; the client's
current anamnesis holds conditions and allergies; the products to be used list their
substances. A blocking reason needs a written override; a warning is shown and passes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from salon_crm.domain.health.conditions import BY_CODE
from salon_crm.domain.health.substances import shared


class Severity(StrEnum):
    BLOCK = "block"
    WARN = "warn"


@dataclass(frozen=True)
class ProductContents:
    name: str
    substances: tuple[str, ...]


@dataclass(frozen=True)
class Reason:
    """One reason against the procedure: a condition of the client (`condition` is its
    code), or an allergy to a substance that a product contains (`substance` and
    `product`)."""

    severity: Severity
    condition: str = ""
    substance: str = ""
    product: str = ""


def check(
    *,
    blocks: Iterable[str],
    warns: Iterable[str],
    conditions: Iterable[str],
    allergies: Iterable[str],
    products: Iterable[ProductContents] = (),
) -> tuple[Reason, ...]:
    """Every reason, blocking ones first, each group in the catalogue's order of
    conditions; a condition that both blocks and warns only blocks."""
    present = set(conditions)
    blocking = set(blocks) & present
    warning = (set(warns) & present) - blocking
    order = {code: i for i, code in enumerate(BY_CODE)}

    def ordered(codes: set[str]) -> list[str]:
        return sorted(codes, key=lambda code: (order.get(code, len(order)), code))

    reasons = [Reason(Severity.BLOCK, condition=code) for code in ordered(blocking)]
    allergy_list = list(allergies)
    for product in products:
        reasons.extend(
            Reason(Severity.BLOCK, substance=substance, product=product.name)
            for substance in shared(allergy_list, product.substances)
        )
    reasons.extend(Reason(Severity.WARN, condition=code) for code in ordered(warning))
    return tuple(reasons)


def needs_override(reasons: Iterable[Reason]) -> bool:
    return any(reason.severity is Severity.BLOCK for reason in reasons)
