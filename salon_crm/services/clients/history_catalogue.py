"""What a client's audit trail says in people's words: labels and value formats per column.

One catalogue for every reader of the trail (the card's history tab, the client's data
zip, an audit viewer): for each audited (table, column) of the client's tables a label
marked for translation, and how its stored values read — enums by their names, dates in
dd.MM.yyyy, flags as Yes/No, ids as the names of lists, users, clients and custom fields,
tags as a list of names. It produces `HistoryLine`s of `Phrase`s that the reader only
translates; no stored code, column name or Python value reaches a person.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date

import salon_crm.db.models  # noqa: F401 - registers every table on Base.metadata
from salon_crm.db.base import Base, UtcDateTime
from salon_crm.domain.clients import languages
from salon_crm.domain.common import enum_texts
from salon_crm.domain.common.dates import format_day, format_moment
from salon_crm.domain.common.enums import AuditAction, CustomFieldType
from salon_crm.domain.common.translation import QT_TRANSLATE_NOOP
from salon_crm.services.clients.client_types import FieldChange, HistoryEntry
from salon_crm.services.core.phrases import Phrase

CONTEXT = "ClientHistory"
EMPTY = Phrase("—")
NOTHING = Phrase("")

# The questionnaire's own words for the client's fields, by ClientInput attribute and by
# the stored column behind it, so history and merge speak like the form does.
CLIENT_FIELDS: Mapping[str, str] = {
    "number": QT_TRANSLATE_NOOP("ClientHistory", "Client number"),
    "last_name": QT_TRANSLATE_NOOP("ClientHistory", "Last name"),
    "first_name": QT_TRANSLATE_NOOP("ClientHistory", "First name"),
    "middle_name": QT_TRANSLATE_NOOP("ClientHistory", "Middle name"),
    "salutation": QT_TRANSLATE_NOOP("ClientHistory", "Salutation"),
    "gender": QT_TRANSLATE_NOOP("ClientHistory", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("ClientHistory", "Date of birth"),
    "name_day": QT_TRANSLATE_NOOP("ClientHistory", "Name day"),
    "name_day_month": QT_TRANSLATE_NOOP("ClientHistory", "Name day (month)"),
    "name_day_day": QT_TRANSLATE_NOOP("ClientHistory", "Name day (day)"),
    "preferred_language": QT_TRANSLATE_NOOP("ClientHistory", "Preferred language"),
    "company": QT_TRANSLATE_NOOP("ClientHistory", "Company"),
    "job_title": QT_TRANSLATE_NOOP("ClientHistory", "Position"),
    "main_phone": QT_TRANSLATE_NOOP("ClientHistory", "Main phone"),
    "is_vip": QT_TRANSLATE_NOOP("ClientHistory", "VIP"),
    "is_blacklisted": QT_TRANSLATE_NOOP("ClientHistory", "Blacklist"),
    "client_class": QT_TRANSLATE_NOOP("ClientHistory", "Class"),
    "category_id": QT_TRANSLATE_NOOP("ClientHistory", "Category"),
    "source_id": QT_TRANSLATE_NOOP("ClientHistory", "Source"),
    "responsible_user_id": QT_TRANSLATE_NOOP("ClientHistory", "Responsible staff member"),
    "discount_percent": QT_TRANSLATE_NOOP("ClientHistory", "Discount, %"),
    "loyalty_card": QT_TRANSLATE_NOOP("ClientHistory", "Loyalty card"),
    "parent_id": QT_TRANSLATE_NOOP("ClientHistory", "Parent"),
    "call_period_days": QT_TRANSLATE_NOOP("ClientHistory", "Call every (days)"),
    "next_call_date": QT_TRANSLATE_NOOP("ClientHistory", "Next call"),
    "last_visit_on": QT_TRANSLATE_NOOP("ClientHistory", "Last visit"),
    "notes": QT_TRANSLATE_NOOP("ClientHistory", "Private notes"),
    "visible_notes": QT_TRANSLATE_NOOP("ClientHistory", "Visible notes"),
    "archived_at": QT_TRANSLATE_NOOP("ClientHistory", "Archived"),
    "archive_reason": QT_TRANSLATE_NOOP("ClientHistory", "Reason for archiving"),
    "merged_into_id": QT_TRANSLATE_NOOP("ClientHistory", "Merged into"),
    "created_at": QT_TRANSLATE_NOOP("ClientHistory", "Created"),
    "created_by_id": QT_TRANSLATE_NOOP("ClientHistory", "Created by"),
    "updated_by_id": QT_TRANSLATE_NOOP("ClientHistory", "Changed by"),
    "tag_ids": QT_TRANSLATE_NOOP("ClientHistory", "Groups"),
    "tags": QT_TRANSLATE_NOOP("ClientHistory", "Groups"),
}

# What each of the client's tables is, as one of its rows is called.
SECTIONS: Mapping[str, str] = {
    "clients": QT_TRANSLATE_NOOP("ClientHistory", "Questionnaire"),
    "client_phones": QT_TRANSLATE_NOOP("ClientHistory", "Phone"),
    "client_emails": QT_TRANSLATE_NOOP("ClientHistory", "E-mail"),
    "client_addresses": QT_TRANSLATE_NOOP("ClientHistory", "Address"),
    "client_social_links": QT_TRANSLATE_NOOP("ClientHistory", "Social profile"),
    "client_consents": QT_TRANSLATE_NOOP("ClientHistory", "Consent"),
    "identity_documents": QT_TRANSLATE_NOOP("ClientHistory", "Identity document"),
    "expiring_documents": QT_TRANSLATE_NOOP("ClientHistory", "Document with expiry"),
    "contact_persons": QT_TRANSLATE_NOOP("ClientHistory", "Contact person"),
    "custom_field_values": QT_TRANSLATE_NOOP("ClientHistory", "Custom field"),
}

_NOTE = QT_TRANSLATE_NOOP("ClientHistory", "note")
_KIND = QT_TRANSLATE_NOOP("ClientHistory", "type")
_NUMBER = QT_TRANSLATE_NOOP("ClientHistory", "number")
_ISSUED_ON = QT_TRANSLATE_NOOP("ClientHistory", "issued on")
_EXPIRES_ON = QT_TRANSLATE_NOOP("ClientHistory", "valid until")

# The columns of the questionnaire's lists, table by table.
COLUMNS: Mapping[str, Mapping[str, str]] = {
    "clients": CLIENT_FIELDS,
    "client_phones": {
        "e164": _NUMBER,
        "kind": _KIND,
        "is_main": QT_TRANSLATE_NOOP("ClientHistory", "main"),
        "has_viber": QT_TRANSLATE_NOOP("ClientHistory", "Viber"),
        "has_telegram": QT_TRANSLATE_NOOP("ClientHistory", "Telegram"),
        "has_whatsapp": QT_TRANSLATE_NOOP("ClientHistory", "WhatsApp"),
        "note": _NOTE,
    },
    "client_emails": {"address": QT_TRANSLATE_NOOP("ClientHistory", "address")},
    "client_addresses": {
        "kind": _KIND,
        "country": QT_TRANSLATE_NOOP("ClientHistory", "country"),
        "region": QT_TRANSLATE_NOOP("ClientHistory", "region"),
        "city": QT_TRANSLATE_NOOP("ClientHistory", "city"),
        "street": QT_TRANSLATE_NOOP("ClientHistory", "street"),
        "postal_code": QT_TRANSLATE_NOOP("ClientHistory", "postal code"),
    },
    "client_social_links": {
        "network": QT_TRANSLATE_NOOP("ClientHistory", "network"),
        "handle": QT_TRANSLATE_NOOP("ClientHistory", "profile"),
    },
    "client_consents": {
        "purpose": QT_TRANSLATE_NOOP("ClientHistory", "purpose"),
        "given_on": QT_TRANSLATE_NOOP("ClientHistory", "given"),
        "withdrawn_on": QT_TRANSLATE_NOOP("ClientHistory", "withdrawn"),
        "expires_on": QT_TRANSLATE_NOOP("ClientHistory", "valid until"),
        "note": _NOTE,
        "recorded_by_id": QT_TRANSLATE_NOOP("ClientHistory", "recorded by"),
        "evidence_document_id": QT_TRANSLATE_NOOP("ClientHistory", "evidencing document"),
    },
    "identity_documents": {
        "kind": _KIND,
        "series": QT_TRANSLATE_NOOP("ClientHistory", "series"),
        "number": _NUMBER,
        "issued_on": _ISSUED_ON,
        "issued_by": QT_TRANSLATE_NOOP("ClientHistory", "issued by"),
        "department_code": QT_TRANSLATE_NOOP("ClientHistory", "department code"),
        "expires_on": _EXPIRES_ON,
        "registration_address": QT_TRANSLATE_NOOP("ClientHistory", "registration address"),
    },
    "expiring_documents": {
        "kind": _KIND,
        "title": QT_TRANSLATE_NOOP("ClientHistory", "title"),
        "number": _NUMBER,
        "issued_on": _ISSUED_ON,
        "expires_on": _EXPIRES_ON,
        "note": _NOTE,
    },
    "contact_persons": {
        "name": QT_TRANSLATE_NOOP("ClientHistory", "name"),
        "role": QT_TRANSLATE_NOOP("ClientHistory", "role"),
        "phone": QT_TRANSLATE_NOOP("ClientHistory", "phone"),
        "email": QT_TRANSLATE_NOOP("ClientHistory", "e-mail"),
        "note": _NOTE,
    },
    "custom_field_values": {
        "field_id": QT_TRANSLATE_NOOP("ClientHistory", "field"),
        "value": QT_TRANSLATE_NOOP("ClientHistory", "value"),
    },
}

# Bookkeeping columns: they say nothing a person asked to change.
SILENT = frozenset({"id", "client_id", "position", "recorded_at"})

# Columns whose stored codes are shown by their names.
ENUM_COLUMNS: Mapping[tuple[str, str], Mapping[Any, str]] = {
    ("clients", "gender"): enum_texts.GENDER,
    ("clients", "client_class"): enum_texts.CLIENT_CLASS,
    ("client_phones", "kind"): enum_texts.PHONE_KIND,
    ("client_addresses", "kind"): enum_texts.ADDRESS_KIND,
    ("client_social_links", "network"): enum_texts.SOCIAL_NETWORK,
    ("client_consents", "purpose"): enum_texts.CONSENT_PURPOSE,
    ("identity_documents", "kind"): enum_texts.IDENTITY_DOCUMENT_KIND,
    ("expiring_documents", "kind"): enum_texts.EXPIRING_DOCUMENT_KIND,
}

# Many-to-many links, recorded on the owner as sorted names before and after: told as
# the names added and the names removed.
LINK_CHANGES: Mapping[tuple[str, str], tuple[str, str]] = {
    ("clients", "tags"): (
        QT_TRANSLATE_NOOP("ClientHistory", "Added to groups"),
        QT_TRANSLATE_NOOP("ClientHistory", "Removed from groups"),
    ),
}

_YES = QT_TRANSLATE_NOOP("ClientHistory", "Yes")
_NO = QT_TRANSLATE_NOOP("ClientHistory", "No")


def _tr(text: str, **params: Phrase | str) -> Phrase:
    return Phrase.message(CONTEXT, text, **params)


def yes_no(value: bool) -> Phrase:
    return _tr(_YES if value else _NO)


def language_name(code: str) -> Phrase:
    """A preferred language by its name; text stored before codes were, as it is."""
    name = languages.LANGUAGE_NAMES.get(code)
    return Phrase.message(languages.CONTEXT, name) if name else Phrase(code)


def custom_value(value: str, kind: CustomFieldType | None) -> Phrase:
    """A stored custom-field value as people read it: yes/no, dd.MM.yyyy, or as typed."""
    if kind is CustomFieldType.BOOLEAN:
        return yes_no(value == "1")
    if kind is CustomFieldType.DATE:
        try:
            return Phrase(format_day(date.fromisoformat(value)))
        except ValueError:
            return Phrase(value)
    return Phrase(value)


def client_name(number: str, name: str) -> Phrase:
    return Phrase.message("ClientCardView", "No. {number} {name}", number=number, name=name)


@dataclass(frozen=True)
class HistoryLookups:
    """Names for the ids a trail holds (lists, users, other clients, custom fields)."""

    categories: Mapping[int, str] = field(default_factory=dict)
    sources: Mapping[int, str] = field(default_factory=dict)
    users: Mapping[int, str] = field(default_factory=dict)
    clients: Mapping[int, Phrase] = field(default_factory=dict)
    custom_fields: Mapping[int, str] = field(default_factory=dict)
    custom_field_types: Mapping[int, CustomFieldType] = field(default_factory=dict)


@dataclass(frozen=True)
class HistoryLine:
    """One line of a client's history: when, who, what changed, from what to what.
    `from_merged_card` marks a line of a duplicate's trail merged into this card."""

    at: datetime
    user: str
    action: AuditAction
    what: Phrase
    old: Phrase
    new: Phrase
    from_merged_card: bool = False


