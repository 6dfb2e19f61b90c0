"""Changing a salon's stored content behind its media store's back, as a damaged disk or
a meddling hand would, wherever the store keeps it."""

from __future__ import annotations

from sqlalchemy import update

from salon_crm.db.models import MediaBlob
from salon_crm.db.storage.media_folder import FolderMediaStore
from salon_crm.services.core.workspace import Workspace


def stored_bytes(workspace: Workspace, digest: str) -> bytes:
    with workspace.media.open(digest) as handle:
        return handle.read()


def overwrite(workspace: Workspace, digest: str, data: bytes) -> None:
    media = workspace.media
    if isinstance(media, FolderMediaStore):
        path = media.path_of(digest)
        path.chmod(0o644)
        path.write_bytes(data)
        return
    with workspace.db.session(user_id=None) as session:
        changed = session.execute(
            update(MediaBlob).where(MediaBlob.sha256 == digest).values(data=data)
        )
        assert changed.rowcount == 1  # type: ignore[attr-defined]
