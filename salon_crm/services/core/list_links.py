"""Whether the list entries a form points at (category, source, groups, a user) exist."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salon_crm.db.base import Base
from salon_crm.db.models import Tag
from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.errors import FieldError


def missing_choices(
    session: Session,
    choices: Iterable[tuple[str, type[Base], int | None]],
    tag_ids: Collection[int] = (),
) -> list[FieldError]:
    """A message for each field whose chosen entry is gone (deleted meanwhile, or an id
    nobody offered); `choices` are (field, model, id or None)."""
    errors = [
        FieldError(field, msg.CHOICE_EXPECTED)
        for field, model, value in choices
        if value is not None and session.get(model, value) is None
    ]
    if tag_ids:
        found = session.scalar(select(func.count()).where(Tag.id.in_(tag_ids)))
        if found != len(tag_ids):
            errors.append(FieldError("tags", msg.CHOICE_EXPECTED))
    return errors
