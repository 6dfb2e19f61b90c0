"""Procedures (visits): the contraindication check, recording with products, lots and
money, the visits list, one visit in full, payments, refunds and the balance.

Recording writes health data: HEALTH_WRITE and the client's active health-data consent.
The visits list and the balance carry no clinical field and are read with CLIENTS_READ;
one visit in full needs HEALTH_READ and is audited as a read.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, and_, case, exists, func, select
from sqlalchemy.orm import Session

from salon_crm.db.hooks.audit import record_read
from salon_crm.db.models import (
    LedgerRow,
    Procedure,
    ProcedureProduct,
    ProcedureType,
    Product,
    ProductLot,
    User,
)
from salon_crm.db.queries.client_marks import mark_client
from salon_crm.domain.common import messages as msg
from salon_crm.domain.common import validation as rules
from salon_crm.domain.common.dates import local_moment
from salon_crm.domain.common.errors import FieldError, NotFoundError, ValidationError
from salon_crm.domain.common.ledger import EntryKind
from salon_crm.domain.common.money import Money
from salon_crm.domain.common.text import tidy
from salon_crm.domain.permissions import Permission
from salon_crm.services.clients.client_reading import known_client
from salon_crm.services.core.bound_service import BoundService
from salon_crm.services.core.salon_context import load_context
from salon_crm.services.core.unit_of_work import unit_of_work
from salon_crm.services.health.health_access import require_health_write
from salon_crm.services.health.health_records import ALL_ROWS, user_names
from salon_crm.services.procedures import procedure_messages as pmsg
from salon_crm.services.procedures.catalogue_rows import (
    check_amount,
    default_name,
    get_procedure_type,
)
from salon_crm.services.procedures.ledger_reading import client_balance
from salon_crm.services.procedures.lots import lot_for_use
from salon_crm.services.procedures.procedure_check import evaluate, reason_error
from salon_crm.services.procedures.procedure_types import (
    Balance,
    ContraindicationCheck,
    ProcedureDetail,
    ProcedureInput,
    ProductUse,
    RecalledLotNotice,
    RecordedProcedure,
    UsedProduct,
    VisitRow,
)

_TEXTS = ("zones", "device_parameters", "result", "reaction", "recommendations", "home_care")


class ProcedureService(BoundService):
    # --- before and while recording --------------------------------------------------------

    def check(
        self,
        client_id: int,
        procedure_type_id: int,
        products: Sequence[ProductUse] = (),
        *,
        on: date | None = None,
    ) -> ContraindicationCheck:
        """Every reason against the procedure for this client, and the lots refused, on
        `on` (today by default). An unknown product raises a ValidationError."""
        self._actor.require(Permission.HEALTH_READ)
        with unit_of_work(self._db, self._actor) as session:
            known_client(session, client_id)
            kind = get_procedure_type(session, procedure_type_id)
            found = evaluate(
                session, client_id, kind, products, on=on or self._today(), strict=False
            )
            unknown = [p for p in found.problems if p.template == pmsg.PRODUCT_UNKNOWN]
            if unknown:
                raise ValidationError(unknown)
            return found.check

    def record(self, client_id: int, data: ProcedureInput) -> RecordedProcedure:
        """Record a procedure, its products and its money in one transaction.

        Checked again here, whatever the form showed: a blocking reason without an
        override reason, or a lot expired or recalled on the procedure's day, raises one
        ValidationError with every problem and nothing is written.
        """
        today = self._today()
        with unit_of_work(self._db, self._actor) as session:
            client = require_health_write(session, self._actor, client_id, today=today)
            context = load_context(session)
            kind = get_procedure_type(session, data.procedure_type_id)
            day = local_moment(data.performed_at).date()
            errors = self._problems(session, kind, data, day, today, context.currency)
            found = evaluate(session, client_id, kind, data.products, on=day, strict=True)
            errors += found.problems
            override = data.override_reason.strip()
            if found.check.needs_override and not override:
                errors += [reason_error(reason) for reason in found.check.blocking]
            if errors:
                raise ValidationError(errors)

            price = Money(kind.price_minor, context.currency) if data.price is None else data.price
            discount = (
                client.discount_percent if data.discount_percent is None else data.discount_percent
            )
            procedure = Procedure(
                client_id=client_id,
                performed_at=data.performed_at,
                specialist_id=data.specialist_id or self._actor.user_id,
                procedure_type_id=kind.id,
                next_visit_on=data.next_visit_on,
                price_minor=price.minor,
                discount_percent=discount,
                currency=context.currency,
                override_reason=override if found.check.needs_override else "",
                face_chart=data.face_chart,
                recorded_at=self._clock(),
                recorded_by_id=self._actor.user_id,
                **{name: getattr(data, name).strip() for name in _TEXTS},
            )
            for item in found.uses:
                lot = item.lot or lot_for_use(
                    session,
                    item.product,
                    item.use.lot_number,
                    item.use.expires_on,
                    field=f"products.{item.index}",
                )
                if lot.expires_on is None and item.use.expires_on is not None:
                    lot.expires_on = item.use.expires_on
                session.flush()  # a new lot gets its id
                procedure.products.append(
                    ProcedureProduct(lot_id=lot.id, quantity=tidy(item.use.quantity))
                )
            session.add(procedure)
            session.flush()
            self._write_money(session, procedure, price.after_discount(discount), data.paid)
            if client.last_visit_on is None or client.last_visit_on < day:
                mark_client(session, client.id, last_visit_on=day)
            return RecordedProcedure(
                procedure.id,
                warnings=found.check.warnings,
                overridden=found.check.blocking,
            )

    def _problems(
        self,
        session: Session,
        kind: ProcedureType,
        data: ProcedureInput,
        day: date,
        today: date,
        currency: str,
    ) -> list[FieldError]:
        errors: list[FieldError] = []
        if not kind.is_active:
            errors.append(FieldError("procedure_type_id", pmsg.PROCEDURE_INACTIVE))
        errors += rules.check_past_date("performed_at", day, today=today)
        if data.next_visit_on is not None and data.next_visit_on < day:
            errors.append(FieldError("next_visit_on", pmsg.NEXT_VISIT_TOO_EARLY))
        for name in _TEXTS:
            errors += rules.check_text(
                name, getattr(data, name).strip(), limit=rules.NOTES_LIMIT, multiline=True
            )
        errors += rules.check_text(
            "override_reason", data.override_reason.strip(), limit=2000, multiline=True
        )
        if data.price is not None:
            errors += check_amount("price", data.price, currency, positive=False)
        if data.paid is not None:
            errors += check_amount("paid", data.paid, currency, positive=False)
        if data.discount_percent is not None and not 0 <= data.discount_percent <= 100:
            errors.append(FieldError("discount_percent", msg.DISCOUNT_RANGE))
        if data.specialist_id is not None:
            specialist = session.get(User, data.specialist_id)
            if specialist is None or not specialist.is_active:
                errors.append(FieldError("specialist_id", msg.CHOICE_EXPECTED))
        return errors

    def _write_money(
        self, session: Session, procedure: Procedure, sold: Money, paid: Money | None
    ) -> None:
        for kind, amount in ((EntryKind.SOLD, sold), (EntryKind.PAID, paid)):
            if amount is not None and amount.minor > 0:
                session.add(
                    LedgerRow(
                        client_id=procedure.client_id,
                        procedure_id=procedure.id,
                        kind=kind,
                        amount_minor=amount.minor,
                        currency=amount.currency,
                        at=self._clock(),
                        recorded_by_id=self._actor.user_id,
                    )
                )

    # --- reading ---------------------------------------------------------------------------

    def visits(self, client_id: int) -> list[VisitRow]:
        """The client's procedures, newest first, without clinical fields."""
        self._actor.require(Permission.CLIENTS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            known_client(session, client_id)
            currency = load_context(session).currency
            return self._visit_rows(session, Procedure.client_id == client_id, currency)

    def _visit_rows(
        self, session: Session, condition: ColumnElement[bool], currency: str
    ) -> list[VisitRow]:
        signed = case(
            (LedgerRow.kind == EntryKind.SOLD, 0),
            (LedgerRow.kind == EntryKind.PAID, LedgerRow.amount_minor),
            else_=-LedgerRow.amount_minor,
        )
        money = (
            select(
                LedgerRow.procedure_id.label("procedure_id"),
                func.sum(
                    case((LedgerRow.kind == EntryKind.SOLD, LedgerRow.amount_minor), else_=0)
                ).label("sold"),
                func.sum(signed).label("paid"),
            )
            # Only the money of the procedures shown: summing the whole ledger first
            # costs as much as the salon's history.
            .where(
                LedgerRow.procedure_id.in_(
                    select(Procedure.id).where(condition).correlate(None).scalar_subquery()
                )
            )
            .group_by(LedgerRow.procedure_id)
            .subquery()
        )
        recalled = exists().where(
            ProcedureProduct.procedure_id == Procedure.id,
            ProductLot.id == ProcedureProduct.lot_id,
            ProductLot.recalled_on.is_not(None),
        )
        # Columns rather than whole procedures: the clinical texts and face charts of a
        # long history are not shown here.
        rows = session.execute(
            select(
                Procedure.id,
                Procedure.performed_at,
                Procedure.procedure_type_id,
                Procedure.price_minor,
                Procedure.currency,
                Procedure.discount_percent,
                Procedure.next_visit_on,
                Procedure.override_reason,
                ProcedureType.code,
                ProcedureType.name,
                User.full_name,
                money.c.sold,
                money.c.paid,
                recalled.label("recalled"),
            )
            .join(ProcedureType, ProcedureType.id == Procedure.procedure_type_id)
            .outerjoin(User, User.id == Procedure.specialist_id)
            .outerjoin(money, money.c.procedure_id == Procedure.id)
            .where(condition)
            .order_by(Procedure.performed_at.desc(), Procedure.id.desc())
        ).all()
        return [
            VisitRow(
                id=p.id,
                performed_at=p.performed_at,
                procedure_type_id=p.procedure_type_id,
                procedure_code=p.code,
                procedure_custom_name=p.name,
                procedure_default_name=default_name(p.code),
                specialist=p.full_name or "",
                price=Money(p.price_minor, p.currency),
                discount_percent=p.discount_percent,
                sold=Money(p.sold or 0, p.currency),
                paid=Money(p.paid or 0, p.currency),
                next_visit_on=p.next_visit_on,
                overridden=bool(p.override_reason),
                has_recalled_lot=bool(p.recalled),
            )
            for p in rows
        ]

    def latest_charted(self, client_id: int) -> int | None:
        """The client's latest procedure with a face chart (its id, for `detail`), so the
        card can show where the last injections went."""
        self._actor.require(Permission.HEALTH_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            return session.scalar(
                select(Procedure.id)
                .where(Procedure.client_id == client_id, Procedure.face_chart != "")
                .order_by(Procedure.performed_at.desc(), Procedure.id.desc())
                .limit(1)
            )

    def detail(self, procedure_id: int) -> ProcedureDetail:
        """One procedure with its clinical fields and lots; the reading is audited."""
        self._actor.require(Permission.HEALTH_READ)
        with unit_of_work(self._db, self._actor) as session:
            procedure = session.get(Procedure, procedure_id)
            if procedure is None:
                raise NotFoundError(f"procedure {procedure_id}")
            record_read(
                session,
                table_name="procedures",
                row_id=str(procedure.id),
                client_id=procedure.client_id,
            )
            (detail,) = self._details(session, [procedure])
            return detail

    def details(self, client_id: int) -> list[ProcedureDetail]:
        """All of the client's procedures in full, newest first (the printed record), in
        one transaction; the reading is audited once, for the list."""
        self._actor.require(Permission.HEALTH_READ)
        with unit_of_work(self._db, self._actor) as session:
            known_client(session, client_id)
            record_read(session, table_name="procedures", row_id=ALL_ROWS, client_id=client_id)
            found = session.scalars(
                select(Procedure)
                .where(Procedure.client_id == client_id)
                .order_by(Procedure.performed_at.desc(), Procedure.id.desc())
            ).all()
            return self._details(session, found)

    def _details(self, session: Session, procedures: Sequence[Procedure]) -> list[ProcedureDetail]:
        ids = [procedure.id for procedure in procedures]
        currency = load_context(session).currency
        visits = {
            visit.id: visit for visit in self._visit_rows(session, Procedure.id.in_(ids), currency)
        }
        used: dict[int, list[UsedProduct]] = {procedure_id: [] for procedure_id in ids}
        for use, lot, product in session.execute(
            select(ProcedureProduct, ProductLot, Product)
            .join(ProductLot, ProductLot.id == ProcedureProduct.lot_id)
            .join(Product, Product.id == ProductLot.product_id)
            .where(ProcedureProduct.procedure_id.in_(ids))
            .order_by(ProcedureProduct.id)
        ):
            used[use.procedure_id].append(
                UsedProduct(
                    product_id=product.id,
                    product=product.name,
                    manufacturer=product.manufacturer,
                    lot_id=lot.id,
                    lot_number=lot.lot_number,
                    expires_on=lot.expires_on,
                    quantity=use.quantity,
                    recalled_on=lot.recalled_on,
                    recall_note=lot.recall_note,
                )
            )
        recorders = user_names(session, {procedure.recorded_by_id for procedure in procedures})
        return [
            ProcedureDetail(
                visit=visits[procedure.id],
                client_id=procedure.client_id,
                zones=procedure.zones,
                device_parameters=procedure.device_parameters,
                result=procedure.result,
                reaction=procedure.reaction,
                recommendations=procedure.recommendations,
                home_care=procedure.home_care,
                face_chart=procedure.face_chart,
                override_reason=procedure.override_reason,
                products=tuple(used[procedure.id]),
                recorded_at=procedure.recorded_at,
                recorded_by=recorders.get(procedure.recorded_by_id or 0, ""),
            )
            for procedure in procedures
        ]

    def recalled_lots_of(self, client_id: int) -> list[RecalledLotNotice]:
        """The recalled lots this client received, for the card's banner."""
        self._actor.require(Permission.CLIENTS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            rows = session.execute(
                select(
                    Product.name,
                    ProductLot.lot_number,
                    ProductLot.recalled_on,
                    ProductLot.recall_note,
                    func.min(Procedure.performed_at),
                )
                .join(ProcedureProduct, ProcedureProduct.procedure_id == Procedure.id)
                .join(ProductLot, ProductLot.id == ProcedureProduct.lot_id)
                .join(Product, Product.id == ProductLot.product_id)
                .where(and_(Procedure.client_id == client_id, ProductLot.recalled_on.is_not(None)))
                .group_by(ProductLot.id, Product.id)
                .order_by(ProductLot.recalled_on.desc(), Product.name)
            ).all()
            return [
                RecalledLotNotice(name, number, recalled_on, note, local_moment(first).date())
                for name, number, recalled_on, note, first in rows
                if recalled_on is not None
            ]

    # --- money -----------------------------------------------------------------------------

    def balance(self, client_id: int) -> Balance:
        self._actor.require(Permission.CLIENTS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            known_client(session, client_id)
            return client_balance(session, client_id, load_context(session).currency)

    def add_payment(self, client_id: int, amount: Money, *, note: str = "") -> Balance:
        """Money the client handed over (a prepayment too); the new balance."""
        return self._money(client_id, EntryKind.PAID, amount, note)

    def refund(self, client_id: int, amount: Money, *, note: str = "") -> Balance:
        """Money given back, at most what the client has paid; the new balance."""
        return self._money(client_id, EntryKind.REFUNDED, amount, note)

    def _money(self, client_id: int, kind: EntryKind, amount: Money, note: str) -> Balance:
        self._actor.require(Permission.PAYMENTS_WRITE)
        note = tidy(note)
        with unit_of_work(self._db, self._actor) as session:
            known_client(session, client_id)
            currency = load_context(session).currency
            errors = check_amount("amount", amount, currency, positive=True)
            errors += rules.check_text("note", note, limit=300)
            refunding = not errors and kind is EntryKind.REFUNDED
            if refunding and amount > client_balance(session, client_id, currency).paid:
                errors.append(FieldError("amount", pmsg.REFUND_TOO_LARGE))
            if errors:
                raise ValidationError(errors)
            session.add(
                LedgerRow(
                    client_id=client_id,
                    kind=kind,
                    amount_minor=amount.minor,
                    currency=amount.currency,
                    at=self._clock(),
                    note=note,
                    recorded_by_id=self._actor.user_id,
                )
            )
            session.flush()
            return client_balance(session, client_id, currency)
