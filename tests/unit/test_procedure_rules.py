"""Every rule of the default catalogue, as the procedure service applies it to a client
whose current anamnesis names the condition."""

from __future__ import annotations

from datetime import date

import pytest

from salon_crm.domain.health.contraindications import Reason, Severity
from salon_crm.domain.health.procedure_catalogue import DEFAULT_PROCEDURES
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff
from tests.unit.procedure_setup import new_client, procedure_type_id, write_anamnesis

RULES = [
    pytest.param(p.code, code, severity, id=f"{p.code}-{severity.value}-{code}")
    for p in DEFAULT_PROCEDURES
    for severity, codes in ((Severity.BLOCK, p.blocks), (Severity.WARN, p.warns))
    for code in sorted(codes)
]


@pytest.mark.parametrize(("procedure", "condition", "severity"), RULES)
def test_each_default_rule_holds(
    workspace: Workspace, staff: Staff, procedure: str, condition: str, severity: Severity
) -> None:
    client = new_client(workspace, staff.admin)
    write_anamnesis(workspace, client, conditions=[condition])
    kind = procedure_type_id(workspace, staff.owner, procedure)
    found = workspace.procedures(staff.specialist).check(client, kind, on=date.today())
    assert found.reasons == (Reason(severity, condition=condition),)
    assert found.needs_override is (severity is Severity.BLOCK)


def test_only_the_current_anamnesis_counts(workspace: Workspace, staff: Staff) -> None:
    client = new_client(workspace, staff.admin)
    write_anamnesis(workspace, client, conditions=["pregnancy"])
    write_anamnesis(workspace, client, conditions=[])  # reviewed after the birth
    kind = procedure_type_id(workspace, staff.owner, "botulinum")
    assert workspace.procedures(staff.specialist).check(client, kind).clear


def test_the_issues_named_rules_are_in_the_catalogue(workspace: Workspace, staff: Staff) -> None:
    rows = {r.code: r for r in workspace.catalogue(staff.admin).procedure_types()}
    for code in ("botulinum", "filler_ha", "chemical_peel", "laser_hair_removal", "ipl"):
        assert {"pregnancy", "breastfeeding"} <= set(rows[code].blocks)
    for code in ("chemical_peel", "microneedling", "laser_hair_removal", "ipl"):
        assert "isotretinoin" in rows[code].blocks
    for code in ("rf_lifting", "microcurrent"):
        assert {"pacemaker", "metal_implants"} <= set(rows[code].blocks)
    for code in ("mesotherapy", "biorevitalization", "botulinum", "filler_ha"):
        assert "anticoagulants" in rows[code].warns
        assert "herpes_active" in rows[code].blocks
    assert "herpes_active" in rows["chemical_peel"].blocks
