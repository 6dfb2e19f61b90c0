"""Another workstation's commits reach this one's change feed: client ids, never values;
this program's own commits and rolled-back transactions are not news."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from salon_crm.db.changes import postgres_watch
from salon_crm.db.changes.change_watch import (
    EVERYTHING,
    MAX_NOTED_CLIENTS,
    Changes,
    PendingNotes,
)
from salon_crm.db.models.client_details import ClientPhone
from salon_crm.db.models.clients import Client
from salon_crm.services.clients.client_types import ClientInput, PhoneData
from salon_crm.services.core.change_feed import ChangeFeed, SalonChanges
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.health.anamnesis_types import AllergyEntry, AnamnesisInput
from tests.conftest import PASSWORD, Staff
from tests.unit.procedure_setup import new_client

ANNA = ClientInput(last_name="Коваль", first_name="Анна", phones=(PhoneData("0671234567"),))
OLENA = ClientInput(last_name="Бондар", first_name="Олена", phones=(PhoneData("0501112233"),))


@pytest.fixture
def other(data_dir: Path, workspace: Workspace) -> Iterator[Workspace]:
    """A second program on the same salon (the same file, or the same server database)."""
    del workspace  # opened first: it migrated the folder
    opened = Workspace.open(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def feed(workspace: Workspace) -> Iterator[ChangeFeed]:
    watching = workspace.watch_changes()
    yield watching
    watching.close()


def _wait_for(feed: ChangeFeed) -> SalonChanges:
    """PostgreSQL delivers a notification a moment after the commit; SQLite at once."""
    found = feed.since_last_look()
    deadline = time.monotonic() + 5
    while not found and time.monotonic() < deadline:
        time.sleep(0.02)
        found = feed.since_last_look()
    return found


def test_a_client_created_elsewhere_is_seen(
    feed: ChangeFeed, other: Workspace, staff: Staff
) -> None:
    assert not feed.since_last_look()
    created = other.clients(staff.admin).create(ANNA)
    seen = _wait_for(feed)
    assert seen.client_changed(created.id) and not seen.everything
    assert "clients" in seen.tables and "client_phones" in seen.tables
    assert not feed.since_last_look(), "told once"


def test_an_edit_elsewhere_names_the_client_and_no_value(
    workspace: Workspace, feed: ChangeFeed, other: Workspace, staff: Staff
) -> None:
    anna = workspace.clients(staff.admin).create(ANNA)
    olena = workspace.clients(staff.admin).create(OLENA)
    other.clients(staff.admin).archive(olena.id, reason="Переїхала")
    seen = _wait_for(feed)
    assert seen.clients == {olena.id}
    assert not seen.client_changed(anna.id)
    assert "Переїхала" not in repr(seen)


def test_own_commits_are_not_news_to_the_program_itself(
    workspace: Workspace, feed: ChangeFeed, other: Workspace, staff: Staff
) -> None:
    """SQLite's data_version counts the program's own pooled connections as others: the
    feed must still leave out what this program wrote."""
    other_feed = other.watch_changes()
    try:
        created = workspace.clients(staff.admin).create(ANNA)
        workspace.clients(staff.admin).archive(created.id, reason="Переїхала")
        assert _wait_for(other_feed).clients == {created.id}
        assert not feed.since_last_look()
        # The other program's change after ours is still news, and ours still is not.
        other.clients(staff.admin).restore(created.id)
        workspace.clients(staff.admin).create(OLENA)
        assert _wait_for(feed).clients == {created.id}
    finally:
        other_feed.close()


def test_a_rolled_back_transaction_is_not_news(
    workspace: Workspace, feed: ChangeFeed, other: Workspace, staff: Staff
) -> None:
    anna = workspace.clients(staff.admin).create(ANNA)
    olena = workspace.clients(staff.admin).create(OLENA)
    other_feed = other.watch_changes()
    try:
        with pytest.raises(RuntimeError), other.db.session(user_id=staff.admin.user_id) as s:
            client = s.get(Client, anna.id)
            assert client is not None
            client.first_name = "Ганна"
            s.flush()  # the trail rows are written, then dropped with the transaction
            raise RuntimeError("the save failed")
        # Nor does our own: the trail ids it took are taken by the next writer, the other
        # program, whose change is news.
        with pytest.raises(RuntimeError), workspace.db.session(user_id=staff.admin.user_id) as s:
            client = s.get(Client, anna.id)
            assert client is not None
            client.first_name = "Ганна"
            s.flush()
            raise RuntimeError("the save failed")
        assert not other_feed.since_last_look()
        other.clients(staff.admin).archive(olena.id, reason="Переїхала")
        assert _wait_for(feed).clients == {olena.id}
    finally:
        other_feed.close()


def test_reading_a_health_record_is_not_a_change(
    workspace: Workspace, feed: ChangeFeed, other: Workspace, staff: Staff
) -> None:
    anna_id = new_client(workspace, staff.admin)
    workspace.health(staff.specialist).record(
        anna_id, AnamnesisInput(allergies=(AllergyEntry("latex", "rash"),))
    )
    assert other.health(staff.specialist).current(anna_id) is not None  # a read, audited
    other.clients(staff.admin).archive(anna_id, reason="Переїхала")
    seen = _wait_for(feed)
    assert seen.clients == {anna_id} and "audit_log" not in seen.tables


def test_a_notification_too_big_for_postgres_means_everything() -> None:
    many = Changes(frozenset({"clients"}), frozenset(range(1, 5000)))
    payload = postgres_watch.encode("me", many)
    assert len(payload.encode()) < 8000
    assert postgres_watch.decode(payload) == ("me", EVERYTHING)
    few = Changes(frozenset({"clients"}), frozenset({7, 9}))
    assert postgres_watch.decode(postgres_watch.encode("me", few)) == ("me", few)
    assert postgres_watch.decode("not json")[1] == EVERYTHING


def test_a_transaction_of_very_many_clients_is_noted_as_everything() -> None:
    """An import of thousands: the notes stay small, and the news is "read it all again"."""
    notes = PendingNotes(1, 1)
    for client_id in range(1, MAX_NOTED_CLIENTS + 1):
        notes.add(table="clients", client_id=client_id, audit_id=client_id)
    assert not notes.as_changes().everything
    notes.add(table="client_phones", client_id=MAX_NOTED_CLIENTS + 1, audit_id=5000)
    changes = notes.as_changes()
    assert changes.everything and not changes.clients
    assert changes.tables == {"clients", "client_phones"}
    assert (notes.first_audit_id, notes.last_audit_id) == (1, 5000)


@pytest.mark.parametrize("engine", ["postgresql"])
def test_the_watch_comes_back_after_losing_the_server(
    feed: ChangeFeed, other: Workspace, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The listening connection is cut (a server restart does the same): the feed says
    nothing until it is back, then "everything", since notifications were missed."""
    monkeypatch.setattr(postgres_watch, "RETRY_SECONDS", 0.0)
    with other.db.engine.connect() as connection:
        cut = connection.execute(
            text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND query LIKE 'LISTEN%'"
            )
        ).scalar_one()
    assert cut == 1
    created = other.clients(staff.admin).create(ANNA)
    seen = _wait_for(feed)
    if not seen.everything:  # the first look found the connection gone
        seen = _wait_for(feed)
    assert seen.everything and seen.client_changed(created.id)
    other.clients(staff.admin).archive(created.id, reason="Переїхала")
    assert _wait_for(feed).clients == {created.id}


