"""Skin assessments: recorded by the specialist, many over time, and their scale history.

An assessment is a record of what was seen on one day, so it is not rewritten later: its
author (or the owner) may correct it on the day it was recorded — a slip noticed while the
client is still there, the change audited like every write — and from the next day a new
assessment is recorded instead, which is what the history is for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from salon_crm.db.base import assign
from salon_crm.db.models import SkinAssessment
from salon_crm.domain.common.dates import local_moment
from salon_crm.domain.common.enums import Role
from salon_crm.domain.common.errors import FieldError, NotFoundError, ValidationError
from salon_crm.domain.health import skin_messages
from salon_crm.domain.permissions import Permission
from salon_crm.services.health.assessment_types import (
    AssessmentInput,
    AssessmentRow,
    ScaleHistory,
    scale_history,
)
from salon_crm.services.health.assessment_validation import clean_assessment
from salon_crm.services.health.health_records import HealthRecordService, user_names

TABLE = SkinAssessment.__tablename__
_FIELDS = tuple(name for name in AssessmentInput.__dataclass_fields__ if name != "assessed_on")


class AssessmentService(HealthRecordService):
    """Every method is one transaction; reads are audited, writes need the consent."""

    # --- reading ---------------------------------------------------------------------------

    def list(self, client_id: int) -> list[AssessmentRow]:
        """The client's assessments, newest first."""
        with self._reading(TABLE, client_id) as session:
            found = session.scalars(
                select(SkinAssessment)
                .where(SkinAssessment.client_id == client_id)
                .order_by(
                    SkinAssessment.assessed_on.desc(),
                    SkinAssessment.recorded_at.desc(),
                    SkinAssessment.id.desc(),
                )
            ).all()
            return _rows(session, found, self._correctable)

    def history(self, client_id: int) -> ScaleHistory:
        """How each numeric scale changed from visit to visit (the chart's data)."""
        return scale_history(self.list(client_id))

    # --- writing ---------------------------------------------------------------------------

    def record(self, client_id: int, data: AssessmentInput) -> AssessmentRow:
        """A new assessment by the acting user (today's unless `data` gives the day)."""
        with self._writing(client_id) as session:
            cleaned = clean_assessment(data, today=self._today())
            row = SkinAssessment(
                client_id=client_id,
                specialist_id=self._actor.user_id,
                recorded_at=self._clock(),
            )
            self._apply(row, cleaned)
            session.add(row)
            session.flush()
            return _rows(session, [row], self._correctable)[0]

    def update(self, assessment_id: int, data: AssessmentInput) -> AssessmentRow:
        """Correct an assessment on the day it was recorded (see the module's note);
        later, or by another specialist, a ValidationError says to record a new one."""
        with self._writing() as session:
            row = session.get(SkinAssessment, assessment_id)
            if row is None:
                raise NotFoundError(f"no skin assessment {assessment_id}")
            self._allow_write(session, row.client_id)
            if not self._correctable(row):
                raise ValidationError([FieldError("", skin_messages.ASSESSMENT_LOCKED)])
            self._apply(row, clean_assessment(data, today=self._today()))
            session.flush()
            return _rows(session, [row], self._correctable)[0]

    # --- helpers ---------------------------------------------------------------------------

    def _correctable(self, row: SkinAssessment) -> bool:
        if not self._actor.can(Permission.HEALTH_WRITE):
            return False
        if local_moment(row.recorded_at).date() != self._today():
            return False
        return self._actor.role is Role.OWNER or row.specialist_id == self._actor.user_id

    @staticmethod
    def _apply(row: SkinAssessment, data: AssessmentInput) -> None:
        # `assign` leaves equal values alone, so a correction audits only what changed.
        assign(row, assessed_on=data.assessed_on, **{name: getattr(data, name) for name in _FIELDS})


def _rows(
    session: Session,
    found: Sequence[SkinAssessment],
    correctable: Callable[[SkinAssessment], bool],
) -> list[AssessmentRow]:
    names = user_names(session, {row.specialist_id for row in found})
    return [
        AssessmentRow(
            id=row.id,
            client_id=row.client_id,
            data=AssessmentInput(
                assessed_on=row.assessed_on, **{name: getattr(row, name) for name in _FIELDS}
            ),
            specialist_id=row.specialist_id,
            specialist_name=names.get(row.specialist_id, "") if row.specialist_id else "",
            recorded_at=row.recorded_at,
            correctable=correctable(row),
        )
        for row in found
    ]