def _column_type(table: str, column: str) -> object:
    found = Base.metadata.tables.get(table)
    if found is None or column not in found.columns:
        return None
    return found.columns[column].type


class _Formatter:
    def __init__(self, lookups: HistoryLookups) -> None:
        self._lookups = lookups
        self._refs: dict[str, Mapping[int, str] | Mapping[int, Phrase]] = {
            "category_id": lookups.categories,
            "source_id": lookups.sources,
            "responsible_user_id": lookups.users,
            "created_by_id": lookups.users,
            "updated_by_id": lookups.users,
            "recorded_by_id": lookups.users,
            "parent_id": lookups.clients,
            "merged_into_id": lookups.clients,
            "field_id": lookups.custom_fields,
        }

    def value(self, entry: HistoryEntry, column: str, value: object) -> Phrase:
        if value is None or value == "" or value == []:
            return EMPTY
        if isinstance(value, list):
            return Phrase.joined(self.value(entry, column, item) for item in value)
        if isinstance(value, bool):
            return yes_no(value)
        table = entry.table
        refs = self._refs.get(column)
        if refs is not None and isinstance(value, int):
            name = refs.get(value)
            return name if isinstance(name, Phrase) else Phrase(name or f"#{value}")
        if column == "evidence_document_id":
            return _tr(
                QT_TRANSLATE_NOOP("ClientHistory", "Document No. {number}"), number=str(value)
            )
        enum = ENUM_COLUMNS.get((table, column))
        if enum is not None and str(value) in enum:
            return Phrase.message(enum_texts.CONTEXT, enum[str(value)])
        text = str(value)
        if (table, column) == ("clients", "preferred_language"):
            return language_name(text)
        if (table, column) == ("custom_field_values", "value"):
            field_id = entry.label_value
            kinds = self._lookups.custom_field_types
            return custom_value(text, kinds.get(field_id) if isinstance(field_id, int) else None)
        return self._typed(table, column, text)

    @staticmethod
    def _typed(table: str, column: str, text: str) -> Phrase:
        kind = _column_type(table, column)
        try:
            if isinstance(kind, UtcDateTime):
                return Phrase(format_moment(datetime.fromisoformat(text)))
            if isinstance(kind, Date):
                return Phrase(format_day(date.fromisoformat(text)))
        except ValueError:
            pass
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        return Phrase(" / ".join(lines)) if lines else EMPTY

    def summary(self, entry: HistoryEntry, *, old: bool) -> Phrase:
        """A removed or added list row in one line: its values, flags by their names."""
        parts: list[Phrase] = []
        for change in entry.changes:
            value = change.old if old else change.new
            if change.field in SILENT or value in (None, "", False):
                continue
            if value is True:
                parts.append(column_label(entry.table, change.field))
            else:
                parts.append(self.value(entry, change.field, value))
        return Phrase.joined(parts) if parts else EMPTY


