"""A data folder the program cannot use is named as the plain problem it is.

Cases tested on real files: a file where the folder (or one of its parents) should be,
a database that is a folder or a file of another kind, a folder that cannot be created
(under /proc, where nothing can be made, root or not), a folder that cannot be written
(/sys refuses new files with EACCES even to root, the rights bits would not). A full disk
cannot be made here: the mapping is checked with the very errors a full disk raises.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from salon_crm import paths
from salon_crm.db.storage.data_dir import (
    DataFolderError,
    DataFolderProblem,
    open_data_dir,
    problem_of,
)


def _problem(data_dir: Path) -> DataFolderError:
    with pytest.raises(DataFolderError) as caught:
        open_data_dir(data_dir)
    return caught.value


def test_a_file_where_the_folder_should_be(tmp_path: Path) -> None:
    blocking = tmp_path / "salon"
    blocking.write_text("notes")
    error = _problem(blocking)
    assert (error.problem, error.path) == (DataFolderProblem.NOT_A_FOLDER, blocking)
    assert error.message.startswith(f"{blocking} is a file, not a folder.")
    # A file in place of a parent folder is the same problem, named by that file.
    error = _problem(blocking / "data")
    assert (error.problem, error.path) == (DataFolderProblem.NOT_A_FOLDER, blocking)
    assert blocking.read_text() == "notes"


def test_a_database_that_is_a_folder_or_another_kind_of_file(tmp_path: Path) -> None:
    as_folder = tmp_path / "one"
    paths.database_path(as_folder).mkdir(parents=True)
    error = _problem(as_folder)
    assert (error.problem, error.path) == (
        DataFolderProblem.NOT_A_DATABASE,
        paths.database_path(as_folder),
    )

    garbage = tmp_path / "two"
    garbage.mkdir()
    paths.database_path(garbage).write_bytes(b"PK\x03\x04 a zip, not a database" * 40)
    assert _problem(garbage).problem is DataFolderProblem.NOT_A_DATABASE
    assert paths.database_path(garbage).read_bytes().startswith(b"PK\x03\x04")  # untouched


def test_a_damaged_database_after_a_valid_header(tmp_path: Path) -> None:
    open_data_dir(tmp_path).dispose()
    db_path = paths.database_path(tmp_path)
    data = bytearray(db_path.read_bytes())
    data[16:100] = b"\xff" * 84  # the page size and the rest of the header, overwritten
    db_path.write_bytes(bytes(data))
    error = _problem(tmp_path)
    assert error.problem is DataFolderProblem.NOT_A_DATABASE
    assert "sqlite" not in error.message.lower()


def test_a_folder_that_cannot_be_created() -> None:
    error = _problem(Path("/proc/salon-crm-test/data"))
    assert error.problem is DataFolderProblem.CANNOT_CREATE


def test_a_folder_that_cannot_be_written_to() -> None:
    # Exists, and refuses a new file to every user: the program must not take it.
    error = _problem(Path("/sys"))
    assert (error.problem, error.path) == (DataFolderProblem.READ_ONLY, Path("/sys"))


@pytest.mark.parametrize(
    ("error", "problem"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), DataFolderProblem.DISK_FULL),
        (sqlite3.OperationalError("database or disk is full"), DataFolderProblem.DISK_FULL),
        (
            OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full")),
            DataFolderProblem.DISK_FULL,
        ),
        (OSError(errno.EROFS, "Read-only file system"), DataFolderProblem.READ_ONLY),
        (PermissionError(errno.EACCES, "Permission denied"), DataFolderProblem.READ_ONLY),
        (
            sqlite3.OperationalError("attempt to write a readonly database"),
            DataFolderProblem.READ_ONLY,
        ),
        (sqlite3.DatabaseError("file is not a database"), DataFolderProblem.NOT_A_DATABASE),
        (
            OperationalError("SELECT 1", {}, sqlite3.OperationalError("unable to open database")),
            DataFolderProblem.CANNOT_OPEN,
        ),
        (ValueError("something else"), None),
    ],
)
def test_the_errors_a_folder_fails_with_are_told_apart(
    error: Exception, problem: DataFolderProblem | None
) -> None:
    assert problem_of(error) is problem


def test_a_wrapped_cause_is_found() -> None:
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as disk:
            raise RuntimeError("backup failed") from disk
    except RuntimeError as error:
        assert problem_of(error) is DataFolderProblem.DISK_FULL
