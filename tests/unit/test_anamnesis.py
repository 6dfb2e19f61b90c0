"""The anamnesis: versions signed and kept, every reading audited, written only with the
client's consent, read and written only by the roles that may, flags kept for the list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from salon_crm.db.models import AuditEntry, Client
from salon_crm.domain.common.enums import AuditAction, ConsentPurpose
from salon_crm.domain.common.errors import (
    ConsentRequiredError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from salon_crm.services.clients.client_types import ClientInput, ConsentData, PhoneData
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.health.anamnesis_types import (
    AllergyEntry,
    AnamnesisInput,
    ConditionEntry,
)
from tests.conftest import Staff

HEALTH = ConsentPurpose.HEALTH_DATA
FIRST = AnamnesisInput(
    complaints="Сухість шкіри, пігментація",
    medications="Аспірин 75 мг щодня",
    blood_pressure="120/80",
    conditions=(
        ConditionEntry("anticoagulants"),
        ConditionEntry("metal_implants", since=date(2019, 4, 1), note="пластина, ліва рука"),
    ),
    allergies=(AllergyEntry("lidocaine", "анафілаксія"), AllergyEntry("latex")),
)


def _client(workspace: Workspace, staff: Staff, *, consent: bool = True, phone: str = "") -> int:
    consents = (ConsentData(HEALTH, date.today() - timedelta(days=3)),) if consent else ()
    card = workspace.clients(staff.admin).create(
        ClientInput(
            last_name="Шевчук",
            first_name="Оксана",
            phones=(PhoneData(phone or "0671230011"),),
            consents=consents,
        )
    )
    return card.id


def _reads(workspace: Workspace, client_id: int) -> list[AuditEntry]:
    with workspace.db.session(user_id=None) as session:
        rows = session.scalars(
            select(AuditEntry).where(
                AuditEntry.client_id == client_id, AuditEntry.action == AuditAction.READ
            )
        ).all()
        session.expunge_all()
        return list(rows)


def _flags(workspace: Workspace, client_id: int) -> tuple[bool, bool]:
    with workspace.db.session(user_id=None) as session:
        client = session.get(Client, client_id)
        assert client is not None
        return client.has_allergies, client.has_contraindications


@pytest.mark.parametrize("who", ["owner", "specialist"])
def test_a_version_is_signed_by_the_specialist_and_read_back(
    workspace: Workspace, staff: Staff, who: str
) -> None:
    actor: Actor = getattr(staff, who)
    client_id = _client(workspace, staff)
    health = workspace.health(actor)
    recorded = health.record(client_id, FIRST)
    assert recorded.version == 1
    assert recorded.signed_by == actor.full_name
    current = health.current(client_id)
    assert current is not None
    assert current.data == FIRST
    assert current.data.condition_codes == ("anticoagulants", "metal_implants")


def test_a_review_makes_a_new_version_and_older_ones_stay_readable(
    workspace: Workspace, staff: Staff
) -> None:
    client_id = _client(workspace, staff)
    health = workspace.health(staff.specialist)
    health.record(client_id, FIRST)
    second = health.record(client_id, AnamnesisInput(complaints="Акне", allergies=FIRST.allergies))
    assert second.version == 2
    assert [v.version for v in health.versions(client_id)] == [2, 1]
    assert health.versions(client_id)[0].signed_by == "Марина"
    current = health.current(client_id)
    assert current is not None and current.data.complaints == "Акне"
    assert health.version(client_id, 1).data == FIRST
    with pytest.raises(NotFoundError):
        health.version(client_id, 3)


def test_a_client_without_an_anamnesis_has_none(workspace: Workspace, staff: Staff) -> None:
    client_id = _client(workspace, staff)
    health = workspace.health(staff.specialist)
    assert health.current(client_id) is None
    assert health.versions(client_id) == []
    assert _reads(workspace, client_id) == []  # nothing was read


def test_every_reading_of_details_is_audited(workspace: Workspace, staff: Staff) -> None:
    client_id = _client(workspace, staff)
    health = workspace.health(staff.specialist)
    recorded = health.record(client_id, FIRST)
    assert _reads(workspace, client_id) == []
    health.current(client_id)
    health.version(client_id, 1)
    health.alert(client_id)
    reads = _reads(workspace, client_id)
    assert len(reads) == 3
    assert {(r.table_name, r.row_id, r.user_id) for r in reads} == {
        ("anamneses", str(recorded.id), staff.specialist.user_id)
    }
    health.versions(client_id)  # numbers and signers only: no details read
    assert len(_reads(workspace, client_id)) == 3


@pytest.mark.parametrize(
    "call",
    [
        lambda h, c: h.current(c),
        lambda h, c: h.versions(c),
        lambda h, c: h.version(c, 1),
        lambda h, c: h.consent_given(c),
        lambda h, c: h.validate(FIRST),
        lambda h, c: h.record(c, FIRST),
    ],
    ids=["current", "versions", "version", "consent_given", "validate", "record"],
)
def test_the_administrator_is_refused_every_health_read_and_write(
    workspace: Workspace, staff: Staff, call: Callable[..., object]
) -> None:
    client_id = _client(workspace, staff)
    workspace.health(staff.specialist).record(client_id, FIRST)
    with pytest.raises(PermissionDeniedError):
        call(workspace.health(staff.admin), client_id)
    assert _reads(workspace, client_id) == []


def test_the_administrator_sees_only_the_flags(workspace: Workspace, staff: Staff) -> None:
    client_id = _client(workspace, staff)
    workspace.health(staff.specialist).record(client_id, FIRST)
    alert = workspace.health(staff.admin).alert(client_id)
    assert (alert.has_allergies, alert.has_contraindications) == (True, True)
    assert not alert.detailed
    assert alert.allergies == () and alert.condition_codes == ()
    assert _reads(workspace, client_id) == []
    card = workspace.clients(staff.admin).card(client_id)
    assert (card.has_allergies, card.has_contraindications) == (True, True)
    (row,) = workspace.clients(staff.admin).rows([client_id])
    assert (row.has_allergies, row.has_contraindications) == (True, True)


def test_the_specialist_sees_the_details(workspace: Workspace, staff: Staff) -> None:
    client_id = _client(workspace, staff)
    health = workspace.health(staff.specialist)
    assert not health.alert(client_id).any
    health.record(client_id, FIRST)
    alert = health.alert(client_id)
    assert alert.detailed
    assert [a.substance for a in alert.allergies] == ["lidocaine", "latex"]
    assert alert.condition_codes == ("anticoagulants", "metal_implants")


def test_the_flags_follow_the_current_version(workspace: Workspace, staff: Staff) -> None:
    client_id = _client(workspace, staff)
    health = workspace.health(staff.specialist)
    assert _flags(workspace, client_id) == (False, False)
    health.record(client_id, AnamnesisInput(allergies=(AllergyEntry("latex"),)))
    assert _flags(workspace, client_id) == (True, False)
    health.record(client_id, AnamnesisInput(conditions=(ConditionEntry("pregnancy"),)))
    assert _flags(workspace, client_id) == (False, True)
    health.record(client_id, AnamnesisInput(complaints="Без скарг"))
    assert _flags(workspace, client_id) == (False, False)


def test_no_consent_no_write(workspace: Workspace, staff: Staff) -> None:
    client_id = _client(workspace, staff, consent=False)
    health = workspace.health(staff.specialist)
    assert not health.consent_given(client_id)
    with pytest.raises(ConsentRequiredError):
        health.record(client_id, FIRST)
    assert health.versions(client_id) == []
    assert workspace.consents(staff.admin).give(client_id, HEALTH) == date.today()
    assert health.consent_given(client_id)
    assert health.record(client_id, FIRST).version == 1


def test_a_withdrawn_consent_stops_further_writes_and_is_audited(
    workspace: Workspace, staff: Staff
) -> None:
    client_id = _client(workspace, staff)
    health = workspace.health(staff.specialist)
    health.record(client_id, FIRST)
    consents = workspace.consents(staff.admin)
    assert consents.withdraw(client_id, HEALTH)
    assert not consents.withdraw(client_id, HEALTH)  # nothing active any more
    with pytest.raises(ConsentRequiredError):
        health.record(client_id, AnamnesisInput(complaints="Нова скарга"))
    assert health.current(client_id) is not None  # what was recorded stays readable
    (state,) = workspace.clients(staff.admin).card(client_id).consent_history
    assert state.withdrawn_on == date.today()
    with workspace.db.session(user_id=None) as session:
        trail = session.scalars(
            select(AuditEntry.changes).where(
                AuditEntry.table_name == "client_consents",
                AuditEntry.action == AuditAction.UPDATE,
                AuditEntry.client_id == client_id,
            )
        ).all()
    assert any("withdrawn_on" in changes for changes in trail)


def test_a_consent_keeps_its_date_and_refuses_the_future(
    workspace: Workspace, staff: Staff
) -> None:
    client_id = _client(workspace, staff, consent=False)
    consents = workspace.consents(staff.admin)
    signed = date.today() - timedelta(days=10)
    consents.give(client_id, HEALTH, given_on=signed)
    with pytest.raises(ValidationError) as raised:
        consents.give(client_id, HEALTH, given_on=date.today() + timedelta(days=1))
    assert [e.field for e in raised.value.errors] == ["given_on"]
    (state,) = workspace.clients(staff.admin).card(client_id).consent_history
    assert state.given_on == signed


def test_bad_input_is_refused_field_by_field(workspace: Workspace, staff: Staff) -> None:
    client_id = _client(workspace, staff)
    health = workspace.health(staff.specialist)
    bad = AnamnesisInput(
        blood_pressure="1" * 21,
        complaints="x" * 4001,
        conditions=(
            ConditionEntry("pregnancy"),
            ConditionEntry("flying_saucer"),
            ConditionEntry("pacemaker", since=date.today() + timedelta(days=5)),
        ),
        allergies=(AllergyEntry("  ", "кропив'янка"),),
    )
    with pytest.raises(ValidationError) as raised:
        health.record(client_id, bad)
    assert sorted(e.field for e in raised.value.errors) == [
        "allergies.0.substance",
        "blood_pressure",
        "complaints",
        "conditions.1.code",
        "conditions.2.since",
    ]
    assert health.versions(client_id) == []
    assert _flags(workspace, client_id) == (False, False)


def test_substances_are_stored_as_catalogue_codes_and_repeats_dropped(
    workspace: Workspace, staff: Staff
) -> None:
    client_id = _client(workspace, staff)
    health = workspace.health(staff.specialist)
    recorded = health.record(
        client_id,
        AnamnesisInput(
            conditions=(ConditionEntry("keloid"), ConditionEntry("keloid")),
            allergies=(
                AllergyEntry("Lidocaine", "набряк"),
                AllergyEntry("lidocaine"),
                AllergyEntry(" пилок  берези ", "нежить"),
            ),
        ),
    )
    assert recorded.data.condition_codes == ("keloid",)
    assert recorded.data.allergies == (
        AllergyEntry("lidocaine", "набряк"),
        AllergyEntry("пилок берези", "нежить"),
    )


def test_an_unknown_client_is_not_found(workspace: Workspace, staff: Staff) -> None:
    health = workspace.health(staff.specialist)
    with pytest.raises(NotFoundError):
        health.current(99999)
    with pytest.raises(NotFoundError):
        health.record(99999, FIRST)
