"""The table of a client's audit trail: who changed which field, when, from what to what."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from salon_crm.domain.common.dates import format_day, format_moment
from salon_crm.domain.common.enums import AuditAction, CustomFieldType
from salon_crm.gui.common import enum_labels
from salon_crm.services.clients.client_types import FieldChange, HistoryEntry

# A value longer than this is cut in the cell; the tooltip carries all of it.
CELL_LIMIT = 120
EMPTY = "—"

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
# Bookkeeping columns: they say nothing a person asked to change.
_SILENT = frozenset({"id", "client_id", "position", "version_id", "sort_name", "updated_at"})


# Texts are translated with literal QCoreApplication.translate("ClientHistory", …) calls,
# the form lupdate finds; built per call, as the language can change while running.


def client_field_labels() -> dict[str, str]:
    """The questionnaire's own words for the client's fields (ClientInput and the stored
    columns behind it), so history and merge speak like the form does."""
    return {
        "number": QCoreApplication.translate("ClientHistory", "Client number"),
        "last_name": QCoreApplication.translate("ClientHistory", "Last name"),
        "first_name": QCoreApplication.translate("ClientHistory", "First name"),
        "middle_name": QCoreApplication.translate("ClientHistory", "Middle name"),
        "salutation": QCoreApplication.translate("ClientHistory", "Form of address"),
        "gender": QCoreApplication.translate("ClientHistory", "Gender"),
        "birth_date": QCoreApplication.translate("ClientHistory", "Date of birth"),
        "name_day": QCoreApplication.translate("ClientHistory", "Name day"),
        "name_day_month": QCoreApplication.translate("ClientHistory", "Name day (month)"),
        "name_day_day": QCoreApplication.translate("ClientHistory", "Name day (day)"),
        "preferred_language": QCoreApplication.translate("ClientHistory", "Preferred language"),
        "company": QCoreApplication.translate("ClientHistory", "Company"),
        "job_title": QCoreApplication.translate("ClientHistory", "Position"),
        "main_phone": QCoreApplication.translate("ClientHistory", "Main phone"),
        "is_vip": QCoreApplication.translate("ClientHistory", "VIP"),
        "is_blacklisted": QCoreApplication.translate("ClientHistory", "Blacklist"),
        "client_class": QCoreApplication.translate("ClientHistory", "Class"),
        "category_id": QCoreApplication.translate("ClientHistory", "Category"),
        "source_id": QCoreApplication.translate("ClientHistory", "Source"),
        "responsible_user_id": QCoreApplication.translate(
            "ClientHistory", "Responsible staff member"
        ),
        "discount_percent": QCoreApplication.translate("ClientHistory", "Discount, %"),
        "loyalty_card": QCoreApplication.translate("ClientHistory", "Loyalty card"),
        "parent_id": QCoreApplication.translate("ClientHistory", "Parent"),
        "call_period_days": QCoreApplication.translate("ClientHistory", "Call every (days)"),
        "next_call_date": QCoreApplication.translate("ClientHistory", "Next call"),
        "last_visit_on": QCoreApplication.translate("ClientHistory", "Last visit"),
        "notes": QCoreApplication.translate("ClientHistory", "Private notes"),
        "visible_notes": QCoreApplication.translate("ClientHistory", "Visible notes"),
        "archived_at": QCoreApplication.translate("ClientHistory", "Archived"),
        "archive_reason": QCoreApplication.translate("ClientHistory", "Reason for archiving"),
        "merged_into_id": QCoreApplication.translate("ClientHistory", "Merged into"),
        "created_at": QCoreApplication.translate("ClientHistory", "Created"),
        "created_by_id": QCoreApplication.translate("ClientHistory", "Created by"),
        "updated_by_id": QCoreApplication.translate("ClientHistory", "Changed by"),
        "tag_ids": QCoreApplication.translate("ClientHistory", "Tags"),
    }


def _table_labels() -> dict[str, str]:
    return {
        "client_phones": QCoreApplication.translate("ClientHistory", "Phone"),
        "client_emails": QCoreApplication.translate("ClientHistory", "E-mail"),
        "client_addresses": QCoreApplication.translate("ClientHistory", "Address"),
        "client_social_links": QCoreApplication.translate("ClientHistory", "Social profile"),
        "client_consents": QCoreApplication.translate("ClientHistory", "Consent"),
        "identity_documents": QCoreApplication.translate("ClientHistory", "Identity document"),
        "expiring_documents": QCoreApplication.translate("ClientHistory", "Document with expiry"),
        "contact_persons": QCoreApplication.translate("ClientHistory", "Contact person"),
        "custom_field_values": QCoreApplication.translate("ClientHistory", "Custom field"),
    }


def _detail_labels() -> dict[str, str]:
    """Columns of the questionnaire's lists (phones, addresses, documents…)."""
    return {
        "e164": QCoreApplication.translate("ClientHistory", "number"),
        "kind": QCoreApplication.translate("ClientHistory", "type"),
        "is_main": QCoreApplication.translate("ClientHistory", "main"),
        "has_viber": "Viber",
        "has_telegram": "Telegram",
        "has_whatsapp": "WhatsApp",
        "note": QCoreApplication.translate("ClientHistory", "note"),
        "address": QCoreApplication.translate("ClientHistory", "address"),
        "country": QCoreApplication.translate("ClientHistory", "country"),
        "region": QCoreApplication.translate("ClientHistory", "region"),
        "city": QCoreApplication.translate("ClientHistory", "city"),
        "street": QCoreApplication.translate("ClientHistory", "street"),
        "postal_code": QCoreApplication.translate("ClientHistory", "postal code"),
        "network": QCoreApplication.translate("ClientHistory", "network"),
        "handle": QCoreApplication.translate("ClientHistory", "profile"),
        "purpose": QCoreApplication.translate("ClientHistory", "purpose"),
        "given_at": QCoreApplication.translate("ClientHistory", "given"),
        "withdrawn_at": QCoreApplication.translate("ClientHistory", "withdrawn"),
        "series": QCoreApplication.translate("ClientHistory", "series"),
        "number": QCoreApplication.translate("ClientHistory", "number"),
        "issued_on": QCoreApplication.translate("ClientHistory", "issued on"),
        "issued_by": QCoreApplication.translate("ClientHistory", "issued by"),
        "department_code": QCoreApplication.translate("ClientHistory", "department code"),
        "expires_on": QCoreApplication.translate("ClientHistory", "valid until"),
        "registration_address": QCoreApplication.translate("ClientHistory", "registration address"),
        "title": QCoreApplication.translate("ClientHistory", "title"),
        "name": QCoreApplication.translate("ClientHistory", "name"),
        "role": QCoreApplication.translate("ClientHistory", "role"),
        "phone": QCoreApplication.translate("ClientHistory", "phone"),
        "email": QCoreApplication.translate("ClientHistory", "e-mail"),
        "value": QCoreApplication.translate("ClientHistory", "value"),
        "field_id": QCoreApplication.translate("ClientHistory", "field"),
    }


