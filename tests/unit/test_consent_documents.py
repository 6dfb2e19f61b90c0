"""Signing a consent document records the consent with the document as its evidence;
a consent signed on a template valid for some months lapses when due, and the gates that
need the consent ask for it again."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from salon_crm.domain.common.dates import last_day_of_term
from salon_crm.domain.common.enums import ConsentPurpose
from salon_crm.domain.common.errors import ValidationError
from salon_crm.domain.documents.document_blocks import Signer, Stroke
from salon_crm.domain.documents.template_kinds import TemplateKind
from salon_crm.services.clients.client_service import ClientService
from salon_crm.services.clients.client_types import ClientInput, PhoneData
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.documents.document_service import DocumentRequest, DocumentService
from salon_crm.services.health.anamnesis_service import AnamnesisService
from tests.conftest import Staff

SIGNATURE = {Signer.CLIENT: (Stroke(((0.1, 0.5), (0.5, 0.2), (0.9, 0.6))),)}


def _client(workspace: Workspace, staff: Staff) -> int:
    client = ClientInput(first_name="Ольга", last_name="Ким", phones=(PhoneData("0671234567"),))
    return workspace.clients(staff.admin).create(client).id


def _template(workspace: Workspace, staff: Staff, kind: TemplateKind) -> int:
    return next(t.id for t in workspace.templates(staff.admin).templates() if t.kind is kind)


def _noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def _consents_on(workspace: Workspace, staff: Staff, client: int, day: date) -> tuple[bool, bool]:
    """On `day`: whether the questionnaire shows the health consent, and whether the
    anamnesis may be written."""
    clients = ClientService(workspace.db, staff.admin, clock=lambda: _noon(day))
    health = AnamnesisService(workspace.db, staff.specialist, clock=lambda: _noon(day))
    return bool(clients.card(client).data.consents), health.consent_given(client)


def test_a_signed_health_consent_records_the_consent_with_its_evidence(
    workspace: Workspace, staff: Staff
) -> None:
    client = _client(workspace, staff)
    template = _template(workspace, staff, TemplateKind.HEALTH_DATA_CONSENT)
    service = workspace.documents(staff.admin)
    stored = service.make(
        DocumentRequest(client, template, blank_missing=True, signatures=SIGNATURE)
    )
    assert stored.signed
    card = workspace.clients(staff.admin).card(client)
    (state,) = card.consent_history
    assert (state.purpose, state.given_on, state.expires_on, state.evidence) == (
        ConsentPurpose.HEALTH_DATA,
        date.today(),
        None,
        stored.number,
    )
    assert workspace.health(staff.specialist).consent_given(client)


def test_an_unsigned_consent_document_records_nothing(workspace: Workspace, staff: Staff) -> None:
    client = _client(workspace, staff)
    template = _template(workspace, staff, TemplateKind.PHOTO_CONSENT)
    stored = workspace.documents(staff.admin).make(
        DocumentRequest(client, template, blank_missing=True)
    )
    assert not stored.signed
    assert workspace.clients(staff.admin).card(client).consent_history == ()


def test_signed_on_paper_counts_and_a_second_signing_renews_the_consent(
    workspace: Workspace, staff: Staff
) -> None:
    client = _client(workspace, staff)
    template = _template(workspace, staff, TemplateKind.PERSONAL_DATA_CONSENT)
    workspace.templates(staff.owner).set_consent_validity(template, 12)
    service = workspace.documents(staff.admin)
    request = DocumentRequest(client, template, blank_missing=True, signed_on_paper=True)
    service.make(request)
    again = service.make(request)  # the same day: the same consent, signed again
    (state,) = workspace.clients(staff.admin).card(client).consent_history
    assert state.expires_on == last_day_of_term(date.today(), 12)
    assert state.evidence == again.number


def test_a_consent_signed_again_later_keeps_the_first_with_its_document(
    workspace: Workspace, staff: Staff
) -> None:
    client = _client(workspace, staff)
    template = _template(workspace, staff, TemplateKind.HEALTH_DATA_CONSENT)
    request = DocumentRequest(client, template, blank_missing=True, signatures=SIGNATURE)
    month_ago = date.today() - timedelta(days=30)
    first = DocumentService(
        workspace.db, staff.admin, workspace.media, clock=lambda: _noon(month_ago)
    ).make(request)
    second = workspace.documents(staff.admin).make(request)
    card = workspace.clients(staff.admin).card(client)
    old, new = sorted(card.consent_history, key=lambda c: c.given_on)
    assert (old.given_on, old.expires_on, old.evidence) == (
        month_ago,
        date.today() - timedelta(days=1),
        first.number,
    )
    assert (new.given_on, new.expires_on, new.evidence) == (date.today(), None, second.number)
    assert card.lapsed_consents(date.today()) == ()


def test_a_merge_keeps_the_consents_term_and_document(workspace: Workspace, staff: Staff) -> None:
    survivor = _client(workspace, staff)
    duplicate = (
        workspace.clients(staff.admin)
        .create(ClientInput(first_name="Ольга", last_name="Кім", phones=(PhoneData("0501112233"),)))
        .id
    )
    template = _template(workspace, staff, TemplateKind.HEALTH_DATA_CONSENT)
    workspace.templates(staff.owner).set_consent_validity(template, 6)
    signed = workspace.documents(staff.admin).make(
        DocumentRequest(duplicate, template, blank_missing=True, signatures=SIGNATURE)
    )
    merged = workspace.clients(staff.owner).merge(
        survivor, duplicate, take_from_duplicate=frozenset()
    )
    (state,) = [c for c in merged.consent_history if c.purpose is ConsentPurpose.HEALTH_DATA]
    assert state.expires_on == last_day_of_term(date.today(), 6)
    assert state.evidence == signed.number


def test_a_lapsed_consent_is_shown_as_not_given_and_gates_ask_again(
    workspace: Workspace, staff: Staff
) -> None:
    client = _client(workspace, staff)
    template = _template(workspace, staff, TemplateKind.HEALTH_DATA_CONSENT)
    workspace.templates(staff.owner).set_consent_validity(template, 1)
    DocumentService(workspace.db, staff.admin, workspace.media).make(
        DocumentRequest(client, template, blank_missing=True, signatures=SIGNATURE)
    )
    expires = last_day_of_term(date.today(), 1)
    assert _consents_on(workspace, staff, client, expires) == (True, True)
    assert _consents_on(workspace, staff, client, expires + timedelta(days=1)) == (False, False)
    state = workspace.clients(staff.admin).card(client).consent_history[0]
    assert state.expires_on == expires and state.withdrawn_on is None


def test_validity_is_bounded(workspace: Workspace, staff: Staff) -> None:
    template = _template(workspace, staff, TemplateKind.PHOTO_CONSENT)
    with pytest.raises(ValidationError):
        workspace.templates(staff.owner).set_consent_validity(template, 121)


@pytest.mark.parametrize(
    ("start", "months", "last"),
    [
        (date(2026, 12, 2), 12, date(2027, 12, 1)),
        (date(2026, 1, 31), 1, date(2026, 2, 27)),
        (date(2026, 11, 15), 3, date(2027, 2, 14)),
    ],
)
def test_the_last_day_of_a_term(start: date, months: int, last: date) -> None:
    assert last_day_of_term(start, months) == last
