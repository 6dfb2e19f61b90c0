"""A client's balance, computed from the rows of the ledger and never stored.

Each row is an event: something was sold to the client, the client paid, or the salon
gave money back. A running total kept beside them would sooner or later disagree with
them; the rows are the truth and the balance is always summed again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from salon_crm.domain.common.money import Money, zero


class EntryKind(StrEnum):
    SOLD = "sold"  # a procedure or product given to the client: they owe its price
    PAID = "paid"  # money the client handed over
    REFUNDED = "refunded"  # money the salon handed back to the client


@dataclass(frozen=True)
class LedgerEntry:
    kind: EntryKind
    amount: Money  # never negative: the kind says which way the money went

    def __post_init__(self) -> None:
        if self.amount.minor < 0:
            raise ValueError(f"a ledger amount is not negative: {self.amount}")


_SIGN = {EntryKind.SOLD: 1, EntryKind.PAID: -1, EntryKind.REFUNDED: 1}


def balance(entries: Iterable[LedgerEntry], currency: str) -> Money:
    """What the client owes: positive when they owe the salon, negative when the salon
    holds their money (a prepayment), zero when they are square.

    A refund gives back money the client had paid, so it raises what they owe by as much
    as the payment lowered it. An entry in another currency raises CurrencyMismatchError.
    """
    owed = zero(currency)
    for entry in entries:
        owed += entry.amount * _SIGN[entry.kind]
    return owed
