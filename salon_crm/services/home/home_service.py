"""The receptionist's morning: birthdays and name days today, calls due, documents
expiring, and the clients whose next visit after a procedure is due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, exists, extract, select
from sqlalchemy.orm import aliased

from salon_crm.db.models import Client, ExpiringDocument, Procedure
from salon_crm.domain.common.enums import ExpiringDocumentKind
from salon_crm.domain.permissions import Permission
from salon_crm.services.clients.client_reading import load_rows
from salon_crm.services.clients.client_types import ClientRow
from salon_crm.services.core.bound_service import BoundService
from salon_crm.services.core.salon_context import load_context
from salon_crm.services.core.unit_of_work import unit_of_work

EXPIRY_HORIZON_DAYS = 30
# A follow-up overdue by longer than this has been let go; the list shows the recent ones.
FOLLOW_UP_OVERDUE_DAYS = 30
LIST_LIMIT = 200


@dataclass(frozen=True)
class DueCall:
    client: ClientRow
    due_on: date


@dataclass(frozen=True)
class ExpiringDocumentRow:
    client: ClientRow
    kind: ExpiringDocumentKind
    title: str
    expires_on: date


@dataclass(frozen=True)
class FollowUp:
    """A client whose latest procedure asked them back by `due_on` (today or earlier)."""

    client: ClientRow
    due_on: date


@dataclass(frozen=True)
class HomeDigest:
    today: date
    birthdays: tuple[ClientRow, ...]
    name_days: tuple[ClientRow, ...]
    due_calls: tuple[DueCall, ...]
    expiring_documents: tuple[ExpiringDocumentRow, ...]
    recent: tuple[ClientRow, ...]
    follow_ups: tuple[FollowUp, ...] = ()


class HomeService(BoundService):
    def digest(self, *, recent_ids: tuple[int, ...] = ()) -> HomeDigest:
        """Everything the home screen lists; `recent_ids` are the clients this computer
        opened last, newest first (archived ones are left out)."""
        self._actor.require(Permission.CLIENTS_READ)
        today = self._today()
        active = Client.archived_at.is_(None)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            context = load_context(session)

            def rows(ids: list[int]) -> list[ClientRow]:
                return load_rows(session, ids, context, today)

            birthday_ids = session.scalars(
                select(Client.id)
                .where(
                    active,
                    extract("month", Client.birth_date) == today.month,
                    extract("day", Client.birth_date) == today.day,
                )
                .order_by(Client.sort_name)
                .limit(LIST_LIMIT)
            ).all()
            name_day_ids = session.scalars(
                select(Client.id)
                .where(
                    active, Client.name_day_month == today.month, Client.name_day_day == today.day
                )
                .order_by(Client.sort_name)
                .limit(LIST_LIMIT)
            ).all()
            calls = session.execute(
                select(Client.id, Client.next_call_date)
                .where(active, Client.next_call_date <= today)
                .order_by(Client.next_call_date, Client.sort_name)
                .limit(LIST_LIMIT)
            ).all()
            documents = session.execute(
                select(
                    ExpiringDocument.client_id,
                    ExpiringDocument.kind,
                    ExpiringDocument.title,
                    ExpiringDocument.expires_on,
                )
                .join(Client, Client.id == ExpiringDocument.client_id)
                .where(
                    active,
                    and_(
                        ExpiringDocument.expires_on >= today,
                        ExpiringDocument.expires_on <= today + timedelta(days=EXPIRY_HORIZON_DAYS),
                    ),
                )
                .order_by(ExpiringDocument.expires_on)
                .limit(LIST_LIMIT)
            ).all()
            later = aliased(Procedure)
            follow_ups = session.execute(
                select(Procedure.client_id, Procedure.next_visit_on)
                .join(Client, Client.id == Procedure.client_id)
                .where(
                    active,
                    Procedure.next_visit_on <= today,
                    Procedure.next_visit_on >= today - timedelta(days=FOLLOW_UP_OVERDUE_DAYS),
                    # only the client's latest procedure says when they are due
                    ~exists().where(
                        later.client_id == Procedure.client_id,
                        (later.performed_at > Procedure.performed_at)
                        | (
                            (later.performed_at == Procedure.performed_at)
                            & (later.id > Procedure.id)
                        ),
                    ),
                )
                .order_by(Procedure.next_visit_on, Client.sort_name)
                .limit(LIST_LIMIT)
            ).all()
            call_rows = {r.id: r for r in rows([c.id for c in calls])}
            follow_rows = {r.id: r for r in rows([f.client_id for f in follow_ups])}
            doc_rows = {r.id: r for r in rows(sorted({d.client_id for d in documents}))}
            recent = [r for r in rows(list(recent_ids)) if not r.archived]
            return HomeDigest(
                today=today,
                birthdays=tuple(rows(list(birthday_ids))),
                name_days=tuple(rows(list(name_day_ids))),
                due_calls=tuple(
                    DueCall(call_rows[c.id], c.next_call_date)
                    for c in calls
                    if c.id in call_rows and c.next_call_date is not None
                ),
                expiring_documents=tuple(
                    ExpiringDocumentRow(doc_rows[d.client_id], d.kind, d.title, d.expires_on)
                    for d in documents
                    if d.expires_on is not None
                ),
                recent=tuple(recent),
                follow_ups=tuple(
                    FollowUp(follow_rows[f.client_id], f.next_visit_on)
                    for f in follow_ups
                    if f.client_id in follow_rows and f.next_visit_on is not None
                ),
            )