@pytest.mark.parametrize("engine", ["sqlite"])
def test_a_commit_that_fails_leaves_its_trail_ids_to_the_next_writer(
    workspace: Workspace, feed: ChangeFeed, other: Workspace, staff: Staff
) -> None:
    """The COMMIT itself refuses (a deferred foreign key here; a full disk in life): the
    ids this program had claimed as its own go back, and the other program's rows that
    take them are news."""
    olena = workspace.clients(staff.admin).create(OLENA)
    with pytest.raises(IntegrityError), workspace.db.session(user_id=None) as s:
        s.execute(text("PRAGMA defer_foreign_keys = ON"))
        s.add(ClientPhone(client_id=olena.id + 1000, e164="+380671234567"))
    other.clients(staff.admin).archive(olena.id, reason="Переїхала")
    assert feed.since_last_look().clients == {olena.id}


SECOND_PROGRAM = """
import sys
from pathlib import Path
from salon_crm.services.clients.client_types import ClientInput, PhoneData
from salon_crm.services.core.workspace import Workspace

workspace = Workspace.open(Path(sys.argv[1]))
actor = workspace.authenticate(sys.argv[2], sys.argv[3])
card = workspace.clients(actor).create(
    ClientInput(last_name="Шевчук", first_name="Дарина", phones=(PhoneData("0931112233"),))
)
workspace.close()
print(card.id)
"""


def test_a_client_created_by_another_process_is_seen(
    data_dir: Path, feed: ChangeFeed, staff: Staff
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SECOND_PROGRAM, str(data_dir), staff.admin.login, PASSWORD],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    created = int(done.stdout.split()[-1])
    assert _wait_for(feed).clients == {created}
