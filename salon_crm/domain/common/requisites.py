"""The salon's registration, tax and bank numbers checked by their check digits.

The algorithms are python-stdnum's (kept up to date with the registries' rules); this
module says which number each requisites field holds in which country, and what to tell
the user when one is wrong. An empty field is always allowed: a new salon may not have
all its numbers yet.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from stdnum import bic, iban
from stdnum.exceptions import InvalidChecksum, InvalidLength
from stdnum.exceptions import ValidationError as NumberError
from stdnum.pl import nip, regon
from stdnum.ru import inn, ogrn
from stdnum.ua import edrpou, rntrc

from salon_crm.domain.common.errors import FieldError
from salon_crm.domain.common.translation import QT_TRANSLATE_NOOP

CHECK_DIGIT = QT_TRANSLATE_NOOP(
    "Validation", "The check digit does not match: there is a typo in the number."
)
WRONG_LENGTH = QT_TRANSLATE_NOOP(
    "Validation", "Wrong length: such a number has {lengths} characters."
)
DIGITS_ONLY = QT_TRANSLATE_NOOP("Validation", "Only digits are allowed in this number.")
IBAN_FORMAT = QT_TRANSLATE_NOOP(
    "Validation", "Not an IBAN: two letters of the country, two check digits, then the account."
)
BIC_FORMAT = QT_TRANSLATE_NOOP(
    "Validation", "Not a BIC: 8 or 11 letters and digits, e.g. PBANUA2X."
)
KPP_FORMAT = QT_TRANSLATE_NOOP(
    "Validation", "A KPP has 9 characters: 4 digits, 2 digits or letters, 3 digits."
)

Validate = Callable[[str], str]


@dataclass(frozen=True)
class NumberRule:
    """How one kind of number is checked: `validate` raises stdnum's errors; `lengths`
    is what the wrong-length message names; `bad_format` what a wrong character gets."""

    validate: Validate
    lengths: str = ""
    bad_format: str = DIGITS_ONLY


def _compact(text: str) -> str:
    return re.sub(r"[\s\-./]", "", text).upper()


def _by_length(rules: Mapping[int, Validate]) -> Validate:
    """One field that holds either of two numbers, told apart by their length (a
    Ukrainian sole trader's EDRPOU field holds their 10-digit RNOKPP)."""

    def validate(text: str) -> str:
        rule = rules.get(len(_compact(text)))
        if rule is None:
            raise InvalidLength()
        return rule(text)

    return validate


def _digits(length: int) -> Validate:
    """A number with no check digit: only its length and its digits are checked (the
    12-digit VAT-payer IPN of a Ukrainian company)."""

    def validate(text: str) -> str:
        number = _compact(text)
        if not number.isdigit():
            raise NumberError()
        if len(number) != length:
            raise InvalidLength()
        return number

    return validate


_KPP = re.compile(r"\d{4}[\dA-Z]{2}\d{3}")


def _kpp(text: str) -> str:
    """A Russian KPP has no check digit: tax office (4 digits), reason (2), index (3)."""
    number = _compact(text)
    if len(number) != 9:
        raise InvalidLength()
    if not _KPP.fullmatch(number):
        raise NumberError()
    return number


_IBAN_START = re.compile(r"[A-Z]{2}\d{2}")


def _iban(text: str) -> str:
    """An IBAN; without its country letters the check sum would only say it is wrong."""
    number = _compact(text)
    if not _IBAN_START.match(number):
        raise NumberError()
    return iban.validate(number)


def _polish_account(text: str) -> str:
    """A Polish account is usually written as its 26 digits (NRB), the IBAN without PL."""
    number = _compact(text)
    return _iban(f"PL{number}" if number.isdigit() else number)


_IBAN = NumberRule(_iban, bad_format=IBAN_FORMAT)
_BIC = NumberRule(bic.validate, bad_format=BIC_FORMAT)

# (country, field) → the number that field holds there.
RULES: Mapping[tuple[str, str], NumberRule] = {
    ("UA", "registration_number"): NumberRule(
        _by_length({8: edrpou.validate, 10: rntrc.validate}), "8 / 10"
    ),
    ("UA", "tax_number"): NumberRule(_by_length({10: rntrc.validate, 12: _digits(12)}), "10 / 12"),
    ("RU", "registration_number"): NumberRule(ogrn.validate, "13 / 15"),
    ("RU", "tax_number"): NumberRule(inn.validate, "10 / 12"),
    ("RU", "extra_number"): NumberRule(_kpp, "9", KPP_FORMAT),
    ("PL", "tax_number"): NumberRule(nip.validate, "10"),
    ("PL", "extra_number"): NumberRule(regon.validate, "9 / 14"),
    ("PL", "bank_account"): NumberRule(_polish_account, bad_format=IBAN_FORMAT),
}

# Countries whose bank accounts are IBANs; elsewhere (Russia, Armenia, Uzbekistan) an
# account is checked as an IBAN only when it is written as one.
IBAN_COUNTRIES = frozenset(
    {"UA", "PL", "DE", "CZ", "SK", "LT", "LV", "EE", "RO", "GE", "MD", "AZ", "IL", "KZ", "BY"}
)
# Countries whose bank code is a national one, not a SWIFT BIC (Ukraine's MFO, Russia's BIK).
NATIONAL_BANK_CODES = frozenset({"UA", "RU"})

CHECKED_FIELDS = ("registration_number", "tax_number", "extra_number", "bank_account", "bank_code")


def _rule(country: str, field: str, value: str) -> NumberRule | None:
    rule = RULES.get((country, field))
    if rule is not None:
        return rule
    if field == "bank_account" and (country in IBAN_COUNTRIES or _compact(value)[:2].isalpha()):
        return _IBAN
    if field == "bank_code" and country not in NATIONAL_BANK_CODES:
        return _BIC
    return None


def check_requisite(country: str, field: str, value: str) -> FieldError | None:
    """What is wrong with one requisites number of a salon in `country`, if anything."""
    rule = _rule(country, field, value)
    if rule is None or not value.strip():
        return None
    try:
        rule.validate(value)
    except InvalidChecksum:
        return FieldError(field, CHECK_DIGIT)
    except InvalidLength:
        if rule.lengths:
            return FieldError(field, WRONG_LENGTH, {"lengths": rule.lengths})
        return FieldError(field, rule.bad_format)
    except NumberError:
        return FieldError(field, rule.bad_format)
    return None


def check_requisites(country: str, values: Mapping[str, str]) -> list[FieldError]:
    """The problems of every checked number among `values` (field name → text)."""
    found = (check_requisite(country, name, values.get(name, "")) for name in CHECKED_FIELDS)
    return [error for error in found if error is not None]
