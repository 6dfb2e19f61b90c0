"""Recording a procedure: every reason at once, overrides with a reason, lots that
cannot be used, the money it writes and the visit it leaves."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from salon_crm.db.models import AuditEntry, LedgerRow, Procedure
from salon_crm.domain.common.enums import AuditAction
from salon_crm.domain.common.errors import (
    ConsentRequiredError,
    PermissionDeniedError,
    ValidationError,
)
from salon_crm.domain.common.ledger import EntryKind
from salon_crm.domain.common.money import Money
from salon_crm.domain.health.contraindications import Reason, Severity
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.procedures.procedure_types import ProcedureInput, ProductUse
from tests.conftest import Staff
from tests.unit.procedure_setup import (
    add_product,
    at,
    new_client,
    procedure_type_id,
    write_anamnesis,
)

TODAY = date.today()
LATER = TODAY + timedelta(days=365)


def _input(type_id: int, **changes: object) -> ProcedureInput:
    values: dict[str, object] = {"procedure_type_id": type_id, "performed_at": at(TODAY)}
    values.update(changes)
    return ProcedureInput(**values)  # type: ignore[arg-type]


def _procedures(workspace: Workspace) -> list[Procedure]:
    with workspace.db.session(user_id=None) as session:
        return list(session.scalars(select(Procedure)))


def test_a_clear_procedure_is_recorded_with_its_lot_and_price(
    workspace: Workspace, staff: Staff
) -> None:
    client = new_client(workspace, staff.admin)
    product = add_product(workspace, staff.owner, "Hyalual 1.1%", "hyaluronic_acid")
    kind = procedure_type_id(workspace, staff.owner, "biorevitalization")
    procedures = workspace.procedures(staff.specialist)
    use = ProductUse(product_id=product, lot_number="HX-1", expires_on=LATER, quantity="1 ml")
    recorded = procedures.record(
        client, _input(kind, products=(use,), price=Money(250000, "UAH"), zones="cheeks")
    )
    assert recorded.warnings == () and recorded.overridden == ()
    detail = workspace.procedures(staff.specialist).detail(recorded.id)
    assert detail.zones == "cheeks"
    (used,) = detail.products
    assert (used.product, used.lot_number, used.expires_on, used.quantity) == (
        "Hyalual 1.1%",
        "HX-1",
        LATER,
        "1 ml",
    )
    assert detail.visit.price == Money(250000, "UAH")
    assert detail.visit.specialist == "Марина"


def test_a_blocking_rule_without_a_reason_lists_every_reason_and_writes_nothing(
    workspace: Workspace, staff: Staff
) -> None:
    client = new_client(workspace, staff.admin)
    write_anamnesis(workspace, client, conditions=["pregnancy", "herpes_active", "anticoagulants"])
    kind = procedure_type_id(workspace, staff.owner, "botulinum")
    with pytest.raises(ValidationError) as raised:
        workspace.procedures(staff.specialist).record(client, _input(kind, override_reason="  "))
    errors = raised.value.for_field("override_reason")
    assert [e.params["condition"] for e in errors] == ["pregnancy", "herpes_active"]
    assert "Pregnancy" in errors[0].message
    assert _procedures(workspace) == []
    assert workspace.procedures(staff.specialist).visits(client) == []


def test_an_override_reason_is_stored_and_audited(workspace: Workspace, staff: Staff) -> None:
    client = new_client(workspace, staff.admin)
    write_anamnesis(workspace, client, conditions=["isotretinoin", "photosensitising_drugs"])
    kind = procedure_type_id(workspace, staff.owner, "chemical_peel")
    recorded = workspace.procedures(staff.specialist).record(
        client, _input(kind, override_reason="Course ended 8 months ago, doctor's note")
    )
    assert recorded.overridden == (Reason(Severity.BLOCK, condition="isotretinoin"),)
    assert recorded.warnings == (Reason(Severity.WARN, condition="photosensitising_drugs"),)
    (procedure,) = _procedures(workspace)
    assert procedure.override_reason == "Course ended 8 months ago, doctor's note"
    with workspace.db.session(user_id=None) as session:
        audited = session.scalars(
            select(AuditEntry.changes).where(
                AuditEntry.table_name == "procedures", AuditEntry.action == AuditAction.INSERT
            )
        ).all()
    assert any("Course ended 8 months ago" in changes for changes in audited)
    (visit,) = workspace.procedures(staff.admin).visits(client)
    assert visit.overridden


def test_a_warning_alone_needs_no_reason_and_stores_none(
    workspace: Workspace, staff: Staff
) -> None:
    client = new_client(workspace, staff.admin)
    write_anamnesis(workspace, client, conditions=["anticoagulants"])
    kind = procedure_type_id(workspace, staff.owner, "mesotherapy")
    recorded = workspace.procedures(staff.specialist).record(
        client, _input(kind, override_reason="not needed")
    )
    assert recorded.warnings == (Reason(Severity.WARN, condition="anticoagulants"),)
    (procedure,) = _procedures(workspace)
    assert procedure.override_reason == ""


def test_an_allergy_to_lidocaine_blocks_a_product_that_contains_it(
    workspace: Workspace, staff: Staff
) -> None:
    client = new_client(workspace, staff.admin)
    write_anamnesis(workspace, client, allergies=["lidocaine"])
    product = add_product(
        workspace, staff.owner, "Juvederm Volift Lidocaine", "hyaluronic_acid", "lidocaine"
    )
    kind = procedure_type_id(workspace, staff.owner, "filler_ha")
    use = ProductUse(product_id=product, lot_number="L1", expires_on=LATER)
    procedures = workspace.procedures(staff.specialist)
    found = procedures.check(client, kind, [use])
    assert found.blocking == (
        Reason(Severity.BLOCK, substance="lidocaine", product="Juvederm Volift Lidocaine"),
    )
    with pytest.raises(ValidationError) as raised:
        procedures.record(client, _input(kind, products=(use,)))
    (error,) = raised.value.errors
    assert error.params["substance"] == "lidocaine"
    assert error.params["product"] == "Juvederm Volift Lidocaine"


def test_an_expired_lot_is_refused_even_with_an_override(
    workspace: Workspace, staff: Staff
) -> None:
    client = new_client(workspace, staff.admin)
    product = add_product(workspace, staff.owner, "Peel 30%", "glycolic_acid")
    kind = procedure_type_id(workspace, staff.owner, "chemical_peel")
    use = ProductUse(product_id=product, lot_number="OLD-7", expires_on=TODAY - timedelta(days=1))
    procedures = workspace.procedures(staff.specialist)
    found = procedures.check(client, kind, [use])
    assert [(lot.lot_number, lot.expired) for lot in found.refused_lots] == [("OLD-7", True)]
    with pytest.raises(ValidationError) as raised:
        procedures.record(client, _input(kind, products=(use,), override_reason="I insist"))
    assert [e.field for e in raised.value.errors] == ["products.0.lot_number"]
    assert _procedures(workspace) == []
    # A lot expiring on the procedure's day may still be used.
    today_lot = ProductUse(product_id=product, lot_number="NEW-8", expires_on=TODAY)
    procedures.record(client, _input(kind, products=(today_lot,)))


def test_the_administrator_may_not_record_check_or_open_a_procedure(
    workspace: Workspace, staff: Staff
) -> None:
    client = new_client(workspace, staff.admin)
    kind = procedure_type_id(workspace, staff.owner, "massage")
    recorded = workspace.procedures(staff.specialist).record(client, _input(kind))
    procedures = workspace.procedures(staff.admin)
    with pytest.raises(PermissionDeniedError):
        procedures.record(client, _input(kind))
    with pytest.raises(PermissionDeniedError):
        procedures.check(client, kind)
    with pytest.raises(PermissionDeniedError):
        procedures.detail(recorded.id)
    (visit,) = procedures.visits(client)
    assert visit.procedure_code == "massage" and visit.procedure_name == "Facial massage"
    assert not hasattr(visit, "zones")


def test_recording_needs_the_health_data_consent(workspace: Workspace, staff: Staff) -> None:
    client = new_client(workspace, staff.admin, consent=False)
    kind = procedure_type_id(workspace, staff.owner, "massage")
    with pytest.raises(ConsentRequiredError):
        workspace.procedures(staff.specialist).record(client, _input(kind))


def test_opening_a_procedure_is_audited_as_a_read(workspace: Workspace, staff: Staff) -> None:
    client = new_client(workspace, staff.admin)
    kind = procedure_type_id(workspace, staff.owner, "massage")
    recorded = workspace.procedures(staff.specialist).record(client, _input(kind))
    workspace.procedures(staff.owner).detail(recorded.id)
    with workspace.db.session(user_id=None) as session:
        reads = session.execute(
            select(AuditEntry.table_name, AuditEntry.row_id, AuditEntry.user_id).where(
                AuditEntry.action == AuditAction.READ
            )
        ).all()
    assert ("procedures", str(recorded.id), staff.owner.user_id) in reads


def test_the_sale_takes_the_clients_discount_and_a_payment(
    workspace: Workspace, staff: Staff
) -> None:
    client = new_client(workspace, staff.admin, discount=10)
    kind = procedure_type_id(workspace, staff.owner, "massage")
    procedures = workspace.procedures(staff.specialist)
    procedures.record(client, _input(kind, price=Money(100000, "UAH"), paid=Money(50000, "UAH")))
    with workspace.db.session(user_id=None) as session:
        rows = session.execute(select(LedgerRow.kind, LedgerRow.amount_minor)).all()
    assert sorted(rows) == [(EntryKind.PAID, 50000), (EntryKind.SOLD, 90000)]
    (visit,) = procedures.visits(client)
    assert (visit.discount_percent, visit.sold, visit.paid) == (
        10,
        Money(90000, "UAH"),
        Money(50000, "UAH"),
    )
    balance = procedures.balance(client)
    assert (balance.sold, balance.paid, balance.balance) == (
        Money(90000, "UAH"),
        Money(50000, "UAH"),
        Money(40000, "UAH"),
    )
    assert balance.in_debt
