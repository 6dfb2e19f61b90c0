"""Client names: how they are displayed and sorted."""

from __future__ import annotations

from salon_crm.domain.common.enums import NameOrder
from salon_crm.domain.common.text import collation_key, fold


def full_name(last: str, first: str, middle: str, order: NameOrder) -> str:
    parts: tuple[str, ...]
    if order is NameOrder.FIRST_MIDDLE_LAST:
        parts = (first, middle, last)
    elif order is NameOrder.FIRST_LAST:
        parts = (first, last)
    else:
        parts = (last, first, middle)
    return " ".join(p for p in parts if p)


def sort_key(last: str, first: str, middle: str) -> str:
    """Folded `last first middle`: the list's alphabetical order, case and accents aside."""
    return collation_key(fold(" ".join(p for p in (last, first, middle) if p)))
