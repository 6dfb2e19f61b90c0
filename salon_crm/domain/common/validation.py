"""Field rules that need nothing but the value: lengths, characters, dates, e-mails, codes."""

from __future__ import annotations

import re
from datetime import date

from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.barcodes import is_ean_shape, is_valid_ean
from salon_crm.domain.common.errors import FieldError
from salon_crm.domain.common.text import has_letter, invisible_characters

EARLIEST_BIRTH_YEAR = 1900
NAME_LIMIT = 100
TEXT_LIMIT = 300
NOTES_LIMIT = 10_000
NUMBER_LIMIT = 32
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_CLIENT_NUMBER = re.compile(r"^[0-9A-Za-z][0-9A-Za-z\-/.]*$")


def check_text(
    field: str,
    value: str,
    *,
    limit: int = TEXT_LIMIT,
    required: bool = False,
    multiline: bool = False,
) -> list[FieldError]:
    if not value:
        return [FieldError(field, msg.REQUIRED)] if required else []
    if len(value) > limit:
        return [FieldError(field, msg.TOO_LONG, {"limit": limit})]
    bad = invisible_characters(value)
    if multiline:
        bad = [ch for ch in bad if ch not in "\n\t"]
    if bad:
        return [FieldError(field, msg.BAD_CHARACTERS)]
    return []


def check_name(
    field: str, value: str, *, required: bool = False, limit: int = NAME_LIMIT
) -> list[FieldError]:
    errors = check_text(field, value, limit=limit, required=required)
    if not errors and value and not has_letter(value):
        errors.append(FieldError(field, msg.NAME_NO_LETTERS))
    return errors


def check_past_date(field: str, value: date | None, *, today: date) -> list[FieldError]:
    if value is None:
        return []
    if value > today:
        return [FieldError(field, msg.DATE_IN_FUTURE)]
    if value.year < EARLIEST_BIRTH_YEAR:
        return [FieldError(field, msg.DATE_TOO_EARLY, {"year": EARLIEST_BIRTH_YEAR})]
    return []


def check_email(field: str, value: str) -> list[FieldError]:
    errors = check_text(field, value, limit=254)
    if not errors and value and not _EMAIL.match(value):
        errors.append(FieldError(field, msg.EMAIL_INVALID))
    return errors


def check_client_number(field: str, value: str) -> list[FieldError]:
    if not value:
        return []
    if len(value) > NUMBER_LIMIT or not _CLIENT_NUMBER.match(value):
        return [FieldError(field, msg.NUMBER_INVALID, {"limit": NUMBER_LIMIT})]
    return []


def check_barcode(field: str, value: str) -> list[FieldError]:
    if not value:
        return []
    if not is_ean_shape(value):
        return [FieldError(field, msg.BARCODE_INVALID)]
    if not is_valid_ean(value):
        return [FieldError(field, msg.BARCODE_CHECKSUM)]
    return []


def check_name_day(field: str, value: tuple[int, int] | None) -> list[FieldError]:
    if value is None:
        return []
    month, day = value
    try:
        date(2000, month, day)  # a leap year: 29 February is a name day too
    except ValueError:
        return [FieldError(field, msg.NAME_DAY_INVALID)]
    return []
