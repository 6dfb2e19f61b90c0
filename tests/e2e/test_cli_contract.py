"""`salon-crm contract templates | placeholders`: a new salon's first template is the
service contract, in its language; every placeholder with its label."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.e2e.test_cli import run

OWNER = ("--user", "olena")


@pytest.fixture(scope="module")
def salon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("cli-contract")
    done = run(data_dir, "init", "--salon", "Lilia", "--country", "PL", "--owner", "olena")
    assert done.returncode == 0, done.stderr
    return data_dir


def test_the_templates_start_with_the_service_contract(salon: Path) -> None:
    done = run(salon, *OWNER, "contract", "templates")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "Umowa o świadczenie usług kosmetologicznych"


def test_every_placeholder_is_listed_with_its_label(salon: Path) -> None:
    done = run(salon, *OWNER, "contract", "placeholders")
    assert done.returncode == 0, done.stderr
    rows = dict(line.split("\t") for line in done.stdout.splitlines())
    assert rows["client.passport.number"] == "Client: passport number"
    assert rows["document.number"] == "Document: number"


def test_a_contract_is_rendered_or_the_missing_data_named(salon: Path, tmp_path: Path) -> None:
    added = run(salon, *OWNER, "clients", "add", "--first", "Łucja", "--last", "Źdźbło",
                "--phone", "+48512846995")  # fmt: skip
    assert added.returncode == 0, added.stderr
    number = added.stdout.strip()
    out = tmp_path / "umowa.pdf"
    args = ("contract", "render", "--client", number, "--template",
            "Umowa o świadczenie usług kosmetologicznych", "-o", str(out))  # fmt: skip
    refused = run(salon, *OWNER, *args)
    assert refused.returncode == 1 and "client.passport.number" in refused.stderr
    assert not out.exists()
    done = run(salon, *OWNER, *args, "--blank-missing")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("-0001")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Źdźbło Łucja" in text and "Umowa o świadczenie usług" in text
