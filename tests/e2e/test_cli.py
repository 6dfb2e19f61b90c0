"""The `salon-crm` command as a user runs it: init, add, find, archive, restore, demo;
exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from salon_crm import paths
from tests.cli_runner import PASSWORD, CliResult, run


@pytest.fixture(scope="module")
def salon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("cli")
    done = run(data_dir, "init", "--salon", "Лілія", "--country", "UA", "--owner", "olena")
    assert done.returncode == 0, done.stderr
    return data_dir


def test_add_and_find(salon: Path) -> None:
    added = run(
        salon,
        "--user",
        "olena",
        "clients",
        "add",
        "--last",
        "Ёлкина",
        "--first",
        "Іванна",
        "--phone",
        "067 123 45 67",
        "--email",
        "ivanna@example.com",
        "--birth-date",
        "1991-03-08",
    )
    assert added.returncode == 0, added.stderr
    number = added.stdout.strip()
    assert number.isdigit()
    found = run(salon, "--user", "olena", "clients", "find", "елкина")
    assert found.returncode == 0, found.stderr
    assert found.stdout.splitlines() == [
        f"{number}\tЁлкина Іванна\t+380671234567\tivanna@example.com"
    ]


def test_validation_errors_exit_1_with_message(salon: Path) -> None:
    done = run(salon, "--user", "olena", "clients", "add", "--first", "Анна", "--phone", "12")
    assert done.returncode == 1
    assert "phone_main" in done.stderr and "Not a phone number" in done.stderr
    future = run(
        salon,
        "--user",
        "olena",
        "clients",
        "add",
        "--first",
        "Анна",
        "--phone",
        "0501234567",
        "--birth-date",
        "2999-01-01",
    )
    assert future.returncode == 1 and "future" in future.stderr


def test_nothing_found_exits_1(salon: Path) -> None:
    done = run(salon, "--user", "olena", "clients", "find", "zzzqqq")
    assert done.returncode == 1 and done.stdout == ""


def test_wrong_password_and_usage_exit_2(salon: Path) -> None:
    wrong = run(salon, "--user", "olena", "clients", "find", "x", password="nope")
    assert wrong.returncode == 2 and "wrong login or password" in wrong.stderr
    no_user = run(salon, "clients", "find", "x")
    assert no_user.returncode == 2
    no_password = run(salon, "--user", "olena", "clients", "find", "x", password=None)
    assert no_password.returncode == 2 and "SALON_CRM_PASSWORD" in no_password.stderr
    bad_args = run(salon, "clients", "frobnicate")
    assert bad_args.returncode == 2


def test_init_twice_is_refused(salon: Path) -> None:
    done = run(salon, "init", "--salon", "X", "--country", "UA", "--owner", "other")
    assert done.returncode == 1


def test_demo_prints_users_and_fills_the_database(tmp_path: Path) -> None:
    done = run(tmp_path, "demo", "--clients", "300", "--seed", "7", password=None)
    assert done.returncode == 0, done.stderr
    lines = [line.split("\t") for line in done.stdout.splitlines()]
    assert [role for _, role, _ in lines] == ["owner", "administrator", "specialist"]
    login, _, password = lines[1]
    found = run(
        tmp_path, "--user", login, "clients", "find", "а", "--limit", "5", password=password
    )
    assert found.returncode == 0 and len(found.stdout.splitlines()) == 5
    again = run(tmp_path, "demo", "--clients", "10", password=None)
    assert again.returncode == 1


def test_media_collect_removes_a_stray_file(salon: Path) -> None:
    stray = salon / "media" / "ab" / "cd" / ("abcd" + "0" * 60)
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_bytes(b"left by a crash")
    kept = run(salon, "--user", "olena", "media", "collect")
    assert (kept.returncode, kept.stdout.strip()) == (0, "0"), kept.stderr
    assert stray.exists()  # younger than a day
    done = run(salon, "--user", "olena", "media", "collect", "--grace-days", "0")
    assert (done.returncode, done.stdout.strip()) == (0, "1"), done.stderr
    assert not stray.exists()
    refused = run(salon, "--user", "olena", "media", "collect", "--grace-days", "-1")
    assert refused.returncode == 2


def test_an_unusable_data_folder_exits_2_with_a_plain_message(tmp_path: Path) -> None:
    blocking = tmp_path / "salon"
    blocking.write_text("")
    done = run(blocking, "clients", "find", "Коваль")
    assert done.returncode == 2
    assert done.stderr == (
        f"salon-crm: {blocking} is a file, not a folder. "
        "Move the file away or choose another data folder.\n"
    )

    garbage = tmp_path / "garbage"
    garbage.mkdir()
    paths.database_path(garbage).write_bytes(b"\x00" * 4096)
    done = run(garbage, "clients", "find", "Коваль")
    assert done.returncode == 2
    assert "is not a salon database" in done.stderr
    assert "sqlite3." not in done.stderr and "Background" not in done.stderr


def _add(data_dir: Path, phone: str, *, user: str = "olena", password: str = PASSWORD) -> str:
    added = run(
        data_dir,
        "--user",
        user,
        "clients",
        "add",
        "--last",
        "Мельник",
        "--first",
        "Дарина",
        "--phone",
        phone,
        password=password,
    )
    assert added.returncode == 0, added.stderr
    return added.stdout.strip()


def test_archive_and_restore_by_number(salon: Path) -> None:
    number = _add(salon, "0631112233")
    archived = run(salon, "--user", "olena", "clients", "archive", number, "--reason", "Переїхала")
    assert archived.returncode == 0, archived.stderr
    assert archived.stdout.strip() == f"Archived: {number}\tМельник Дарина"
    assert run(salon, "--user", "olena", "clients", "find", "0631112233").returncode == 1
    again = run(salon, "--user", "olena", "clients", "archive", number, "--reason", "x")
    assert again.returncode == 1 and "already archived" in again.stderr

    # Her phone stays hers: a new card with it is refused, naming her.
    taken = _add_refused(salon, "+380 63 111 22 33")
    assert taken.returncode == 1
    assert f"archived client No. {number}, Мельник Дарина" in taken.stderr
    assert f"clients restore {number}" in taken.stderr

    restored = run(salon, "--user", "olena", "clients", "restore", number)
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.strip() == f"Restored: {number}\tМельник Дарина"
    found = run(salon, "--user", "olena", "clients", "find", "0631112233")
    assert found.returncode == 0 and found.stdout.startswith(f"{number}\t")
    twice = run(salon, "--user", "olena", "clients", "restore", number)
    assert twice.returncode == 1 and "not archived" in twice.stderr


def _add_refused(data_dir: Path, phone: str) -> CliResult:
    return run(data_dir, "--user", "olena", "clients", "add", "--first", "Оля", "--phone", phone)


def test_archive_and_restore_refusals(salon: Path) -> None:
    number = _add(salon, "0951112233")
    missing = run(salon, "--user", "olena", "clients", "restore", "999999")
    assert missing.returncode == 1 and "999999" in missing.stderr
    no_reason = run(salon, "--user", "olena", "clients", "archive", number)
    assert no_reason.returncode == 2 and "--reason" in no_reason.stderr
    blank = run(salon, "--user", "olena", "clients", "archive", number, "--reason", "  ")
    assert blank.returncode == 1 and "reason" in blank.stderr
    wrong = run(salon, "--user", "olena", "clients", "restore", number, password="nope")
    assert wrong.returncode == 2
    assert run(salon, "clients", "restore", number).returncode == 2


def test_archiving_needs_the_right(tmp_path: Path) -> None:
    users = run(tmp_path, "demo", "--clients", "0", password=None)
    assert users.returncode == 0, users.stderr
    specialist, _, password = next(
        line.split("\t") for line in users.stdout.splitlines() if "\tspecialist\t" in line
    )
    number = _add(tmp_path, "0671112233", user=specialist, password=password)
    refused = run(
        tmp_path,
        "--user",
        specialist,
        "clients",
        "archive",
        number,
        "--reason",
        "x",
        password=password,
    )
    assert refused.returncode == 1 and "may not clients.archive" in refused.stderr
