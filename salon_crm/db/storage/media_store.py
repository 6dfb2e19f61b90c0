"""Photos and files, stored by content: what every media store does, wherever it keeps them.

The database refers to a file by its SHA-256 only, so stored content is never changed
once written and identical files are kept once. Where the bytes live is the store's
business: a folder (`media_folder`, beside the SQLite file or one every workstation
reaches) or the salon's database (`media_blobs`); `media_location.open_media` chooses by
the data folder, and nothing above `db/` knows which.

Each file has a row in the `media` table (size, type, how many rows use it), written in
the caller's transaction: content whose transaction rolled back has no row, or a row with
no references, and `collect_garbage` removes it once it is older than a grace period.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import delete
from sqlalchemy.orm import Session

from salon_crm.db.models.media import MediaFile

CHUNK = 1 << 20
DIGEST = re.compile(r"^[0-9a-f]{64}$")


class MediaError(Exception):
    """A file could not be stored or found."""


class MissingMediaError(MediaError):
    """The database names a file the store does not hold (deleted, or a folder restored
    without it)."""

    def __init__(self, digest: str) -> None:
        super().__init__(f"missing media file {digest}")
        self.digest = digest


class MediaTooLargeError(MediaError):
    def __init__(self, limit: int) -> None:
        super().__init__(f"larger than {limit} bytes")
        self.limit = limit


@dataclass(frozen=True)
class StoredMedia:
    sha256: str
    size: int
    mime_type: str


@dataclass(frozen=True)
class Content:
    """What a store holds now under `sha256`: `size` bytes."""

    sha256: str
    size: int


def checked_digest(digest: str) -> str:
    """`digest` if it is a SHA-256 hex digest; no name from outside (`../../x`) passes."""
    if not DIGEST.match(digest):
        raise MediaError(f"not a media digest: {digest!r}")
    return digest


def check_size(size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise MediaTooLargeError(max_bytes)


def bounded(chunks: Iterable[bytes], max_bytes: int) -> Iterator[bytes]:
    """`chunks`, refused once they add up to more than `max_bytes` (a file that grew
    while being read)."""
    size = 0
    for chunk in chunks:
        size += len(chunk)
        check_size(size, max_bytes)
        yield chunk


class MediaStore(ABC):
    """The salon's stored files. The `add_*` and `release` calls count references in the
    caller's session; `exists` and `open` read committed content by digest; `digests`,
    `put_bytes` and `open` are all a copier between two stores needs."""

    # --- files with their rows -------------------------------------------------------------

    def add_bytes(
        self, session: Session, data: bytes, *, mime_type: str, max_bytes: int
    ) -> StoredMedia:
        """Store `data` and count one more reference to it in `session`'s transaction."""
        check_size(len(data), max_bytes)
        return self._register(session, self._put(session, [data], max_bytes), mime_type)

    def add_file(
        self, session: Session, source: Path, *, mime_type: str, max_bytes: int
    ) -> StoredMedia:
        """Store a copy of `source`, reading it once and never more than `max_bytes`."""
        check_size(source.stat().st_size, max_bytes)
        with source.open("rb") as src:
            chunks = iter(lambda: src.read(CHUNK), b"")
            return self._register(session, self._put(session, chunks, max_bytes), mime_type)

    def release(self, session: Session, digest: str) -> None:
        """One reference fewer; the file stays until `collect_garbage` finds it unused."""
        row = session.get(MediaFile, checked_digest(digest))
        if row is not None and row.references > 0:
            row.references -= 1

    def collect_garbage(
        self, session: Session, *, now: datetime, grace: timedelta = timedelta(days=1)
    ) -> list[str]:
        """Forget the rows nobody references and find the content nobody has a row for,
        both older than `grace` (a file being added right now is younger); returns their
        digests. Call `remove` with them only after the transaction has committed."""
        cutoff = now - grace
        # One statement that checks `references` again on the row it deletes: a row
        # another workstation has just referenced once more is left alone.
        unused = session.scalars(
            delete(MediaFile)
            .where(MediaFile.references <= 0, MediaFile.created_at < cutoff)
            .returning(MediaFile.sha256),
            execution_options={"synchronize_session": False},
        ).all()
        stray = self._collect(session, list(unused), cutoff=cutoff)
        return sorted({*unused, *stray})

    def _register(self, session: Session, content: Content, mime_type: str) -> StoredMedia:
        # Locked (PostgreSQL): a garbage collection on another workstation waits for this
        # transaction and then sees the reference, or has already removed the row.
        row = session.get(MediaFile, content.sha256, with_for_update=True)
        if row is None:
            row = MediaFile(
                sha256=content.sha256, size=content.size, mime_type=mime_type[:100], references=0
            )
            session.add(row)
        row.references += 1
        # Written now: rows that name the file by its digest come after it, and the flush
        # would not know to order them (they refer to it by a column, not a relationship).
        session.flush()
        return StoredMedia(row.sha256, row.size, row.mime_type)

    # --- content alone, by digest ----------------------------------------------------------

    def put_bytes(self, session: Session, data: bytes, *, max_bytes: int) -> str:
        """Store `data` without a `media` row (a copier writes the rows itself)."""
        check_size(len(data), max_bytes)
        return self._put(session, [data], max_bytes).sha256

    @abstractmethod
    def digests(self, session: Session) -> list[str]:
        """Every digest whose content the store holds, in order."""

    @abstractmethod
    def exists(self, digest: str) -> bool: ...

    @abstractmethod
    def open(self, digest: str) -> BinaryIO:
        """The stored content as a readable binary stream; MediaError when it is missing."""

    def read(self, session: Session, digest: str) -> bytes:
        """The stored content whole, as `session`'s transaction sees it (content written
        in that transaction and not yet committed included)."""
        del session  # a folder's files are there for every transaction at once
        with self.open(digest) as stream:
            return stream.read()

    @abstractmethod
    def remove(self, digests: Iterable[str]) -> None:
        """Remove what `collect_garbage` returned, after its transaction has committed."""

    @abstractmethod
    def _put(self, session: Session, chunks: Iterable[bytes], max_bytes: int) -> Content:
        """Keep the content of `chunks` (refused beyond `max_bytes`) and name it."""

    @abstractmethod
    def _collect(self, session: Session, unused: list[str], *, cutoff: datetime) -> list[str]:
        """Collect the content of the `unused` rows just deleted; returns the digests of
        content that has no row at all, older than `cutoff`."""
