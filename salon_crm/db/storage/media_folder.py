"""The media store in a folder: `ab/cd/<sha256>` files, beside the SQLite database or in
a folder every workstation of a server salon reaches.

A file is written to a temporary file, fsynced and renamed into place, so a crash leaves
either the whole file or a `.incoming-*` leftover that garbage collection removes. A
backup of the folder is a plain copy.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from salon_crm.db.models.media import MediaFile
from salon_crm.db.storage.durable import fsync_dir
from salon_crm.db.storage.media_store import (
    DIGEST,
    Content,
    MediaStore,
    MissingMediaError,
    bounded,
    checked_digest,
)


class FolderMediaStore(MediaStore):
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_of(self, digest: str) -> Path:
        """Where a stored file lives (refuses anything but a digest)."""
        checked = checked_digest(digest)
        return self.root / checked[:2] / checked[2:4] / checked

    def digests(self, session: Session) -> list[str]:
        return sorted(path.name for path in self._files() if DIGEST.match(path.name))

    def exists(self, digest: str) -> bool:
        return self.path_of(digest).is_file()

    def open(self, digest: str) -> BinaryIO:
        path = self.path_of(digest)
        if not path.is_file():
            raise MissingMediaError(digest)
        return path.open("rb")

    def remove(self, digests: Iterable[str]) -> None:
        for digest in digests:
            self.path_of(digest).unlink(missing_ok=True)

    def _collect(self, session: Session, unused: list[str], *, cutoff: datetime) -> list[str]:
        # The files of `unused` go in `remove`, once their rows are gone for good.
        known = set(session.scalars(select(MediaFile.sha256)))
        stray = []
        for path in self._files():
            if path.name in known or datetime.fromtimestamp(path.stat().st_mtime, UTC) >= cutoff:
                continue
            if DIGEST.match(path.name):
                stray.append(path.name)
            elif path.name.startswith(".incoming-"):
                path.unlink(missing_ok=True)  # a copy a crash interrupted
        return stray

    def _files(self) -> Iterator[Path]:
        if self.root.is_dir():
            yield from (p for p in self.root.rglob("*") if p.is_file())

    def _put(self, session: Session, chunks: Iterable[bytes], max_bytes: int) -> Content:
        """Write to a temporary file while hashing, fsync, then rename into place."""
        self.root.mkdir(parents=True, exist_ok=True)
        hasher = hashlib.sha256()
        handle, temp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        temp = Path(temp_name)
        try:
            size = 0
            with os.fdopen(handle, "wb") as out:
                for chunk in bounded(chunks, max_bytes):
                    size += len(chunk)
                    hasher.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            digest = hasher.hexdigest()
            self._place(temp, digest)
            return Content(digest, size)
        finally:
            temp.unlink(missing_ok=True)

    def _place(self, temp: Path, digest: str) -> None:
        target = self.path_of(digest)
        if target.exists():
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(temp, target)
        fsync_dir(target.parent)  # the rename itself survives a power cut
