"""The content-addressed media folder."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from salon_crm.db.models import MediaFile
from salon_crm.db.storage.media_store import MediaError, MediaStore, MediaTooLargeError
from salon_crm.domain.common.errors import PermissionDeniedError
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.maintenance.media_cleanup import MediaCleanup
from tests.conftest import Staff


def test_stores_by_content_once(tmp_path: Path) -> None:
    store = MediaStore(tmp_path / "media")
    digest = store.put_bytes(b"photo", max_bytes=100)
    assert digest == hashlib.sha256(b"photo").hexdigest()
    assert store.put_bytes(b"photo", max_bytes=100) == digest
    with store.open(digest) as stored:
        assert stored.read() == b"photo"
    assert store.path_of(digest).relative_to(tmp_path / "media").parts[:2] == (
        digest[:2],
        digest[2:4],
    )
    assert [p.name for p in (tmp_path / "media").rglob("*") if p.is_file()] == [digest]


def test_copies_a_file_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    source = tmp_path / "in.jpg"
    source.write_bytes(b"x" * 3000)
    store = MediaStore(tmp_path / "media")
    digest = store.put_file(source, max_bytes=10_000)
    assert store.exists(digest)
    assert not list((tmp_path / "media").glob(".incoming-*"))


def test_refuses_files_over_the_limit_and_writes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "huge.jpg"
    source.write_bytes(b"x" * 2000)
    store = MediaStore(tmp_path / "media")
    with pytest.raises(MediaTooLargeError):
        store.put_file(source, max_bytes=1000)
    with pytest.raises(MediaTooLargeError):
        store.put_bytes(b"x" * 2000, max_bytes=1000)
    assert not [p for p in (tmp_path / "media").rglob("*") if p.is_file()]


@pytest.mark.parametrize("name", ["../../x", "..", "ABC", "a" * 63, "g" * 64, "/etc/passwd"])
def test_refuses_names_that_are_not_digests(tmp_path: Path, name: str) -> None:
    store = MediaStore(tmp_path / "media")
    with pytest.raises(MediaError):
        store.path_of(name)
    with pytest.raises(MediaError):
        store.open(name)


def test_a_stored_file_has_a_row_counting_its_references(workspace: Workspace) -> None:
    store = workspace.media
    with workspace.db.session(user_id=None) as session:
        first = store.add_bytes(session, b"\xff\xd8jpeg", mime_type="image/jpeg", max_bytes=100)
        again = store.add_bytes(session, b"\xff\xd8jpeg", mime_type="image/jpeg", max_bytes=100)
    assert first == again
    assert (first.size, first.mime_type) == (6, "image/jpeg")
    with workspace.db.session(user_id=None) as session:
        row = session.get(MediaFile, first.sha256)
        assert row is not None and row.references == 2


def test_unused_and_stray_files_are_collected_after_the_grace_period(
    workspace: Workspace, staff: Staff
) -> None:
    store = workspace.media
    with workspace.db.session(user_id=None) as session:
        used = store.add_bytes(session, b"used", mime_type="image/png", max_bytes=100)
        released = store.add_bytes(session, b"released", mime_type="image/png", max_bytes=100)
        store.release(session, released.sha256)
    stray = store.put_bytes(b"a crash left me without a row", max_bytes=100)
    leftover = store.root / ".incoming-crashed"
    leftover.write_bytes(b"half")
    cleanup = workspace.media_cleanup(staff.owner)
    assert cleanup.collect() == 0  # all of it is younger than a day
    assert store.exists(stray) and leftover.exists()

    later = datetime.now(UTC) + timedelta(days=2)
    aged = later.timestamp() - 2 * 86400 - 60
    os.utime(store.path_of(stray), (aged, aged))
    os.utime(leftover, (aged, aged))
    later_cleanup = MediaCleanup(workspace.db, staff.owner, store, clock=lambda: later)
    assert later_cleanup.collect() == 2
    assert store.exists(used.sha256)
    assert not store.exists(released.sha256) and not store.exists(stray)
    assert not leftover.exists()
    with workspace.db.session(user_id=None) as session:
        assert session.get(MediaFile, released.sha256) is None
        assert session.get(MediaFile, used.sha256) is not None


def test_only_the_owner_collects_media(workspace: Workspace, staff: Staff) -> None:
    with pytest.raises(PermissionDeniedError):
        workspace.media_cleanup(staff.admin).collect()
