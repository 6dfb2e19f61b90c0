"""The media store in the salon's database: one `media_blobs` row of bytes per SHA-256.

For a server salon whose workstations share no folder: the bytes are written in the
caller's transaction beside their `media` row, so a photo and its file are committed or
rolled back together, and every workstation reads them from the server. Content other
transactions can see is committed, so a blob without a row is stray at once (no grace
period needed for one being added, as a folder needs).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable
from datetime import datetime
from typing import BinaryIO

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from salon_crm.db.engine import Database
from salon_crm.db.models.media import MediaBlob, MediaFile
from salon_crm.db.storage.media_store import (
    Content,
    MediaStore,
    MissingMediaError,
    bounded,
    checked_digest,
)


class DatabaseMediaStore(MediaStore):
    def __init__(self, db: Database) -> None:
        self._db = db

    def digests(self, session: Session) -> list[str]:
        return list(session.scalars(select(MediaBlob.sha256).order_by(MediaBlob.sha256)))

    def exists(self, digest: str) -> bool:
        checked = checked_digest(digest)
        with self._db.session(user_id=None, read_only=True) as session:
            return _held(session, checked)

    def open(self, digest: str) -> BinaryIO:
        with self._db.session(user_id=None, read_only=True) as session:
            return io.BytesIO(self.read(session, digest))

    def read(self, session: Session, digest: str) -> bytes:
        checked = checked_digest(digest)
        data = session.scalar(select(MediaBlob.data).where(MediaBlob.sha256 == checked))
        if data is None:
            raise MissingMediaError(digest)
        return data

    def remove(self, digests: Iterable[str]) -> None:
        """Nothing left to do: `collect_garbage` deleted the blobs in its transaction."""

    def _collect(self, session: Session, unused: list[str], *, cutoff: datetime) -> list[str]:
        stray = list(
            session.scalars(
                select(MediaBlob.sha256).where(
                    ~select(MediaFile.sha256).where(MediaFile.sha256 == MediaBlob.sha256).exists()
                )
            )
        )
        gone = [*unused, *stray]
        if gone:
            session.execute(
                delete(MediaBlob).where(MediaBlob.sha256.in_(gone)),
                execution_options={"synchronize_session": False},
            )
        return stray

    def _put(self, session: Session, chunks: Iterable[bytes], max_bytes: int) -> Content:
        data = b"".join(bounded(chunks, max_bytes))
        digest = hashlib.sha256(data).hexdigest()
        if not _held(session, digest):
            session.add(MediaBlob(sha256=digest, data=data))
            session.flush()
        return Content(digest, len(data))


def _held(session: Session, digest: str) -> bool:
    # The key alone: loading the row would read the whole blob.
    found = session.scalar(select(MediaBlob.sha256).where(MediaBlob.sha256 == digest))
    return found is not None
