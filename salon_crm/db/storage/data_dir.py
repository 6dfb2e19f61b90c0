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
import sqlite3
import tempfile
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from salon_crm import paths
from salon_crm.db.engine import Database, make_engine
from salon_crm.db.storage.migration_runner import (
    MigrationError,
    upgrade_server_to_head,
    upgrade_to_head,
)
from salon_crm.db.storage.server_settings import (
    ServerSettingsError,
    display_url,
    parse_url,
    server_url,
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
}


class DataFolderError(SalonError):
    """The data folder (or its database) cannot be used; `problem` says why. `path` is
    a file or folder, or a server's URL without its password."""

    def __init__(self, problem: DataFolderProblem, path: Path | str) -> None:
        self.problem = problem
        self.path = path
        super().__init__(self.message)

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
        if isinstance(cause, sqlite3.Error):
            text = str(cause).lower()
            if "disk is full" in text:
                return DataFolderProblem.DISK_FULL
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


def _create(data_dir: Path) -> None:
    blocking = _blocking_file(data_dir)
    if blocking is not None:
        raise DataFolderError(DataFolderProblem.NOT_A_FOLDER, blocking)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
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
    """A directory or a file of another kind where the database should be."""
    if db_path.is_dir():
        raise DataFolderError(DataFolderProblem.NOT_A_DATABASE, db_path)
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return  # created (an empty file is an empty database to SQLite)
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
    _create(data_dir)
    check_writable(data_dir)


def open_data_dir(data_dir: Path) -> Database:
    """Create the directory if needed, back up and migrate the database, and open it."""
    prepare_folder(data_dir)
    try:
        url = server_url(data_dir)
    except ServerSettingsError as error:
        raise DataFolderError(DataFolderProblem.SERVER_SETTINGS_DAMAGED, error.path) from None
    if url is not None:
        return open_server(url)
    db_path = paths.database_path(data_dir)
    _check_database_file(db_path)
    try:
        upgrade_to_head(db_path, backup_dir=paths.backups_dir(data_dir))
    except (OSError, sqlite3.Error, DBAPIError) as error:
        problem = problem_of(error) or DataFolderProblem.CANNOT_OPEN
        path = db_path if problem is DataFolderProblem.NOT_A_DATABASE else data_dir
        raise DataFolderError(problem, path) from error
    return Database.open_file(db_path)
