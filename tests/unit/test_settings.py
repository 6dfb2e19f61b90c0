"""The owner's set-up: requisites, lists, custom fields used by the questionnaire."""

from __future__ import annotations

from dataclasses import replace

import pytest

from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.enums import CustomFieldType, NameOrder
from salon_crm.domain.common.errors import PermissionDeniedError, ValidationError
from salon_crm.services.clients.client_types import ClientInput, PhoneData
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff


def test_requisites_round_trip_and_country_drives_phone_region(
    workspace: Workspace, staff: Staff
) -> None:
    settings = workspace.settings(staff.owner)
    saved = settings.save_requisites(
        replace(settings.requisites(), country="pl", tax_number=" 123-456-32-18 ")
    )
    assert (saved.country, saved.tax_number) == ("PL", "123-456-32-18")
    card = workspace.clients(staff.admin).create(
        ClientInput(first_name="Ola", phones=(PhoneData("512 345 678"),))
    )
    assert card.phones[0].number == "+48512345678"
    with pytest.raises(ValidationError):
        settings.save_requisites(replace(saved, name="", email="nope"))


def test_lists_add_rename_hide_and_refuse_duplicates(workspace: Workspace, staff: Staff) -> None:
    settings = workspace.settings(staff.owner)
    vip = settings.save_list_item("tags", name="Постійні")
    settings.save_list_item("tags", name="Нові")
    with pytest.raises(ValidationError) as caught:
        settings.save_list_item("tags", name="постійні")
    assert caught.value.errors[0].template == msg.NAME_TAKEN
    settings.save_list_item("tags", name="Постійні клієнти", item_id=vip.id, is_hidden=True)
    assert [t.name for t in settings.list_items("tags")] == ["Нові"]
    assert len(settings.list_items("tags", include_hidden=True)) == 2


def test_custom_fields_validate_and_store_values(workspace: Workspace, staff: Staff) -> None:
    settings = workspace.settings(staff.owner)
    settings.save_custom_field(
        key="skin_type",
        label="Тип шкіри",
        field_type=CustomFieldType.CHOICE,
        choices=("суха", "жирна"),
    )
    settings.save_custom_field(key="visits_goal", label="Ціль", field_type=CustomFieldType.NUMBER)
    settings.save_custom_field(
        key="first_visit", label="Перший візит", field_type=CustomFieldType.DATE
    )
    with pytest.raises(ValidationError):
        settings.save_custom_field(key="Bad Key", label="x", field_type=CustomFieldType.TEXT)
    clients = workspace.clients(staff.admin)
    base = ClientInput(first_name="Анна", phones=(PhoneData("0671234567"),))
    with pytest.raises(ValidationError) as caught:
        clients.create(replace(base, custom_values={"skin_type": "нормальна", "visits_goal": "x"}))
    assert {e.field for e in caught.value.errors} == {"custom.skin_type", "custom.visits_goal"}
    card = clients.create(
        replace(
            base,
            custom_values={"skin_type": "суха", "visits_goal": "2,5", "first_visit": "01.02.2024"},
        )
    )
    assert dict(card.data.custom_values) == {
        "skin_type": "суха",
        "visits_goal": "2.5",
        "first_visit": "2024-02-01",
    }
    assert [c.label for c in card.custom] == ["Тип шкіри", "Ціль", "Перший візит"]


def test_name_order_setting(workspace: Workspace, staff: Staff) -> None:
    card = workspace.clients(staff.admin).create(
        ClientInput(
            last_name="Коваль",
            first_name="Анна",
            middle_name="Іванівна",
            phones=(PhoneData("0671234567"),),
        )
    )
    workspace.settings(staff.owner).set_name_order(NameOrder.FIRST_MIDDLE_LAST)
    assert workspace.clients(staff.admin).card(card.id).full_name == "Анна Іванівна Коваль"


def test_a_removed_choice_stays_on_clients_who_have_it(workspace: Workspace, staff: Staff) -> None:
    settings = workspace.settings(staff.owner)
    skin = settings.save_custom_field(
        key="skin", label="Шкіра", field_type=CustomFieldType.CHOICE, choices=("суха", "жирна")
    )
    clients = workspace.clients(staff.admin)
    card = clients.create(
        ClientInput(
            first_name="Анна", phones=(PhoneData("0671234567"),), custom_values={"skin": "суха"}
        )
    )
    settings.save_custom_field(
        key="skin",
        label="Шкіра",
        field_type=CustomFieldType.CHOICE,
        choices=("жирна",),
        field_id=skin.id,
    )
    saved = clients.update(card.id, replace(card.edit_input(), first_name="Ганна"))
    assert saved.data.custom_values["skin"] == "суха"
    with pytest.raises(ValidationError):
        clients.create(
            ClientInput(
                first_name="Ольга",
                phones=(PhoneData("0671234568"),),
                custom_values={"skin": "суха"},
            )
        )


def test_requisites_respect_column_widths(workspace: Workspace, staff: Staff) -> None:
    settings = workspace.settings(staff.owner)
    with pytest.raises(ValidationError) as caught:
        settings.save_requisites(replace(settings.requisites(), bank_code="9" * 31))
    assert caught.value.errors[0].field == "bank_code"


def test_currency_follows_the_country_until_the_owner_picks_one(
    workspace: Workspace, staff: Staff
) -> None:
    settings = workspace.settings(staff.owner)
    assert settings.currency() == "UAH"
    settings.save_requisites(replace(settings.requisites(), country="PL"))
    assert settings.currency() == "PLN"

    assert settings.set_currency(" eur ") == "EUR"
    settings.save_requisites(replace(settings.requisites(), country="UA"))
    # Chosen by hand, the currency stays when the country changes; everyone reads it.
    assert workspace.settings(staff.specialist).currency() == "EUR"


def test_currency_is_a_known_code_set_by_the_owner(workspace: Workspace, staff: Staff) -> None:
    settings = workspace.settings(staff.owner)
    for code in ("", "XYZ", "hryvnia"):
        with pytest.raises(ValidationError) as caught:
            settings.set_currency(code)
        assert [(e.field, e.template) for e in caught.value.errors] == [
            ("currency", msg.CURRENCY_UNKNOWN)
        ]
    with pytest.raises(PermissionDeniedError):
        workspace.settings(staff.admin).set_currency("PLN")
    assert settings.currency() == "UAH"
