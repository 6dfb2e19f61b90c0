"""Photos and files, stored by content: `media/ab/cd/<sha256>` beside the database.

The database refers to a file by its SHA-256 only, so a file is never overwritten or
renamed once written, identical files are kept once, and a backup of the folder is a
plain copy. Writes go to a temporary file, are fsynced and then renamed into place.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

CHUNK = 1 << 20
_DIGEST = re.compile(r"^[0-9a-f]{64}$")


class MediaError(Exception):
    """A file could not be stored or found."""


class MediaTooLargeError(MediaError):
    def __init__(self, limit: int) -> None:
        super().__init__(f"larger than {limit} bytes")
        self.limit = limit


class MediaStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_of(self, digest: str) -> Path:
        """Where a stored file lives; refuses anything but a SHA-256 hex digest, so no
        name from outside (`../../x`) can point elsewhere."""
        if not _DIGEST.match(digest):
            raise MediaError(f"not a media digest: {digest!r}")
        return self.root / digest[:2] / digest[2:4] / digest

    def exists(self, digest: str) -> bool:
        return self.path_of(digest).is_file()

    def open(self, digest: str) -> BinaryIO:
        path = self.path_of(digest)
        if not path.is_file():
            raise MediaError(f"missing media file {digest}")
        return path.open("rb")

    def put_bytes(self, data: bytes, *, max_bytes: int) -> str:
        if len(data) > max_bytes:
            raise MediaTooLargeError(max_bytes)
        return self._ingest([data], max_bytes)

    def put_file(self, source: Path, *, max_bytes: int) -> str:
        """Store a copy of `source`, reading it once and never more than `max_bytes`."""
        if source.stat().st_size > max_bytes:
            raise MediaTooLargeError(max_bytes)
        with source.open("rb") as src:
            return self._ingest(iter(lambda: src.read(CHUNK), b""), max_bytes)

    def _ingest(self, chunks: Iterable[bytes], max_bytes: int) -> str:
        """Write to a temporary file while hashing, fsync, then rename into place."""
        self.root.mkdir(parents=True, exist_ok=True)
        hasher = hashlib.sha256()
        handle, temp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        temp = Path(temp_name)
        try:
            size = 0
            with os.fdopen(handle, "wb") as out:
                for chunk in chunks:
                    size += len(chunk)
                    if size > max_bytes:  # the file grew while being read
                        raise MediaTooLargeError(max_bytes)
                    hasher.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            digest = hasher.hexdigest()
            self._place(temp, digest)
            return digest
        finally:
            temp.unlink(missing_ok=True)

    def _place(self, temp: Path, digest: str) -> None:
        target = self.path_of(digest)
        if target.exists():
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(temp, target)
        directory = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(directory)  # the rename itself survives a power cut
        finally:
            os.close(directory)
