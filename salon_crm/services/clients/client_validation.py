"""All questionnaire rules in one place: clean what was typed, or say what is wrong per field.

`clean_client` needs no database; `client_service` adds the rules that do (unique main
phone and client number, existing lists) and raises one ValidationError with everything.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import String

from salon_crm.db.base import Base
from salon_crm.db.models import (
    Client,
    ClientAddress,
    ClientPhone,
    ClientSocialLink,
    ContactPerson,
    ExpiringDocument,
    IdentityDocument,
)
from salon_crm.domain.clients.languages import is_language_code
from salon_crm.domain.common import messages as msg
from salon_crm.domain.common import validation as rules
from salon_crm.domain.common.dates import parse_day
from salon_crm.domain.common.enums import CustomFieldType, SocialNetwork
from salon_crm.domain.common.errors import FieldError
from salon_crm.domain.common.phones import example_number, parse_phone
from salon_crm.domain.common.text import tidy
from salon_crm.services.clients.client_types import (
    AddressData,
    ClientInput,
    ContactPersonData,
    ExpiringDocumentData,
    IdentityDocumentData,
    PhoneData,
)

_HANDLE = re.compile(r"^(@?[\w.\-]{1,100}|https?://\S{3,280})$")


def column_width(model: type[Base], column: str) -> int:
    """The declared width of a text column: what is accepted here fits there, in SQLite
    (which does not check) as in PostgreSQL (which does)."""
    kind = model.__table__.c[column].type
    if not isinstance(kind, String) or kind.length is None:
        raise TypeError(f"{model.__name__}.{column} has no width")
    return kind.length


@dataclass(frozen=True)
class CustomFieldRule:
    key: str
    field_type: CustomFieldType
    choices: tuple[str, ...]
    required: bool = False


def _tidy_all(data: ClientInput) -> ClientInput:
    """Trim single-line texts; notes keep their line breaks."""
    return replace(
        data,
        first_name=tidy(data.first_name),
        last_name=tidy(data.last_name),
        middle_name=tidy(data.middle_name),
        number=tidy(data.number),
        salutation=tidy(data.salutation),
        preferred_language=tidy(data.preferred_language),
        company=tidy(data.company),
        job_title=tidy(data.job_title),
        emails=tuple(tidy(e) for e in data.emails if tidy(e)),
        loyalty_card=tidy(data.loyalty_card).replace(" ", ""),
        notes=data.notes.strip(),
        visible_notes=data.visible_notes.strip(),
        phones=tuple(p for p in data.phones if p.number.strip()),
    )


def clean_phone(field: str, typed: str, region: str) -> tuple[str, list[FieldError]]:
    """E.164 for a typed phone, or the reason it is not one."""
    example = example_number(region)
    parsed = parse_phone(typed, region)
    if parsed is None:
        return "", [FieldError(field, msg.PHONE_UNPARSEABLE, {"example": example})]
    if not parsed.valid:
        return "", [FieldError(field, msg.PHONE_INVALID, {"region": region, "example": example})]
    return parsed.e164, []


def _clean_phones(
    phones: tuple[PhoneData, ...], region: str, errors: list[FieldError]
) -> tuple[PhoneData, ...]:
    cleaned: list[PhoneData] = []
    seen: set[str] = set()
    has_main = any(p.is_main for p in phones)
    for index, phone in enumerate(phones):
        field = "phone_main" if index == 0 else f"phones.{index}.number"
        e164, problems = clean_phone(field, phone.number.strip(), region)
        errors.extend(problems)
        errors.extend(
            rules.check_text(
                f"phones.{index}.note", phone.note, limit=column_width(ClientPhone, "note")
            )
        )
        if e164 and e164 in seen:
            errors.append(FieldError(field, msg.PHONE_REPEATED))
        seen.add(e164)
        is_main = phone.is_main if has_main else index == 0
        cleaned.append(replace(phone, number=e164 or phone.number, is_main=is_main))
    # The main phone leads, so field "phone_main" always means the identifying one.
    cleaned.sort(key=lambda p: not p.is_main)
    return tuple(cleaned)


def _clean_custom(
    values: dict[str, str],
    rules_by_key: dict[str, CustomFieldRule],
    stored: Mapping[str, str],
    errors: list[FieldError],
) -> dict[str, str]:
    """Canonical values of the custom fields. A choice the owner has since removed from
    the list is kept for the clients who already have it (saving must not fail on it)."""
    cleaned: dict[str, str] = {}
    for key, raw in values.items():
        rule = rules_by_key.get(key)
        value = raw.strip()
        if rule is None or not value:
            continue
        field = f"custom.{key}"
        problems = rules.check_text(field, value, limit=2000, multiline=True)
        if problems:
            errors.extend(problems)
            continue
        if rule.field_type is CustomFieldType.NUMBER:
            try:
                value = str(Decimal(value.replace(",", ".").replace(" ", "")))
            except InvalidOperation:
                errors.append(FieldError(field, msg.NUMBER_EXPECTED))
                continue
        elif rule.field_type is CustomFieldType.DATE:
            parsed = parse_day(value)
            if parsed is None:
                errors.append(FieldError(field, msg.DATE_EXPECTED))
                continue
            value = parsed.isoformat()
        elif rule.field_type is CustomFieldType.BOOLEAN:
            value = "1" if value.lower() in {"1", "true", "yes", "y", "да", "так", "tak"} else "0"
        elif (
            rule.field_type is CustomFieldType.CHOICE
            and value not in rule.choices
            and value != stored.get(key)
        ):
            errors.append(FieldError(field, msg.CHOICE_EXPECTED))
            continue
        cleaned[key] = value
    return cleaned


def _check_documents(data: ClientInput, errors: list[FieldError]) -> None:
    for i, ident in enumerate(data.identity_documents):
        errors += _check_fields(f"identity_documents.{i}", ident, IdentityDocument)
    for i, doc in enumerate(data.expiring_documents):
        errors += _check_fields(f"expiring_documents.{i}", doc, ExpiringDocument)
        if doc.issued_on and doc.expires_on and doc.expires_on < doc.issued_on:
            errors.append(FieldError(f"expiring_documents.{i}.expires_on", msg.EXPIRY_BEFORE_ISSUE))
    for i, person in enumerate(data.contact_persons):
        errors += _check_fields(f"contact_persons.{i}", person, ContactPerson)
        errors += rules.check_name(
            f"contact_persons.{i}.name",
            person.name,
            required=True,
            limit=column_width(ContactPerson, "name"),
        )
        errors += rules.check_email(f"contact_persons.{i}.email", person.email)


def _check_fields(
    prefix: str,
    item: AddressData | IdentityDocumentData | ExpiringDocumentData | ContactPersonData,
    model: type[Base],
) -> list[FieldError]:
    """Each text of a list row within its column's width (the names are the columns')."""
    errors: list[FieldError] = []
    for name, value in vars(item).items():
        if isinstance(value, str):
            limit = column_width(model, name)
            errors += rules.check_text(f"{prefix}.{name}", value, limit=limit)
    return errors


def _clean_contact_phones(
    data: ClientInput, region: str, errors: list[FieldError]
) -> tuple[ContactPersonData, ...]:
    people: list[ContactPersonData] = []
    for i, person in enumerate(data.contact_persons):
        phone = person.phone.strip()
        if phone:
            phone, problems = clean_phone(f"contact_persons.{i}.phone", phone, region)
            errors.extend(problems)
        people.append(replace(person, name=tidy(person.name), phone=phone or person.phone))
    return tuple(people)


# The standard fields the owner may make required, and when each counts as filled. The
# field names are the ones the questionnaire shows messages under.
REQUIRABLE: dict[str, Callable[[ClientInput], object]] = {
    "last_name": lambda d: d.last_name,
    "first_name": lambda d: d.first_name,
    "middle_name": lambda d: d.middle_name,
    "salutation": lambda d: d.salutation,
    "birth_date": lambda d: d.birth_date,
    "name_day": lambda d: d.name_day,
    "preferred_language": lambda d: d.preferred_language,
    "company": lambda d: d.company,
    "job_title": lambda d: d.job_title,
    "email": lambda d: d.emails,
    "client_class": lambda d: d.client_class,
    "category": lambda d: d.category_id is not None,
    "source": lambda d: d.source_id is not None,
    "responsible_user": lambda d: d.responsible_user_id is not None,
    "loyalty_card": lambda d: d.loyalty_card,
    "call_period_days": lambda d: d.call_period_days,
    "next_call_date": lambda d: d.next_call_date,
    "tags": lambda d: d.tag_ids,
    "notes": lambda d: d.notes,
    "visible_notes": lambda d: d.visible_notes,
}


def check_required(
    data: ClientInput, required: frozenset[str], custom_rules: Mapping[str, CustomFieldRule]
) -> list[FieldError]:
    """The owner's required fields left empty in cleaned `data`: standard ones by key
    (see REQUIRABLE; unknown keys are ignored) and custom ones marked required."""
    errors = [
        FieldError(key, msg.REQUIRED)
        for key, filled in REQUIRABLE.items()
        if key in required and not filled(data)
    ]
    errors += [
        FieldError(f"custom.{key}", msg.REQUIRED)
        for key, rule in custom_rules.items()
        if rule.required and not data.custom_values.get(key)
    ]
    return errors


def clean_client(
    data: ClientInput,
    *,
    region: str,
    today: date,
    custom_rules: dict[str, CustomFieldRule],
    stored_custom: Mapping[str, str] | None = None,
    required: frozenset[str] = frozenset(),
) -> tuple[ClientInput, list[FieldError]]:
    """The cleaned input and every problem found; the input is usable only if none."""
    data = _tidy_all(data)
    errors: list[FieldError] = []
    if not (data.first_name or data.last_name):
        # Said at the first name, in words that allow either: one of the two is enough.
        errors.append(FieldError("first_name", msg.NAME_REQUIRED))
    errors += rules.check_name("first_name", data.first_name)
    errors += rules.check_name("last_name", data.last_name)
    errors += rules.check_name("middle_name", data.middle_name)
    for name in ("salutation", "company", "job_title"):
        errors += rules.check_text(name, getattr(data, name), limit=column_width(Client, name))
    if not is_language_code(data.preferred_language):
        errors.append(FieldError("preferred_language", msg.CHOICE_EXPECTED))
    errors += rules.check_text("notes", data.notes, limit=rules.NOTES_LIMIT, multiline=True)
    errors += rules.check_text(
        "visible_notes", data.visible_notes, limit=rules.NOTES_LIMIT, multiline=True
    )
    errors += rules.check_client_number("client_number", data.number)
    errors += rules.check_past_date("birth_date", data.birth_date, today=today)
    errors += rules.check_name_day("name_day", data.name_day)
    errors += rules.check_barcode("loyalty_card", data.loyalty_card)
    for i, email in enumerate(data.emails):
        errors += rules.check_email("email" if i == 0 else f"emails.{i}", email)
    if not 0 <= data.discount_percent <= 100:
        errors.append(FieldError("discount_percent", msg.DISCOUNT_RANGE))
    for i, link in enumerate(data.social_links):
        handle = link.handle.strip()
        if link.network is not SocialNetwork.OTHER and not _HANDLE.match(handle):
            errors.append(FieldError(f"social_links.{i}.handle", msg.URL_INVALID))
        errors += rules.check_text(
            f"social_links.{i}.handle", handle, limit=column_width(ClientSocialLink, "handle")
        )
    for i, address in enumerate(data.addresses):
        errors += _check_fields(f"addresses.{i}", address, ClientAddress)
    for consent in data.consents:
        errors += rules.check_past_date(
            f"consents.{consent.purpose.value}", consent.given_on, today=today
        )
    _check_documents(data, errors)
    phones = _clean_phones(data.phones, region, errors)
    if not phones:
        errors.append(FieldError("phone_main", msg.REQUIRED))
    contact_persons = _clean_contact_phones(data, region, errors)
    custom = _clean_custom(dict(data.custom_values), custom_rules, stored_custom or {}, errors)
    cleaned = replace(data, phones=phones, contact_persons=contact_persons, custom_values=custom)
    said = {e.field for e in errors}
    errors += [e for e in check_required(cleaned, required, custom_rules) if e.field not in said]
    return cleaned, errors
