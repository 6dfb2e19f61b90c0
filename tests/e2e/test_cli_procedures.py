"""`salon-crm procedures | products | lots | clients balance` as a user runs them: the
catalogue, recording with every reason or an override, lot recall, the balance."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from salon_crm.domain.common.enums import ConsentPurpose, Role
from salon_crm.services.clients.client_types import ConsentData
from salon_crm.services.core.workspace import Workspace
from tests.cli_runner import PASSWORD, CliResult, run
from tests.unit.procedure_setup import write_anamnesis

OWNER = ("--user", "olena")
LATER = (date.today() + timedelta(days=300)).isoformat()


def _client(
    salon: Path, phone: str, *, conditions: tuple[str, ...] = (), allergies: tuple[str, ...] = ()
) -> str:
    added = run(salon, *OWNER, "clients", "add", "--first", "Марта", "--phone", phone)
    assert added.returncode == 0, added.stderr
    number = added.stdout.strip()
    workspace = Workspace.open(salon)
    try:
        owner = workspace.authenticate("olena", PASSWORD)
        clients = workspace.clients(owner)
        client_id = clients.id_of_number(number)
        card = clients.card(client_id)
        consent = ConsentData(ConsentPurpose.HEALTH_DATA, date.today())
        clients.update(client_id, replace(card.edit_input(), consents=(consent,)))
        write_anamnesis(workspace, client_id, conditions=conditions, allergies=allergies)
    finally:
        workspace.close()
    return number


def _record(
    salon: Path, number: str, procedure: str, *extra: str, user: str = "olena"
) -> CliResult:
    return run(
        salon,
        *("--user", user, "procedures", "record", "--client", number, "--procedure", procedure),
        *extra,
    )


@pytest.fixture(scope="module")
def salon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("cli-procedures")
    done = run(data_dir, "init", "--salon", "Лілія", "--country", "UA", "--owner", "olena")
    assert done.returncode == 0, done.stderr
    workspace = Workspace.open(data_dir)
    try:
        owner = workspace.authenticate("olena", PASSWORD)
        workspace.users(owner).create_user(
            login="desk", password=PASSWORD, role=Role.ADMINISTRATOR, full_name="Ірина"
        )
    finally:
        workspace.close()
    added = run(
        data_dir,
        *OWNER,
        "products",
        "add",
        "Juvederm Ultra 3",
        "--manufacturer",
        "Allergan",
        "--substance",
        "hyaluronic_acid",
        "--substance",
        "lidocaine",
    )
    assert added.returncode == 0, added.stderr
    return data_dir


def test_catalogue_lists_codes_names_and_rules(salon: Path) -> None:
    listed = run(salon, *OWNER, "procedures", "catalogue")
    assert listed.returncode == 0, listed.stderr
    rows = {line.split("\t")[0]: line.split("\t") for line in listed.stdout.splitlines()}
    _, name, category, blocks, warns = rows["botulinum"]
    assert (name, category) == ("Botulinum toxin injections", "injection")
    assert {"pregnancy", "breastfeeding"} <= set(blocks.split(","))
    assert "anticoagulants" in warns.split(",")


def test_a_block_without_override_lists_every_reason_and_writes_nothing(salon: Path) -> None:
    number = _client(salon, "0671110001", conditions=("pregnancy", "herpes_active"))
    product = ("--product", "juvederm ultra 3", "--lot", "JU-1", "--expiry", LATER)
    allergic = _client(salon, "0671110002", allergies=("lidocaine",))
    refused = _record(salon, number, "filler_ha", *product)
    assert refused.returncode == 1
    assert "Pregnancy" in refused.stderr and "Herpes" in refused.stderr
    assert run(salon, *OWNER, "lots", "recall", "JU-1").returncode == 1  # nothing written
    refused_allergic = _record(salon, allergic, "filler_ha", *product)
    assert refused_allergic.returncode == 1 and "lidocaine" in refused_allergic.stderr.lower()
    done = _record(salon, number, "filler_ha", *product, "--override-reason", "Doctor's approval")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().isdigit()
    assert "overridden" in done.stderr


def test_an_expired_lot_is_refused_and_a_warning_passes(salon: Path) -> None:
    number = _client(salon, "0671110003", conditions=("anticoagulants",))
    expired = (date.today() - timedelta(days=1)).isoformat()
    product = ("--product", "Juvederm Ultra 3", "--lot", "OLD-1", "--expiry", expired)
    refused = _record(salon, number, "mesotherapy", *product, "--override-reason", "anyway")
    assert refused.returncode == 1 and "expired" in refused.stderr
    warned = _record(salon, number, "mesotherapy", "--price", "1200", "--paid", "1000")
    assert warned.returncode == 0, warned.stderr
    assert "warning: anticoagulants" in warned.stderr
    balance = run(salon, *OWNER, "clients", "balance", number)
    assert balance.returncode == 0, balance.stderr
    assert balance.stdout.splitlines() == [
        "Sold\tUAH\u00a01,200.00",
        "Paid\tUAH\u00a01,000.00",
        "Balance\tUAH\u00a0200.00\tdebt",
    ]


def test_an_unknown_product_is_refused(salon: Path) -> None:
    number = _client(salon, "0671110004")
    refused = _record(
        salon, number, "massage", "--product", "Nothing like it", "--lot", "1", "--expiry", LATER
    )
    assert refused.returncode == 1 and "add it to the catalogue" in refused.stderr


def test_lot_recall_lists_clients_and_needs_the_health_record(salon: Path) -> None:
    number = _client(salon, "0671110005")
    product = ("--product", "Juvederm Ultra 3", "--lot", "RC-7", "--expiry", LATER)
    recorded = _record(salon, number, "biorevitalization", *product)
    assert recorded.returncode == 0, recorded.stderr
    recall = run(salon, *OWNER, "lots", "recall", "RC-7", "--product", "Juvederm Ultra 3")
    assert recall.returncode == 0, recall.stderr
    (line,) = recall.stdout.splitlines()
    fields = line.split("\t")
    assert fields[0] == number and fields[1] == "Марта" and fields[2] == "067 111 0005"
    assert fields[4:6] == ["Juvederm Ultra 3", "RC-7"]
    outside = run(salon, *OWNER, "lots", "recall", "RC-7", "--to", "2020-01-01")
    assert outside.returncode == 1
    desk = run(salon, "--user", "desk", "lots", "recall", "RC-7")
    assert desk.returncode == 1 and "may not health.read" in desk.stderr
    desk_record = run(
        salon,
        "--user",
        "desk",
        "procedures",
        "record",
        "--client",
        number,
        "--procedure",
        "massage",
    )
    assert desk_record.returncode == 1 and "may not health.write" in desk_record.stderr
    assert run(salon, "--user", "desk", "clients", "balance", number).returncode == 0
