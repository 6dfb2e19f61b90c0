"""The generic audit hook records who changed what, old → new."""

from __future__ import annotations

import json
from dataclasses import replace

from sqlalchemy import select

from salon_crm.db.models import AuditEntry
from salon_crm.domain.common.enums import AuditAction
from salon_crm.services.clients.client_types import ClientInput, PhoneData
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff


def _trail(workspace: Workspace, client_id: int) -> list[AuditEntry]:
    with workspace.db.session(user_id=None) as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.client_id == client_id).order_by(AuditEntry.id)
            )
        )


def test_create_update_archive_are_audited(workspace: Workspace, staff: Staff) -> None:
    clients = workspace.clients(staff.admin)
    card = clients.create(
        ClientInput(last_name="Коваль", first_name="Анна", phones=(PhoneData("0671234567"),))
    )
    created = _trail(workspace, card.id)
    assert {(e.action, e.table_name) for e in created} == {
        (AuditAction.INSERT, "clients"),
        (AuditAction.INSERT, "client_phones"),
    }
    assert all(e.user_id == staff.admin.user_id for e in created)
    client_row = next(e for e in created if e.table_name == "clients")
    assert client_row.row_id == str(card.id)
    assert json.loads(client_row.changes)["first_name"] == [None, "Анна"]

    clients.update(
        card.id, replace(card.edit_input(), first_name="Ганна", phones=(PhoneData("0671234568"),))
    )
    updates = [e for e in _trail(workspace, card.id) if e.action is AuditAction.UPDATE]
    changes = {e.table_name: json.loads(e.changes) for e in updates}
    assert changes["clients"]["first_name"] == ["Анна", "Ганна"]
    assert changes["client_phones"]["e164"] == ["+380671234567", "+380671234568"]

    workspace.clients(staff.owner).archive(card.id, reason="Переїзд")
    last = _trail(workspace, card.id)[-1]
    assert last.action is AuditAction.UPDATE and last.user_id == staff.owner.user_id
    assert json.loads(last.changes)["archive_reason"] == ["", "Переїзд"]


def test_saving_unchanged_form_writes_no_audit(workspace: Workspace, staff: Staff) -> None:
    clients = workspace.clients(staff.admin)
    card = clients.create(ClientInput(first_name="Анна", phones=(PhoneData("0671234567"),)))
    before = len(_trail(workspace, card.id))
    clients.update(card.id, card.edit_input())
    assert len(_trail(workspace, card.id)) == before


def test_reads_of_sensitive_records_can_be_audited(workspace: Workspace, staff: Staff) -> None:
    from salon_crm.db.hooks.audit import record_read

    card = workspace.clients(staff.admin).create(
        ClientInput(first_name="Анна", phones=(PhoneData("0671234567"),))
    )
    with workspace.db.session(user_id=staff.specialist.user_id) as session:
        record_read(session, table_name="health_records", row_id="1", client_id=card.id)
    read = _trail(workspace, card.id)[-1]
    assert (read.action, read.table_name, read.user_id) == (
        AuditAction.READ,
        "health_records",
        staff.specialist.user_id,
    )


def test_removed_rows_and_tag_changes_are_audited(workspace: Workspace, staff: Staff) -> None:
    tag = workspace.settings(staff.owner).save_list_item("tags", name="Ботокс")
    clients = workspace.clients(staff.admin)
    card = clients.create(
        ClientInput(
            first_name="Анна",
            phones=(PhoneData("0671234567"), PhoneData("0441234567")),
            emails=("anna@example.com",),
        )
    )
    clients.update(
        card.id,
        replace(
            card.edit_input(),
            phones=card.edit_input().phones[:1],
            emails=(),
            tag_ids=frozenset({tag.id}),
        ),
    )
    trail = _trail(workspace, card.id)
    deleted = {(e.table_name, e.action) for e in trail if e.action is AuditAction.DELETE}
    assert deleted == {("client_phones", AuditAction.DELETE), ("client_emails", AuditAction.DELETE)}
    removed_phone = next(
        e for e in trail if e.table_name == "client_phones" and e.action is AuditAction.DELETE
    )
    assert json.loads(removed_phone.changes)["e164"] == ["+380441234567", None]
    tags = next(e for e in trail if e.table_name == "clients" and "tags" in json.loads(e.changes))
    assert json.loads(tags.changes)["tags"] == [[], ["Ботокс"]]
