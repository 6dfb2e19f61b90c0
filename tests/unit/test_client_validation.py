"""Every questionnaire rule refuses bad input with a field-level message and writes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from salon_crm.db.models import AuditEntry, Client
from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.errors import ValidationError
from salon_crm.services.clients.client_types import ClientInput, ContactPersonData, PhoneData
from salon_crm.services.clients.client_validation import clean_client
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff

VALID = ClientInput(
    last_name="Шевченко",
    first_name="Оксана",
    middle_name="Петрівна",
    phones=(PhoneData("067 123 45 67"),),
    emails=("oksana@example.com",),
    birth_date=date(1990, 5, 17),
)


def _counts(workspace: Workspace) -> tuple[int, int]:
    with workspace.db.session(user_id=None) as session:
        clients = session.scalar(select(func.count()).select_from(Client))
        audit = session.scalar(select(func.count()).select_from(AuditEntry))
    return clients or 0, audit or 0


def _refused(workspace: Workspace, staff: Staff, data: ClientInput) -> ValidationError:
    before = _counts(workspace)
    with pytest.raises(ValidationError) as caught:
        workspace.clients(staff.admin).create(data)
    assert _counts(workspace) == before, "a refused client must leave no trace"
    return caught.value


def test_valid_client_is_created_with_e164_phone(workspace: Workspace, staff: Staff) -> None:
    card = workspace.clients(staff.admin).create(VALID)
    assert card.number == "1"
    assert card.phones[0].number == "+380671234567"
    assert card.phones[0].display == "067 123 4567"
    assert card.full_name == "Шевченко Оксана Петрівна"


@pytest.mark.parametrize(
    ("change", "field", "template"),
    [
        ({"first_name": "", "last_name": ""}, "first_name", msg.NAME_REQUIRED),
        ({"phones": ()}, "phone_main", msg.REQUIRED),
        ({"phones": (PhoneData("hello"),)}, "phone_main", msg.PHONE_UNPARSEABLE),
        ({"phones": (PhoneData("067 123"),)}, "phone_main", msg.PHONE_INVALID),
        ({"phones": (PhoneData("+380 11 111 1111"),)}, "phone_main", msg.PHONE_INVALID),
        ({"emails": ("oksana@",)}, "email", msg.EMAIL_INVALID),
        ({"emails": ("two@@example.com",)}, "email", msg.EMAIL_INVALID),
        ({"birth_date": date(1066, 10, 14)}, "birth_date", msg.DATE_TOO_EARLY),
        ({"birth_date": date(2999, 1, 1)}, "birth_date", msg.DATE_IN_FUTURE),
        ({"birth_date": date.today() + timedelta(days=1)}, "birth_date", msg.DATE_IN_FUTURE),
        ({"loyalty_card": "4006381333932"}, "loyalty_card", msg.BARCODE_CHECKSUM),
        ({"loyalty_card": "12345"}, "loyalty_card", msg.BARCODE_INVALID),
        ({"first_name": "А" * 10_000}, "first_name", msg.TOO_LONG),
        ({"last_name": "Ко\u202eваль"}, "last_name", msg.BAD_CHARACTERS),
        ({"first_name": "Ок\u0000сана"}, "first_name", msg.BAD_CHARACTERS),
        ({"middle_name": "Пет\u200bрівна"}, "middle_name", msg.BAD_CHARACTERS),
        ({"first_name": "12345"}, "first_name", msg.NAME_NO_LETTERS),
        ({"number": "№ 5 ?"}, "client_number", msg.NUMBER_INVALID),
        ({"discount_percent": 150}, "discount_percent", msg.DISCOUNT_RANGE),
        ({"name_day": (2, 30)}, "name_day", msg.NAME_DAY_INVALID),
        (
            {"phones": (PhoneData("0671234567"), PhoneData("+380671234567"))},
            "phones.1.number",
            msg.PHONE_REPEATED,
        ),
        (
            {"contact_persons": (ContactPersonData(name="Мама", phone="123"),)},
            "contact_persons.0.phone",
            msg.PHONE_UNPARSEABLE,
        ),
    ],
)
def test_bad_input_is_refused_per_field(
    workspace: Workspace, staff: Staff, change: dict[str, object], field: str, template: str
) -> None:
    error = _refused(workspace, staff, replace(VALID, **change))  # type: ignore[arg-type]
    assert [e.template for e in error.for_field(field)] == [template]


def test_all_problems_are_reported_at_once(workspace: Workspace, staff: Staff) -> None:
    error = _refused(
        workspace,
        staff,
        replace(VALID, first_name="", last_name="", phones=(), emails=("x",)),
    )
    assert {e.field for e in error.errors} == {"first_name", "phone_main", "email"}


def test_messages_name_the_salon_region_example(workspace: Workspace, staff: Staff) -> None:
    error = _refused(workspace, staff, replace(VALID, phones=(PhoneData("067 123"),)))
    assert "UA" in error.errors[0].message
    assert "+380" in error.errors[0].message


def test_client_number_must_be_unique(workspace: Workspace, staff: Staff) -> None:
    clients = workspace.clients(staff.admin)
    clients.create(replace(VALID, number="A-100"))
    error = _refused(
        workspace, staff, replace(VALID, number="A-100", phones=(PhoneData("0501112233"),))
    )
    assert error.for_field("client_number")[0].params["number"] == "A-100"


def test_numbers_come_from_a_counter_that_skips_taken_ones(
    workspace: Workspace, staff: Staff
) -> None:
    clients = workspace.clients(staff.admin)
    clients.create(replace(VALID, number="2"))
    first = clients.create(replace(VALID, phones=(PhoneData("0501112233"),)))
    second = clients.create(replace(VALID, phones=(PhoneData("0501112234"),)))
    assert (first.number, second.number) == ("1", "3")


def test_names_are_trimmed_and_spaces_collapsed(workspace: Workspace, staff: Staff) -> None:
    card = workspace.clients(staff.admin).create(
        replace(VALID, first_name="  Оксана ", last_name="Шевченко   Коваль")
    )
    assert (card.data.first_name, card.data.last_name) == ("Оксана", "Шевченко Коваль")


def test_validate_reports_without_saving(workspace: Workspace, staff: Staff) -> None:
    clients = workspace.clients(staff.admin)
    before = _counts(workspace)
    clients.validate(VALID)  # nothing to object to
    with pytest.raises(ValidationError) as caught:
        clients.validate(replace(VALID, emails=("nope",)))
    assert [e.field for e in caught.value.errors] == ["email"]
    assert _counts(workspace) == before


def test_the_preferred_language_is_a_known_code_or_nothing() -> None:
    def problems(language: str) -> list[str]:
        data = ClientInput(
            first_name="Анна", phones=(PhoneData("0671234567"),), preferred_language=language
        )
        _cleaned, errors = clean_client(data, region="UA", today=date(2026, 1, 1), custom_rules={})
        return [e.template for e in errors if e.field == "preferred_language"]

    assert problems("uk") == problems("en") == problems("") == []
    assert problems("Українська") == [msg.CHOICE_EXPECTED]
    assert problems("de") == [msg.CHOICE_EXPECTED]
