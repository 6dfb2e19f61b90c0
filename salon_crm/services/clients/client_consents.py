"""A client's consents: the one rule of how given, corrected and withdrawn consents are
stored (the questionnaire saves all of them at once, the card and the command line one
purpose at a time)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from salon_crm.db.models import Client, ClientConsent
from salon_crm.domain.common.enums import ConsentPurpose
from salon_crm.domain.common.errors import ValidationError
from salon_crm.domain.common.validation import check_past_date
from salon_crm.domain.permissions import Permission
from salon_crm.services.clients.client_reading import get_client
from salon_crm.services.clients.client_types import ConsentData
from salon_crm.services.core.bound_service import BoundService
from salon_crm.services.core.unit_of_work import unit_of_work


def apply_consents(
    client: Client,
    wanted: Mapping[ConsentPurpose, date],
    *,
    today: date,
    recorded_at: datetime,
    user_id: int,
    terms: Mapping[ConsentPurpose, ConsentData] | None = None,
) -> None:
    """Make the client's active consents the `wanted` purposes, given on those dates: a
    purpose left out is withdrawn (today), a new one recorded, a changed date corrects
    the active consent; merged consents arrive with their original dates, and with
    `terms` their last day and document. A lapsed consent is not active: giving it again
    records a new one."""
    active = {c.purpose: c for c in client.consents if c.is_current(today)}
    for purpose, consent in active.items():
        if purpose not in wanted:
            consent.withdrawn_on = today
        elif consent.given_on != wanted[purpose]:
            consent.given_on = wanted[purpose]
    for purpose in sorted(wanted.keys() - active.keys()):
        term = (terms or {}).get(purpose)
        client.consents.append(
            ClientConsent(
                purpose=purpose,
                given_on=wanted[purpose],
                expires_on=term.expires_on if term else None,
                evidence_document_id=term.evidence_document_id if term else None,
                recorded_at=recorded_at,
                recorded_by_id=user_id,
            )
        )


def _active(client: Client, today: date) -> dict[ConsentPurpose, date]:
    return {c.purpose: c.given_on for c in client.consents if c.is_current(today)}


class ConsentService(BoundService):
    """Record or withdraw one consent of a client; each call is one transaction, audited
    like every change of the questionnaire."""

    def give(
        self, client_id: int, purpose: ConsentPurpose, *, given_on: date | None = None
    ) -> date:
        """The client consents to `purpose` as of `given_on` (today by default; an active
        consent of that purpose gets this date). Returns the date recorded."""
        self._actor.require(Permission.CLIENTS_WRITE)
        today = self._today()
        given = given_on or today
        errors = check_past_date("given_on", given, today=today)
        if errors:
            raise ValidationError(errors)
        with unit_of_work(self._db, self._actor) as session:
            client = get_client(session, client_id)
            self._apply(client, {**_active(client, today), purpose: given}, today)
        return given

    def withdraw(self, client_id: int, purpose: ConsentPurpose) -> bool:
        """The client withdraws the consent, as of today; False when none was active."""
        self._actor.require(Permission.CLIENTS_WRITE)
        today = self._today()
        with unit_of_work(self._db, self._actor) as session:
            client = get_client(session, client_id)
            wanted = _active(client, today)
            if wanted.pop(purpose, None) is None:
                return False
            self._apply(client, wanted, today)
        return True

    def _apply(self, client: Client, wanted: Mapping[ConsentPurpose, date], today: date) -> None:
        apply_consents(
            client, wanted, today=today, recorded_at=self._clock(), user_id=self._actor.user_id
        )
        client.updated_by_id = self._actor.user_id
