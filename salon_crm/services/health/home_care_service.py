"""Home care: the products a client uses at home, since when, how, and how they worked.

Unlike an assessment, an entry is a living note — the outcome is known weeks later — so
any specialist may correct it at any time; every change is audited.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from salon_crm.db.base import assign
from salon_crm.db.models import HomeCare
from salon_crm.domain.common.errors import NotFoundError
from salon_crm.services.health.assessment_types import HomeCareInput, HomeCareRow
from salon_crm.services.health.assessment_validation import clean_home_care
from salon_crm.services.health.health_records import HealthRecordService, user_names

TABLE = HomeCare.__tablename__


class HomeCareService(HealthRecordService):
    """Every method is one transaction; reads are audited, writes need the consent."""

    def list(self, client_id: int) -> list[HomeCareRow]:
        """The client's home-care products, the most recently started first."""
        with self._reading(TABLE, client_id) as session:
            found = session.scalars(
                select(HomeCare)
                .where(HomeCare.client_id == client_id)
                .order_by(HomeCare.started_on.desc(), HomeCare.id.desc())
            ).all()
            return _rows(session, found)

    def add(self, client_id: int, data: HomeCareInput) -> HomeCareRow:
        with self._writing(client_id) as session:
            cleaned = clean_home_care(data, today=self._today())
            row = HomeCare(
                client_id=client_id, recorded_by_id=self._actor.user_id, recorded_at=self._clock()
            )
            _apply(row, cleaned)
            session.add(row)
            session.flush()
            return _rows(session, [row])[0]

    def update(self, entry_id: int, data: HomeCareInput) -> HomeCareRow:
        """Correct an entry, most often to write down how the product worked."""
        with self._writing() as session:
            row = session.get(HomeCare, entry_id)
            if row is None:
                raise NotFoundError(f"no home-care entry {entry_id}")
            self._allow_write(session, row.client_id)
            _apply(row, clean_home_care(data, today=self._today()))
            session.flush()
            return _rows(session, [row])[0]


def _apply(row: HomeCare, data: HomeCareInput) -> None:
    assign(
        row,
        started_on=data.started_on,
        product=data.product,
        usage=data.usage,
        outcome=data.outcome,
    )


def _rows(session: Session, found: Sequence[HomeCare]) -> list[HomeCareRow]:
    names = user_names(session, {row.recorded_by_id for row in found})
    return [
        HomeCareRow(
            id=row.id,
            client_id=row.client_id,
            data=HomeCareInput(
                product=row.product,
                started_on=row.started_on,
                usage=row.usage,
                outcome=row.outcome,
            ),
            recorded_by_name=names.get(row.recorded_by_id, "") if row.recorded_by_id else "",
            recorded_at=row.recorded_at,
        )
        for row in found
    ]
