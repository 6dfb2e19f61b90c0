"""Reads of the health record that several services share."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from salon_crm.db.models import Anamnesis, ClientConsent
from salon_crm.domain.common.enums import ConsentPurpose


def current_anamnesis(session: Session, client_id: int) -> Anamnesis | None:
    """The client's latest anamnesis version with its conditions and allergies."""
    return session.scalars(
        select(Anamnesis)
        .where(Anamnesis.client_id == client_id)
        .order_by(Anamnesis.version.desc())
        .limit(1)
        .options(selectinload(Anamnesis.conditions), selectinload(Anamnesis.allergies))
    ).first()


def has_active_consent(
    session: Session, client_id: int, purpose: ConsentPurpose, *, on: date
) -> bool:
    """Whether a consent for `purpose` was given by `on`, not withdrawn by then and not
    lapsed."""
    found = session.scalar(
        select(ClientConsent.id)
        .where(
            ClientConsent.client_id == client_id,
            ClientConsent.purpose == purpose,
            ClientConsent.given_on <= on,
            (ClientConsent.withdrawn_on.is_(None)) | (ClientConsent.withdrawn_on > on),
            (ClientConsent.expires_on.is_(None)) | (ClientConsent.expires_on >= on),
        )
        .limit(1)
    )
    return found is not None
