"""What the procedure service takes and gives back: the check before a procedure, the
procedure as recorded, the visits list, one visit in full and the client's balance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from salon_crm.domain.common.money import Money
from salon_crm.domain.health.contraindications import Reason, Severity


@dataclass(frozen=True)
class ProductUse:
    """A product lot to be used: the product by id, or by its name in the catalogue
    (the command line's way); the lot is found, or added when new."""

    product_id: int | None = None
    product_name: str = ""
    lot_number: str = ""
    expires_on: date | None = None
    quantity: str = ""


@dataclass(frozen=True)
class RefusedLot:
    """A lot that may not be used, whatever the reason given: expired on the procedure's
    day, or recalled."""

    product: str
    lot_number: str
    expires_on: date | None
    recalled_on: date | None

    @property
    def expired(self) -> bool:
        return self.recalled_on is None


@dataclass(frozen=True)
class ContraindicationCheck:
    """Every reason against the procedure at once (blocking first) and every lot refused."""

    reasons: tuple[Reason, ...]
    refused_lots: tuple[RefusedLot, ...] = ()

    @property
    def blocking(self) -> tuple[Reason, ...]:
        return tuple(r for r in self.reasons if r.severity is Severity.BLOCK)

    @property
    def warnings(self) -> tuple[Reason, ...]:
        return tuple(r for r in self.reasons if r.severity is Severity.WARN)

    @property
    def needs_override(self) -> bool:
        return bool(self.blocking)

    @property
    def clear(self) -> bool:
        return not self.reasons and not self.refused_lots


@dataclass(frozen=True)
class ProcedureInput:
    """A procedure to record. `price` None takes the catalogue's, `discount_percent` None
    the client's personal discount, `specialist_id` None the acting user; `paid` is what
    the client pays now (None or zero: nothing)."""

    procedure_type_id: int
    performed_at: datetime
    specialist_id: int | None = None
    zones: str = ""
    device_parameters: str = ""
    result: str = ""
    reaction: str = ""
    recommendations: str = ""
    home_care: str = ""
    next_visit_on: date | None = None
    face_chart: str = ""  # the face chart's JSON, empty when none
    products: tuple[ProductUse, ...] = ()
    price: Money | None = None
    discount_percent: int | None = None
    paid: Money | None = None
    override_reason: str = ""


@dataclass(frozen=True)
class RecordedProcedure:
    id: int
    warnings: tuple[Reason, ...]  # shown and passed
    overridden: tuple[Reason, ...]  # blocking reasons the override reason answered


@dataclass(frozen=True)
class VisitRow:
    """One line of the Procedures tab: no clinical field, so every role may read it."""

    id: int
    performed_at: datetime
    procedure_type_id: int
    procedure_code: str | None
    procedure_custom_name: str
    procedure_default_name: str
    specialist: str
    price: Money
    discount_percent: int
    sold: Money  # the price after the discount
    paid: Money  # paid against this procedure, refunds deducted
    next_visit_on: date | None
    overridden: bool
    has_recalled_lot: bool

    @property
    def procedure_name(self) -> str:
        return self.procedure_custom_name or self.procedure_default_name


@dataclass(frozen=True)
class UsedProduct:
    product_id: int
    product: str
    manufacturer: str
    lot_id: int
    lot_number: str
    expires_on: date | None
    quantity: str
    recalled_on: date | None
    recall_note: str


@dataclass(frozen=True)
class ProcedureDetail:
    """One procedure in full, for those who may read the health record."""

    visit: VisitRow
    client_id: int
    zones: str
    device_parameters: str
    result: str
    reaction: str
    recommendations: str
    home_care: str
    face_chart: str
    override_reason: str
    products: tuple[UsedProduct, ...]
    recorded_at: datetime
    recorded_by: str


@dataclass(frozen=True)
class Balance:
    """Summed from the ledger: `paid` is net of refunds, so `balance` = sold − paid;
    positive is a debt, negative a credit (a prepayment)."""

    sold: Money
    paid: Money
    balance: Money

    @property
    def in_debt(self) -> bool:
        return self.balance.minor > 0

    @property
    def in_credit(self) -> bool:
        return self.balance.minor < 0


@dataclass(frozen=True)
class RecalledLotNotice:
    """A recalled lot this client received, for the card's banner."""

    product: str
    lot_number: str
    recalled_on: date
    recall_note: str
    received_on: date
