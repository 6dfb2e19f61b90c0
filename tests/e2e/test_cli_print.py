"""`salon-crm print questionnaire | record` as a user runs it: the PDF written in the
language asked for, and the record refused to a role that does not read health data."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from salon_crm.domain.common.enums import Role
from salon_crm.services.core.workspace import Workspace
from tests.cli_runner import PASSWORD, run
from tests.printout_records import filled_client, lot_number


@pytest.fixture(scope="module")
def salon(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A salon with an owner, a cosmetologist, a receptionist and one filled client."""
    data_dir = tmp_path_factory.mktemp("cli-print")
    done = run(data_dir, "init", "--salon", "Лілія", "--country", "UA", "--owner", "olena")
    assert done.returncode == 0, done.stderr
    workspace = Workspace.open(data_dir)
    try:
        owner = workspace.authenticate("olena", PASSWORD)
        users = workspace.users(owner)
        users.create_user(login="marina", password=PASSWORD, role=Role.SPECIALIST)
        users.create_user(login="iryna", password=PASSWORD, role=Role.ADMINISTRATOR)
        client = filled_client(workspace, owner, workspace.authenticate("marina", PASSWORD))
        number = workspace.clients(owner).card(client).number
    finally:
        workspace.close()
    return data_dir, number


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def test_the_record_is_printed_in_the_language_asked_for(
    salon: tuple[Path, str], tmp_path: Path
) -> None:
    data_dir, number = salon
    out = tmp_path / "record.pdf"
    args = ("print", "record", "--client", number, "-o", str(out), "--language", "ru")
    done = run(data_dir, "--user", "marina", *args)
    assert done.returncode == 0, done.stderr
    text = _text(out)
    assert "Їжакова Ґанна Євгенівна" in text and lot_number(0) in text
    assert "Лидокаин (набряк)" in text  # the substance's name from the Russian translation


def test_the_record_is_refused_without_the_health_permission(
    salon: tuple[Path, str], tmp_path: Path
) -> None:
    data_dir, number = salon
    out = tmp_path / "record.pdf"
    done = run(data_dir, "--user", "iryna", "print", "record", "--client", number, "-o", str(out))
    assert done.returncode == 1
    assert not out.exists()


def test_the_questionnaire_is_printed_for_the_receptionist(
    salon: tuple[Path, str], tmp_path: Path
) -> None:
    data_dir, number = salon
    out = tmp_path / "questionnaire.pdf"
    args = ("print", "questionnaire", "--client", number, "-o", str(out))
    done = run(data_dir, "--user", "iryna", *args)
    assert done.returncode == 0, done.stderr
    text = _text(out)
    assert "Їжакова" in text and "123456" in text
