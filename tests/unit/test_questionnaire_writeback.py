"""Values typed in the fill dialog go back into the questionnaire where the next document
reads them, and a refusal of the questionnaire names the placeholder that was typed."""

from __future__ import annotations

from datetime import date

import pytest

from salon_crm.domain.common.enums import IdentityDocumentKind
from salon_crm.domain.common.errors import ConflictError, ValidationError
from salon_crm.services.clients.client_service import ClientService
from salon_crm.services.clients.client_types import (
    AddressData,
    ClientInput,
    IdentityDocumentData,
    PhoneData,
)
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.documents.document_service import DocumentRequest
from salon_crm.services.documents.questionnaire_writeback import (
    WriteBack,
    is_writable,
    write_back,
)
from tests.conftest import Staff

HANNA = ClientInput(first_name="Ганна", phones=(PhoneData("0671234567", is_main=True),))


def test_passport_data_fill_a_new_passport_when_the_client_has_none() -> None:
    typed = {
        "client.passport.series": " КВ ",
        "client.passport.number": "123456",
        "client.passport.issued_on": "01.06.2008",
        "client.passport.registration": "м. Київ, вул. Хрещатик, 1",
    }
    back = write_back(HANNA, typed)
    (passport,) = back.data.identity_documents
    assert passport == IdentityDocumentData(
        kind=IdentityDocumentKind.PASSPORT,
        series="КВ",
        number="123456",
        issued_on=date(2008, 6, 1),
        registration_address="м. Київ, вул. Хрещатик, 1",
    )
    assert back.fields["identity_documents.0.number"] == "client.passport.number"
    assert back.data.phones == HANNA.phones


def test_the_document_a_contract_prints_is_the_one_completed() -> None:
    """A passport comes before an ID card, whatever their order in the questionnaire."""
    card_first = ClientInput(
        first_name="Łucja",
        identity_documents=(
            IdentityDocumentData(kind=IdentityDocumentKind.ID_CARD, number="ABC"),
            IdentityDocumentData(kind=IdentityDocumentKind.PASSPORT, series="EA"),
        ),
    )
    back = write_back(card_first, {"client.passport.number": "987654"})
    card, passport = back.data.identity_documents
    assert (card.number, passport.number, passport.series) == ("ABC", "987654", "EA")
    assert back.fields == {"identity_documents.1.number": "client.passport.number"}


def test_contacts_birth_date_and_custom_fields_go_to_their_fields() -> None:
    data = ClientInput(
        first_name="Anna",
        emails=("", "second@example.com"),
        addresses=(AddressData(country="PL", city=""),),
        custom_values={"card": "A-1"},
    )
    back = write_back(
        data,
        {
            "client.birth_date": "24.05.1990",
            "client.email": "anna@example.com",
            "client.address": "ul. Długa 5, Gdańsk",
            "client.phone": "+48 601 234 567",
            "client.middle_name": "Maria",
            "client.custom.allergy_card": "no",
        },
    )
    assert back.data.birth_date == date(1990, 5, 24)
    assert back.data.emails == ("anna@example.com", "second@example.com")
    assert back.data.addresses == (AddressData(country="PL", street="ul. Długa 5, Gdańsk"),)
    assert back.data.phones == (PhoneData("+48 601 234 567", is_main=True),)
    assert back.data.middle_name == "Maria"
    assert back.data.custom_values == {"card": "A-1", "allergy_card": "no"}
    assert set(back.fields) == {
        "birth_date",
        "email",
        "addresses.0.street",
        "phone_main",
        "middle_name",
        "custom.allergy_card",
    }


def test_blank_values_and_values_of_no_client_field_are_left_out() -> None:
    back = write_back(HANNA, {"client.passport.number": "  ", "procedure.price": "100"})
    assert back.data == HANNA and back.fields == {}
    assert not is_writable("salon.name") and not is_writable("document.date")
    assert is_writable("client.passport.issued_by") and is_writable("client.custom.x")


def test_a_date_that_is_not_one_is_refused_naming_the_placeholder() -> None:
    with pytest.raises(ValidationError) as caught:
        write_back(HANNA, {"client.passport.issued_on": "31.02.2008", "client.birth_date": "x"})
    assert {e.field for e in caught.value.errors} == {
        "client.passport.issued_on",
        "client.birth_date",
    }


def _written(
    workspace: Workspace, staff: Staff, typed: dict[str, str]
) -> tuple[ClientService, int, WriteBack]:
    clients = workspace.clients(staff.admin)
    client = clients.create(HANNA)
    return clients, client.id, write_back(client.edit_input(), typed)


def test_written_back_through_the_client_service_the_contract_no_longer_lacks_it(
    workspace: Workspace, staff: Staff
) -> None:
    clients, client, back = _written(workspace, staff, {"client.passport.number": "123456"})
    stored = clients.update(client, back.data)
    assert stored.data.identity_documents[0].number == "123456"
    contract = workspace.templates(staff.admin).templates()[0].id
    missing = workspace.documents(staff.admin).missing(DocumentRequest(client, contract))
    assert "client.passport.number" not in missing and "client.passport.series" in missing


def test_a_refusal_of_the_questionnaire_names_the_placeholder_typed(
    workspace: Workspace, staff: Staff
) -> None:
    clients, client, back = _written(workspace, staff, {"client.email": "not an address"})
    with pytest.raises(ValidationError) as caught:
        clients.update(client, back.data)
    assert [back.placeholder_of(e) for e in caught.value.errors] == ["client.email"]


def test_a_passport_written_back_alone_moves_the_cards_last_change_and_version(
    workspace: Workspace, staff: Staff
) -> None:
    clients = workspace.clients(staff.admin)
    card = clients.create(
        ClientInput(first_name="Ольга", last_name="Ким", phones=(PhoneData("0671234567"),))
    )
    back = write_back(card.edit_input(), {"client.passport.number": "123456"})
    updated = clients.update(card.id, back.data)
    assert updated.data.identity_documents[0].number == "123456"
    assert updated.version_id != card.version_id
    assert updated.updated_at > card.updated_at
    with pytest.raises(ConflictError):  # an edit from before the passport is refused
        clients.update(card.id, card.edit_input())
