"""The media stores: the content-addressed folder and the database's blobs, one contract.

Each test of the contract runs on both stores over both engines: a folder serves a SQLite
salon and a server salon that chose a shared folder; the database store serves a server
salon (and works on SQLite alike).
"""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from salon_crm.db.models import MediaBlob, MediaFile
from salon_crm.db.storage.media_blobs import DatabaseMediaStore
from salon_crm.db.storage.media_folder import FolderMediaStore
from salon_crm.db.storage.media_store import MediaError, MediaStore, MediaTooLargeError
from salon_crm.domain.common.errors import PermissionDeniedError
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.maintenance.media_cleanup import MediaCleanup
from tests.conftest import Staff

JPEG = "image/jpeg"
LATER = datetime.now(UTC) + timedelta(days=2)


@pytest.fixture(params=["folder", "database"])
def store(request: pytest.FixtureRequest, workspace: Workspace, tmp_path: Path) -> MediaStore:
    if request.param == "folder":
        return FolderMediaStore(tmp_path / "shared-media")
    return DatabaseMediaStore(workspace.db)


def _held(workspace: Workspace, store: MediaStore) -> list[str]:
    with workspace.db.session(user_id=None) as session:
        return store.digests(session)


def _collect(workspace: Workspace, staff: Staff, store: MediaStore, *, at: datetime) -> int:
    return MediaCleanup(workspace.db, staff.owner, store, clock=lambda: at).collect()


def test_stores_by_content_once_and_counts_each_reference(
    workspace: Workspace, store: MediaStore
) -> None:
    with workspace.db.session(user_id=None) as session:
        first = store.add_bytes(session, b"\xff\xd8jpeg", mime_type=JPEG, max_bytes=100)
        again = store.add_bytes(session, b"\xff\xd8jpeg", mime_type=JPEG, max_bytes=100)
    assert first == again
    assert first.sha256 == hashlib.sha256(b"\xff\xd8jpeg").hexdigest()
    assert (first.size, first.mime_type) == (6, JPEG)
    assert store.exists(first.sha256)
    with store.open(first.sha256) as stored:
        assert stored.read() == b"\xff\xd8jpeg"
    assert _held(workspace, store) == [first.sha256]
    with workspace.db.session(user_id=None) as session:
        row = session.get(MediaFile, first.sha256)
        assert row is not None and row.references == 2


def test_a_file_is_copied_whole(workspace: Workspace, store: MediaStore, tmp_path: Path) -> None:
    source = tmp_path / "in.jpg"
    source.write_bytes(os.urandom(3 << 20))  # more than one read's chunk
    with workspace.db.session(user_id=None) as session:
        stored = store.add_file(session, source, mime_type=JPEG, max_bytes=4 << 20)
    assert stored.size == 3 << 20
    with store.open(stored.sha256) as copy:
        assert copy.read() == source.read_bytes()


def test_refuses_content_over_the_limit_and_keeps_nothing(
    workspace: Workspace, store: MediaStore, tmp_path: Path
) -> None:
    source = tmp_path / "huge.jpg"
    source.write_bytes(b"x" * 2000)
    with workspace.db.session(user_id=None) as session:
        with pytest.raises(MediaTooLargeError) as from_file:
            store.add_file(session, source, mime_type=JPEG, max_bytes=1000)
        with pytest.raises(MediaTooLargeError):
            store.add_bytes(session, b"x" * 2000, mime_type=JPEG, max_bytes=1000)
        with pytest.raises(MediaTooLargeError):
            store.put_bytes(session, b"x" * 1001, max_bytes=1000)
    assert from_file.value.limit == 1000
    assert _held(workspace, store) == []
    if isinstance(store, FolderMediaStore):
        assert not [p for p in store.root.rglob("*") if p.is_file()]


def test_content_of_a_rolled_back_transaction_is_never_referenced(
    workspace: Workspace, store: MediaStore
) -> None:
    with pytest.raises(RuntimeError), workspace.db.session(user_id=None) as session:
        stored = store.add_bytes(session, b"abandoned", mime_type=JPEG, max_bytes=100)
        raise RuntimeError("the photo's row failed")
    with workspace.db.session(user_id=None) as session:
        assert session.get(MediaFile, stored.sha256) is None
    if isinstance(store, DatabaseMediaStore):  # a folder's file waits for the collection
        assert _held(workspace, store) == []


