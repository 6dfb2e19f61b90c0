"""`salon-crm migrate-to`: a SQLite salon moved to an empty PostgreSQL database, verified."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from salon_crm import paths
from salon_crm.db.storage import salon_move, server_settings
from salon_crm.db.storage.media_folder import FolderMediaStore
from salon_crm.db.storage.salon_copy import SalonCopyError, TableFigure, figures
from salon_crm.services.clients.client_types import ClientInput, PhoneData
from salon_crm.services.core.workspace import Workspace
from tests.cli_runner import run

QUERIES = ("Ко", "ivan", "0671", "Олена", "марія")


def _figures(url: str) -> dict[str, TableFigure]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            return figures(connection)
    finally:
        engine.dispose()


def _searches(data_dir: Path, owner: str, password: str) -> list[list[str]]:
    workspace = Workspace.open(data_dir)
    try:
        actor = workspace.authenticate(owner, password)
        search = workspace.search(actor)
        return [[row.number for row in search.search(q, limit=20).rows] for q in QUERIES]
    finally:
        workspace.close()


@pytest.fixture(scope="module")
def demo_salon(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """A demo salon of 300 clients in its SQLite file, with one client edited (audit
    rows); the owner's login and password. Made once, copied for each test."""
    folder = tmp_path_factory.mktemp("demo") / "salon"
    done = run(folder, "demo", "--clients", "300", "--seed", "7", password=None)
    assert done.returncode == 0, done.stderr
    owner, _role, password = done.stdout.splitlines()[0].split("\t")
    workspace = Workspace.open(folder)
    try:
        clients = workspace.clients(workspace.authenticate(owner, password))
        created = clients.create(
            ClientInput(last_name="Переїзд", first_name="Олена", phones=(PhoneData("0671112233"),))
        )
        clients.archive(created.id, reason="moved away")
    finally:
        workspace.close()
    return folder, owner, password


@pytest.fixture
def sqlite_salon(demo_salon: tuple[Path, str, str], tmp_path: Path) -> tuple[Path, str, str]:
    folder, owner, password = demo_salon
    copy = tmp_path / "salon"
    shutil.copytree(folder, copy)
    return copy, owner, password


def test_the_salon_is_copied_verified_and_the_folder_switched(
    sqlite_salon: tuple[Path, str, str], postgres_url: str
) -> None:
    folder, owner, password = sqlite_salon
    database = paths.database_path(folder)
    found_before = _searches(folder, owner, password)
    engine_url = f"sqlite:///{database}"
    here = _figures(engine_url)

    done = run(folder, "migrate-to", postgres_url, password="")

    assert done.returncode == 0, done.stderr
    assert "counts and checksums match" in done.stdout
    assert "  clients: 301 rows" in done.stderr
    assert server_settings.saved_url(folder) is not None
    assert _figures(engine_url) == here  # the fallback, as it was
    assert _figures(postgres_url) == here
    assert here["audit_log"].rows > 0 and here["clients"].rows == 301
    # The same program on the server: the same searches, the same answers.
    assert _searches(folder, owner, password) == found_before
    # Ids and numbers go on after the copied ones.
    workspace = Workspace.open(folder)
    try:
        clients = workspace.clients(workspace.authenticate(owner, password))
        card = clients.create(
            ClientInput(last_name="Новенька", first_name="Ія", phones=(PhoneData("0679998877"),))
        )
        assert card.number == "302"
    finally:
        workspace.close()


def _stored_media(folder: Path) -> dict[str, bytes]:
    """Every media file of the folder's SQLite salon, by digest."""
    engine = sa.create_engine(f"sqlite:///{paths.database_path(folder)}")
    try:
        with engine.connect() as connection:
            digests = connection.scalars(sa.text("SELECT sha256 FROM media")).all()
    finally:
        engine.dispose()
    files = FolderMediaStore(paths.media_dir(folder))
    return {digest: files.open(digest).read() for digest in digests}


def test_the_photos_and_files_move_into_the_database(
    sqlite_salon: tuple[Path, str, str], postgres_url: str
) -> None:
    folder, _owner, _password = sqlite_salon
    media = _stored_media(folder)
    assert len(media) > 10  # the demo's photos, consents, documents

    done = run(folder, "migrate-to", postgres_url, password="")

    assert done.returncode == 0, done.stderr
    assert f"{len(media)} media files" in done.stdout and "into the database" in done.stdout
    # The server's salon reads them from the database, not from this folder.
    shutil.move(paths.media_dir(folder), folder.parent / "old-media")
    workspace = Workspace.open(folder)
    try:
        assert {digest: workspace.media.open(digest).read() for digest in media} == media
    finally:
        workspace.close()


