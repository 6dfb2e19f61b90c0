"""Media on a server salon: what one workstation stores, another one reads, whether the
salon keeps its media in the database (the default) or in a folder both reach."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from salon_crm import paths
from salon_crm.db.storage import server_settings
from salon_crm.db.storage.media_blobs import DatabaseMediaStore
from salon_crm.db.storage.media_folder import FolderMediaStore
from salon_crm.domain.photos.photo_kinds import PhotoKind
from salon_crm.services.core.workspace import DataFolderError, DataFolderProblem, Workspace
from salon_crm.services.documents.document_service import DocumentRequest
from salon_crm.services.maintenance.media_cleanup import MediaCleanup
from salon_crm.services.photos.photo_types import PhotoDetails
from tests.conftest import POSTGRESQL, Staff
from tests.unit.photo_files import frame
from tests.unit.procedure_setup import new_client

PROFILE = PhotoDetails(PhotoKind.PROFILE)


@pytest.fixture(params=[POSTGRESQL])
def engine(request: pytest.FixtureRequest) -> str:
    """Two workstations need a server: these tests are for PostgreSQL alone."""
    return str(request.param)


def _second_folder(data_dir: Path, target: Path, *, media_folder: Path | None = None) -> Path:
    """Another workstation's data folder, connected to the same server salon."""
    url = server_settings.server_url(data_dir)
    assert url is not None
    target.mkdir()
    server_settings.save_server(target, url, None, media_folder=media_folder)
    return target


@pytest.fixture
def cabinet(data_dir: Path, tmp_path: Path, workspace: Workspace) -> Iterator[Workspace]:
    """The cosmetologist's workstation beside the front desk's `workspace`."""
    opened = Workspace.open(_second_folder(data_dir, tmp_path / "cabinet"))
    yield opened
    opened.close()


def test_a_photo_and_a_document_stored_at_one_workstation_are_read_at_another(
    workspace: Workspace, cabinet: Workspace, staff: Staff, data_dir: Path
) -> None:
    assert isinstance(workspace.media, DatabaseMediaStore)
    client = new_client(workspace, staff.admin)
    photo = workspace.photos(staff.admin).add_frame(client, frame(color=(200, 0, 0)), PROFILE)
    template = workspace.templates(staff.admin).templates()[0].id
    document = workspace.documents(staff.admin).make(
        DocumentRequest(client, template, blank_missing=True)
    )

    photos = cabinet.photos(staff.specialist)
    assert [row.id for row in photos.photos(client)] == [photo.id]
    assert photos.image(photo.id) == workspace.photos(staff.admin).image(photo.id)
    assert photos.thumbnail(photo.id)
    pdf, intact = cabinet.documents(staff.admin).pdf(document.id)
    assert intact and pdf.startswith(b"%PDF")
    for folder in (data_dir, cabinet.data_dir):
        assert not paths.media_dir(folder).exists()


def test_the_same_file_from_two_workstations_is_kept_once(
    workspace: Workspace, cabinet: Workspace, staff: Staff
) -> None:
    client = new_client(workspace, staff.admin)
    first = workspace.photos(staff.admin).add_frame(client, frame(), PROFILE)
    again = cabinet.photos(staff.admin).add_frame(client, frame(), PROFILE)

    assert first.id != again.id and first.full_sha256 == again.full_sha256
    with workspace.db.session(user_id=None) as session:
        assert workspace.media.digests(session) == sorted({first.full_sha256, first.thumb_sha256})


def test_a_collection_leaves_a_file_another_workstation_is_referencing_again(
    workspace: Workspace, cabinet: Workspace, staff: Staff
) -> None:
    logo = b"the salon's old logo"
    with workspace.db.session(user_id=None) as session:
        digest = workspace.media.add_bytes(session, logo, mime_type="image/png", max_bytes=100)
        workspace.media.release(session, digest.sha256)
    later = datetime.now(UTC) + timedelta(days=2)
    cleanup = MediaCleanup(cabinet.db, staff.owner, cabinet.media, clock=lambda: later)
    collected: list[int] = []
    collector = threading.Thread(target=lambda: collected.append(cleanup.collect()))

    with workspace.db.session(user_id=None) as session:
        workspace.media.add_bytes(session, logo, mime_type="image/png", max_bytes=100)
        collector.start()
        collector.join(timeout=1)
        assert collector.is_alive()  # the collection waits for this transaction
    collector.join(timeout=30)

    assert collected == [0]
    assert cabinet.media.exists(digest.sha256)


def test_a_shared_media_folder_serves_both_workstations(
    data_dir: Path, tmp_path: Path, staff: Staff
) -> None:
    shared = tmp_path / "share"
    shared.mkdir()
    server_settings.save_server(
        data_dir, str(server_settings.server_url(data_dir)), None, media_folder=shared
    )
    front = Workspace.open(data_dir)
    cabinet = Workspace.open(_second_folder(data_dir, tmp_path / "cabinet", media_folder=shared))
    try:
        client = new_client(front, staff.admin)
        photo = front.photos(staff.admin).add_frame(client, frame(), PROFILE)
        assert isinstance(cabinet.media, FolderMediaStore) and cabinet.media.root == shared
        assert cabinet.media.path_of(photo.full_sha256).is_file()
        assert cabinet.photos(staff.admin).image(photo.id) == front.photos(staff.admin).image(
            photo.id
        )
    finally:
        front.close()
        cabinet.close()


def test_a_missing_shared_media_folder_is_a_data_folder_problem(
    data_dir: Path, tmp_path: Path
) -> None:
    gone = tmp_path / "unplugged-share"
    server_settings.save_server(
        data_dir, str(server_settings.server_url(data_dir)), None, media_folder=gone
    )

    with pytest.raises(DataFolderError) as refused:
        Workspace.open(data_dir)

    assert refused.value.problem is DataFolderProblem.MEDIA_FOLDER_MISSING
    assert refused.value.path == gone
    assert str(gone) in refused.value.message
