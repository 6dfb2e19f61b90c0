"""Moving a data folder's salon from its SQLite file to a PostgreSQL server.

The folder is switched to the server (its server settings written) only after the copy
was verified; until then, and whatever fails, the folder still opens its SQLite file,
which is never written to and stays as the fallback. The photos and files go into the
server's database, or into the shared folder the owner names; each is read back from
where it went and its SHA-256 checked against its name.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from salon_crm.db.models.media import MediaFile
from salon_crm.db.storage.data_dir import open_data_dir, open_server
from salon_crm.db.storage.media_location import open_media, server_media
from salon_crm.db.storage.media_store import MediaStore
from salon_crm.db.storage.salon_copy import (
    Progress,
    SalonCopyError,
    TableFigure,
    compare,
    copy_rows,
    figures,
)
from salon_crm.db.storage.server_settings import save_server, saved_url, with_password


@dataclass(frozen=True)
class MoveReport:
    tables: tuple[TableFigure, ...]
    media_files: int
    media_bytes: int
    seconds: float

    @property
    def rows(self) -> int:
        return sum(table.rows for table in self.tables)


def _copy_media(source: MediaStore, target: MediaStore, connection: Connection) -> tuple[int, int]:
    """Every file the copied `media` rows name, into `target` in `connection`'s
    transaction and read back from there; (files, bytes)."""
    with Session(bind=connection) as session:
        files = session.execute(select(MediaFile.sha256, MediaFile.size)).all()
        for digest, size in files:
            # The row's size as the limit: a file that grew or shrank is refused.
            target.put_bytes(session, source.read(session, digest), max_bytes=size)
            written = target.read(session, digest)
            if hashlib.sha256(written).hexdigest() != digest or len(written) != size:
                raise SalonCopyError(f"the copy of the media file {digest} differs")
        return len(files), sum(size for _digest, size in files)


def move_salon(
    data_dir: Path,
    url: str,
    password: str | None,
    progress: Progress,
    *,
    media_folder: Path | None = None,
) -> MoveReport:
    """Copy the folder's SQLite salon into the empty database at `url` (its media into
    the database, or into `media_folder`), verify it and switch the folder to the
    server. Raises SalonCopyError, DataFolderError or MediaError."""
    if saved_url(data_dir) is not None:
        raise SalonCopyError("this data folder's salon is already on a server")
    started = time.perf_counter()
    local = open_data_dir(data_dir)  # backed up and migrated first, like any opening
    try:
        server = open_server(with_password(url, password))
    except BaseException:
        local.dispose()  # its pragmas were read back: a connection is pooled
        raise
    try:
        local_media = open_media(data_dir, local)
        target_media = server_media(server, media_folder)
        # The SQLite transaction takes the file's write lock (see db.engine): nobody adds
        # a client there while it is being copied. The checks read the server's rows back
        # before they are committed: a copy that differs is rolled back and leaves the
        # server's tables empty.
        with local.engine.begin() as source, server.engine.begin() as target:
            here = copy_rows(source, target, progress)
            compare(here, figures(target))
            files, size = _copy_media(local_media, target_media, target)
    finally:
        local.dispose()
        server.dispose()
    save_server(data_dir, url, password, media_folder=media_folder)
    return MoveReport(tuple(here.values()), files, size, time.perf_counter() - started)
