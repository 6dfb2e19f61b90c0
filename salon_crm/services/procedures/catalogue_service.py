"""The salon's catalogue: procedures with their contraindication rules, products with
their substances, and the products' lots (expiry, recall).

Anyone who reads clients reads the catalogue; only the owner edits it (SETTINGS_MANAGE).
A procedure type is never deleted (procedures point at it): it is deactivated.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from salon_crm.db.base import utc_now
from salon_crm.db.engine import Database
from salon_crm.db.models import ProcedureType, Product, ProductLot
from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.errors import FieldError, NotFoundError, ValidationError
from salon_crm.domain.common.text import fold, tidy
from salon_crm.domain.common.validation import check_name, check_text
from salon_crm.domain.permissions import Permission
from salon_crm.services.clients.client_validation import column_width
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.salon_context import load_context
from salon_crm.services.core.unit_of_work import unit_of_work
from salon_crm.services.procedures import procedure_messages as pmsg
from salon_crm.services.procedures.catalogue_rows import (
    check_amount,
    check_codes,
    get_procedure_type,
    get_product,
    lot_row,
    product_named,
    product_row,
    type_row,
)
from salon_crm.services.procedures.catalogue_types import (
    LotRow,
    ProcedureTypeInput,
    ProcedureTypeRow,
    ProductInput,
    ProductRow,
)
from salon_crm.services.procedures.lots import lot_for_use

MIN_DURATION, MAX_DURATION = 5, 600


class CatalogueService:
    """Every method is one transaction and checks the acting user's permission first."""

    def __init__(
        self, db: Database, actor: Actor, *, clock: Callable[[], datetime] = utc_now
    ) -> None:
        self._db = db
        self._actor = actor
        self._clock = clock

    # --- procedures ------------------------------------------------------------------------

    def procedure_types(self, *, include_inactive: bool = False) -> list[ProcedureTypeRow]:
        """The catalogue in its order; the active procedures only unless asked."""
        self._actor.require(Permission.CLIENTS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            query = select(ProcedureType).order_by(ProcedureType.position, ProcedureType.id)
            if not include_inactive:
                query = query.where(ProcedureType.is_active.is_(True))
            currency = load_context(session).currency
            return [type_row(row, currency) for row in session.scalars(query)]

    def procedure_type(self, type_id: int) -> ProcedureTypeRow:
        self._actor.require(Permission.CLIENTS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            return type_row(get_procedure_type(session, type_id), load_context(session).currency)

    def find_procedure_type(self, text: str) -> ProcedureTypeRow:
        """The procedure with this code, else the one with this name (case and diacritics
        folded; a default procedure also answers to its English name)."""
        wanted = " ".join(fold(text).split())
        for row in self.procedure_types(include_inactive=True):
            if row.code == text.strip() or " ".join(fold(row.name).split()) == wanted:
                return row
        raise NotFoundError(f"no procedure {text.strip()!r} in the catalogue")

    def create_procedure_type(self, data: ProcedureTypeInput) -> ProcedureTypeRow:
        self._actor.require(Permission.SETTINGS_MANAGE)
        with unit_of_work(self._db, self._actor) as session:
            currency = load_context(session).currency
            row = ProcedureType(code=None, is_active=True)
            row.position = (session.scalar(select(func.max(ProcedureType.position))) or 0) + 1
            self._apply_type(row, data, currency)
            session.add(row)
            session.flush()
            return type_row(row, currency)

    def update_procedure_type(self, type_id: int, data: ProcedureTypeInput) -> ProcedureTypeRow:
        self._actor.require(Permission.SETTINGS_MANAGE)
        with unit_of_work(self._db, self._actor) as session:
            currency = load_context(session).currency
            row = get_procedure_type(session, type_id)
            self._apply_type(row, data, currency)
            session.flush()
            return type_row(row, currency)

    def set_procedure_type_active(self, type_id: int, *, active: bool) -> ProcedureTypeRow:
        """Stop offering a procedure (its past procedures keep it), or offer it again."""
        self._actor.require(Permission.SETTINGS_MANAGE)
        with unit_of_work(self._db, self._actor) as session:
            row = get_procedure_type(session, type_id)
            row.is_active = active
            session.flush()
            return type_row(row, load_context(session).currency)

    @staticmethod
    def _apply_type(row: ProcedureType, data: ProcedureTypeInput, currency: str) -> None:
        name = tidy(data.name)
        errors = check_name(
            "name", name, required=row.code is None, limit=column_width(ProcedureType, "name")
        )
        if not MIN_DURATION <= data.duration_minutes <= MAX_DURATION:
            params = {"low": MIN_DURATION, "high": MAX_DURATION}
            errors.append(FieldError("duration_minutes", pmsg.DURATION_RANGE, params))
        errors += check_amount("price", data.price, currency, positive=False)
        errors += check_codes("blocks", data.blocks)
        errors += check_codes("warns", data.warns)
        if errors:
            raise ValidationError(errors)
        blocks = sorted(set(data.blocks))
        row.name = name
        row.category = data.category
        row.duration_minutes = data.duration_minutes
        row.price_minor = data.price.minor
        row.blocks = json.dumps(blocks)
        # A condition that blocks need not also warn.
        row.warns = json.dumps(sorted(set(data.warns) - set(blocks)))

    # --- products --------------------------------------------------------------------------

    def products(self, *, include_inactive: bool = False) -> list[ProductRow]:
        self._actor.require(Permission.CLIENTS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            query = select(Product).options(selectinload(Product.lots)).order_by(Product.name)
            if not include_inactive:
                query = query.where(Product.is_active.is_(True))
            return [product_row(p) for p in session.scalars(query)]

    def product(self, product_id: int) -> ProductRow:
        self._actor.require(Permission.CLIENTS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            return product_row(get_product(session, product_id))

    def product_named(self, name: str) -> ProductRow | None:
        self._actor.require(Permission.CLIENTS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            found = product_named(session, name)
            return product_row(found) if found else None

    def create_product(self, data: ProductInput) -> ProductRow:
        self._actor.require(Permission.SETTINGS_MANAGE)
        with unit_of_work(self._db, self._actor) as session:
            product = Product(is_active=True)
            self._apply_product(session, product, data)
            session.add(product)
            session.flush()
            return product_row(product)

    def update_product(self, product_id: int, data: ProductInput) -> ProductRow:
        self._actor.require(Permission.SETTINGS_MANAGE)
        with unit_of_work(self._db, self._actor) as session:
            product = get_product(session, product_id)
            self._apply_product(session, product, data)
            session.flush()
            return product_row(product)

    def set_product_active(self, product_id: int, *, active: bool) -> ProductRow:
        self._actor.require(Permission.SETTINGS_MANAGE)
        with unit_of_work(self._db, self._actor) as session:
            product = get_product(session, product_id)
            product.is_active = active
            session.flush()
            return product_row(product)

    @staticmethod
    def _apply_product(session: Session, product: Product, data: ProductInput) -> None:
        name, manufacturer, unit = tidy(data.name), tidy(data.manufacturer), tidy(data.unit)
        errors = check_text("name", name, required=True, limit=column_width(Product, "name"))
        errors += check_text(
            "manufacturer", manufacturer, limit=column_width(Product, "manufacturer")
        )
        errors += check_text("unit", unit, limit=column_width(Product, "unit"))
        substances: list[str] = []
        for index, typed in enumerate(data.substances):
            substance = tidy(typed)
            field = f"substances.{index}"
            if not substance:
                errors.append(FieldError(field, pmsg.SUBSTANCE_EMPTY))
            else:
                errors += check_text(field, substance, limit=100)
                if substance not in substances:
                    substances.append(substance)
        same_name = product_named(session, name) if name else None
        if same_name is not None and same_name is not product:
            errors.append(FieldError("name", msg.NAME_TAKEN))
        if errors:
            raise ValidationError(errors)
        product.name = name
        product.manufacturer = manufacturer
        product.unit = unit
        product.substances = json.dumps(substances, ensure_ascii=False)

    # --- lots ------------------------------------------------------------------------------

    def add_lot(self, product_id: int, *, lot_number: str, expires_on: date | None) -> LotRow:
        """A new lot of the product; an existing one with this number is returned as it is
        when its expiry agrees (see `lot_for_use`)."""
        self._actor.require(Permission.SETTINGS_MANAGE)
        with unit_of_work(self._db, self._actor) as session:
            lot = lot_for_use(
                session, get_product(session, product_id), lot_number, expires_on, field=""
            )
            session.flush()
            return lot_row(lot)

    def mark_lot_recalled(self, lot_id: int, *, on: date, note: str = "") -> LotRow:
        """The lot is recalled from `on`: it cannot be used any more, and the cards of
        the clients who received it say so."""
        self._actor.require(Permission.SETTINGS_MANAGE)
        note = tidy(note)
        errors = check_text("recall_note", note, limit=column_width(ProductLot, "recall_note"))
        if errors:
            raise ValidationError(errors)
        with unit_of_work(self._db, self._actor) as session:
            lot = self._lot(session, lot_id)
            lot.recalled_on = on
            lot.recall_note = note
            session.flush()
            return lot_row(lot)

    def unmark_lot_recalled(self, lot_id: int) -> LotRow:
        self._actor.require(Permission.SETTINGS_MANAGE)
        with unit_of_work(self._db, self._actor) as session:
            lot = self._lot(session, lot_id)
            lot.recalled_on = None
            lot.recall_note = ""
            session.flush()
            return lot_row(lot)

    @staticmethod
    def _lot(session: Session, lot_id: int) -> ProductLot:
        lot = session.get(ProductLot, lot_id)
        if lot is None:
            raise NotFoundError(f"no lot {lot_id}")
        return lot
