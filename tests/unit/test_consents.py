"""Consents keep the day they were given, who recorded them, and survive a merge with
their original dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from salon_crm.domain.common.enums import ConsentPurpose
from salon_crm.domain.common.errors import ValidationError
from salon_crm.services.clients.client_types import ClientInput, ConsentData, PhoneData
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff

HEALTH = ConsentPurpose.HEALTH_DATA
PHOTOS = ConsentPurpose.CLINICAL_PHOTOS


def _client(phone: str, *consents: ConsentData) -> ClientInput:
    return ClientInput(
        last_name="Коваль", first_name="Анна", phones=(PhoneData(phone),), consents=consents
    )


def test_a_consent_keeps_the_day_entered_and_who_recorded_it(
    workspace: Workspace, staff: Staff
) -> None:
    clients = workspace.clients(staff.admin)
    signed = date.today() - timedelta(days=12)
    card = clients.create(_client("0673330000", ConsentData(HEALTH, signed), ConsentData(PHOTOS)))
    states = {s.purpose: s for s in card.consent_history}
    assert states[HEALTH].given_on == signed
    assert states[PHOTOS].given_on == date.today()  # no day entered: today
    assert states[HEALTH].recorded_by == "Ірина"
    assert states[HEALTH].withdrawn_on is None


def test_unticking_withdraws_today_and_keeps_the_row(workspace: Workspace, staff: Staff) -> None:
    clients = workspace.clients(staff.admin)
    signed = date.today() - timedelta(days=40)
    card = clients.create(_client("0673330001", ConsentData(HEALTH, signed)))
    after = clients.update(card.id, replace(card.edit_input(), consents=()))
    (state,) = after.consent_history
    assert (state.given_on, state.withdrawn_on) == (signed, date.today())
    assert after.data.consents == ()


def test_a_consent_cannot_be_given_in_the_future(workspace: Workspace, staff: Staff) -> None:
    clients = workspace.clients(staff.admin)
    with pytest.raises(ValidationError) as raised:
        clients.create(_client("0673330002", ConsentData(HEALTH, date.today() + timedelta(1))))
    assert [e.field for e in raised.value.errors] == ["consents.health_data"]


def test_merge_keeps_the_original_consent_dates(workspace: Workspace, staff: Staff) -> None:
    clients = workspace.clients(staff.owner)
    old = date(2024, 5, 6)
    older = date(2023, 1, 2)
    survivor = clients.create(_client("0673330003", ConsentData(HEALTH, old)))
    duplicate = clients.create(
        _client("0673330004", ConsentData(HEALTH, date(2025, 1, 1)), ConsentData(PHOTOS, older))
    )
    merged = clients.merge(survivor.id, duplicate.id, take_from_duplicate=frozenset())
    given = {c.purpose: c.given_on for c in merged.data.consents}
    # The survivor's own consent stays as it was; the duplicate's comes with its own day.
    assert given == {HEALTH: old, PHOTOS: older}
