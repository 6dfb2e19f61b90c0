"""Values typed in the fill dialog, written back to the questionnaire: which placeholders
are a client field, the client's input with the typed values in it, and which
placeholder each of ClientService's validation errors is about (so the dialog shows it
next to the value typed).

The values land where `document_values.client_values` reads them, so the next document
finds them: the passport data in the identity document a document prints (a new
passport when the client has none), the address in the first address's street.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.dates import parse_day
from salon_crm.domain.common.errors import FieldError, ValidationError
from salon_crm.domain.documents.placeholders import CUSTOM_PREFIX
from salon_crm.services.clients.client_types import (
    AddressData,
    ClientInput,
    IdentityDocumentData,
    PhoneData,
)
from salon_crm.services.documents.document_values import identity_index

# Placeholder → the field of the identity document it is kept in.
_PASSPORT_FIELDS = {
    "client.passport.series": "series",
    "client.passport.number": "number",
    "client.passport.issued_by": "issued_by",
    "client.passport.issued_on": "issued_on",
    "client.passport.registration": "registration_address",
}
_DATES = frozenset({"client.birth_date", "client.passport.issued_on"})


def is_writable(name: str) -> bool:
    """Whether the placeholder's value is kept in the questionnaire."""
    return (
        name in _PASSPORT_FIELDS
        or name in _SETTERS
        or name == "client.birth_date"
        or name.startswith(CUSTOM_PREFIX)
    )


@dataclass(frozen=True)
class WriteBack:
    """The client's input with the typed values, and where ClientService's validation
    will name each of them (`identity_documents.0.number` → `client.passport.number`)."""

    data: ClientInput
    fields: Mapping[str, str]

    def placeholder_of(self, error: FieldError) -> str | None:
        return self.fields.get(error.field)


def write_back(data: ClientInput, typed: Mapping[str, str]) -> WriteBack:
    """`data` (the card's `edit_input()`) with each typed value in its client field;
    blank values and placeholders that are no client field are left out. A date that is
    not one is refused here (ValidationError naming the placeholder): ClientInput holds
    dates, not text."""
    values = {
        name: text.strip() for name, text in typed.items() if text.strip() and is_writable(name)
    }
    days = {name: parse_day(values[name]) for name in _DATES & values.keys()}
    wrong = [FieldError(name, msg.DATE_EXPECTED) for name, day in days.items() if day is None]
    if wrong:
        raise ValidationError(wrong)
    fields: dict[str, str] = {}
    for name, text in values.items():
        data, path = _put(data, name, days.get(name) or text)
        fields[path] = name
    return WriteBack(data, fields)


def _put(data: ClientInput, name: str, value: str | date) -> tuple[ClientInput, str]:
    """`data` with the value in, and the path validation names that field by."""
    if name in _PASSPORT_FIELDS:
        field = _PASSPORT_FIELDS[name]
        documents = list(data.identity_documents)
        index = identity_index(data)
        if index is None:  # a new passport, after the documents the client has
            documents.append(IdentityDocumentData())
            index = len(documents) - 1
        # A text field or, for `issued_on`, the day parsed.
        change: dict[str, Any] = {field: value}
        documents[index] = replace(documents[index], **change)
        return replace(data, identity_documents=tuple(documents)), (
            f"identity_documents.{index}.{field}"
        )
    if isinstance(value, date):  # the birth date: the one other date
        return replace(data, birth_date=value), "birth_date"
    if name.startswith(CUSTOM_PREFIX):
        key = name.removeprefix(CUSTOM_PREFIX)
        return replace(data, custom_values={**data.custom_values, key: value}), f"custom.{key}"
    path, put = _SETTERS[name]
    return put(data, value), path


def _with_address(data: ClientInput, text: str) -> ClientInput:
    first = data.addresses[0] if data.addresses else AddressData()
    return replace(data, addresses=(replace(first, street=text), *data.addresses[1:]))


# Placeholder → (the path validation names the field by, how the text goes in).
_SETTERS: dict[str, tuple[str, Callable[[ClientInput, str], ClientInput]]] = {
    "client.last_name": ("last_name", lambda d, text: replace(d, last_name=text)),
    "client.first_name": ("first_name", lambda d, text: replace(d, first_name=text)),
    "client.middle_name": ("middle_name", lambda d, text: replace(d, middle_name=text)),
    # The placeholder is empty only while the client has no phone: this one is the main.
    "client.phone": (
        "phone_main",
        lambda d, text: replace(d, phones=(PhoneData(text, is_main=True), *d.phones)),
    ),
    "client.email": ("email", lambda d, text: replace(d, emails=(text, *d.emails[1:]))),
    "client.address": ("addresses.0.street", _with_address),
}
