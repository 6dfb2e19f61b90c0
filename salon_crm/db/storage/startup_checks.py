"""What the program checks about a SQLite salon before using it: the file's integrity,
the pragmas that protect it, where the folder is, and what an interrupted write left.

`PRAGMA quick_check` runs at every start (about a second for 100,000 clients); the full
`integrity_check`, which also compares every index with its table, runs when the last one
is a week old and on demand. The time of the last full check is kept in the data folder.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path, PurePath

from sqlalchemy import Engine

FULL_CHECK_EVERY = timedelta(days=7)
FULL_CHECK_FILE = "last-integrity-check"
PARTIAL_SUFFIXES = (".partial", ".partial-wal", ".partial-shm", ".partial-journal")
# At most this many of the check's lines are kept: a badly damaged file yields thousands.
_MAX_FINDINGS = 20

# Filesystems that WAL's shared memory does not work over.
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "ncpfs", "9p",
        "fuse.sshfs", "sshfs", "davfs", "fuse.davfs", "fuse.rclone", "fuse.s3fs",
        "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph", "lustre", "gfs2", "ocfs2",
    }
)  # fmt: skip
# Folder names (case-folded) the cloud-sync programs keep their copies under.
CLOUD_FOLDERS = frozenset(
    {
        "dropbox", "onedrive", "google drive", "googledrive", "my drive", "icloud drive",
        "iclouddrive", "mobile documents", "yandex.disk", "yandexdisk", "cloudstorage",
        "megasync", "pcloud drive", "box", "nextcloud", "owncloud",
    }
)  # fmt: skip
_CLOUD_PREFIXES = ("onedrive - ", "dropbox (", "googledrive-", "yandex.disk.")


class FolderRisk(StrEnum):
    NETWORK = "network"
    CLOUD_SYNC = "cloud_sync"


@dataclass(frozen=True)
class LocationWarning:
    risk: FolderRisk
    detail: str  # the filesystem type or the cloud folder's name


def connect_read_only(db_path: Path) -> sqlite3.Connection:
    """A driver connection that can only read `db_path`."""
    return sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)


def integrity_findings(db_path: Path, *, full: bool = False) -> list[str]:
    """What `quick_check` (or with `full`, `integrity_check`) finds wrong; [] if nothing.
    A file SQLite cannot read at all is one finding saying so."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        connection = connect_read_only(db_path)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        with contextlib.closing(connection.execute(f"PRAGMA {pragma}({_MAX_FINDINGS})")) as rows:
            lines = [str(row[0]) for row in rows]
    except sqlite3.Error as error:
        return [str(error)]
    finally:
        connection.close()
    return [] if lines == ["ok"] else lines


def full_check_due(data_dir: Path, *, now: datetime | None = None) -> bool:
    """Whether the weekly full integrity check is due (never run, or a week ago)."""
    try:
        last = datetime.fromisoformat(
            (data_dir / FULL_CHECK_FILE).read_text(encoding="utf-8").strip()
        )
    except (OSError, ValueError):
        return True
    moment = now or datetime.now(UTC)
    return moment - last >= FULL_CHECK_EVERY


def record_full_check(data_dir: Path, *, now: datetime | None = None) -> None:
    """Remember a passed full check; a folder that refuses it only means an earlier next."""
    with contextlib.suppress(OSError):
        (data_dir / FULL_CHECK_FILE).write_text(
            (now or datetime.now(UTC)).isoformat(), encoding="utf-8"
        )


# What a SQLite connection of ours must have set (see db.engine); values as read back.
EXPECTED_PRAGMAS: dict[str, object] = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL
}


def pragma_findings(engine: Engine, *, read_only: bool = False) -> list[str]:
    """The protecting pragmas read back from a pooled connection: each one not as set.
    A read-only file keeps the journal mode it was written with, so that is not asked."""
    found: list[str] = []
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        for name, expected in EXPECTED_PRAGMAS.items():
            if read_only and name == "journal_mode":
                continue
            value = driver.execute(f"PRAGMA {name}").fetchone()
            actual = value[0] if value else None
            if isinstance(actual, str):
                actual = actual.lower()
            if actual != expected:
                found.append(f"PRAGMA {name} is {actual!r}, expected {expected!r}")
        timeout = driver.execute("PRAGMA busy_timeout").fetchone()
        if not timeout or int(timeout[0]) <= 0:
            found.append("PRAGMA busy_timeout is 0")
    return found


def remove_partials(data_dir: Path, *folders: Path) -> list[Path]:
    """Delete what an interrupted write left (`*.partial`) in the data folder and the
    given folders (the backups, searched through); return what was removed."""
    removed: list[Path] = []
    candidates: list[Path] = []
    if data_dir.is_dir():
        candidates.extend(data_dir.iterdir())
    for folder in folders:
        if folder.is_dir():
            candidates.extend(folder.rglob("*"))
    for path in candidates:
        if path.name.endswith(PARTIAL_SUFFIXES) and path.is_file():
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


# --- where the folder is ------------------------------------------------------------------


def _unescape_mount(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _mounts(mounts_file: Path) -> Iterator[tuple[str, str]]:
    try:
        text = mounts_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            yield _unescape_mount(fields[1]), fields[2]


def filesystem_type(folder: Path, *, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """The type of the filesystem `folder` is on (Linux), from the deepest mount above it."""
    target = str(folder.resolve())
    best: tuple[int, str] | None = None
    for mount_point, fs_type in _mounts(mounts_file):
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), fs_type)
    return best[1] if best else None


def _windows_network_drive(folder: Path) -> bool:  # pragma: no cover - Windows
    import ctypes

    anchor = folder.resolve().anchor
    if anchor.startswith("\\\\"):
        return True  # \\server\share
    drive_remote = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(anchor) == drive_remote)  # type: ignore[attr-defined]


def cloud_folder(folder: PurePath) -> str | None:
    """The cloud-sync folder `folder` lies in (its name as written), None if none."""
    for part in folder.parts:
        lowered = part.casefold()
        if lowered in CLOUD_FOLDERS or lowered.startswith(_CLOUD_PREFIXES):
            return part
    return None


def location_warning(
    folder: Path, *, mounts_file: Path = Path("/proc/mounts")
) -> LocationWarning | None:
    """Why this folder is a risky home for a SQLite salon, if it is one."""
    if os.name == "nt":  # pragma: no cover - Windows
        if _windows_network_drive(folder):
            return LocationWarning(FolderRisk.NETWORK, "network drive")
    else:
        fs_type = filesystem_type(folder, mounts_file=mounts_file)
        if fs_type is not None and fs_type.lower() in NETWORK_FILESYSTEMS:
            return LocationWarning(FolderRisk.NETWORK, fs_type)
    cloud = cloud_folder(folder.absolute())
    if cloud is not None:
        return LocationWarning(FolderRisk.CLOUD_SYNC, cloud)
    return None
