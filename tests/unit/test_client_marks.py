"""A procedure or an anamnesis updates the client's derived columns (last visit, health
flags) without making it a change of the card by whoever recorded them."""

from __future__ import annotations

from datetime import date

from salon_crm.services.core.workspace import Workspace
from salon_crm.services.health.anamnesis_types import AllergyEntry, AnamnesisInput
from salon_crm.services.procedures.procedure_types import ProcedureInput
from tests.conftest import Staff
from tests.unit.procedure_setup import at, new_client, procedure_type_id


def test_recording_keeps_who_last_changed_the_card_and_its_version(
    workspace: Workspace, staff: Staff
) -> None:
    client_id = new_client(workspace, staff.admin)
    clients = workspace.clients(staff.owner)
    before = clients.card(client_id)

    workspace.procedures(staff.specialist).record(
        client_id,
        ProcedureInput(
            procedure_type_id=procedure_type_id(workspace, staff.specialist, "massage"),
            performed_at=at(date.today()),
        ),
    )
    workspace.health(staff.specialist).record(
        client_id, AnamnesisInput(allergies=(AllergyEntry("latex", "rash"),))
    )

    after = clients.card(client_id)
    (row,) = clients.rows([client_id])
    assert row.last_visit_on == date.today()
    assert after.has_allergies
    assert (after.updated_at, after.updated_by) == (before.updated_at, before.updated_by)
    assert after.version_id == before.version_id  # an open questionnaire saves as it was
