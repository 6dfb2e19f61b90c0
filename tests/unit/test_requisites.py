"""The salon's registration, tax and bank numbers are checked by their check digits."""

from __future__ import annotations

from dataclasses import replace

import pytest

from salon_crm.domain.common import requisites
from salon_crm.domain.common.errors import ValidationError
from salon_crm.domain.common.requisites import check_requisite
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff

# (country, field, a real number of that kind, the same with one digit mistyped)
NUMBERS = [
    ("UA", "registration_number", "32855961", "32855962"),  # EDRPOU
    ("UA", "registration_number", "1759013776", "1759013777"),  # a sole trader's RNOKPP
    ("UA", "tax_number", "1759013776", "1759013766"),  # RNOKPP
    ("RU", "tax_number", "7707083893", "7707083894"),  # INN of a company
    ("RU", "tax_number", "500100732259", "500100732258"),  # INN of a person
    ("RU", "registration_number", "1027700132195", "1027700132196"),  # OGRN
    ("RU", "registration_number", "304500116000157", "304500116000158"),  # OGRNIP
    ("PL", "tax_number", "123-456-32-18", "123-456-32-19"),  # NIP
    ("PL", "extra_number", "123456785", "123456786"),  # REGON
    ("PL", "extra_number", "12345678512347", "12345678512348"),  # REGON of a local unit
    ("UA", "bank_account", "UA21 3223 1300 0002 6007 2335 6600 1", "UA213223130000026007233566002"),
    ("PL", "bank_account", "PL61109010140000071219812874", "PL61109010140000071219812875"),
    ("PL", "bank_account", "61 1090 1014 0000 0712 1981 2874", "61109010140000071219812875"),
    ("RU", "bank_account", "DE89370400440532013000", "DE89370400440532013001"),  # as an IBAN
]


@pytest.mark.parametrize(("country", "field", "good", "typo"), NUMBERS)
def test_a_mistyped_digit_is_caught(country: str, field: str, good: str, typo: str) -> None:
    assert check_requisite(country, field, good) is None
    error = check_requisite(country, field, typo)
    assert error is not None and error.field == field
    assert error.template == requisites.CHECK_DIGIT


@pytest.mark.parametrize(
    ("country", "field", "text", "template"),
    [
        ("UA", "registration_number", "328559", requisites.WRONG_LENGTH),
        ("RU", "tax_number", "77070838931", requisites.WRONG_LENGTH),
        ("PL", "tax_number", "12345632A8", requisites.DIGITS_ONLY),
        ("RU", "extra_number", "77070101", requisites.WRONG_LENGTH),
        ("RU", "extra_number", "7707-01-00A", requisites.KPP_FORMAT),
        ("UA", "bank_account", "26007233566001", requisites.IBAN_FORMAT),
        ("PL", "bank_code", "BPKO", requisites.BIC_FORMAT),
        ("DE", "bank_code", "DEUT DE FF 500", None),
    ],
)
def test_length_and_characters_are_named(
    country: str, field: str, text: str, template: str | None
) -> None:
    error = check_requisite(country, field, text)
    assert (error.template if error else None) == template


def test_numbers_without_check_digits_are_checked_for_their_format() -> None:
    assert check_requisite("RU", "extra_number", "770701001") is None  # KPP
    assert check_requisite("RU", "extra_number", "7707AB001") is None  # KPP with letters
    assert check_requisite("UA", "tax_number", "328559626548") is None  # a company's VAT IPN
    assert check_requisite("PL", "bank_code", "BPKOPLPW") is None
    assert check_requisite("UA", "bank_code", "322313") is None  # MFO, not a BIC
    assert check_requisite("RU", "bank_code", "044525225") is None  # BIK, not a BIC
    assert check_requisite("RU", "bank_account", "40702810938000012345") is None
    assert check_requisite("PL", "registration_number", "0000123456") is None  # KRS


def test_an_empty_field_is_allowed() -> None:
    for country in ("UA", "RU", "PL", "DE"):
        values = dict.fromkeys(requisites.CHECKED_FIELDS, "  ")
        assert requisites.check_requisites(country, values) == []


def test_the_service_refuses_a_wrong_number_and_keeps_the_stored_one(
    workspace: Workspace, staff: Staff
) -> None:
    settings = workspace.settings(staff.owner)
    saved = settings.save_requisites(
        replace(settings.requisites(), country="UA", registration_number="32855961")
    )
    with pytest.raises(ValidationError) as caught:
        settings.save_requisites(
            replace(saved, registration_number="32855962", bank_code="PBANUA2X", tax_number="17")
        )
    assert sorted(e.field for e in caught.value.errors) == ["registration_number", "tax_number"]
    assert settings.requisites().registration_number == "32855961"
    # In Poland that field holds a KRS number, which has no check digit: the country
    # decides what each field is checked as.
    moved = settings.save_requisites(replace(saved, country="PL", registration_number="32855962"))
    assert moved.registration_number == "32855962"
