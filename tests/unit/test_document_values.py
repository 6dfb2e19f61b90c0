"""Every placeholder has its value for a fully filled client, a salon with its
requisites and a procedure; dates with the genitive month in the template's language."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from salon_crm.domain.common.dates import format_long_day
from salon_crm.domain.common.enums import ConsentPurpose, CustomFieldType
from salon_crm.domain.documents.placeholders import CATALOGUE
from salon_crm.services.clients.client_types import (
    AddressData,
    ClientInput,
    ConsentData,
    IdentityDocumentData,
    PhoneData,
)
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.documents.document_values import (
    client_values,
    document_values,
    salon_values,
)
from salon_crm.services.procedures.procedure_types import ProcedureInput
from tests.conftest import Staff
from tests.unit.procedure_setup import at, procedure_type_id

FULL = ClientInput(
    last_name="Їжакова",
    first_name="Ґанна",
    middle_name="Євгенівна",
    birth_date=date(1990, 5, 24),
    phones=(PhoneData("0671234567", is_main=True),),
    emails=("hanna@example.com",),
    addresses=(AddressData(city="Київ", street="вул. Січових Стрільців, 5", postal_code="04053"),),
    identity_documents=(
        IdentityDocumentData(
            series="КВ",
            number="123456",
            issued_on=date(2008, 6, 1),
            issued_by="Шевченківським РУ ГУ МВС",
            registration_address="Київ, вул. Січових Стрільців, 5",
        ),
    ),
    custom_values={"skin_type": "Суха"},
    consents=(ConsentData(ConsentPurpose.HEALTH_DATA, date(2026, 1, 10)),),
)


def test_every_placeholder_has_a_value_for_a_fully_filled_client(
    workspace: Workspace, staff: Staff
) -> None:
    workspace.settings(staff.owner).save_custom_field(
        key="skin_type", label="Тип шкіри", field_type=CustomFieldType.TEXT
    )
    card = workspace.clients(staff.owner).create(FULL)
    settings = workspace.settings(staff.owner)
    requisites = replace(
        settings.requisites(),
        legal_name="ФОП Коваль Олена Іванівна",
        legal_address="Київ, вул. Хрещатик, 1",
        actual_address="Київ, вул. Хрещатик, 1",
        phone="+380441234567",
        email="salon@example.com",
        registration_number="32855961",
        tax_number="3012345670",
        bank_name="ПриватБанк",
        bank_account="UA213223130000026007233566001",
        bank_code="305299",
        signatory_name="Коваль О. І.",
        signatory_position="директорки",
    )
    settings.save_requisites(requisites)
    kind = procedure_type_id(workspace, staff.owner, "biorevitalization")
    recorded = workspace.procedures(staff.owner).record(
        card.id, ProcedureInput(procedure_type_id=kind, performed_at=at(date(2026, 3, 12)))
    )
    (visit,) = [v for v in workspace.procedures(staff.owner).visits(card.id) if v.id == recorded.id]
    values = (
        client_values(workspace.clients(staff.owner).card(card.id))
        | salon_values(settings.requisites())
        | document_values(
            number="2026-0001",
            day=date(2026, 3, 12),
            language="uk",
            user_name="Олена Коваль",
            procedure=visit,
        )
    )
    missing = [p.name for p in CATALOGUE if not values.get(p.name, "").strip()]
    assert missing == []
    assert values["client.full_name"] == "Їжакова Ґанна Євгенівна"
    assert values["client.passport.issued_on"] == "01.06.2008"
    assert values["document.date"] == "12 березня 2026"
    assert values["client.custom.skin_type"] == "Суха"


def test_the_genitive_month_in_each_language() -> None:
    day = date(2026, 10, 1)
    assert [format_long_day(day, language) for language in ("uk", "ru", "pl", "en")] == [
        "1 жовтня 2026",
        "1 октября 2026",
        "1 października 2026",
        "1 October 2026",
    ]
