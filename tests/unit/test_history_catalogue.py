"""The audit records every change, and the history says it in people's words."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import Enum, inspect, select

import salon_crm.db.models  # noqa: F401 - registers every model
from salon_crm.db.base import Base
from salon_crm.db.hooks.audit import _plain
from salon_crm.db.models import AuditEntry
from salon_crm.db.models.client_owned import HISTORY_TABLES
from salon_crm.domain.common.enums import AuditAction
from salon_crm.services.clients import history_catalogue as catalogue
from salon_crm.services.clients.client_types import (
    ClientInput,
    FieldChange,
    HistoryEntry,
    PhoneData,
)
from salon_crm.services.clients.history_catalogue import HistoryLine, HistoryLookups
from salon_crm.services.core.phrases import untranslated
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff


def _words(line: HistoryLine) -> tuple[str, str, str]:
    what, old, new = (p.render(untranslated) for p in (line.what, line.old, line.new))
    return what, old, new


def _client_changes(
    workspace: Workspace, client_id: int
) -> list[tuple[AuditAction, dict[str, list[object]]]]:
    with workspace.db.session(user_id=None) as session:
        rows = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.table_name == "clients", AuditEntry.row_id == str(client_id))
            .order_by(AuditEntry.id)
        ).all()
        return [(row.action, json.loads(row.changes)) for row in rows]


# --- the audit hook ------------------------------------------------------------------------


def test_changes_to_zero_and_false_are_recorded(workspace: Workspace, staff: Staff) -> None:
    clients = workspace.clients(staff.admin)
    card = clients.create(
        ClientInput(
            first_name="Анна",
            phones=(PhoneData("0671234567"),),
            discount_percent=10,
            is_vip=True,
            call_period_days=0,
        )
    )
    clients.update(card.id, replace(card.edit_input(), discount_percent=0, is_vip=False))

    (insert_action, created), (update_action, changed) = _client_changes(workspace, card.id)
    assert insert_action is AuditAction.INSERT and update_action is AuditAction.UPDATE
    assert changed["discount_percent"] == [10, 0]
    assert changed["is_vip"] == [True, False]
    # On insert a 0 nobody defaults to is information; a default 0 or False is not.
    assert created["call_period_days"] == [None, 0]
    assert "is_blacklisted" not in created

    plain = clients.create(ClientInput(first_name="Ганна", phones=(PhoneData("0671234568"),)))
    (_, created_plain), *_ = _client_changes(workspace, plain.id)
    assert "discount_percent" not in created_plain and "is_vip" not in created_plain


def test_bytes_and_collections_are_stored_readably() -> None:
    photo = b"\xff\xd8" + b"\x00" * 1022
    text = _plain(photo)
    assert text.startswith("<1024 bytes, sha256 ") and text.endswith(">")
    assert _plain(frozenset({"Масаж", "Депіляція"})) == ["Депіляція", "Масаж"]
    assert _plain([3, None, 1]) == [1, 3, None]
    json.dumps(_plain((b"x", {2, 1})))  # nested values become JSON too


# --- the catalogue -------------------------------------------------------------------------


def test_history_lines_speak_the_users_words() -> None:
    at = datetime(2025, 6, 2, 9, 30, tzinfo=UTC)
    entries = [
        HistoryEntry(
            at,
            "Ірина",
            AuditAction.UPDATE,
            "clients",
            7,
            (
                FieldChange("category_id", None, 3),
                FieldChange("birth_date", "1990-03-08", "1990-03-09"),
                FieldChange("is_vip", False, True),
                FieldChange("gender", "female", "male"),
                FieldChange("preferred_language", "", "pl"),
                FieldChange("discount_percent", 10, 0),
            ),
        ),
        HistoryEntry(
            at,
            "Ірина",
            AuditAction.DELETE,
            "client_phones",
            9,
            (
                FieldChange("id", 4, None),
                FieldChange("kind", "home", None),
                FieldChange("e164", "+380442345678", None),
                FieldChange("has_viber", True, None),
            ),
        ),
    ]
    lines = catalogue.history_lines(
        entries, client_id=7, lookups=HistoryLookups(categories={3: "VIP club"})
    )
    assert [_words(line) for line in lines] == [
        ("Category", "—", "VIP club"),
        ("Date of birth", "08.03.1990", "09.03.1990"),
        ("VIP", "No", "Yes"),
        ("Gender", "Female", "Male"),
        ("Preferred language", "—", "Polish"),
        ("Discount, %", "10", "0"),
        ("Phone removed", "Home, +380442345678, Viber", ""),
    ]
    assert [line.from_merged_card for line in lines] == [False] * 6 + [True]


def test_a_tag_change_reads_as_names(workspace: Workspace, staff: Staff) -> None:
    settings = workspace.settings(staff.owner)
    depilation = settings.save_list_item("tags", name="Depilation")
    massage = settings.save_list_item("tags", name="Massage")
    clients = workspace.clients(staff.admin)
    card = clients.create(
        ClientInput(
            first_name="Анна",
            phones=(PhoneData("0671234567"),),
            tag_ids=frozenset({depilation.id}),
        )
    )
    card = clients.update(
        card.id, replace(card.edit_input(), tag_ids=frozenset({depilation.id, massage.id}))
    )
    clients.update(card.id, replace(card.edit_input(), tag_ids=frozenset({massage.id})))
    words = [_words(line) for line in clients.history(card.id)]
    assert words[0] == ("Removed from groups", "Depilation", "")
    assert words[1] == ("Added to groups", "", "Massage")


def test_archive_restore_and_merge_read_as_what_they_are(
    workspace: Workspace, staff: Staff
) -> None:
    clients = workspace.clients(staff.admin)
    survivor = clients.create(
        ClientInput(last_name="Коваль", first_name="Анна", phones=(PhoneData("0671234567"),))
    )
    card = clients.create(ClientInput(first_name="Ганна", phones=(PhoneData("0671234568"),)))
    clients.archive(card.id, reason="Moved away")
    clients.restore(card.id)
    clients.merge(survivor.id, card.id, take_from_duplicate=frozenset())

    words = [_words(line) for line in clients.history(card.id)]
    merged, restored, archived = (
        w for w in words if w[0].startswith(("Merged", "Restored", "Archived"))
    )
    assert archived == ("Archived: Moved away", "", "")
    assert restored == ("Restored", "", "")
    assert merged == (f"Merged with client No. {survivor.number} Коваль Анна", "", "")
    assert not any("archive_reason" in w[0] or "Reason for archiving" in w[0] for w in words)


def _client_tables() -> list[type]:
    """Audited models of the client's own rows that the history tab tells: the client
    and every table with its id, but the health record and the money."""
    return [
        mapper.class_
        for mapper in Base.registry.mappers
        if getattr(mapper.class_, "__audited__", False)
        and (mapper.local_table.name == "clients" or "client_id" in mapper.local_table.c)
        and mapper.local_table.name in HISTORY_TABLES
    ]


def test_every_audited_column_of_the_clients_tables_has_a_label() -> None:
    models = _client_tables()
    assert len(models) >= 10
    missing: list[str] = []
    for model in models:
        table = model.__tablename__
        if table not in catalogue.SECTIONS:
            missing.append(table)
        excluded = getattr(model, "__audit_exclude__", frozenset())
        mapper = inspect(model)
        audited = [c.key for c in mapper.column_attrs if c.key not in excluded]
        audited += [r.key for r in mapper.relationships if r.secondary is not None]
        labels = catalogue.COLUMNS.get(table, {})
        missing += [
            f"{table}.{column}"
            for column in audited
            if column not in labels and column not in catalogue.SILENT
        ]
        missing += [
            f"{table}.{c.key} (codes without names)"
            for c in mapper.column_attrs
            if isinstance(c.columns[0].type, Enum) and (table, c.key) not in catalogue.ENUM_COLUMNS
        ]
    assert missing == []
