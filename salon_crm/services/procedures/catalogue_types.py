"""What the procedure and product catalogue services take and give back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from salon_crm.domain.common.money import Money
from salon_crm.domain.health.procedure_catalogue import ProcedureCategory


@dataclass(frozen=True)
class ProcedureTypeRow:
    """A procedure of the salon's catalogue. `custom_name` is the salon's own name; when
    it is empty the GUI shows `default_name` (the default catalogue's English name for
    `code`) translated under procedure_catalogue.CONTEXT."""

    id: int
    code: str | None
    custom_name: str
    default_name: str
    category: ProcedureCategory
    duration_minutes: int
    price: Money
    blocks: tuple[str, ...]  # condition codes, in the catalogue's order
    warns: tuple[str, ...]
    is_active: bool
    position: int

    @property
    def name(self) -> str:
        """The English name (the command line's; the GUI translates `default_name`)."""
        return self.custom_name or self.default_name


@dataclass(frozen=True)
class ProcedureTypeInput:
    """A procedure as the owner edits it; `name` may stay empty only for a procedure of
    the default catalogue (it then keeps the translated name)."""

    name: str
    category: ProcedureCategory
    duration_minutes: int
    price: Money
    blocks: tuple[str, ...] = ()
    warns: tuple[str, ...] = ()


@dataclass(frozen=True)
class LotRow:
    id: int
    product_id: int
    lot_number: str
    expires_on: date | None
    recalled_on: date | None
    recall_note: str

    @property
    def recalled(self) -> bool:
        return self.recalled_on is not None


@dataclass(frozen=True)
class ProductRow:
    id: int
    name: str
    manufacturer: str
    unit: str
    substances: tuple[str, ...]  # substance codes (substances.py) or free text
    is_active: bool
    lots: tuple[LotRow, ...]


@dataclass(frozen=True)
class ProductInput:
    name: str
    manufacturer: str = ""
    unit: str = ""
    substances: tuple[str, ...] = ()
