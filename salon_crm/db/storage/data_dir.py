"""Opening a salon's data directory: the database upgraded to the current schema.

The database is the folder's SQLite file, or the PostgreSQL database its server settings
name (`server_settings`). A folder the program cannot use is reported as one
`DataFolderError` saying which of a few plain problems it is (a file where the folder
should be, a folder that cannot be created or written to, a full disk, a file that is not
a database, a server that cannot be reached), never as the SQL error or the exception
that revealed it, and never with the server's password.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from salon_crm import paths
from salon_crm.db.engine import Database, make_engine, read_only_sqlite_url
from salon_crm.db.storage.media_store import MissingMediaError
from salon_crm.db.storage.migration_runner import (
    MigrationError,
    NewerSchemaError,
    needs_upgrade,
    upgrade_server_to_head,
    upgrade_to_head,
)
from salon_crm.db.storage.server_settings import (
    ServerSettingsError,
    display_url,
    parse_url,
    server_url,
)
from salon_crm.db.storage.startup_checks import (
    full_check_due,
    integrity_findings,
    pragma_findings,
    record_full_check,
    remove_partials,
)
from salon_crm.domain.common.errors import SalonError
from salon_crm.domain.common.translation import QT_TRANSLATE_NOOP

DATA_FOLDER_CONTEXT = "DataFolder"
SQLITE_HEADER = b"SQLite format 3\x00"


class DataFolderProblem(StrEnum):
    NOT_A_FOLDER = "not_a_folder"
    CANNOT_CREATE = "cannot_create"
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    NOT_A_DATABASE = "not_a_database"
    CANNOT_OPEN = "cannot_open"
    SERVER_UNREACHABLE = "server_unreachable"
    SERVER_NOT_A_SALON = "server_not_a_salon"
    SERVER_SETTINGS_DAMAGED = "server_settings_damaged"
    MEDIA_FOLDER_MISSING = "media_folder_missing"
    MEDIA_FOLDER_READ_ONLY = "media_folder_read_only"
    EMPTY_DATABASE = "empty_database"
    DAMAGED = "damaged"
    NEWER_SCHEMA = "newer_schema"
    READ_ONLY_OUTDATED = "read_only_outdated"
    PRAGMAS_NOT_SET = "pragmas_not_set"
    DATABASE_BUSY = "database_busy"
    MEDIA_FILE_MISSING = "media_file_missing"


# The problems a recovery (restore a backup, save what can be read) is the answer to.
DAMAGE = frozenset(
    {
        DataFolderProblem.NOT_A_DATABASE,
        DataFolderProblem.EMPTY_DATABASE,
        DataFolderProblem.DAMAGED,
    }
)


# What each problem is, in English under DATA_FOLDER_CONTEXT: the GUI translates it,
# the CLI prints it.
TEXTS: dict[DataFolderProblem, str] = {
    DataFolderProblem.NOT_A_FOLDER: QT_TRANSLATE_NOOP(
        "DataFolder",
        "{path} is a file, not a folder. Move the file away or choose another data folder.",
    ),
    DataFolderProblem.CANNOT_CREATE: QT_TRANSLATE_NOOP(
        "DataFolder",
        "The data folder {path} does not exist and cannot be created. "
        "Choose a folder on a disk you can write to.",
    ),
    DataFolderProblem.READ_ONLY: QT_TRANSLATE_NOOP(
        "DataFolder",
        "The data folder {path} is read-only: nothing could be saved there. "
        "Allow writing to it or choose another folder.",
    ),
    DataFolderProblem.DISK_FULL: QT_TRANSLATE_NOOP(
        "DataFolder",
        "The disk that holds {path} is full. Free some space and start the program again.",
    ),
    DataFolderProblem.NOT_A_DATABASE: QT_TRANSLATE_NOOP(
        "DataFolder",
        "{path} is not a salon database: it is damaged or another kind of file. "
        "Restore it from a backup or choose another data folder.",
    ),
    DataFolderProblem.CANNOT_OPEN: QT_TRANSLATE_NOOP(
        "DataFolder",
        "The salon's database in {path} cannot be opened. "
        "Check that the disk is connected and start the program again.",
    ),
    DataFolderProblem.SERVER_UNREACHABLE: QT_TRANSLATE_NOOP(
        "DataFolder",
        "The salon's server {path} cannot be reached or refused the connection. "
        "Check that the server is running and that the user name, password and "
        "database name are right.",
    ),
    DataFolderProblem.SERVER_NOT_A_SALON: QT_TRANSLATE_NOOP(
        "DataFolder",
        "The database {path} on the server holds another program's tables or a newer "
        "version of this program's. Choose another database or update the program.",
    ),
    DataFolderProblem.SERVER_SETTINGS_DAMAGED: QT_TRANSLATE_NOOP(
        "DataFolder",
        "The server settings in {path} are damaged. "
        "Connect the data folder to the salon's server again.",
    ),
    DataFolderProblem.MEDIA_FOLDER_MISSING: QT_TRANSLATE_NOOP(
        "DataFolder",
        "The folder {path} for the salon's photos and files does not exist or cannot be "
        "reached. Check that the shared folder is connected, or choose another one.",
    ),
    DataFolderProblem.MEDIA_FOLDER_READ_ONLY: QT_TRANSLATE_NOOP(
        "DataFolder",
        "The folder {path} for the salon's photos and files is read-only: nothing could be "
        "saved there. Allow writing to it or choose another folder.",
    ),
    DataFolderProblem.EMPTY_DATABASE: QT_TRANSLATE_NOOP(
        "DataFolder",
        "The salon's database {path} is empty (0 bytes): the salon's data is not in it. "
        "Restore it from a backup; to start a new salon instead, remove the file.",
    ),
    DataFolderProblem.DAMAGED: QT_TRANSLATE_NOOP(
        "DataFolder",
        "The salon's database {path} is damaged: its check found errors. "
        "Restore the latest good backup or save what can still be read.",
    ),
    DataFolderProblem.NEWER_SCHEMA: QT_TRANSLATE_NOOP(
        "DataFolder",
        "The salon's database {path} was written by a newer version of the program. "
        "Install that version (or a later one) to open it; this one will not change it.",
    ),
    DataFolderProblem.READ_ONLY_OUTDATED: QT_TRANSLATE_NOOP(
        "DataFolder",
        "The salon's database {path} is read-only and was written by an older version "
        "of the program, so it cannot be brought up to date. Allow writing to the folder.",
    ),
    DataFolderProblem.PRAGMAS_NOT_SET: QT_TRANSLATE_NOOP(
        "DataFolder",
        "The salon's database {path} cannot be protected against power cuts on this disk. "
        "Move the data folder to a local disk.",
    ),
    DataFolderProblem.DATABASE_BUSY: QT_TRANSLATE_NOOP(
        "DataFolder",
        "The salon's database {path} is busy with another program. "
        "Nothing was saved; try again in a moment.",
    ),
    DataFolderProblem.MEDIA_FILE_MISSING: QT_TRANSLATE_NOOP(
        "DataFolder",
        "A photo or file of the salon is missing from {path}. "
        "Restore the media folder from a backup.",
    ),
}


class DataFolderError(SalonError):
    """The data folder (or its database) cannot be used; `problem` says why. `path` is
    a file or folder, or a server's URL without its password. `details` are what a check
    found (SQLite's own words), for the log and the recovery screen."""

    def __init__(
        self, problem: DataFolderProblem, path: Path | str, *, details: tuple[str, ...] = ()
    ) -> None:
        self.problem = problem
        self.path = path
        self.details = details
        super().__init__(self.message)

    @property
    def damaged(self) -> bool:
        """Whether recovery (a backup restored, or what can be read saved) is the answer."""
        return self.problem in DAMAGE

    @property
    def template(self) -> str:
        return TEXTS[self.problem]

    @property
    def message(self) -> str:
        """In English, for the command line and the log."""
        return self.template.format(path=self.path)


_FULL = frozenset({errno.ENOSPC, errno.EDQUOT})
_DENIED = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})
_NOT_DIRECTORY = frozenset({errno.ENOTDIR, errno.EEXIST})


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error, what a SQLAlchemy error wraps, and what it was raised from."""
    seen: BaseException | None = error
    while seen is not None:
        yield seen
        if isinstance(seen, DBAPIError) and isinstance(seen.orig, BaseException):
            yield seen.orig
        seen = seen.__cause__ or seen.__context__


def problem_of(error: BaseException) -> DataFolderProblem | None:
    """Which problem of the folder or its database a failure of opening it shows."""
    for cause in _causes(error):
        if isinstance(cause, OSError) and cause.errno is not None:
            if cause.errno in _FULL:
                return DataFolderProblem.DISK_FULL
            if cause.errno in _DENIED:
                return DataFolderProblem.READ_ONLY
            if cause.errno in _NOT_DIRECTORY:
                return DataFolderProblem.NOT_A_FOLDER
        if isinstance(cause, MissingMediaError):
            return DataFolderProblem.MEDIA_FILE_MISSING
        if isinstance(cause, NewerSchemaError):
            return DataFolderProblem.NEWER_SCHEMA
        if isinstance(cause, sqlite3.Error):
            text = str(cause).lower()
            if "disk is full" in text:
                return DataFolderProblem.DISK_FULL
            if "database is locked" in text or "database is busy" in text:
                return DataFolderProblem.DATABASE_BUSY
            if "not a database" in text or "malformed" in text:
                return DataFolderProblem.NOT_A_DATABASE
            if "readonly" in text or "read-only" in text:
                return DataFolderProblem.READ_ONLY
            return DataFolderProblem.CANNOT_OPEN
    return None


def _blocking_file(path: Path) -> Path | None:
    """The file standing where `path` or one of its parent folders should be."""
    for candidate in (path, *path.parents):
        if candidate.exists():
            return None if candidate.is_dir() else candidate
    return None


def ensure_folder(data_dir: Path) -> None:
    """Create the data folder (private to the user) if it is not there."""
    blocking = _blocking_file(data_dir)
    if blocking is not None:
        raise DataFolderError(DataFolderProblem.NOT_A_FOLDER, blocking)
    try:
        # Private to the user: the folder holds health data and faces.
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        problem = problem_of(error)
        if problem is not DataFolderProblem.DISK_FULL:
            problem = DataFolderProblem.CANNOT_CREATE
        raise DataFolderError(problem, data_dir) from error


def check_writable(
    folder: Path, *, read_only: DataFolderProblem = DataFolderProblem.READ_ONLY
) -> None:
    """Write a scratch file: permission bits say nothing to root or on a read-only disk.
    A folder that refuses it is the `read_only` problem (or a full disk)."""
    try:
        with tempfile.TemporaryFile(dir=folder) as probe:
            probe.write(b"salon")
            probe.flush()
    except OSError as error:
        full = problem_of(error) is DataFolderProblem.DISK_FULL
        problem = DataFolderProblem.DISK_FULL if full else read_only
        raise DataFolderError(problem, folder) from error


def check_media_folder(folder: Path) -> None:
    """The shared folder a server salon keeps its media in: there, and writable."""
    if not folder.is_dir():
        raise DataFolderError(DataFolderProblem.MEDIA_FOLDER_MISSING, folder)
    check_writable(folder, read_only=DataFolderProblem.MEDIA_FOLDER_READ_ONLY)


def _check_database_file(db_path: Path) -> None:
    """A directory, an empty file or a file of another kind where the database should be.
    An empty file is a new database to SQLite, but here it is a salon's file cut to
    nothing (by a full disk or a bad copy): taking it for a new salon would hide that."""
    if db_path.is_dir():
        raise DataFolderError(DataFolderProblem.NOT_A_DATABASE, db_path)
    if not db_path.is_file():
        return  # created
    if db_path.stat().st_size == 0:
        raise DataFolderError(DataFolderProblem.EMPTY_DATABASE, db_path)
    with db_path.open("rb") as file:
        if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise DataFolderError(DataFolderProblem.NOT_A_DATABASE, db_path)


def open_server(url: str) -> Database:
    """Migrate and open the PostgreSQL database at `url` (its password included)."""
    shown = display_url(parse_url(url))
    try:
        upgrade_server_to_head(url)
    except MigrationError as error:
        raise DataFolderError(DataFolderProblem.SERVER_NOT_A_SALON, shown) from error
    except (OSError, DBAPIError) as error:
        # Server down, wrong password, unknown database, no right to create the tables.
        raise DataFolderError(DataFolderProblem.SERVER_UNREACHABLE, shown) from error
    return Database(make_engine(url))


def prepare_folder(data_dir: Path) -> None:
    """Create the directory if needed and check that it can be written to."""
    ensure_folder(data_dir)
    check_writable(data_dir)


def _writable(data_dir: Path, db_path: Path) -> bool:
    """Whether the folder and the database file can be written (by a real write for the
    folder: permission bits say nothing to root or on a read-only disk)."""
    try:
        check_writable(data_dir)
    except DataFolderError as error:
        if error.problem is DataFolderProblem.DISK_FULL:
            raise
        return False
    return not db_path.exists() or os.access(db_path, os.W_OK)


def _check_integrity(data_dir: Path, db_path: Path, *, full: bool | None, record: bool) -> None:
    """quick_check, or the full check when asked or a week after the last one."""
    thorough = full_check_due(data_dir) if full is None else full
    findings = integrity_findings(db_path, full=thorough)
    if findings:
        unreadable = any("not a database" in finding for finding in findings)
        problem = DataFolderProblem.NOT_A_DATABASE if unreadable else DataFolderProblem.DAMAGED
        raise DataFolderError(problem, db_path, details=tuple(findings))
    if thorough and record:
        record_full_check(data_dir)


def _create_database(db_path: Path, backup_dir: Path) -> None:
    """A new salon's database, built under a `.partial` name and renamed when whole: an
    interrupted first start leaves no half-made `salon.db` to be taken for a salon."""
    temp = db_path.with_name(f".{db_path.name}.partial")
    for leftover in (temp, *(temp.with_name(temp.name + s) for s in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    # 0600 before SQLite opens it; SQLite gives its -wal and -shm the same mode.
    os.close(os.open(temp, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        upgrade_to_head(temp, backup_dir=backup_dir)
        os.replace(temp, db_path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _open_read_only(db_path: Path) -> Database:
    """The file as it is, for reading; through `immutable` when SQLite cannot make the
    WAL index beside it (a read-only folder after a clean close)."""
    for immutable in (False, True):
        url = read_only_sqlite_url(db_path, immutable=immutable)
        try:
            if needs_upgrade(db_path, url=url):
                raise DataFolderError(DataFolderProblem.READ_ONLY_OUTDATED, db_path)
        except (sqlite3.OperationalError, DBAPIError) as error:
            if immutable or problem_of(error) is not DataFolderProblem.CANNOT_OPEN:
                raise
            continue
        return Database(make_engine(url, read_only=True), read_only=True)
    raise AssertionError("unreachable")


def _check_pragmas(db: Database, db_path: Path) -> None:
    findings = pragma_findings(db.engine, read_only=db.read_only)
    if findings:
        db.dispose()
        raise DataFolderError(DataFolderProblem.PRAGMAS_NOT_SET, db_path, details=tuple(findings))


def open_data_dir(
    data_dir: Path, *, exclusive: bool = False, full_check: bool | None = None
) -> Database:
    """Create the directory if needed, check, back up and migrate the database, and open
    it; read-only if the folder or the file cannot be written.

    `exclusive`: the caller holds the folder's lock (`folder_lock`), so what an
    interrupted write left (`*.partial`) is nobody's work in progress and is removed.
    `full_check`: True or False for the full integrity check or only the quick one;
    None for the full one when a week has passed since the last.
    """
    ensure_folder(data_dir)
    try:
        url = server_url(data_dir)
    except ServerSettingsError as error:
        raise DataFolderError(DataFolderProblem.SERVER_SETTINGS_DAMAGED, error.path) from None
    if url is not None:
        check_writable(data_dir)
        return open_server(url)
    db_path = paths.database_path(data_dir)
    _check_database_file(db_path)
    writable = _writable(data_dir, db_path)
    if not writable and not db_path.exists():
        raise DataFolderError(DataFolderProblem.READ_ONLY, data_dir)
    if writable and exclusive:
        remove_partials(data_dir, paths.backups_dir(data_dir))
    try:
        if db_path.exists():
            _check_integrity(data_dir, db_path, full=full_check, record=writable)
        if not writable:
            db = _open_read_only(db_path)
        else:
            if db_path.exists():
                upgrade_to_head(db_path, backup_dir=paths.backups_dir(data_dir))
            else:
                _create_database(db_path, paths.backups_dir(data_dir))
            db = Database.open_file(db_path)
    except (OSError, sqlite3.Error, DBAPIError, MigrationError) as error:
        problem = problem_of(error) or DataFolderProblem.CANNOT_OPEN
        path = data_dir if problem in _FOLDER_PROBLEMS else db_path
        raise DataFolderError(problem, path) from error
    _check_pragmas(db, db_path)
    return db


# Problems of the folder as a whole (said with the folder's path, not the file's).
_FOLDER_PROBLEMS = frozenset(
    {DataFolderProblem.READ_ONLY, DataFolderProblem.DISK_FULL, DataFolderProblem.CANNOT_OPEN}
)
