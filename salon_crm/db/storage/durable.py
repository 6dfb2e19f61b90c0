"""Making a written file and its directory entry survive a power cut."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(path: Path) -> None:
    """A rename is durable only once the directory entry is; Windows cannot open
    directories, so there it is skipped (NTFS journals the rename itself)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def written_then_renamed(final: Path) -> Iterator[Path]:
    """A temporary `.<name>.partial` beside `final` to write; once the block ends it is
    fsynced and renamed to `final`, the directory entry made durable. If the block fails
    the temporary file is removed: nothing half-written ever has the final name."""
    temp = final.with_name(f".{final.name}.partial")
    temp.unlink(missing_ok=True)
    try:
        yield temp
        fsync_file(temp)
        os.replace(temp, final)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(final.parent)
