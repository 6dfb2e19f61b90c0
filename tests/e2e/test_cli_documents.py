"""`salon-crm documents list | verify | export`: a client's documents one a line, the
stored file checked against its SHA-256, an exact copy refused when the file changed."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from salon_crm import paths
from salon_crm.db.storage.media_folder import FolderMediaStore
from tests.cli_runner import run

OWNER = ("--user", "olena")
CONTRACT = "Umowa o świadczenie usług kosmetologicznych"


@pytest.fixture(scope="module")
def salon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("cli-documents")
    done = run(data_dir, "init", "--salon", "Lilia", "--country", "PL", "--owner", "olena")
    assert done.returncode == 0, done.stderr
    return data_dir


def _render(salon: Path, client: str, out: Path) -> str:
    done = run(salon, *OWNER, "contract", "render", "--client", client, "--template", CONTRACT,
               "-o", str(out), "--blank-missing")  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_documents_are_listed_verified_and_exported(salon: Path, tmp_path: Path) -> None:
    added = run(salon, *OWNER, "clients", "add", "--first", "Łucja", "--last", "Źdźbło",
                "--phone", "+48512846995")  # fmt: skip
    client = added.stdout.strip()
    assert run(salon, *OWNER, "documents", "list", "--client", client).stdout == ""
    first = _render(salon, client, tmp_path / "first.pdf")
    second = _render(salon, client, tmp_path / "second.pdf")

    listed = run(salon, *OWNER, "documents", "list", "--client", client)
    assert listed.returncode == 0, listed.stderr
    today = date.today().strftime("%d.%m.%Y")
    assert listed.stdout.splitlines() == [
        f"{second}\t{today}\t{CONTRACT}\tunsigned",
        f"{first}\t{today}\t{CONTRACT}\tunsigned",
    ]

    verified = run(salon, *OWNER, "documents", "verify", first)
    assert (verified.returncode, verified.stdout) == (0, "unchanged\n")
    out = tmp_path / "copy.pdf"
    exported = run(salon, *OWNER, "documents", "export", first, "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    assert out.read_bytes() == (tmp_path / "first.pdf").read_bytes()

    stored = FolderMediaStore(paths.media_dir(salon)).path_of(
        hashlib.sha256(out.read_bytes()).hexdigest()
    )
    stored.chmod(0o644)
    stored.write_bytes(stored.read_bytes() + b"\n% edited")
    changed = run(salon, *OWNER, "documents", "verify", first)
    assert (changed.returncode, changed.stdout) == (1, "changed\n")
    refused = tmp_path / "refused.pdf"
    not_exported = run(salon, *OWNER, "documents", "export", first, "-o", str(refused))
    assert not_exported.returncode == 1 and "changed" in not_exported.stderr
    assert not refused.exists()
    forced = run(salon, *OWNER, "documents", "export", first, "-o", str(refused), "--force")
    assert forced.returncode == 0 and refused.read_bytes().endswith(b"% edited")

    stored.unlink()
    missing = run(salon, *OWNER, "documents", "export", first, "-o", str(refused), "--force")
    assert missing.returncode == 1 and "missing" in missing.stderr
    assert run(salon, *OWNER, "documents", "verify", second).stdout == "unchanged\n"


def test_an_unknown_number_is_not_found(salon: Path) -> None:
    done = run(salon, *OWNER, "documents", "verify", "1999-0042")
    assert done.returncode == 1 and "not found" in done.stderr and "1999-0042" in done.stderr
