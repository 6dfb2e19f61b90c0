"""The content-addressed media folder."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from salon_crm.db.storage.media_store import MediaError, MediaStore, MediaTooLargeError


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
