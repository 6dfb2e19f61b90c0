"""The two checks before any health write: the role may write health data, and the
client's consent to the processing of health data is active today."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from salon_crm.db.models import Client
from salon_crm.db.queries.health import has_active_consent
from salon_crm.domain.common.enums import ConsentPurpose
from salon_crm.domain.common.errors import ConsentRequiredError
from salon_crm.domain.permissions import Permission
from salon_crm.services.clients.client_reading import known_client
from salon_crm.services.core.actor import Actor


def require_health_write(session: Session, actor: Actor, client_id: int, *, today: date) -> Client:
    """The client whose health record is about to be written; raises
    PermissionDeniedError, NotFoundError or ConsentRequiredError first."""
    actor.require(Permission.HEALTH_WRITE)
    client = known_client(session, client_id)
    if not has_active_consent(session, client_id, ConsentPurpose.HEALTH_DATA, on=today):
        raise ConsentRequiredError(ConsentPurpose.HEALTH_DATA.value, client_id)
    return client
