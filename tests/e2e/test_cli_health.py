"""`salon-crm health …` and `salon-crm clients consent` as a user runs them: the condition
catalogue, consents, anamnesis versions, and the refusals (no consent, no permission)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from salon_crm.domain.common.enums import Role
from salon_crm.domain.health.conditions import CONDITIONS
from salon_crm.services.core.workspace import Workspace
from tests.cli_runner import PASSWORD, run


@pytest.fixture(scope="module")
def salon(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A salon with an owner, a cosmetologist and a receptionist, and one client."""
    data_dir = tmp_path_factory.mktemp("cli-health")
    done = run(data_dir, "init", "--salon", "Лілія", "--country", "UA", "--owner", "olena")
    assert done.returncode == 0, done.stderr
    workspace = Workspace.open(data_dir)
    try:
        users = workspace.users(workspace.authenticate("olena", PASSWORD))
        users.create_user(login="marina", password=PASSWORD, role=Role.SPECIALIST)
        users.create_user(login="iryna", password=PASSWORD, role=Role.ADMINISTRATOR)
    finally:
        workspace.close()
    added = run(
        data_dir, "--user", "iryna", "clients", "add", "--first", "Алла", "--phone", "0671002030"
    )
    assert added.returncode == 0, added.stderr
    return data_dir, added.stdout.strip()


def test_conditions_are_listed_tab_separated(salon: tuple[Path, str]) -> None:
    done = run(salon[0], "--user", "marina", "health", "conditions")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == len(CONDITIONS)
    assert "pregnancy\tPregnancy\tpregnancy" in lines
    assert "isotretinoin\tIsotretinoin\tmedication" in lines


def test_consent_then_record_then_show(salon: tuple[Path, str]) -> None:
    data_dir, number = salon
    refused = run(
        data_dir, "--user", "marina", "health", "record", "--client", number, "--note", "x"
    )
    assert refused.returncode == 1
    assert "has not consented to the processing of health data" in refused.stderr

    given = run(
        data_dir,
        "--user",
        "iryna",
        "clients",
        "consent",
        number,
        "--purpose",
        "health_data",
        "--given",
        "2025-02-03",
    )
    assert given.returncode == 0, given.stderr
    assert given.stdout.split("\t")[2].strip() == "2025-02-03"

    recorded = run(
        data_dir,
        "--user",
        "marina",
        "health",
        "record",
        "--client",
        number,
        "--condition",
        "pregnancy",
        "--allergy",
        "lidocaine:anaphylaxis",
        "--allergy",
        "latex",
        "--medication",
        "Варфарин",
        "--note",
        "Перша консультація",
    )
    assert recorded.returncode == 0, recorded.stderr
    first = int(recorded.stdout)
    again = run(data_dir, "--user", "marina", "health", "record", "--client", number)
    assert int(again.stdout) == first + 1

    shown = run(data_dir, "--user", "olena", "health", "show", "--client", number)
    assert shown.returncode == 0, shown.stderr
    current = json.loads(shown.stdout)
    assert current["version"] == first + 1
    assert current["conditions"] == [] and current["allergies"] == []
    assert set(current) == {
        "version",
        "signed_at",
        "signed_by",
        "conditions",
        "allergies",
        "fields",
    }

    run(
        data_dir,
        "--user",
        "marina",
        "health",
        "record",
        "--client",
        number,
        "--allergy",
        "lidocaine:anaphylaxis",
        "--medication",
        "Варфарин",
    )
    current = json.loads(
        run(data_dir, "--user", "marina", "health", "show", "--client", number).stdout
    )
    assert current["allergies"] == [{"substance": "lidocaine", "reaction": "anaphylaxis"}]
    assert current["fields"]["medications"] == "Варфарин"
    assert current["signed_by"] == "marina"

    withdrawn = run(
        data_dir,
        "--user",
        "iryna",
        "clients",
        "consent",
        number,
        "--purpose",
        "health_data",
        "--withdraw",
    )
    assert withdrawn.returncode == 0, withdrawn.stderr
    after = run(data_dir, "--user", "marina", "health", "record", "--client", number)
    assert after.returncode == 1 and "has not consented" in after.stderr
    twice = run(
        data_dir,
        "--user",
        "iryna",
        "clients",
        "consent",
        number,
        "--purpose",
        "health_data",
        "--withdraw",
    )
    assert twice.returncode == 1 and "no active consent" in twice.stderr


def test_the_receptionist_may_not_read_or_write_health(salon: tuple[Path, str]) -> None:
    data_dir, number = salon
    for args in (
        ("health", "show", "--client", number),
        ("health", "record", "--client", number, "--note", "x"),
    ):
        done = run(data_dir, "--user", "iryna", *args)
        assert done.returncode == 1
        assert "may not read or write health records" in done.stderr
        assert "Traceback" not in done.stderr


def test_unknown_condition_and_purpose(salon: tuple[Path, str]) -> None:
    data_dir, number = salon
    done = run(
        data_dir,
        "--user",
        "marina",
        "health",
        "record",
        "--client",
        number,
        "--condition",
        "flying_saucer",
    )
    assert done.returncode == 1 and "unknown condition flying_saucer" in done.stderr
    done = run(data_dir, "--user", "iryna", "clients", "consent", number, "--purpose", "pets")
    assert done.returncode == 2
