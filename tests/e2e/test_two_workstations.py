"""Two programs open on one salon at once (two workstations on a server, or two
processes on one SQLite file): what one writes the other sees, and neither overwrites the
other's edit unknowingly."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from salon_crm.domain.common.errors import ConflictError
from salon_crm.services.clients.client_types import ClientInput, PhoneData
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff

ANNA = ClientInput(last_name="Коваль", first_name="Анна", phones=(PhoneData("0671234567"),))


@pytest.fixture
def second(data_dir: Path, workspace: Workspace) -> Iterator[Workspace]:
    """Another program on the salon that `workspace` has open (its own engine and pool)."""
    del workspace
    other = Workspace.open(data_dir)
    yield other
    other.close()


def test_a_client_added_at_one_desk_is_found_at_the_other(
    workspace: Workspace, second: Workspace, staff: Staff
) -> None:
    card = workspace.clients(staff.admin).create(ANNA)
    found = second.search(staff.specialist).search("Коваль")
    assert [row.id for row in found.rows] == [card.id]


def test_an_edit_of_a_card_changed_at_the_other_desk_is_refused(
    workspace: Workspace, second: Workspace, staff: Staff
) -> None:
    card = workspace.clients(staff.admin).create(ANNA)
    form_here = card.edit_input()
    form_there = second.clients(staff.admin).card(card.id).edit_input()
    second.clients(staff.admin).update(card.id, replace(form_there, first_name="Ганна"))

    with pytest.raises(ConflictError):
        workspace.clients(staff.admin).update(card.id, replace(form_here, last_name="Шевчук"))

    kept = workspace.clients(staff.admin).card(card.id).data
    assert (kept.last_name, kept.first_name) == ("Коваль", "Ганна")


def test_two_desks_saving_the_same_card_at_once_one_wins_one_is_told(
    workspace: Workspace, second: Workspace, staff: Staff
) -> None:
    """Both forms were loaded at the same version; both saves run at the same moment."""
    card = workspace.clients(staff.admin).create(ANNA)
    form = card.edit_input()
    outcomes: list[str] = []
    start = threading.Barrier(2)

    def save(desk: Workspace, first_name: str) -> None:
        start.wait()
        try:
            desk.clients(staff.admin).update(card.id, replace(form, first_name=first_name))
            outcomes.append("saved")
        except ConflictError:
            outcomes.append("conflict")

    threads = [
        threading.Thread(target=save, args=(desk, name))
        for desk, name in ((workspace, "Ганна"), (second, "Яна"))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(outcomes) == ["conflict", "saved"]
    assert workspace.clients(staff.admin).card(card.id).version_id == card.version_id + 1
