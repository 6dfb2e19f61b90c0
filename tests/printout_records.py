"""A client with everything the printouts show, written through the services as the
screens write it: the questionnaire with documents, consents and a custom field, an
anamnesis with an allergy and contraindications, skin assessments with face charts,
procedures with the lots used, home care."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from salon_crm.domain.common.enums import (
    AddressKind,
    ConsentPurpose,
    CustomFieldType,
    IdentityDocumentKind,
)
from salon_crm.domain.common.money import Money
from salon_crm.domain.health.face_chart import (
    Depth,
    FaceChart,
    InjectionPoint,
    Point,
    ProblemZone,
    TreatedArea,
    View,
)
from salon_crm.domain.health.skin import SkinType, WrinkleType
from salon_crm.services.clients.client_types import (
    AddressData,
    ClientInput,
    ConsentData,
    IdentityDocumentData,
    PhoneData,
)
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.health.anamnesis_types import (
    AllergyEntry,
    AnamnesisInput,
    ConditionEntry,
)
from salon_crm.services.health.assessment_types import AssessmentInput, HomeCareInput
from salon_crm.services.procedures.catalogue_types import ProductInput
from salon_crm.services.procedures.procedure_types import ProcedureInput, ProductUse

TODAY = date.today()
FIRST_VISIT = TODAY - timedelta(days=700)
PASSPORT = IdentityDocumentData(
    kind=IdentityDocumentKind.PASSPORT,
    series="КВ",
    number="123456",
    issued_on=date(2008, 6, 1),
    issued_by="Шевченківським РУ ГУ ДМС у м. Києві",
)
# The chart of the first assessment: its positions are what the tests look for.
CHART = FaceChart(
    (
        InjectionPoint(View.FRONT, Point(0.3, 0.6), "Hyalual 1.1%", "0.1 ml", Depth.INTRADERMAL),
        ProblemZone(View.FRONT, Point(0.62, 0.38), "пігментна пляма"),
        TreatedArea(
            View.LEFT,
            (Point(0.35, 0.5), Point(0.55, 0.52), Point(0.5, 0.68), Point(0.33, 0.64)),
            "щока",
        ),
    )
)


def lot_number(index: int) -> str:
    return f"LOT-{index:04d}"


def visit_day(index: int) -> date:
    return FIRST_VISIT + timedelta(days=3 * index)


def filled_client(
    workspace: Workspace,
    owner: Actor,
    specialist: Actor,
    *,
    last_name: str = "Їжакова",
    first_name: str = "Ґанна",
    procedures: int = 3,
) -> int:
    """The client's id; `procedures` visits, each with two preparations whose lots are
    numbered LOT-0000, LOT-0001… in the order they were used."""
    workspace.settings(owner).save_custom_field(
        key="goal", label="Мета візитів", field_type=CustomFieldType.TEXT
    )
    card = workspace.clients(owner).create(
        ClientInput(
            last_name=last_name,
            first_name=first_name,
            middle_name="Євгенівна",
            birth_date=date(1990, 5, 24),
            phones=(PhoneData("0671234567", is_main=True, has_viber=True),),
            emails=("hanna@example.com",),
            addresses=(AddressData(AddressKind.HOME, city="Київ", street="вул. Ґонти, 5"),),
            consents=(
                ConsentData(ConsentPurpose.PERSONAL_DATA, TODAY - timedelta(days=800)),
                ConsentData(ConsentPurpose.HEALTH_DATA, TODAY - timedelta(days=800)),
            ),
            identity_documents=(PASSPORT,),
            custom_values={"goal": "ліфтинг і зволоження"},
            visible_notes="Любить зелений чай",
        )
    )
    client = card.id
    workspace.health(specialist).record(
        client,
        AnamnesisInput(
            complaints="Сухість шкіри, пігментація",
            medications="Аспірин 75 мг щодня",
            conditions=(ConditionEntry("anticoagulants"),),
            allergies=(AllergyEntry("lidocaine", "набряк"),),
        ),
    )
    assessments = workspace.assessments(specialist)
    assessments.record(
        client,
        AssessmentInput(
            assessed_on=FIRST_VISIT,
            skin_type=SkinType.DRY,
            fitzpatrick=2,
            glogau=2,
            baumann="DSPW",
            turgor=3,
            wrinkle_type=WrinkleType.FINE,
            description="Зневоднена шкіра, дрібні зморшки навколо очей",
            face_chart=CHART.to_json(),
        ),
    )
    assessments.record(
        client,
        AssessmentInput(
            assessed_on=TODAY - timedelta(days=10), skin_type=SkinType.NORMAL, turgor=4
        ),
    )
    catalogue = workspace.catalogue(owner)
    serum = catalogue.create_product(
        ProductInput(name="Hyalual 1.1%", manufacturer="Hyalual", substances=("hyaluronic_acid",))
    ).id
    peel = catalogue.create_product(ProductInput(name="Mandelic Peel 30%", manufacturer="Medic")).id
    kind = catalogue.find_procedure_type("biorevitalization").id
    recording = workspace.procedures(specialist)
    for index in range(procedures):
        uses = (
            ProductUse(
                product_id=serum,
                lot_number=lot_number(2 * index),
                expires_on=TODAY + timedelta(days=400),
                quantity="1 ml",
            ),
            ProductUse(
                product_id=peel,
                lot_number=lot_number(2 * index + 1),
                expires_on=TODAY + timedelta(days=500),
                quantity="2 ml",
            ),
        )
        day = visit_day(index)
        recording.record(
            client,
            ProcedureInput(
                procedure_type_id=kind,
                performed_at=datetime(day.year, day.month, day.day, 11, tzinfo=UTC),
                zones="щоки, лоб, зона навколо очей",
                reaction="легка еритема",
                products=uses,
                price=Money(250000, "UAH"),
                override_reason="Аспірин скасовано за 7 днів до процедури",
            ),
        )
    workspace.home_care(specialist).add(
        client,
        HomeCareInput("Крем La Roche-Posay Cicaplast", TODAY - timedelta(days=30), "двічі на день"),
    )
    return client
