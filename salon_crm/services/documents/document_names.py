"""The names of templates and uploaded forms: the command line finds them by name
(`--template`, `--form`), so two of one kind never share a name, case aside."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from salon_crm.db.models import DocumentForm, DocumentTemplate
from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.errors import FieldError

# Both tables' name columns.
MAX_NAME_LENGTH = 200


def name_errors(
    session: Session,
    model: type[DocumentTemplate] | type[DocumentForm],
    name: str,
    *,
    own_id: int | None = None,
) -> list[FieldError]:
    """What is wrong with `name` (already tidied) for a row of `model` other than `own_id`."""
    if not name:
        return [FieldError("name", msg.REQUIRED)]
    if len(name) > MAX_NAME_LENGTH:
        return [FieldError("name", msg.TOO_LONG, {"limit": MAX_NAME_LENGTH})]
    others = session.execute(select(model.id, model.name))
    if any(n.casefold() == name.casefold() and i != own_id for i, n in others):
        return [FieldError("name", msg.NAME_TAKEN)]
    return []
