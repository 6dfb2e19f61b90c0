"""Every text the questionnaire accepts fits its column, so the same data would also be
accepted by a database that checks widths (PostgreSQL); SQLite does not."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from datetime import date
from typing import Any, get_args, get_origin, get_type_hints

import pytest
from sqlalchemy import String, Text

from salon_crm.db.base import Base
from salon_crm.db.models import (
    Client,
    ClientAddress,
    ClientConsent,
    ClientEmail,
    ClientPhone,
    ClientSocialLink,
    ContactPerson,
    ExpiringDocument,
    IdentityDocument,
)
from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.enums import ConsentPurpose, ExpiringDocumentKind, SocialNetwork
from salon_crm.services.clients.client_types import (
    AddressData,
    ClientInput,
    ConsentData,
    ContactPersonData,
    ExpiringDocumentData,
    IdentityDocumentData,
    PhoneData,
    SocialLinkData,
)
from salon_crm.services.clients.client_validation import clean_client

BASE = ClientInput(first_name="Анна", phones=(PhoneData("0671234567"),))
_ROWS: dict[type, tuple[str, type[Base], object]] = {
    # nested dataclass → (ClientInput attribute, model, one valid row to vary)
    PhoneData: ("phones", ClientPhone, PhoneData("0671234567")),
    AddressData: ("addresses", ClientAddress, AddressData()),
    SocialLinkData: ("social_links", ClientSocialLink, SocialLinkData(SocialNetwork.OTHER, "x")),
    IdentityDocumentData: ("identity_documents", IdentityDocument, IdentityDocumentData()),
    ExpiringDocumentData: (
        "expiring_documents",
        ExpiringDocument,
        ExpiringDocumentData(ExpiringDocumentKind.INSURANCE),
    ),
    ContactPersonData: ("contact_persons", ContactPerson, ContactPersonData("Ольга")),
    # No text of its own: a purpose and a day.
    ConsentData: ("consents", ClientConsent, ConsentData(ConsentPurpose.PERSONAL_DATA)),
}
# Texts whose rule is stricter than any width: they are normalised or codes.
_BY_RULE = {
    "number": "letters, digits and - / . up to 32 (the column's width)",
    "preferred_language": "a language code",
    "loyalty_card": "an EAN-8 or EAN-13 barcode",
    "phones.number": "stored as E.164, at most 16 characters",
    "phones.display": "output only",
    "contact_persons.phone": "stored as E.164, at most 16 characters",
}
# Text columns have no width; the rule's limit keeps them reasonable.
_TEXT_COLUMNS = {"notes", "visible_notes"}


def _cases() -> list[tuple[str, Any, type[Base], str]]:
    """(error field, a function making the input with that text n characters long, model,
    column) for every text the questionnaire edits."""
    cases: list[tuple[str, Any, type[Base], str]] = [
        ("email", lambda n: replace(BASE, emails=(_text("email", n),)), ClientEmail, "address")
    ]
    for field in dataclasses.fields(ClientInput):
        name = field.name
        if field.type == "str" and name not in _BY_RULE and name not in _TEXT_COLUMNS:
            cases.append(
                (name, lambda n, name=name: replace(BASE, **{name: _text(name, n)}), Client, name)
            )
    for kind, (attribute, model, row) in _ROWS.items():
        for field in dataclasses.fields(kind):
            if field.type == "str" and f"{attribute}.{field.name}" not in _BY_RULE:
                cases.append(
                    (
                        f"{attribute}.0.{field.name}",
                        lambda n, a=attribute, r=row, f=field.name: replace(
                            BASE, **{a: (replace(r, **{f: _text(f, n)}),)}
                        ),
                        model,
                        field.name,
                    )
                )
    return cases


def _text(name: str, n: int) -> str:
    if name in ("email", "address") or name.endswith("email"):
        return "a" * (n - len("@example.com")) + "@example.com"
    return "а" * n


def _width(model: type[Base], column: str) -> int:
    kind = model.__table__.c[column].type
    assert isinstance(kind, String) and not isinstance(kind, Text), f"{model.__name__}.{column}"
    assert kind.length is not None
    return kind.length


def _too_long(data: ClientInput, field: str) -> bool:
    _cleaned, errors = clean_client(data, region="UA", today=date(2026, 1, 1), custom_rules={})
    return any(e.field == field and e.template == msg.TOO_LONG for e in errors)


@pytest.mark.parametrize(("field", "make", "model", "column"), _cases())
def test_each_text_is_limited_to_its_columns_width(
    field: str, make: Any, model: type[Base], column: str
) -> None:
    width = _width(model, column)
    assert not _too_long(make(width), field)
    assert _too_long(make(width + 1), field)


def test_every_list_of_the_questionnaire_is_walked() -> None:
    """A new list of rows in ClientInput must join the walk."""
    hints = get_type_hints(ClientInput)
    rows = {
        name
        for name, hint in hints.items()
        if get_origin(hint) is tuple and dataclasses.is_dataclass(get_args(hint)[0])
    }
    assert rows == {attribute for attribute, _model, _row in _ROWS.values()}