def section_label(table: str) -> Phrase:
    text = SECTIONS.get(table)
    return _tr(text) if text else Phrase(table)


def column_label(table: str, column: str) -> Phrase:
    """The label of a column; one no longer in the models (in an old trail) by its name,
    which says more than hiding the change would."""
    text = COLUMNS.get(table, {}).get(column)
    return _tr(text) if text else Phrase(column)


def _archive_lines(entry: HistoryEntry, fmt: _Formatter) -> list[tuple[Phrase, Phrase, Phrase]]:
    """Archiving, merging and restoring as the acts they are, not as column changes:
    "Restored", "Archived: moved away", "Merged with client No. 12 Коваль Анна"."""
    changes = {c.field: c for c in entry.changes}
    archived = changes.get("archived_at")
    if archived is None:
        return []
    if archived.new is None:
        return [(_tr(QT_TRANSLATE_NOOP("ClientHistory", "Restored")), NOTHING, NOTHING)]
    merged = changes.get("merged_into_id")
    if merged is not None and merged.new is not None:
        survivor = fmt.value(entry, "merged_into_id", merged.new)
        text = QT_TRANSLATE_NOOP("ClientHistory", "Merged with client {client}")
        return [(_tr(text, client=survivor), NOTHING, NOTHING)]
    reason = changes.get("archive_reason")
    if reason is None or not reason.new:
        return [(_tr(CLIENT_FIELDS["archived_at"]), NOTHING, NOTHING)]
    text = QT_TRANSLATE_NOOP("ClientHistory", "Archived: {reason}")
    return [(_tr(text, reason=fmt.value(entry, "archive_reason", reason.new)), NOTHING, NOTHING)]