def test_the_photos_and_files_move_into_a_shared_folder(
    sqlite_salon: tuple[Path, str, str], postgres_url: str, tmp_path: Path
) -> None:
    folder, _owner, _password = sqlite_salon
    media = _stored_media(folder)
    shared = tmp_path / "share"
    shared.mkdir()

    done = run(folder, "migrate-to", postgres_url, "--media-folder", str(shared), password="")

    assert done.returncode == 0, done.stderr
    assert f"into the folder {shared}" in done.stdout
    assert {d: FolderMediaStore(shared).open(d).read() for d in media} == media
    assert server_settings.saved_media_folder(folder) == shared
    refused = run(tmp_path / "x", "migrate-to", postgres_url, "--media-folder", "/nowhere")
    assert refused.returncode == 1


def test_a_server_that_holds_a_salon_is_refused(
    sqlite_salon: tuple[Path, str, str], postgres_url: str, tmp_path: Path
) -> None:
    folder, _owner, _password = sqlite_salon
    other = tmp_path / "other"
    assert run(other, "demo", "--clients", "3", password=None).returncode == 0
    assert run(other, "migrate-to", postgres_url, password="").returncode == 0

    done = run(folder, "migrate-to", postgres_url, password="")

    assert done.returncode == 1
    assert "not empty" in done.stderr
    assert server_settings.saved_url(folder) is None  # still the SQLite file


def test_a_folder_already_on_a_server_is_refused(
    sqlite_salon: tuple[Path, str, str], postgres_url: str
) -> None:
    folder, _owner, _password = sqlite_salon
    assert run(folder, "migrate-to", postgres_url, password="").returncode == 0
    again = run(folder, "migrate-to", postgres_url, password="")
    assert again.returncode == 1
    assert "already on a server" in again.stderr


def test_a_copy_that_differs_is_rolled_back_and_the_folder_kept(
    sqlite_salon: tuple[Path, str, str], postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _owner, _password = sqlite_salon

    def differs(*_args: object) -> None:
        raise SalonCopyError("the copy of clients differs: 301 rows here, 300 on the server")

    monkeypatch.setattr(salon_move, "compare", differs)

    done = run(folder, "migrate-to", postgres_url, password="")

    assert done.returncode == 1
    assert "the copy of clients differs" in done.stderr
    assert server_settings.saved_url(folder) is None
    # Nothing of the failed copy stayed on the server: moving again works.
    monkeypatch.undo()
    assert run(folder, "migrate-to", postgres_url, password="").returncode == 0


def test_an_unreachable_server_changes_nothing(sqlite_salon: tuple[Path, str, str]) -> None:
    folder, _owner, _password = sqlite_salon
    done = run(folder, "migrate-to", "postgresql://nobody@127.0.0.1:1/salon", password="x")
    assert done.returncode == 1
    assert "cannot be reached" in done.stderr
    assert server_settings.saved_url(folder) is None


def test_a_desk_joining_the_moved_salon_keeps_its_media_where_the_others_do(
    sqlite_salon: tuple[Path, str, str], postgres_url: str, tmp_path: Path
) -> None:
    folder, _owner, _password = sqlite_salon
    shared = tmp_path / "share"
    shared.mkdir()
    assert run(folder, "migrate-to", postgres_url, "--media-folder", str(shared)).returncode == 0
    desk = tmp_path / "cabinet"

    without = run(desk, "connect", postgres_url, password="")
    assert without.returncode == 1
    assert "kept in a shared folder" in without.stderr
    assert server_settings.saved_url(desk) is None

    joined = run(desk, "connect", postgres_url, "--media-folder", str(shared), password="")
    assert joined.returncode == 0, joined.stderr


def test_a_desk_joining_a_salon_with_media_in_the_database_names_no_folder(
    sqlite_salon: tuple[Path, str, str], postgres_url: str, tmp_path: Path
) -> None:
    folder, _owner, _password = sqlite_salon
    assert run(folder, "migrate-to", postgres_url, password="").returncode == 0
    share = tmp_path / "share"
    share.mkdir()

    done = run(tmp_path / "cabinet", "connect", postgres_url, "--media-folder", str(share))

    assert done.returncode == 1
    assert "in its database" in done.stderr
    assert run(tmp_path / "cabinet", "connect", postgres_url, password="").returncode == 0