def format_custom_value(value: str, kind: CustomFieldType | None) -> str:
    """A stored custom-field value as people read it: yes/no, dd.MM.yyyy, or as typed."""
    if kind is CustomFieldType.BOOLEAN:
        yes = value == "1"
        return (
            QCoreApplication.translate("ClientHistory", "Yes")
            if yes
            else QCoreApplication.translate("ClientHistory", "No")
        )
    if kind is CustomFieldType.DATE and _ISO_DATE.match(value):
        return format_day(date.fromisoformat(value))
    return value


@dataclass(frozen=True)
class HistoryLookups:
    """Names for the ids a trail holds (lists, users, other clients, custom fields)."""

    categories: Mapping[int, str] = field(default_factory=dict)
    sources: Mapping[int, str] = field(default_factory=dict)
    users: Mapping[int, str] = field(default_factory=dict)
    clients: Mapping[int, str] = field(default_factory=dict)
    custom_fields: Mapping[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class HistoryRow:
    """One line of the history table; `from_merged_card` marks a duplicate's trail."""

    at: datetime
    user: str
    what: str
    old: str
    new: str
    from_merged_card: bool = False


# Lists whose stored values are shown by their translated names, by column (or by the
# table for the "kind" columns, which mean something different in each list).
_LabelSource = Callable[[], Mapping[Any, str]]
_COLUMN_LABELS: dict[str, _LabelSource] = {
    "gender": enum_labels.gender_labels,
    "client_class": enum_labels.client_class_labels,
    "network": enum_labels.social_network_labels,
    "purpose": enum_labels.consent_labels,
}
_KIND_LABELS: dict[str, _LabelSource] = {
    "client_phones": enum_labels.phone_kind_labels,
    "client_addresses": enum_labels.address_kind_labels,
    "identity_documents": enum_labels.identity_document_labels,
    "expiring_documents": enum_labels.expiring_document_labels,
}


class _Formatter:
    def __init__(self, lookups: HistoryLookups) -> None:
        self._lookups = lookups
        self._refs: dict[str, Mapping[int, str]] = {
            "category_id": lookups.categories,
            "source_id": lookups.sources,
            "responsible_user_id": lookups.users,
            "created_by_id": lookups.users,
            "updated_by_id": lookups.users,
            "parent_id": lookups.clients,
            "merged_into_id": lookups.clients,
            "field_id": lookups.custom_fields,
        }

    def value(self, table: str, column: str, value: object) -> str:
        if value is None or value == "":
            return EMPTY
        if isinstance(value, bool):
            return (
                QCoreApplication.translate("ClientHistory", "Yes")
                if value
                else QCoreApplication.translate("ClientHistory", "No")
            )
        named = self._named(table, column, value)
        if named is not None:
            return named
        text = str(value)
        if _ISO_DATE.match(text):
            return format_day(date.fromisoformat(text))
        if _ISO_DATETIME.match(text):
            try:
                return format_moment(datetime.fromisoformat(text))
            except ValueError:
                return text
        return " / ".join(line.strip() for line in text.splitlines() if line.strip()) or EMPTY

    def _named(self, table: str, column: str, value: object) -> str | None:
        refs = self._refs.get(column)
        if refs is not None and isinstance(value, int):
            return refs.get(value, f"#{value}")
        source = _KIND_LABELS.get(table) if column == "kind" else _COLUMN_LABELS.get(column)
        # The enums are StrEnums: their members are found by the stored string.
        return None if source is None else source().get(str(value))

    def summary(self, table: str, changes: Sequence[FieldChange], *, old: bool) -> str:
        """A removed or added list row in one line: its values, flags by their names."""
        labels = _detail_labels()
        parts: list[str] = []
        for change in changes:
            value = change.old if old else change.new
            if change.field in _SILENT or value in (None, "", False):
                continue
            if value is True:
                parts.append(labels.get(change.field, change.field))
            else:
                parts.append(self.value(table, change.field, value))
        return ", ".join(parts) or EMPTY


def _entry_lines(entry: HistoryEntry, fmt: _Formatter) -> list[tuple[str, str, str]]:
    """(what, was, became) for one audited change."""
    section = _table_labels().get(entry.table, entry.table)
    if entry.action is AuditAction.READ:
        return [
            (
                QCoreApplication.translate("ClientHistory", "Viewed: {section}").format(
                    section=section
                ),
                "",
                "",
            )
        ]
    if entry.table == "clients" and entry.action is AuditAction.INSERT:
        number = next((str(c.new) for c in entry.changes if c.field == "number"), "")
        return [
            (
                QCoreApplication.translate("ClientHistory", "Card created"),
                "",
                QCoreApplication.translate("ClientHistory", "No. {number}").format(number=number),
            )
        ]
    if entry.action is AuditAction.INSERT:
        added = fmt.summary(entry.table, entry.changes, old=False)
        return [
            (
                QCoreApplication.translate("ClientHistory", "{section} added").format(
                    section=section
                ),
                "",
                added,
            )
        ]
    if entry.action is AuditAction.DELETE:
        removed = fmt.summary(entry.table, entry.changes, old=True)
        return [
            (
                QCoreApplication.translate("ClientHistory", "{section} removed").format(
                    section=section
                ),
                removed,
                "",
            )
        ]
    if entry.table == "clients":
        labels = client_field_labels()
        prefix = ""
    else:
        labels = _detail_labels()
        prefix = f"{section}: "
        if entry.label_field and entry.label_value is not None:
            # Which phone, which field: "Phone 067 123 4567: Viber".
            named = fmt.value(entry.table, entry.label_field, entry.label_value)
            prefix = f"{section} {named}: "
    return [
        (
            prefix + labels.get(change.field, change.field),
            fmt.value(entry.table, change.field, change.old),
            fmt.value(entry.table, change.field, change.new),
        )
        for change in entry.changes
        if change.field not in _SILENT
    ]


def history_rows(
    entries: Sequence[HistoryEntry], *, client_id: int, lookups: HistoryLookups
) -> list[HistoryRow]:
    """The service's trail as table lines: one line per changed field, one per added or
    removed list row, one for the card's creation."""
    fmt = _Formatter(lookups)
    return [
        HistoryRow(
            entry.at,
            entry.user,
            what,
            old,
            new,
            from_merged_card=entry.client_id not in (None, client_id),
        )
        for entry in entries
        for what, old, new in _entry_lines(entry, fmt)
    ]


class HistoryColumn(IntEnum):
    WHEN = 0
    WHO = 1
    WHAT = 2
    OLD = 3
    NEW = 4


SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def _cell(text: str) -> str:
    return text if len(text) <= CELL_LIMIT else text[: CELL_LIMIT - 1] + "…"


class ClientHistoryModel(QAbstractTableModel):
    """Holds the history lines of one client, newest first as the service gives them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryRow] = []

    def set_rows(self, rows: Sequence[HistoryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> HistoryRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(HistoryColumn)

    def _text(self, row: HistoryRow, column: HistoryColumn) -> str:
        if column is HistoryColumn.WHEN:
            return format_moment(row.at)
        if column is HistoryColumn.WHO:
            return row.user or QCoreApplication.translate("ClientHistory", "(system)")
        if column is HistoryColumn.WHAT:
            return row.what
        if column is HistoryColumn.OLD:
            return row.old
        return row.new

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = HistoryColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(self._text(row, column))
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole value: the view elides what does not fit its column.
            text = self._text(row, column)
            if row.from_merged_card:
                note = QCoreApplication.translate(
                    "ClientHistory", "From a duplicate card merged into this one."
                )
                return f"{text}\n{note}" if text else note
            return text or None
        if role == SORT_ROLE:
            return row.at.timestamp() if column is HistoryColumn.WHEN else self._text(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.FontRole and row.from_merged_card:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(HistoryColumn):
            return None
        return {
            HistoryColumn.WHEN: QCoreApplication.translate("ClientHistory", "When"),
            HistoryColumn.WHO: QCoreApplication.translate("ClientHistory", "Who"),
            HistoryColumn.WHAT: QCoreApplication.translate("ClientHistory", "What"),
            HistoryColumn.OLD: QCoreApplication.translate("ClientHistory", "Was"),
            HistoryColumn.NEW: QCoreApplication.translate("ClientHistory", "Became"),
        }[HistoryColumn(section)]
