"""Which media store a data folder's salon uses: the one place that knows.

A SQLite salon keeps its media in the folder beside its database file. A server salon
keeps them in its database, or in the folder its server settings name (one every
workstation reaches, such as a network share), as the owner chose when connecting.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from salon_crm import paths
from salon_crm.db.engine import Database
from salon_crm.db.models.media import MediaBlob, MediaFile
from salon_crm.db.storage.data_dir import (
    DataFolderError,
    DataFolderProblem,
    check_media_folder,
)
from salon_crm.db.storage.media_blobs import DatabaseMediaStore
from salon_crm.db.storage.media_folder import FolderMediaStore
from salon_crm.db.storage.media_store import MediaStore
from salon_crm.db.storage.server_settings import (
    ServerSettingsError,
    saved_media_folder,
    saved_url,
)


def open_media(data_dir: Path, db: Database) -> MediaStore:
    """The media store of the salon in `data_dir`, whose database `db` is open; a shared
    folder that is not there or not writable is a DataFolderError."""
    try:
        if saved_url(data_dir) is None:
            return FolderMediaStore(paths.media_dir(data_dir))
        folder = saved_media_folder(data_dir)
    except ServerSettingsError as error:
        raise DataFolderError(DataFolderProblem.SERVER_SETTINGS_DAMAGED, error.path) from None
    return server_media(db, folder)


def server_media(db: Database, folder: Path | None) -> MediaStore:
    """A server salon's media store: in `folder` (checked to be usable), or in `db`."""
    if folder is None:
        return DatabaseMediaStore(db)
    check_media_folder(folder)
    return FolderMediaStore(folder)


def media_outside_database(db: Database) -> bool | None:
    """Where a server salon's existing media are: False when every file is in its
    database, True when some are not (a shared folder holds them), None when it has none
    yet. A workstation joining the salon must keep them where the others do."""
    with db.session(user_id=None, read_only=True) as session:
        files = session.scalar(select(func.count()).select_from(MediaFile))
        if not files:
            return None
        held = session.scalar(
            select(func.count())
            .select_from(MediaFile)
            .join(MediaBlob, MediaBlob.sha256 == MediaFile.sha256)
        )
    return held != files