def _names(value: object) -> list[str]:
    return [str(name) for name in value] if isinstance(value, list) else []


def _link_lines(entry: HistoryEntry, change: FieldChange) -> list[tuple[Phrase, Phrase, Phrase]]:
    """A changed set of linked names as the names added and the names removed."""
    added_text, removed_text = LINK_CHANGES[(entry.table, change.field)]
    before = _names(change.old)
    after = _names(change.new)
    added = [Phrase(name) for name in after if name not in before]
    removed = [Phrase(name) for name in before if name not in after]
    lines = []
    if added:
        lines.append((_tr(added_text), NOTHING, Phrase.joined(added)))
    if removed:
        lines.append((_tr(removed_text), Phrase.joined(removed), NOTHING))
    return lines


_ARCHIVE_FIELDS = frozenset({"archived_at", "archive_reason", "merged_into_id"})


def _entry_lines(entry: HistoryEntry, fmt: _Formatter) -> list[tuple[Phrase, Phrase, Phrase]]:
    """(what, was, became) for one audited change."""
    section = section_label(entry.table)
    if entry.action is AuditAction.READ:
        return [
            (
                _tr(QT_TRANSLATE_NOOP("ClientHistory", "Viewed: {section}"), section=section),
                NOTHING,
                NOTHING,
            )
        ]
    if entry.table == "clients" and entry.action is AuditAction.INSERT:
        number = next((str(c.new) for c in entry.changes if c.field == "number"), "")
        return [
            (
                _tr(QT_TRANSLATE_NOOP("ClientHistory", "Card created")),
                NOTHING,
                _tr(QT_TRANSLATE_NOOP("ClientHistory", "No. {number}"), number=number),
            )
        ]
    if entry.action is AuditAction.INSERT:
        what = _tr(QT_TRANSLATE_NOOP("ClientHistory", "{section} added"), section=section)
        return [(what, NOTHING, fmt.summary(entry, old=False))]
    if entry.action is AuditAction.DELETE:
        what = _tr(QT_TRANSLATE_NOOP("ClientHistory", "{section} removed"), section=section)
        return [(what, fmt.summary(entry, old=True), NOTHING)]
    changes: Sequence[FieldChange] = entry.changes
    lines: list[tuple[Phrase, Phrase, Phrase]] = []
    if entry.table == "clients":
        lines = _archive_lines(entry, fmt)
        if lines:
            changes = [c for c in changes if c.field not in _ARCHIVE_FIELDS]
    for change in changes:
        if change.field in SILENT:
            continue
        if (entry.table, change.field) in LINK_CHANGES:
            lines += _link_lines(entry, change)
            continue
        label = column_label(entry.table, change.field)
        if entry.table == "clients":
            what = label
        elif entry.label_field and entry.label_value is not None:
            # Which phone, which field: "Phone +380671234567: Viber".
            named = fmt.value(entry, entry.label_field, entry.label_value)
            what = _tr(
                QT_TRANSLATE_NOOP("ClientHistory", "{section} {name}: {field}"),
                section=section,
                name=named,
                field=label,
            )
        else:
            what = _tr(
                QT_TRANSLATE_NOOP("ClientHistory", "{section}: {field}"),
                section=section,
                field=label,
            )
        lines.append(
            (
                what,
                fmt.value(entry, change.field, change.old),
                fmt.value(entry, change.field, change.new),
            )
        )
    return lines


def history_lines(
    entries: Sequence[HistoryEntry], *, client_id: int, lookups: HistoryLookups
) -> list[HistoryLine]:
    """The trail as lines: one per changed field, one per added or removed list row, one
    for the card's creation, one for archiving, merging or restoring."""
    fmt = _Formatter(lookups)
    return [
        HistoryLine(
            entry.at,
            entry.user,
            entry.action,
            what,
            old,
            new,
            from_merged_card=entry.client_id not in (None, client_id),
        )
        for entry in entries
        for what, old, new in _entry_lines(entry, fmt)
    ]