@pytest.mark.parametrize("name", ["../../x", "..", "ABC", "a" * 63, "g" * 64, "/etc/passwd"])
def test_refuses_names_that_are_not_digests(store: MediaStore, name: str) -> None:
    with pytest.raises(MediaError):
        store.open(name)
    with pytest.raises(MediaError):
        store.exists(name)


def test_missing_content_is_a_media_error(store: MediaStore) -> None:
    with pytest.raises(MediaError, match="missing"):
        store.open("0" * 64)
    assert not store.exists("0" * 64)


def test_garbage_collection_removes_the_unreferenced_and_keeps_the_referenced(
    workspace: Workspace, staff: Staff, store: MediaStore
) -> None:
    with workspace.db.session(user_id=None) as session:
        used = store.add_bytes(session, b"used", mime_type=JPEG, max_bytes=100)
        released = store.add_bytes(session, b"released", mime_type=JPEG, max_bytes=100)
        store.release(session, released.sha256)
    assert _collect(workspace, staff, store, at=datetime.now(UTC)) == 0  # within a day

    assert _collect(workspace, staff, store, at=LATER) == 1
    assert store.exists(used.sha256) and not store.exists(released.sha256)
    assert _held(workspace, store) == [used.sha256]
    with workspace.db.session(user_id=None) as session:
        assert session.get(MediaFile, released.sha256) is None
        assert session.get(MediaFile, used.sha256) is not None


def test_content_released_and_referenced_again_is_kept(
    workspace: Workspace, staff: Staff, store: MediaStore
) -> None:
    with workspace.db.session(user_id=None) as session:
        logo = store.add_bytes(session, b"logo", mime_type=JPEG, max_bytes=100)
        store.release(session, logo.sha256)
    with workspace.db.session(user_id=None) as session:
        store.add_bytes(session, b"logo", mime_type=JPEG, max_bytes=100)
    assert _collect(workspace, staff, store, at=LATER) == 0
    assert store.exists(logo.sha256)


def test_stray_folder_files_are_collected_after_the_grace_period(
    workspace: Workspace, staff: Staff, tmp_path: Path
) -> None:
    store = FolderMediaStore(tmp_path / "shared-media")
    with workspace.db.session(user_id=None) as session:
        stray = store.put_bytes(session, b"a crash left me without a row", max_bytes=100)
    leftover = store.root / ".incoming-crashed"
    leftover.write_bytes(b"half")
    assert _collect(workspace, staff, store, at=datetime.now(UTC)) == 0
    assert store.exists(stray) and leftover.exists()

    aged = LATER.timestamp() - 2 * 86400 - 60
    os.utime(store.path_of(stray), (aged, aged))
    os.utime(leftover, (aged, aged))
    assert _collect(workspace, staff, store, at=LATER) == 1
    assert not store.exists(stray) and not leftover.exists()


def test_a_blob_without_a_row_is_collected(workspace: Workspace, staff: Staff) -> None:
    store = DatabaseMediaStore(workspace.db)
    with workspace.db.session(user_id=None) as session:
        stray = store.put_bytes(session, b"copied, its row never came", max_bytes=100)
    assert _collect(workspace, staff, store, at=datetime.now(UTC)) == 1
    assert not store.exists(stray)
    with workspace.db.session(user_id=None) as session:
        assert session.get(MediaBlob, stray) is None


def test_a_folder_file_lives_under_its_digest(tmp_path: Path) -> None:
    store = FolderMediaStore(tmp_path / "media")
    digest = "ab" + "c" * 62
    assert store.path_of(digest) == tmp_path / "media" / "ab" / "cc" / digest
    with pytest.raises(MediaError):
        store.path_of("../../x")


def test_a_copier_moves_every_file_from_one_store_to_another(
    workspace: Workspace, tmp_path: Path
) -> None:
    source = FolderMediaStore(tmp_path / "media")
    target = DatabaseMediaStore(workspace.db)
    contents = [b"photo", b"thumb", b"signed pdf"]
    with workspace.db.session(user_id=None) as session:
        digests = sorted(source.put_bytes(session, data, max_bytes=100) for data in contents)
        assert source.digests(session) == digests
        for digest in digests:
            with source.open(digest) as handle:
                assert target.put_bytes(session, handle.read(), max_bytes=100) == digest
    assert _held(workspace, target) == digests


def test_only_the_owner_collects_media(workspace: Workspace, staff: Staff) -> None:
    with pytest.raises(PermissionDeniedError):
        workspace.media_cleanup(staff.admin).collect()
