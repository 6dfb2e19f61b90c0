"""The card's History tab speaks people's words in every language: every column the audit
records has a label, and no stored value shows raw (a list, a code, True, an ISO date)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Boolean, Date, Enum
from sqlalchemy.orm import Mapper

import salon_crm.db.models  # noqa: F401 - registers every model
from salon_crm.db.base import Base, UtcDateTime
from salon_crm.db.models.client_owned import HISTORY_TABLES, owner_column
from salon_crm.domain.common.enums import AuditAction, CustomFieldType
from salon_crm.gui.clients.card.client_history_model import (
    ClientHistoryModel,
    HistoryColumn,
    phrase_text,
)
from salon_crm.gui.common import i18n
from salon_crm.services.clients import history_catalogue as catalogue
from salon_crm.services.clients.client_types import (
    ClientInput,
    FieldChange,
    HistoryEntry,
    PhoneData,
)
from salon_crm.services.clients.history_catalogue import HistoryLine, HistoryLookups
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff

AT = datetime(2025, 6, 2, 9, 30, tzinfo=UTC)
REF = 3  # every id in the samples, named in LOOKUPS

LOOKUPS = HistoryLookups(
    categories={REF: "Постійні"},
    sources={REF: "Instagram"},
    users={REF: "Ірина"},
    clients={REF: catalogue.client_name("12", "Коваль Анна")},
    custom_fields={REF: "Улюблений колір"},
    custom_field_types={REF: CustomFieldType.TEXT},
)

# What a stored value must never look like on screen.
RAW = {
    "a Python list or dict": re.compile(r"[\[\]{}]"),
    "a Python constant": re.compile(r"\b(True|False|None)\b"),
    "an ISO date": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "an id": re.compile(r"#\d"),
    "a column key": re.compile(r"\b[a-z]+_[a-z_]+\b"),
}


def _recorded_models() -> list[Mapper[object]]:
    """Every audited table of a client's own data that the history tab tells, as the
    client-owned registry says."""
    return [
        mapper
        for mapper in Base.registry.mappers
        if getattr(mapper.class_, "__audited__", False)
        and owner_column(mapper.local_table.name) is not None
        and mapper.local_table.name in HISTORY_TABLES
    ]


def _recorded_columns(mapper: Mapper[object]) -> list[str]:
    excluded = getattr(mapper.class_, "__audit_exclude__", frozenset())
    return [
        c.key
        for c in mapper.column_attrs
        if c.key not in excluded and c.key not in catalogue.SILENT
    ] + [r.key for r in mapper.relationships if r.secondary is not None]


def _samples(mapper: Mapper[object], column: str) -> list[object]:
    """Values as the audit hook stores them for this column: every code of an enum, both
    flags, a day, a moment, an id, a text; names for a many-to-many link."""
    if column in mapper.relationships:
        return [["Депіляція", "Масаж"], ["Масаж", "Пілінг"]]
    kind = mapper.column_attrs[column].columns[0].type
    if isinstance(kind, Enum):
        return [member.value for member in kind.enum_class or ()] or list(kind.enums)
    if isinstance(kind, Boolean):
        return [False, True]
    if isinstance(kind, UtcDateTime):
        return [AT.isoformat(), datetime(2025, 7, 1, 12, 0, tzinfo=UTC).isoformat()]
    if isinstance(kind, Date):
        return [date(1990, 3, 8).isoformat(), date(1990, 3, 9).isoformat()]
    if kind.python_type is int:
        return [REF]
    return ["Анна\nКоваль", "Ганна"]


def _entries(mapper: Mapper[object]) -> Iterator[HistoryEntry]:
    """An insert and a delete of a row holding every sample, and an update of each column
    from each sample to the next and from and to nothing."""
    table = mapper.local_table.name
    columns = _recorded_columns(mapper)
    label_field = {"custom_field_values": "field_id"}.get(table, "")
    label_value = REF if label_field else None

    def entry(action: AuditAction, changes: list[FieldChange]) -> HistoryEntry:
        return HistoryEntry(AT, "Ірина", action, table, 7, tuple(changes), label_field, label_value)

    first = {column: _samples(mapper, column)[0] for column in columns}
    if table != "clients":  # a new client reads as "Card created", whatever it holds
        yield entry(AuditAction.INSERT, [FieldChange(c, None, v) for c, v in first.items()])
        yield entry(AuditAction.DELETE, [FieldChange(c, v, None) for c, v in first.items()])
    for column in columns:
        samples = _samples(mapper, column)
        pairs = [(None, samples[0]), (samples[-1], None), *itertools.pairwise(samples)]
        for old, new in pairs:
            yield entry(AuditAction.UPDATE, [FieldChange(column, old, new)])


def _custom_value_entries() -> Iterator[tuple[HistoryLookups, HistoryEntry]]:
    stored = {
        CustomFieldType.BOOLEAN: ("0", "1"),
        CustomFieldType.DATE: ("2024-03-08", "2024-03-09"),
        CustomFieldType.NUMBER: ("12", "12.5"),
        CustomFieldType.CHOICE: ("Червоний", "Синій"),
        CustomFieldType.TEXT: ("", "Синій"),
    }
    for kind, (old, new) in stored.items():
        lookups = replace(LOOKUPS, custom_field_types={REF: kind})
        change = FieldChange("value", old, new)
        yield (
            lookups,
            HistoryEntry(
                AT, "", AuditAction.UPDATE, "custom_field_values", 7, (change,), "field_id", REF
            ),
        )


def _cells(lines: list[HistoryLine]) -> list[str]:
    """Every text the History tab shows for these lines, and every tooltip."""
    model = ClientHistoryModel()
    model.set_rows(lines)
    return [
        str(model.index(row, column).data(role) or "")
        for row in range(model.rowCount())
        for column in HistoryColumn
        for role in (0, 3)  # DisplayRole, ToolTipRole
    ]


def _raw(cells: list[str]) -> list[str]:
    return [f"{what}: {cell!r}" for cell in cells for what, rx in RAW.items() if rx.search(cell)]


def _enum_codes(lines: list[HistoryLine]) -> list[str]:
    """Values shown as the codes they are stored as (an enum's value, not its name)."""
    codes = {
        str(member.value)
        for mapper in _recorded_models()
        for attr in mapper.column_attrs
        if isinstance(attr.columns[0].type, Enum)
        for member in attr.columns[0].type.enum_class or ()
    }
    return [
        phrase.text
        for line in lines
        for phrase in (line.old, line.new)
        if not phrase.context and not phrase.parts and phrase.text in codes
    ]


@pytest.fixture(params=i18n.LANGUAGES)
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install_language(request.param)
    yield request.param
    i18n.install_language("en")


def test_every_recorded_column_has_a_label() -> None:
    models = _recorded_models()
    assert {m.local_table.name for m in models} >= {"clients", "client_phones", "client_consents"}
    unlabelled = [
        f"{mapper.local_table.name}.{column}"
        for mapper in models
        for column in _recorded_columns(mapper)
        if not catalogue.column_label(mapper.local_table.name, column).context
    ]
    unlabelled += [
        m.local_table.name
        for m in models
        if not catalogue.section_label(m.local_table.name).context
    ]
    assert unlabelled == []


def test_no_recorded_value_reads_raw(language: str) -> None:
    del language
    lines = [
        line
        for mapper in _recorded_models()
        for line in catalogue.history_lines(list(_entries(mapper)), client_id=7, lookups=LOOKUPS)
    ]
    lines += [
        line
        for lookups, entry in _custom_value_entries()
        for line in catalogue.history_lines([entry], client_id=7, lookups=lookups)
    ]
    assert len(lines) > 100
    assert _raw(_cells(lines)) == []
    assert _enum_codes(lines) == []


def test_a_clients_story_reads_plainly_in_every_language(
    workspace: Workspace, staff: Staff, language: str
) -> None:
    settings = workspace.settings(staff.owner)
    depilation = settings.save_list_item("tags", name="Депіляція")
    massage = settings.save_list_item("tags", name="Масаж")
    clients = workspace.clients(staff.admin)
    survivor = clients.create(ClientInput(first_name="Ганна", phones=(PhoneData("0671234560"),)))
    card = clients.create(
        ClientInput(
            first_name="Анна",
            birth_date=date(1990, 3, 8),
            phones=(PhoneData("0671234567"),),
            tag_ids=frozenset({depilation.id}),
        )
    )
    card = clients.update(
        card.id,
        replace(
            card.edit_input(),
            is_vip=True,
            birth_date=date(1990, 3, 9),
            tag_ids=frozenset({massage.id}),
        ),
    )
    clients.archive(card.id, reason="Переїхала")
    clients.restore(card.id)
    clients.merge(survivor.id, card.id, take_from_duplicate=frozenset())

    lines = clients.history(card.id)
    cells = _cells(lines)
    assert _raw(cells) == []
    assert "Масаж" in cells and "Депіляція" in cells and "09.03.1990" in cells
    if language == "en":
        whats = [phrase_text(line.what) for line in lines]
        assert "Restored" in cells and "Archived: Переїхала" in cells
        assert f"Merged with client No. {survivor.number} Ганна" in cells
        assert "Added to groups" in cells and "Removed from groups" in cells
        assert not any("Tags" in cell for cell in whats)
