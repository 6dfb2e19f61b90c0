"""`salon-crm photos import | list` as support staff run them: a good file prints its id,
a bad one is refused with exit 1 and the reason, a clinical photo without the consent is
refused, the list shows what was stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from tests.cli_runner import run
from tests.unit.photo_files import encoded, png_bomb, solid, with_gps

OWNER = ("--user", "olena")


@pytest.fixture(scope="module")
def salon(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    data_dir = tmp_path_factory.mktemp("cli-photos")
    done = run(data_dir, "init", "--salon", "Лілія", "--country", "UA", "--owner", "olena")
    assert done.returncode == 0, done.stderr
    added = run(data_dir, *OWNER, "clients", "add", "--first", "Марта", "--phone", "0671112233")
    assert added.returncode == 0, added.stderr
    return data_dir, added.stdout.strip()


def _import(salon: tuple[Path, str], file: Path, *extra: str) -> tuple[int, str, str]:
    data_dir, number = salon
    done = run(data_dir, *OWNER, "photos", "import", "--client", number, str(file), *extra)
    return done.returncode, done.stdout.strip(), done.stderr


def test_a_photo_is_imported_and_listed(salon: tuple[Path, str], tmp_path: Path) -> None:
    file = tmp_path / "client.jpg"
    file.write_bytes(with_gps(solid(800, 600)))
    code, out, err = _import(salon, file)
    assert code == 0, err
    listed = run(salon[0], *OWNER, "photos", "list", "--client", salon[1])
    assert listed.returncode == 0, listed.stderr
    line = next(row for row in listed.stdout.splitlines() if row.startswith(f"{out}\t"))
    _id, kind, zone, _day, size, byte_count, current = line.split("\t")
    assert (kind, zone, size, current) == ("profile", "", "800×600", "current")
    assert int(byte_count) > 1000


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("tiny.png", encoded(solid(1, 1), "PNG"), "at least 128×96"),
        ("bomb.png", png_bomb(), "too many to open safely"),
        ("letter.jpg", b"Dear client,\n" * 40, "not a PNG, JPEG or HEIC"),
        ("cut.jpg", encoded(solid(800, 600), "JPEG")[:3000], "damaged"),
    ],
)
def test_a_bad_file_is_refused_with_the_reason(
    salon: tuple[Path, str], tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    file = tmp_path / name
    file.write_bytes(content)
    code, out, err = _import(salon, file)
    assert (code, out) == (1, "")
    assert reason in err


def test_a_clinical_photo_needs_the_consent(salon: tuple[Path, str], tmp_path: Path) -> None:
    file = tmp_path / "before.png"
    Image.new("RGB", (640, 480), (90, 60, 40)).save(file)
    code, _out, err = _import(salon, file, "--kind", "before", "--zone", "left")
    assert code == 1 and "consent" in err


def test_an_unknown_kind_is_a_usage_error(salon: tuple[Path, str], tmp_path: Path) -> None:
    code, _out, err = _import(salon, tmp_path / "x.jpg", "--kind", "selfie")
    assert code == 2 and "invalid choice" in err
