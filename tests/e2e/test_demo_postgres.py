"""The demo salon on a PostgreSQL server: the same salon as the same seed in SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

import salon_crm.db.models  # noqa: F401 - registers every table on Base.metadata
from salon_crm.db.base import Base
from salon_crm.db.storage.server_settings import save_server
from salon_crm.services.clients.client_types import ClientInput, PhoneData
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from tests.cli_runner import run

CLIENTS = 400
# Prefixes, whole names, Polish and transliterated names, phones, e-mails, numbers,
# keyboard layouts and typos: every kind of tier the search has.
QUERIES = (
    "К",
    "Ко",
    "Ков",
    "Kow",
    "Шевченко",
    "Олена",
    "Шевченко Олена",
    "Ко Ол",
    "Malgorzata",
    "Лукяненко",
    "067",
    "4567",
    "+48 512",
    "gmail",
    "ukr.net",
    "1",
    "12",
    "Bdfy",
    "Ковленко",
    "Shevchenko",
    "Ирина",
)
# What a client is, and what their history holds, row for row (read through the models'
# column types, so that a date is a date on both engines).
_COMPARED = {
    "clients": (
        "id", "number", "last_name", "first_name", "middle_name", "birth_date", "main_phone",
        "sort_name", "created_at", "archived_at",
    ),
    "client_phones": ("id", "client_id", "e164"),
    "client_emails": ("id", "client_id", "address"),
    "procedures": ("id", "client_id", "performed_at", "price_minor"),
    "ledger": ("id", "client_id", "kind", "amount_minor"),
}  # fmt: skip


def _demo(data_dir: Path) -> dict[str, str]:
    done = run(
        data_dir,
        "demo",
        "--clients",
        str(CLIENTS),
        "--seed",
        "3",
        "--photos",
        "0",
        "--documents",
        "0",
        password=None,
    )
    assert done.returncode == 0, done.stderr
    return dict(line.split("\t")[::2] for line in done.stdout.splitlines())


def _rows(workspace: Workspace) -> dict[str, list[tuple[object, ...]]]:
    with workspace.db.engine.connect() as connection:
        return {
            name: [
                tuple(row)
                for row in connection.execute(
                    sa.select(*(table.c[c] for c in columns)).order_by(table.c.id)
                )
            ]
            for name, columns in _COMPARED.items()
            for table in (Base.metadata.tables[name],)
        }


@pytest.fixture
def demos(tmp_path: Path, postgres_url: str) -> Iterator[list[tuple[Workspace, Actor]]]:
    """The same demo salon in a SQLite file and in a PostgreSQL database, each opened as
    its administrator."""
    on_file, on_server = tmp_path / "file", tmp_path / "server"
    on_file.mkdir()
    on_server.mkdir()
    save_server(on_server, postgres_url, None)
    opened = []
    for folder in (on_file, on_server):
        passwords = _demo(folder)
        workspace = Workspace.open(folder)
        opened.append((workspace, workspace.authenticate("admin", passwords["admin"])))
    yield opened
    for workspace, _actor in opened:
        workspace.close()


def test_demo_on_postgres_holds_the_same_clients_and_history(
    demos: list[tuple[Workspace, Actor]],
) -> None:
    on_file, on_server = (_rows(workspace) for workspace, _actor in demos)
    assert len(on_server["clients"]) == CLIENTS
    assert on_server["procedures"]
    assert on_server == on_file


def test_demo_on_postgres_finds_what_sqlite_finds_in_the_same_order(
    demos: list[tuple[Workspace, Actor]],
) -> None:
    for query in QUERIES:
        found = [
            [row.id for row in workspace.search(actor).search(query, limit=50).rows]
            for workspace, actor in demos
        ]
        assert found[1] == found[0], query
    assert all(workspace.search(actor).search("Ко", limit=50).rows for workspace, actor in demos)


def test_a_client_created_after_the_demo_follows_its_clients(
    demos: list[tuple[Workspace, Actor]],
) -> None:
    """The server's id sequences continue after the demo's rows (they were written with
    their ids), so the next client is created as on SQLite."""
    created = [
        workspace.clients(actor).create(
            ClientInput(
                last_name="Новенька",
                first_name="Олена",
                birth_date=date(1991, 3, 4),
                phones=(PhoneData("+380679990011"),),
                emails=("new@example.com",),
            )
        )
        for workspace, actor in demos
    ]
    assert [card.id for card in created] == [CLIENTS + 1, CLIENTS + 1]
    assert created[1].data.number == created[0].data.number
