"""`salon-crm connect`: a data folder whose salon lives on a real PostgreSQL server."""

from __future__ import annotations

import hashlib
import os
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from salon_crm import paths
from salon_crm.db.storage import server_settings
from salon_crm.db.storage.data_dir import DataFolderError, DataFolderProblem, open_data_dir
from salon_crm.services.core.workspace import Workspace
from tests.cli_runner import PASSWORD, CliResult, run
from tests.pg_cluster import Cluster

# A role that must give its password (the test server trusts everyone else).
SERVER_ROLE = "salon_receptionist"
SERVER_PASSWORD = "Rz7-server-secret"


def _admin(postgres: Cluster, sql: str) -> None:
    engine = sa.create_engine(postgres.url(), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql(sql)
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def password_role(postgres: Cluster) -> str:
    """SERVER_ROLE, asked for its password (scram) over TCP; returns its login."""
    hba = postgres.root / "data" / "pg_hba.conf"
    rule = f"host all {SERVER_ROLE} 127.0.0.1/32 scram-sha-256\n"
    hba.write_text(rule + hba.read_text(encoding="utf-8"), encoding="utf-8")
    _admin(postgres, f"CREATE ROLE {SERVER_ROLE} LOGIN PASSWORD '{SERVER_PASSWORD}'")
    _admin(postgres, "SELECT pg_reload_conf()")
    return SERVER_ROLE


@pytest.fixture
def role_database(postgres: Cluster, password_role: str) -> Iterator[str]:
    """A new empty database owned by the password role; its URL as a user types it."""
    name = f"test_{uuid.uuid4().hex[:12]}"
    _admin(postgres, f'CREATE DATABASE "{name}" OWNER {password_role}')
    yield f"postgresql://{password_role}@127.0.0.1:{postgres.port}/{name}"
    postgres.drop_database(name)


def _connect(data_dir: Path, url: str, *more: str) -> CliResult:
    # The test server trusts the superuser: no password to give.
    return run(data_dir, "connect", url, *more, password="")


def _init(data_dir: Path) -> None:
    done = run(data_dir, "init", "--salon", "Лілія", "--country", "UA", "--owner", "olena")
    assert done.returncode == 0, done.stderr


def _add_client(data_dir: Path, last: str) -> str:
    added = run(
        data_dir,
        "--user",
        "olena",
        "clients",
        "add",
        "--last",
        last,
        "--first",
        "Іванна",
        "--phone",
        "067 123 45 67",
    )
    assert added.returncode == 0, added.stderr
    return added.stdout.strip()


def _find(data_dir: Path, query: str) -> CliResult:
    return run(data_dir, "--user", "olena", "clients", "find", query)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_connect_keeps_the_password_private_and_out_of_the_settings(
    tmp_path: Path, role_database: str
) -> None:
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text(SERVER_PASSWORD + "\n", encoding="utf-8")
    data_dir = tmp_path / "salon"

    done = run(data_dir, "connect", role_database, "--password-file", str(secret_file))

    assert done.returncode == 0, done.stderr
    assert "a new salon" in done.stdout
    stored = server_settings.password_path(data_dir)
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    assert stored.read_text(encoding="utf-8") == SERVER_PASSWORD
    assert SERVER_PASSWORD not in server_settings.settings_path(data_dir).read_text("utf-8")
    shown = run(data_dir, "connect", "--show")
    assert shown.returncode == 0
    assert shown.stdout.splitlines() == [role_database, "media in the database"]
    # The saved password works: the next command opens the server's salon.
    _init(data_dir)
    assert not paths.database_path(data_dir).exists()


def test_wrong_password_is_refused_in_words_and_nothing_is_saved(
    tmp_path: Path, role_database: str
) -> None:
    wrong = "Wrong-pass-9"
    done = run(tmp_path, "connect", role_database, password=wrong)

    assert done.returncode == 1
    assert "cannot be reached or refused the connection" in done.stderr
    assert f"{SERVER_ROLE}@127.0.0.1" in done.stderr
    assert wrong not in done.stderr + done.stdout
    assert "Traceback" not in done.stderr and "psycopg" not in done.stderr
    assert run(tmp_path, "connect", "--show").stdout.startswith("SQLite file ")


def test_a_password_typed_in_the_url_is_used_and_never_printed(
    tmp_path: Path, role_database: str
) -> None:
    typed = role_database.replace(f"{SERVER_ROLE}@", f"{SERVER_ROLE}:{SERVER_PASSWORD}@")
    done = run(tmp_path, "connect", typed, password=None)

    assert done.returncode == 0, done.stderr
    assert SERVER_PASSWORD not in done.stdout + done.stderr
    assert SERVER_PASSWORD not in run(tmp_path, "connect", "--show").stdout
    assert server_settings.password_path(tmp_path).read_text("utf-8") == SERVER_PASSWORD


def test_commands_of_a_connected_folder_work_on_the_server(
    tmp_path: Path, postgres_url: str
) -> None:
    first, second = tmp_path / "front-desk", tmp_path / "cabinet"
    typed = postgres_url.replace("postgresql+psycopg:", "postgresql:")
    assert _connect(first, typed).returncode == 0
    _init(first)
    number = _add_client(first, "Ёлкина")

    joined = _connect(second, typed)

    assert joined.returncode == 0, joined.stderr
    assert "the salon there is this folder's now" in joined.stdout
    found = _find(second, "елкина")
    assert found.returncode == 0, found.stderr
    assert found.stdout.split("\t")[:2] == [number, "Ёлкина Іванна"]
    engine = sa.create_engine(postgres_url, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM clients").scalar_one() == 1
    finally:
        engine.dispose()
    assert not paths.database_path(first).exists()


def test_unknown_database_is_refused(tmp_path: Path, postgres: Cluster) -> None:
    done = _connect(tmp_path, postgres.url("no_such_salon"))

    assert done.returncode == 1
    assert "cannot be reached" in done.stderr and "no_such_salon" in done.stderr
    assert not server_settings.settings_path(tmp_path).exists()


def test_back_to_the_untouched_sqlite_file(tmp_path: Path, postgres_url: str) -> None:
    _init(tmp_path)
    number = _add_client(tmp_path, "Файлова")
    database = paths.database_path(tmp_path)
    before = _digest(database)

    assert _connect(tmp_path, postgres_url).returncode == 0
    _init(tmp_path)
    assert _find(tmp_path, "Файлова").returncode == 1  # the server's salon is another

    back = run(tmp_path, "connect", "--sqlite")

    assert back.returncode == 0, back.stderr
    assert back.stdout.strip() == f"SQLite file {database}"
    assert _digest(database) == before
    assert _find(tmp_path, "Файлова").stdout.split("\t")[0] == number
    assert not server_settings.password_path(tmp_path).exists()


@pytest.mark.parametrize(
    "args",
    [
        ("connect",),
        ("connect", "mysql://anna@localhost/salon"),
        ("connect", "--show", "--sqlite"),
        ("connect", "--show", "--password-file", "x"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    assert run(tmp_path, *args).returncode == 2


def test_workspace_opens_a_connected_folder(tmp_path: Path, postgres_url: str) -> None:
    assert _connect(tmp_path, postgres_url).returncode == 0

    workspace = Workspace.open(tmp_path)
    try:
        assert workspace.db.engine.dialect.name == "postgresql"
        assert workspace.needs_setup()
        workspace.setup_salon(
            salon_name="Лілія", country="UA", login="olena", password=PASSWORD, full_name=""
        )
        assert workspace.authenticate("olena", PASSWORD).login == "olena"
    finally:
        workspace.close()


def test_an_unreachable_server_is_a_data_folder_problem_without_the_password(
    tmp_path: Path, postgres: Cluster
) -> None:
    closed_port = postgres.port + 1 if postgres.port < 65535 else postgres.port - 1
    url = f"postgresql://olena@127.0.0.1:{closed_port}/salon"
    server_settings.save_server(tmp_path, url, SERVER_PASSWORD)

    with pytest.raises(DataFolderError) as refused:
        open_data_dir(tmp_path)

    error = refused.value
    assert error.problem is DataFolderProblem.SERVER_UNREACHABLE
    assert error.path == url
    chain: BaseException | None = error
    while chain is not None:
        assert SERVER_PASSWORD not in f"{chain} {chain!r}"
        chain = chain.__cause__ or chain.__context__


def test_damaged_server_settings_are_a_data_folder_problem(tmp_path: Path) -> None:
    server_settings.settings_path(tmp_path).write_text("[server]\n", encoding="utf-8")

    with pytest.raises(DataFolderError) as refused:
        open_data_dir(tmp_path)

    assert refused.value.problem is DataFolderProblem.SERVER_SETTINGS_DAMAGED
    assert refused.value.path == server_settings.settings_path(tmp_path)


def test_the_password_file_is_private_whatever_the_umask(
    tmp_path: Path, role_database: str
) -> None:
    before = os.umask(0)
    try:
        done = run(tmp_path, "connect", role_database, password=SERVER_PASSWORD)
    finally:
        os.umask(before)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(server_settings.password_path(tmp_path).stat().st_mode) == 0o600


def test_media_go_in_the_database_unless_a_shared_folder_is_named(
    tmp_path: Path, postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "share"
    shared.mkdir()
    typed = postgres_url.replace("postgresql+psycopg:", "postgresql:")
    assert _connect(tmp_path / "front-desk", typed).returncode == 0
    monkeypatch.chdir(tmp_path)  # a folder typed relative to where the owner is is saved whole

    done = _connect(tmp_path / "cabinet", typed, "--media-folder", "share")

    assert done.returncode == 0, done.stderr
    front = run(tmp_path / "front-desk", "connect", "--show").stdout.splitlines()
    cabinet = run(tmp_path / "cabinet", "connect", "--show").stdout.splitlines()
    shown = server_settings.display_url(server_settings.parse_url(typed))
    assert front == [shown, "media in the database"]
    assert cabinet == [shown, f"media in the folder {shared}"]


@pytest.mark.parametrize("kind", ["missing", "a file"])
def test_a_media_folder_that_is_not_there_is_refused_before_saving(
    tmp_path: Path, postgres_url: str, kind: str
) -> None:
    media = tmp_path / "share"
    if kind == "a file":
        media.write_text("not a folder", encoding="utf-8")
    data_dir = tmp_path / "salon"

    done = _connect(data_dir, postgres_url, "--media-folder", str(media))

    assert done.returncode == 1
    assert f"The folder {media} for the salon's photos and files does not exist" in done.stderr
    assert "Traceback" not in done.stderr
    assert not server_settings.settings_path(data_dir).exists()
    assert run(data_dir, "connect", "--show").stdout.startswith("SQLite file ")


def test_the_media_folder_goes_with_a_server_url(tmp_path: Path) -> None:
    done = run(tmp_path, "connect", "--sqlite", "--media-folder", str(tmp_path))

    assert done.returncode == 2
    assert "--media-folder goes with a server URL" in done.stderr
