"""Merging duplicate cards and the questionnaire's history."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from salon_crm.domain.common.enums import AuditAction, ConsentPurpose
from salon_crm.domain.common.errors import PermissionDeniedError
from salon_crm.services.clients.client_types import ClientInput, ConsentData, PhoneData
from salon_crm.services.clients.history_catalogue import HistoryLine
from salon_crm.services.core.phrases import untranslated
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff


def _words(line: HistoryLine) -> tuple[str, str, str]:
    what, old, new = (p.render(untranslated) for p in (line.what, line.old, line.new))
    return what, old, new


def test_merge_unites_lists_and_archives_the_duplicate(workspace: Workspace, staff: Staff) -> None:
    settings = workspace.settings(staff.owner)
    tag_a = settings.save_list_item("tags", name="A")
    tag_b = settings.save_list_item("tags", name="B")
    clients = workspace.clients(staff.admin)
    survivor = clients.create(
        ClientInput(
            last_name="Коваль",
            first_name="Анна",
            phones=(PhoneData("0671234567"),),
            emails=("anna@example.com",),
            tag_ids=frozenset({tag_a.id}),
        )
    )
    duplicate = clients.create(
        ClientInput(
            last_name="Коваль",
            first_name="Ганна",
            birth_date=date(1990, 3, 8),
            phones=(PhoneData("0501112233"), PhoneData("0671234567")),
            emails=("hanna@example.com",),
            tag_ids=frozenset({tag_b.id}),
            consents=(ConsentData(ConsentPurpose.MARKETING_SMS),),
        )
    )
    child = clients.create(
        ClientInput(first_name="Софія", phones=(PhoneData("0931112233"),), parent_id=duplicate.id)
    )

    merged = clients.merge(
        survivor.id, duplicate.id, take_from_duplicate=frozenset({"birth_date", "main_phone"})
    )

    assert merged.data.first_name == "Анна" and merged.data.birth_date is not None
    assert [p.number for p in merged.phones] == ["+380501112233", "+380671234567"]
    assert merged.phones[0].is_main
    assert set(merged.data.emails) == {"anna@example.com", "hanna@example.com"}
    assert set(merged.tags) == {"A", "B"}
    assert ConsentPurpose.MARKETING_SMS in {c.purpose for c in merged.data.consents}
    assert (
        clients.card(child.id).parent is not None
        and clients.card(child.id).parent.id == survivor.id
    )  # type: ignore[union-attr]
    gone = clients.card(duplicate.id)
    assert gone.archived_at is not None and gone.merged_into is not None
    assert gone.merged_into.id == survivor.id
    # The duplicate's trail shows on the survivor's card.
    assert any(line.from_merged_card for line in clients.history(survivor.id))
    assert [r.id for r in workspace.search(staff.admin).search("0501112233").rows] == [survivor.id]


def test_specialist_cannot_merge(workspace: Workspace, staff: Staff) -> None:
    clients = workspace.clients(staff.admin)
    a = clients.create(ClientInput(first_name="А", phones=(PhoneData("0671234567"),)))
    b = clients.create(ClientInput(first_name="Б", phones=(PhoneData("0671234568"),)))
    with pytest.raises(PermissionDeniedError):
        workspace.clients(staff.specialist).merge(a.id, b.id, take_from_duplicate=frozenset())


def test_history_lists_changes_newest_first_with_user(workspace: Workspace, staff: Staff) -> None:
    clients = workspace.clients(staff.admin)
    card = clients.create(ClientInput(first_name="Анна", phones=(PhoneData("0671234567"),)))
    workspace.clients(staff.owner).update(card.id, replace(card.edit_input(), first_name="Ганна"))
    history = clients.history(card.id)
    newest = history[0]
    assert newest.action is AuditAction.UPDATE and newest.user == "Олена Коваль"
    assert _words(newest) == ("First name", "Анна", "Ганна")
    assert history[-1].action is AuditAction.INSERT and history[-1].user == "Ірина"


def test_history_says_which_list_row_changed(workspace: Workspace, staff: Staff) -> None:
    from salon_crm.domain.common.enums import CustomFieldType

    workspace.settings(staff.owner).save_custom_field(
        key="master", label="Майстер", field_type=CustomFieldType.TEXT
    )
    clients = workspace.clients(staff.admin)
    card = clients.create(
        ClientInput(
            first_name="Анна",
            phones=(PhoneData("0671234567"), PhoneData("0441234567")),
            custom_values={"master": "Ольга"},
        )
    )
    form = card.edit_input()
    viber = replace(form.phones[1], has_viber=True)
    clients.update(
        card.id,
        replace(form, phones=(form.phones[0], viber), custom_values={"master": "Марта"}),
    )
    updates = [_words(h) for h in clients.history(card.id) if h.action is AuditAction.UPDATE]
    assert ("Phone +380441234567: Viber", "No", "Yes") in updates
    assert ("Custom field Майстер: value", "Ольга", "Марта") in updates
