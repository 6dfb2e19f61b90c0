"""`salon-crm contract templates | placeholders`: a new salon's first template is the
service contract, in its language; every placeholder with its label."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.cli_runner import run

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


def test_an_uploaded_form_is_filled_for_a_client(salon: Path, tmp_path: Path) -> None:
    from tests.pdf_form_files import FLAT, form_pdf

    added = run(salon, *OWNER, "clients", "add", "--first", "Żaneta", "--last", "Gęślą",
                "--phone", "+48512846777")  # fmt: skip
    number = added.stdout.strip()
    form = tmp_path / "zgoda.pdf"
    form.write_bytes(form_pdf(FLAT))
    out = tmp_path / "wypelniony.pdf"
    maps = ("--map", "name=client.full_name", "--map", "city=salon.name")
    args = ("contract", "fill-form", str(form), "--client", number, *maps, "-o", str(out))
    done = run(salon, *OWNER, *args)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Gęślą Żaneta" in text and "Lilia" in text
    wrong = run(salon, *OWNER, "contract", "fill-form", str(form), "--client", number,
                "--map", "name=client.ful_name", "-o", str(out))  # fmt: skip
    assert wrong.returncode == 1 and "client.ful_name" in wrong.stderr
    missing_field = run(salon, *OWNER, "contract", "fill-form", str(form), "--client", number,
                        "--map", "surname=client.last_name", "-o", str(out))  # fmt: skip
    assert missing_field.returncode == 1 and "surname" in missing_field.stderr


def test_a_form_is_uploaded_once_and_filled_by_its_name(salon: Path, tmp_path: Path) -> None:
    from tests.pdf_form_files import Box, form_pdf, nested, plain_pdf

    added = run(salon, *OWNER, "clients", "add", "--first", "Юлія", "--last", "Щербак",
                "--phone", "+48512846778")  # fmt: skip
    number = added.stdout.strip()
    form = tmp_path / "wniosek.pdf"
    form.write_bytes(nested(form_pdf([Box("Nazwisko", 60, 700), Box("Salon", 60, 650)])))
    done = run(salon, *OWNER, "contract", "upload-form", str(form), "--name", "Wniosek",
               "--map", "F[0].Page_1[0].Salon[0]=salon.name")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "F[0].Page_1[0].Nazwisko[0]\tclient.last_name",
        "F[0].Page_1[0].Salon[0]\tsalon.name",
    ]
    assert "Wniosek" in run(salon, *OWNER, "contract", "forms").stdout.splitlines()
    out = tmp_path / "wniosek-wypelniony.pdf"
    filled = run(salon, *OWNER, "contract", "fill-form", "--form", "wniosek", "--client", number,
                 "-o", str(out))  # fmt: skip
    assert filled.returncode == 0, filled.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Щербак" in text and "Lilia" in text
    plain = tmp_path / "scan.pdf"
    plain.write_bytes(plain_pdf())
    refused = run(salon, *OWNER, "contract", "upload-form", str(plain), "--name", "Skan")
    assert refused.returncode == 1 and "no fillable text fields" in refused.stderr
    both = run(salon, *OWNER, "contract", "fill-form", str(form), "--form", "Wniosek",
               "--client", number, "-o", str(out))  # fmt: skip
    assert both.returncode == 2
