"""Main-phone uniqueness across formats, archive and restore, optimistic locking."""

from __future__ import annotations

from dataclasses import replace

import pytest

from salon_crm.domain.clients.client_filter import Scope
from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.errors import ConflictError, ValidationError
from salon_crm.services.clients.client_types import ClientInput, ClientRef, PhoneData, PhoneOwner
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff
from tests.legacy_data import give_main_phone

ANNA = ClientInput(last_name="Коваль", first_name="Анна", phones=(PhoneData("0671234567"),))


@pytest.mark.parametrize("typed", ["0671234567", "+380 67 123 45 67", "38(067)123-45-67"])
def test_same_main_phone_in_any_format_is_refused_and_names_the_owner(
    workspace: Workspace, staff: Staff, typed: str
) -> None:
    clients = workspace.clients(staff.admin)
    existing = clients.create(ANNA)
    with pytest.raises(ValidationError) as caught:
        clients.create(ClientInput(first_name="Ганна", phones=(PhoneData(typed),)))
    (error,) = caught.value.for_field("phone_main")
    assert error.template == msg.PHONE_DUPLICATE
    assert error.params["client_id"] == existing.id
    assert "Коваль Анна" in error.message and existing.number in error.message


def test_main_phone_owner_is_found_while_typing(workspace: Workspace, staff: Staff) -> None:
    clients = workspace.clients(staff.admin)
    existing = clients.create(ANNA)
    owner = clients.main_phone_owner("+380 (67) 123-45-67")
    assert owner == PhoneOwner(ClientRef(existing.id, existing.number, "Коваль Анна"), False)
    assert clients.main_phone_owner("+380 (67) 123-45-67", except_id=existing.id) is None
    assert clients.main_phone_owner("067") is None
    clients.archive(existing.id, reason="Переїхала")
    archived = clients.main_phone_owner("0671234567")
    assert archived is not None and archived.archived and archived.client.id == existing.id


def test_second_phone_may_be_shared(workspace: Workspace, staff: Staff) -> None:
    clients = workspace.clients(staff.admin)
    clients.create(ANNA)
    child = clients.create(
        ClientInput(
            first_name="Софія",
            phones=(PhoneData("0501112233", is_main=True), PhoneData("0671234567")),
        )
    )
    assert [p.number for p in child.phones] == ["+380501112233", "+380671234567"]


def test_archive_needs_a_reason_and_hides_from_search(workspace: Workspace, staff: Staff) -> None:
    clients = workspace.clients(staff.admin)
    search = workspace.search(staff.admin)
    card = clients.create(ANNA)
    with pytest.raises(ValidationError):
        clients.archive(card.id, reason="   ")
    clients.archive(card.id, reason="Переїхала до Львова")
    assert search.search("Коваль").rows == ()
    archived = search.search("Коваль", scope=Scope.ARCHIVED).rows
    assert [r.id for r in archived] == [card.id] and archived[0].archived
    assert clients.card(card.id).archive_reason == "Переїхала до Львова"
    clients.restore(card.id)
    assert [r.id for r in search.search("Коваль").rows] == [card.id]
    restored = clients.card(card.id)
    assert restored.archived_at is None and restored.archive_reason == ""


def test_an_archived_clients_phone_is_refused_naming_them(
    workspace: Workspace, staff: Staff
) -> None:
    clients = workspace.clients(staff.admin)
    old = clients.create(ANNA)
    other = clients.create(ClientInput(first_name="Ганна", phones=(PhoneData("0501112233"),)))
    clients.archive(old.id, reason="Переїхала")
    for attempt in (
        lambda: clients.create(replace(ANNA, first_name="Ганна")),
        lambda: clients.update(
            other.id, replace(other.edit_input(), phones=(PhoneData("+380671234567"),))
        ),
    ):
        with pytest.raises(ValidationError) as caught:
            attempt()
        (error,) = caught.value.for_field("phone_main")
        assert error.template == msg.PHONE_ARCHIVED_OWNER
        assert error.params["client_id"] == old.id and error.params["archived"] is True
        assert old.number in error.message and "Коваль Анна" in error.message
    assert [r.id for r in workspace.search(staff.admin).search("0671234567").rows] == []
    # Nothing was taken from them: they come back with their phone.
    clients.restore(old.id)
    assert clients.card(old.id).main_phone is not None


def test_a_client_keeps_a_main_phone_an_archived_card_also_has(
    workspace: Workspace, staff: Staff
) -> None:
    """Data from before the rule: both cards have the phone; the working one stays
    editable, and the archived one cannot come back while the phone is taken."""
    clients = workspace.clients(staff.admin)
    old = clients.create(ANNA)
    clients.archive(old.id, reason="Дубль")
    new = clients.create(replace(ANNA, first_name="Ганна", phones=(PhoneData("0501112233"),)))
    give_main_phone(workspace, new.id, "+380671234567")
    fresh = clients.card(new.id)
    clients.update(new.id, replace(fresh.edit_input(), middle_name="Петрівна"))
    with pytest.raises(ValidationError) as caught:
        clients.restore(old.id)
    assert caught.value.errors[0].template == msg.PHONE_DUPLICATE
    assert caught.value.errors[0].params["client_id"] == new.id
    assert clients.card(old.id).archived_at is not None


def test_a_merged_duplicates_phone_goes_on_with_the_survivor(
    workspace: Workspace, staff: Staff
) -> None:
    clients = workspace.clients(staff.admin)
    survivor = clients.create(replace(ANNA, phones=(PhoneData("0501112233"),)))
    duplicate = clients.create(replace(ANNA, first_name="Ганна"))
    merged = clients.merge(survivor.id, duplicate.id, take_from_duplicate=frozenset({"main_phone"}))
    assert merged.main_phone is not None and merged.main_phone.number == "+380671234567"
    assert clients.main_phone_owner("0671234567", except_id=survivor.id) is None


def test_update_changes_fields_and_keeps_number(workspace: Workspace, staff: Staff) -> None:
    clients = workspace.clients(staff.admin)
    card = clients.create(ANNA)
    edited = replace(card.edit_input(), first_name="Ганна", emails=("hanna@example.com",))
    updated = clients.update(card.id, edited)
    assert updated.data.first_name == "Ганна"
    assert updated.data.emails == ("hanna@example.com",)
    assert updated.number == card.number
    assert updated.version_id == card.version_id + 1


def test_stale_form_is_refused(workspace: Workspace, staff: Staff) -> None:
    clients = workspace.clients(staff.admin)
    card = clients.create(ANNA)
    first_form = card.edit_input()
    clients.update(card.id, replace(first_form, first_name="Ганна"))
    with pytest.raises(ConflictError):
        clients.update(card.id, replace(first_form, last_name="Шевчук"))
    assert clients.card(card.id).data.last_name == "Коваль"


def test_parent_link_refuses_loops(workspace: Workspace, staff: Staff) -> None:
    clients = workspace.clients(staff.admin)
    mother = clients.create(ANNA)
    child = clients.create(
        ClientInput(first_name="Софія", phones=(PhoneData("0501112233"),), parent_id=mother.id)
    )
    assert clients.card(mother.id).children[0].id == child.id
    with pytest.raises(ValidationError) as caught:
        clients.update(mother.id, replace(clients.card(mother.id).edit_input(), parent_id=child.id))
    assert caught.value.errors[0].template == msg.PARENT_CYCLE
    with pytest.raises(ValidationError):
        clients.update(child.id, replace(clients.card(child.id).edit_input(), parent_id=child.id))
