"""Start-up checks, the folder lock and faults, on real files, through the command line:
each ends in one line and an exit code, never a traceback."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from salon_crm import paths
from salon_crm.db.storage.data_dir import DataFolderError, open_data_dir
from salon_crm.db.storage.folder_lock import FolderInUseError, FolderLock, lock_path
from salon_crm.db.storage.salvage import salvage_database
from salon_crm.db.storage.startup_checks import (
    FolderRisk,
    integrity_findings,
    location_warning,
    remove_partials,
)
from tests.cli_runner import PASSWORD, run


def _salon(data_dir: Path) -> None:
    result = run(data_dir, "init", "--salon", "Test", "--country", "UA", "--owner", "olena")
    assert result.returncode == 0, result.stderr
    added = run(data_dir, "--user", "olena", "clients", "add", "--last", "Koval",
                "--first", "Iryna", "--phone", "+380501234567")  # fmt: skip
    assert added.returncode == 0, added.stderr


@pytest.fixture
def salon(tmp_path: Path) -> Path:
    data_dir = tmp_path / "salon"
    _salon(data_dir)
    return data_dir


def _no_traceback(text: str) -> None:
    assert "Traceback" not in text
    assert len(text.strip().splitlines()) <= 2, text


def test_a_new_folder_is_private(salon: Path) -> None:
    assert stat.S_IMODE(salon.stat().st_mode) == 0o700
    assert stat.S_IMODE(paths.database_path(salon).stat().st_mode) == 0o600


def test_check_passes_on_a_sound_salon(salon: Path) -> None:
    result = run(salon, "check", "--full")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "integrity: ok" in result.stdout
    assert "media: ok" in result.stdout


def _flip_a_byte_in_a_table_page(db_path: Path, table: str) -> None:
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
    ).fetchone()[0]
    connection.close()
    data = bytearray(db_path.read_bytes())
    offset = (root - 1) * page_size
    data[offset] = 0x7F  # the page's type byte: no b-tree page has it
    db_path.write_bytes(bytes(data))


def test_a_flipped_byte_is_found_by_the_start_up_check(salon: Path) -> None:
    db_path = paths.database_path(salon)
    _flip_a_byte_in_a_table_page(db_path, "clients")
    assert integrity_findings(db_path)
    with pytest.raises(DataFolderError) as caught:
        open_data_dir(salon)
    assert caught.value.damaged
    result = run(salon, "--user", "olena", "clients", "find", "Koval")
    assert result.returncode == 2
    assert "is damaged" in result.stderr
    _no_traceback(result.stderr)
    checked = run(salon, "check")
    assert checked.returncode == 1
    assert "integrity:" in checked.stdout
    saved = salvage_database(db_path, salon / "salvaged")
    assert "clients" in saved.tables_lost
    assert "users" in saved.tables_saved
    assert not integrity_findings(saved.path)


def test_a_truncated_database(salon: Path) -> None:
    db_path = paths.database_path(salon)
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    size = db_path.stat().st_size
    with db_path.open("r+b") as file:
        file.truncate(size // 2)
    result = run(salon, "--user", "olena", "clients", "find", "Koval")
    assert result.returncode == 2
    _no_traceback(result.stderr)
    assert "damaged" in result.stderr or "not a salon database" in result.stderr


def test_an_empty_file_is_not_a_new_salon(tmp_path: Path) -> None:
    paths.database_path(tmp_path).write_bytes(b"")
    result = run(tmp_path, "init", "--salon", "Test", "--country", "UA", "--owner", "olena")
    assert result.returncode == 2
    assert "empty (0 bytes)" in result.stderr
    assert paths.database_path(tmp_path).stat().st_size == 0


def test_a_newer_schema_is_refused_and_not_changed(salon: Path) -> None:
    db_path = paths.database_path(salon)
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    connection.commit()
    connection.close()
    before = db_path.read_bytes()
    result = run(salon, "--user", "olena", "clients", "find", "Koval")
    assert result.returncode == 2
    assert "newer version of the program" in result.stderr
    _no_traceback(result.stderr)
    connection = sqlite3.connect(db_path)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
        "ffffffffffff",
    )
    connection.close()
    assert len(db_path.read_bytes()) == len(before)


def test_a_read_only_salon_is_searched_but_not_written(
    salon: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = paths.database_path(salon)
    if os.geteuid() != 0:
        os.chmod(db_path, 0o400)
    else:  # root writes whatever the bits say: the probe is made to see a read-only disk
        from salon_crm.db.storage import data_dir

        monkeypatch.setattr(data_dir, "_writable", lambda *_: False)
    found = run(salon, "--user", "olena", "clients", "find", "Koval")
    assert found.returncode == 0, found.stderr
    assert "Koval" in found.stdout
    added = run(salon, "--user", "olena", "clients", "add", "--last", "Bondar",
                "--first", "Anna", "--phone", "+380501234568")  # fmt: skip
    assert added.returncode == 1
    assert "read-only" in added.stderr
    _no_traceback(added.stderr)


def test_disk_full_ends_in_words(salon: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from salon_crm.services.clients import client_service

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(client_service.ClientService, "create", full)
    result = run(salon, "--user", "olena", "clients", "add", "--last", "Bondar",
                 "--first", "Anna", "--phone", "+380501234568")  # fmt: skip
    assert result.returncode == 1
    assert "is full" in result.stderr
    _no_traceback(result.stderr)


def test_a_write_command_waits_for_no_one_else(salon: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path;"
         "from salon_crm.db.storage.folder_lock import FolderLock;"
         "lock = FolderLock(Path(sys.argv[1])).acquire();"
         "print('held', flush=True); time.sleep(60)",
         str(salon)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        refused = run(salon, "--user", "olena", "clients", "add", "--last", "Bondar",
                      "--first", "Anna", "--phone", "+380501234568")  # fmt: skip
        assert refused.returncode == 1
        assert "in use by another copy" in refused.stderr
        assert f"pid {holder.pid}" in refused.stderr
        reading = run(salon, "--user", "olena", "clients", "find", "Koval")
        assert reading.returncode == 0, reading.stderr
    finally:
        holder.kill()
        holder.wait()
    # The dead holder's lock is stale: the next writer takes it over.
    assert lock_path(salon).read_text().startswith(f"{holder.pid}\n")
    again = run(salon, "--user", "olena", "clients", "add", "--last", "Bondar",
                "--first", "Anna", "--phone", "+380501234568")  # fmt: skip
    assert again.returncode == 0, again.stderr


def test_the_lock_refuses_a_second_holder_in_one_process(tmp_path: Path) -> None:
    with FolderLock(tmp_path), pytest.raises(FolderInUseError):
        FolderLock(tmp_path).acquire()
    FolderLock(tmp_path).acquire().release()


def test_partials_are_removed(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    leftover = backups / ".salon-x.db.partial"
    leftover.write_bytes(b"half")
    kept = backups / "salon-x.db"
    kept.write_bytes(b"whole")
    assert remove_partials(tmp_path, backups) == [leftover]
    assert kept.exists()


def test_network_and_cloud_folders_are_warned_about(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sda1 / ext4 rw 0 0\nserver:/share /mnt/salon\\040share nfs4 rw 0 0\n")
    warning = location_warning(Path("/mnt/salon share/data"), mounts_file=mounts)
    assert warning is not None and warning.risk is FolderRisk.NETWORK
    assert location_warning(Path("/home/x/data"), mounts_file=mounts) is None
    cloud = location_warning(Path("/home/x/Dropbox/salon"), mounts_file=mounts)
    assert cloud is not None and cloud.risk is FolderRisk.CLOUD_SYNC


def test_check_finds_a_damaged_media_file(salon: Path) -> None:
    from salon_crm.db.storage.media_folder import FolderMediaStore

    digest = "ab" * 32
    connection = sqlite3.connect(paths.database_path(salon))
    connection.execute(
        'INSERT INTO media (sha256, size, mime_type, "references", created_at) '
        "VALUES (?, 4, 'image/png', 1, '2026-01-01 00:00:00')",
        (digest,),
    )
    connection.commit()
    connection.close()
    result = run(salon, "check")
    assert result.returncode == 1
    assert f"media file {digest} is missing" in result.stdout
    path = FolderMediaStore(paths.media_dir(salon)).path_of(digest)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"junk")
    result = run(salon, "check")
    assert f"media file {digest} is damaged" in result.stdout


def test_no_password_unset_is_still_usage(salon: Path) -> None:
    result = run(salon, "--user", "olena", "clients", "find", "K", password="wrong")
    assert result.returncode == 2
    assert PASSWORD != "wrong"
    _no_traceback(result.stderr)
