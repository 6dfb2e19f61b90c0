"""Lot recall: who received a lot or a product in a date range, with their contacts; a
recalled lot on the cards of those who received it and refused from then on."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from salon_crm.db.models import AuditEntry
from salon_crm.domain.common.enums import AuditAction
from salon_crm.domain.common.errors import PermissionDeniedError, ValidationError
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.procedures.procedure_types import ProcedureInput, ProductUse
from tests.conftest import Staff
from tests.unit.procedure_setup import add_product, at, new_client, procedure_type_id

TODAY = date.today()
EXPIRY = TODAY + timedelta(days=400)


@pytest.fixture
def received(workspace: Workspace, staff: Staff) -> dict[str, int]:
    """Anna got lot A1 of Belotero 20 days ago and lot B2 10 days ago; Olha got lot A1
    5 days ago; Iryna got lot A1 of another product."""
    belotero = add_product(workspace, staff.owner, "Belotero Balance", "hyaluronic_acid")
    other = add_product(workspace, staff.owner, "Radiesse")
    kind = procedure_type_id(workspace, staff.owner, "filler_ha")
    people = {
        name: new_client(workspace, staff.admin, first_name=name)
        for name in ("Анна", "Ольга", "Ірина")
    }
    for name, product, lot, days_ago in (
        ("Анна", belotero, "A1", 20),
        ("Анна", belotero, "B2", 10),
        ("Ольга", belotero, "A1", 5),
        ("Ірина", other, "A1", 3),
    ):
        workspace.procedures(staff.specialist).record(
            people[name],
            ProcedureInput(
                procedure_type_id=kind,
                performed_at=at(TODAY - timedelta(days=days_ago)),
                products=(ProductUse(product_id=product, lot_number=lot, expires_on=EXPIRY),),
            ),
        )
    return {**people, "belotero": belotero, "other": other, "kind": kind}


def test_recall_by_lot_of_a_product_lists_clients_with_contacts(
    workspace: Workspace, staff: Staff, received: dict[str, int]
) -> None:
    hits = workspace.lot_recall(staff.specialist).recall(
        lot_number="A1", product_id=received["belotero"]
    )
    assert [(h.client_id, h.lot_number, h.product) for h in hits] == [
        (received["Анна"], "A1", "Belotero Balance"),
        (received["Ольга"], "A1", "Belotero Balance"),
    ]
    assert hits[0].client_name == "Коваль Анна"
    (anna,) = workspace.clients(staff.admin).rows([received["Анна"]])
    assert (hits[0].client_number, hits[0].phone) == (anna.number, anna.main_phone_display)
    assert hits[0].phone.startswith("067 333 ")
    assert hits[0].performed_on == TODAY - timedelta(days=20)
    every_a1 = workspace.lot_recall(staff.owner).recall(lot_number="A1")
    assert {h.client_id for h in every_a1} == {received[n] for n in ("Анна", "Ольга", "Ірина")}


def test_recall_of_a_product_within_dates(
    workspace: Workspace, staff: Staff, received: dict[str, int]
) -> None:
    recall = workspace.lot_recall(staff.specialist).recall
    window = recall(
        product_id=received["belotero"],
        date_from=TODAY - timedelta(days=12),
        date_to=TODAY - timedelta(days=5),
    )
    assert [(h.client_id, h.lot_number) for h in window] == [
        (received["Анна"], "B2"),
        (received["Ольга"], "A1"),
    ]
    assert recall(lot_number="Z9") == []


def test_recall_needs_the_health_record_and_is_audited(
    workspace: Workspace, staff: Staff, received: dict[str, int]
) -> None:
    with pytest.raises(PermissionDeniedError):
        workspace.lot_recall(staff.admin).recall(lot_number="A1")
    workspace.lot_recall(staff.owner).recall(lot_number="A1")
    with workspace.db.session(user_id=None) as session:
        reads = session.scalars(
            select(AuditEntry.table_name).where(
                AuditEntry.action == AuditAction.READ, AuditEntry.user_id == staff.owner.user_id
            )
        ).all()
    assert reads == ["procedure_products"]


def test_a_recalled_lot_shows_on_the_card_and_cannot_be_used_again(
    workspace: Workspace, staff: Staff, received: dict[str, int]
) -> None:
    catalogue = workspace.catalogue(staff.owner)
    (lot,) = [lot for lot in catalogue.product(received["belotero"]).lots if lot.lot_number == "A1"]
    catalogue.mark_lot_recalled(lot.id, on=TODAY, note="manufacturer's recall")
    procedures = workspace.procedures(staff.admin)
    (notice,) = procedures.recalled_lots_of(received["Анна"])
    assert (notice.product, notice.lot_number, notice.received_on) == (
        "Belotero Balance",
        "A1",
        TODAY - timedelta(days=20),
    )
    assert procedures.recalled_lots_of(received["Ірина"]) == []
    flags = [v.has_recalled_lot for v in procedures.visits(received["Анна"])]
    assert flags == [False, True]  # newest first: B2, then A1
    use = ProductUse(product_id=received["belotero"], lot_number="A1")
    with pytest.raises(ValidationError) as raised:
        workspace.procedures(staff.specialist).record(
            received["Ольга"],
            ProcedureInput(
                procedure_type_id=received["kind"],
                performed_at=at(TODAY),
                products=(use,),
                override_reason="it is the same lot",
            ),
        )
    (error,) = raised.value.errors
    assert error.field == "products.0.lot_number" and "recalled" in error.message
