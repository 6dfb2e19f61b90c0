"""Photos and files, stored by content: `media/ab/cd/<sha256>` beside the database.

The database refers to a file by its SHA-256 only, so a file is never overwritten or
renamed once written, identical files are kept once, and a backup of the folder is a
plain copy. Writes go to a temporary file, are fsynced and then renamed into place.

Each file has a row in the `media` table (size, type, how many rows use it), written in
the caller's transaction: a file whose transaction rolled back has no row, or a row with
no references, and `collect_garbage` removes it once it is older than a grace period.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from salon_crm.db.models.media import MediaFile
from salon_crm.db.storage.durable import fsync_dir

CHUNK = 1 << 20
_DIGEST = re.compile(r"^[0-9a-f]{64}$")


class MediaError(Exception):
    """A file could not be stored or found."""


class MediaTooLargeError(MediaError):
    def __init__(self, limit: int) -> None:
        super().__init__(f"larger than {limit} bytes")
        self.limit = limit


@dataclass(frozen=True)
class StoredMedia:
    sha256: str
    size: int
    mime_type: str


class MediaStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    # --- files with their rows -------------------------------------------------------------

    def add_bytes(
        self, session: Session, data: bytes, *, mime_type: str, max_bytes: int
    ) -> StoredMedia:
        """Store `data` and count one more reference to it in `session`'s transaction."""
        return self._register(session, self.put_bytes(data, max_bytes=max_bytes), mime_type)

    def add_file(
        self, session: Session, source: Path, *, mime_type: str, max_bytes: int
    ) -> StoredMedia:
        return self._register(session, self.put_file(source, max_bytes=max_bytes), mime_type)

    def release(self, session: Session, digest: str) -> None:
        """One reference fewer; the file stays until `collect_garbage` finds it unused."""
        row = session.get(MediaFile, self.path_of(digest).name)
        if row is not None and row.references > 0:
            row.references -= 1

    def collect_garbage(
        self, session: Session, *, now: datetime, grace: timedelta = timedelta(days=1)
    ) -> list[str]:
        """Forget the rows nobody references and find the files nobody has a row for, both
        older than `grace` (a file being added right now is younger); returns their digests.
        Remove the files with `remove` only after the transaction has committed."""
        cutoff = now - grace
        unused = []
        for row in session.scalars(
            select(MediaFile).where(MediaFile.references <= 0, MediaFile.created_at < cutoff)
        ):
            unused.append(row.sha256)
            session.delete(row)
        session.flush()
        known = set(session.scalars(select(MediaFile.sha256)))
        stray = []
        for path in self._files():
            if path.name in known or datetime.fromtimestamp(path.stat().st_mtime, UTC) >= cutoff:
                continue
            if _DIGEST.match(path.name):
                stray.append(path.name)
            elif path.name.startswith(".incoming-"):
                path.unlink(missing_ok=True)  # a copy a crash interrupted
        return sorted({*unused, *stray})

    def remove(self, digests: Iterable[str]) -> None:
        for digest in digests:
            self.path_of(digest).unlink(missing_ok=True)

    def _register(self, session: Session, digest: str, mime_type: str) -> StoredMedia:
        row = session.get(MediaFile, digest)
        if row is None:
            size = self.path_of(digest).stat().st_size
            row = MediaFile(sha256=digest, size=size, mime_type=mime_type[:100], references=0)
            session.add(row)
        row.references += 1
        # Written now: rows that name the file by its digest come after it, and the flush
        # would not know to order them (they refer to it by a column, not a relationship).
        session.flush()
        return StoredMedia(row.sha256, row.size, row.mime_type)

    def _files(self) -> Iterator[Path]:
        if self.root.is_dir():
            yield from (p for p in self.root.rglob("*") if p.is_file())

    # --- files alone -----------------------------------------------------------------------

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
        fsync_dir(target.parent)  # the rename itself survives a power cut
