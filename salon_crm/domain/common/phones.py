"""Phone numbers: parsed with `phonenumbers`, stored as E.164, shown formatted."""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

from salon_crm.domain.common.text import digits_only

MAX_INPUT_LENGTH = 40


@dataclass(frozen=True)
class ParsedPhone:
    e164: str
    valid: bool


def parse_phone(text: str, region: str) -> ParsedPhone | None:
    """Parse what a user typed; None if it is not a phone number at all.

    `region` (ISO 3166 alpha-2, the salon's country) supplies the country code for
    numbers typed in national form (`0671234567` in UA is `+380671234567`).
    """
    if len(text) > MAX_INPUT_LENGTH or len(digits_only(text)) < 5:
        return None
    try:
        number = phonenumbers.parse(text, region.upper())
    except NumberParseException:
        return None
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return ParsedPhone(e164=e164, valid=phonenumbers.is_valid_number(number))


def format_phone(e164: str, region: str) -> str:
    """National format for numbers of the salon's own country, international otherwise."""
    try:
        number = phonenumbers.parse(e164, None)
    except NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == region.upper():
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def example_number(region: str) -> str:
    """A sample mobile number of the region, in the format users should type."""
    number = phonenumbers.example_number_for_type(
        region.upper(), phonenumbers.PhoneNumberType.MOBILE
    )
    if number is None:
        return "+380 67 123 4567"
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def search_digit_forms(e164: str) -> list[str]:
    """Digit strings a receptionist may type for this number.

    The international digits (`380671234567`) and the national form with its trunk
    prefix (`0671234567`), so that `067 123`, `+38(067)` and the last four digits all
    occur as substrings of one of them.
    """
    forms = [digits_only(e164)]
    try:
        number = phonenumbers.parse(e164, None)
    except NumberParseException:
        return forms
    national = digits_only(phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL))
    if national and national not in forms[0]:
        forms.append(national)
    return forms


def is_known_region(region: str) -> bool:
    return region.upper() in phonenumbers.SUPPORTED_REGIONS
