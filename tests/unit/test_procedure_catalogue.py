"""The owner's catalogue of procedures and products: validation, who may edit, lots."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from salon_crm.domain.common.errors import PermissionDeniedError, ValidationError
from salon_crm.domain.common.money import Money
from salon_crm.domain.health.procedure_catalogue import DEFAULT_PROCEDURES, ProcedureCategory
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.procedures.catalogue_types import ProcedureTypeInput, ProductInput
from salon_crm.services.procedures.procedure_types import ProcedureInput
from tests.conftest import Staff
from tests.unit.procedure_setup import at, new_client

LATER = date.today() + timedelta(days=200)


def _type(**changes: object) -> ProcedureTypeInput:
    values: dict[str, object] = {
        "name": "Карбоксітерапія",
        "category": ProcedureCategory.INJECTION,
        "duration_minutes": 40,
        "price": Money(120000, "UAH"),
        "blocks": ("pregnancy",),
        "warns": ("pregnancy", "diabetes"),
    }
    values.update(changes)
    return ProcedureTypeInput(**values)  # type: ignore[arg-type]


def test_the_default_catalogue_is_listed_with_codes_and_english_names(
    workspace: Workspace, staff: Staff
) -> None:
    rows = workspace.catalogue(staff.admin).procedure_types()
    assert [r.code for r in rows] == [p.code for p in DEFAULT_PROCEDURES]
    peel = next(r for r in rows if r.code == "chemical_peel")
    assert (peel.custom_name, peel.default_name, peel.name) == (
        "",
        "Chemical peel",
        "Chemical peel",
    )
    assert peel.price.currency == "UAH"


def test_the_owner_adds_a_procedure_and_a_block_is_not_also_a_warning(
    workspace: Workspace, staff: Staff
) -> None:
    catalogue = workspace.catalogue(staff.owner)
    row = catalogue.create_procedure_type(_type())
    assert (row.code, row.name, row.blocks, row.warns) == (
        None,
        "Карбоксітерапія",
        ("pregnancy",),
        ("diabetes",),
    )
    assert catalogue.find_procedure_type(" карбоксітерапія") == row
    renamed = catalogue.update_procedure_type(
        row.id, _type(name="Карбокситерапія", price=Money(150000, "UAH"))
    )
    assert renamed.price == Money(150000, "UAH")


def test_bad_procedures_are_refused_with_every_problem(workspace: Workspace, staff: Staff) -> None:
    catalogue = workspace.catalogue(staff.owner)
    with pytest.raises(ValidationError) as raised:
        catalogue.create_procedure_type(
            _type(
                name=" ",
                duration_minutes=0,
                price=Money(-1, "UAH"),
                blocks=("pregnancy", "no_such_condition"),
                warns=("nor_this",),
            )
        )
    assert sorted(e.field for e in raised.value.errors) == [
        "blocks",
        "duration_minutes",
        "name",
        "price",
        "warns",
    ]
    with pytest.raises(ValidationError):
        catalogue.create_procedure_type(_type(price=Money(100, "PLN")))


def test_a_default_procedure_may_keep_its_translated_name(
    workspace: Workspace, staff: Staff
) -> None:
    catalogue = workspace.catalogue(staff.owner)
    peel = catalogue.find_procedure_type("chemical_peel")
    kept = catalogue.update_procedure_type(
        peel.id, _type(name="", category=peel.category, blocks=peel.blocks, warns=peel.warns)
    )
    assert (kept.custom_name, kept.name) == ("", "Chemical peel")


def test_a_deactivated_procedure_leaves_the_list_and_cannot_be_recorded(
    workspace: Workspace, staff: Staff
) -> None:
    catalogue = workspace.catalogue(staff.owner)
    massage = catalogue.find_procedure_type("massage")
    catalogue.set_procedure_type_active(massage.id, active=False)
    assert "massage" not in [r.code for r in catalogue.procedure_types()]
    assert "massage" in [r.code for r in catalogue.procedure_types(include_inactive=True)]
    client = new_client(workspace, staff.admin)
    with pytest.raises(ValidationError) as raised:
        workspace.procedures(staff.specialist).record(
            client, ProcedureInput(procedure_type_id=massage.id, performed_at=at(date.today()))
        )
    assert [e.field for e in raised.value.errors] == ["procedure_type_id"]


def test_only_the_owner_edits_the_catalogue(workspace: Workspace, staff: Staff) -> None:
    for actor in (staff.admin, staff.specialist):
        catalogue = workspace.catalogue(actor)
        with pytest.raises(PermissionDeniedError):
            catalogue.create_procedure_type(_type())
        with pytest.raises(PermissionDeniedError):
            catalogue.create_product(ProductInput(name="X"))
        assert catalogue.procedure_types()  # but reads it


def test_products_keep_their_substances_and_names_are_unique(
    workspace: Workspace, staff: Staff
) -> None:
    catalogue = workspace.catalogue(staff.owner)
    product = catalogue.create_product(
        ProductInput(
            name="Ultracaine", manufacturer="Sanofi", substances=("articaine", " articaine ")
        )
    )
    assert product.substances == ("articaine",)
    with pytest.raises(ValidationError) as raised:
        catalogue.create_product(ProductInput(name="ultracaine", substances=("",)))
    assert sorted(e.field for e in raised.value.errors) == ["name", "substances.0"]
    assert catalogue.product_named("ULTRACAINE") == product


def test_lots_keep_their_expiry_and_can_be_recalled(workspace: Workspace, staff: Staff) -> None:
    catalogue = workspace.catalogue(staff.owner)
    product = catalogue.create_product(ProductInput(name="Restylane"))
    lot = catalogue.add_lot(product.id, lot_number=" 2231-A ", expires_on=LATER)
    assert (lot.lot_number, lot.expires_on, lot.recalled) == ("2231-A", LATER, False)
    assert catalogue.add_lot(product.id, lot_number="2231-A", expires_on=LATER) == lot
    with pytest.raises(ValidationError) as raised:
        catalogue.add_lot(product.id, lot_number="2231-A", expires_on=LATER + timedelta(1))
    assert [e.field for e in raised.value.errors] == ["expires_on"]
    with pytest.raises(ValidationError):
        catalogue.add_lot(product.id, lot_number="NEW", expires_on=None)
    recalled = catalogue.mark_lot_recalled(lot.id, on=date.today(), note="supplier notice 12/26")
    assert recalled.recalled and recalled.recall_note == "supplier notice 12/26"
    assert catalogue.product(product.id).lots == (recalled,)
    assert not catalogue.unmark_lot_recalled(lot.id).recalled
