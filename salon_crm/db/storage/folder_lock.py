"""One program per data folder: an exclusive lock on `salon.lock`, shared by the GUI
and the command line's write commands.

The lock is an OS lock on an open file (`flock` on POSIX, `msvcrt.locking` on Windows),
not the file's existence: the OS drops it when the holder dies, so a lock left by a
crash or a power cut never blocks the next start. The file keeps the holder's pid and
host for the message that names who has the folder; a file whose lock nobody holds is
stale and simply taken over. (Qt's QLockFile cannot be used here: the database layer
imports no Qt, and the CLI must honour the same lock.)
"""

from __future__ import annotations

import contextlib
import os
import socket
from pathlib import Path
from types import TracebackType
from typing import IO

from salon_crm.domain.common.errors import SalonError

LOCK_FILE = "salon.lock"


class FolderInUseError(SalonError):
    """Another program (the GUI, or a writing command) has the data folder."""

    def __init__(self, folder: Path, holder: str) -> None:
        self.folder = folder
        self.holder = holder
        super().__init__(
            f"the data folder {folder} is in use by another copy of the program ({holder}); "
            "close it first"
        )


def lock_path(data_dir: Path) -> Path:
    return data_dir / LOCK_FILE


def _try_lock(handle: IO[bytes]) -> bool:
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _holder(path: Path) -> str:
    """Who wrote the lock file: `pid 123 on host`, or `unknown` if it cannot be read."""
    with contextlib.suppress(OSError, ValueError):
        pid, host = path.read_text(encoding="utf-8").split("\n")[:2]
        return f"pid {int(pid)} on {host}"
    return "unknown"


class FolderLock:
    """Held from `acquire` to `release` (or as a context manager)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = lock_path(data_dir)
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> FolderLock:
        """Take the lock or raise FolderInUseError; a stale file is taken over."""
        if self._handle is not None:
            return self
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        handle = os.fdopen(fd, "r+b")
        if not _try_lock(handle):
            handle.close()
            raise FolderInUseError(self.path.parent, _holder(self.path))
        try:
            handle.seek(0)
            handle.truncate()
            # Past the first byte on Windows, which the lock covers.
            handle.write(f"{os.getpid()}\n{socket.gethostname()}\n".encode())
            handle.flush()
        except OSError:
            handle.close()
            raise
        self._handle = handle
        return self

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is not None:
            # The file stays: removing it would race a second program opening it.
            handle.close()

    def __enter__(self) -> FolderLock:
        return self.acquire()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()


def folder_in_use(data_dir: Path) -> str | None:
    """Who holds the folder's lock (for a reading command's note), None if nobody."""
    path = lock_path(data_dir)
    if not path.is_file():
        return None
    try:
        with path.open("r+b") as handle:
            if _try_lock(handle):
                return None
    except OSError:
        return None
    return _holder(path)
