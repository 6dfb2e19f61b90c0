"""The client's money, summed from the ledger every time (never stored)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from salon_crm.db.models import LedgerRow
from salon_crm.domain.common.ledger import EntryKind, LedgerEntry, balance
from salon_crm.domain.common.money import Money, zero
from salon_crm.services.procedures.procedure_types import Balance


def client_balance(session: Session, client_id: int, currency: str) -> Balance:
    entries = [
        LedgerEntry(kind, Money(amount, row_currency))
        for kind, amount, row_currency in session.execute(
            select(LedgerRow.kind, LedgerRow.amount_minor, LedgerRow.currency).where(
                LedgerRow.client_id == client_id
            )
        )
    ]
    sold = sum((e.amount for e in entries if e.kind is EntryKind.SOLD), zero(currency))
    owed = balance(entries, currency)
    return Balance(sold=sold, paid=sold - owed, balance=owed)
