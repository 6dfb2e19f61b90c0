"""Shared fixtures: a migrated template database built once, copied for every test."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from salon_crm import paths
from salon_crm.db.storage.server_settings import save_server
from salon_crm.domain.common.enums import Role
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from tests import pg_cluster

# Widgets render off screen in every test run, whether or not a display is present.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSWORD = "correct-horse-1"
SQLITE = "sqlite"
POSTGRESQL = "postgresql"
ENGINES = (SQLITE, POSTGRESQL)


@dataclass(frozen=True)
class Staff:
    owner: Actor
    admin: Actor
    specialist: Actor


@dataclass(frozen=True)
class Template:
    data_dir: Path
    staff: Staff


def _set_up_salon(data_dir: Path) -> Staff:
    """A salon in Ukraine with an owner, an administrator and a specialist."""
    workspace = Workspace.open(data_dir)
    owner = workspace.setup_salon(
        salon_name="Студія краси «Лілія»",
        country="UA",
        login="owner",
        password=PASSWORD,
        full_name="Олена Коваль",
    )
    users = workspace.users(owner)
    admin = users.create_user(
        login="admin", password=PASSWORD, role=Role.ADMINISTRATOR, full_name="Ірина"
    )
    cosmo = users.create_user(
        login="cosmo", password=PASSWORD, role=Role.SPECIALIST, full_name="Марина"
    )
    workspace.close()
    # Actors as a login would return them; logging in for real (argon2, ~0.3 s) is
    # tested on its own in test_users.py.
    return Staff(
        owner=owner,
        admin=Actor(admin.id, admin.login, admin.full_name, admin.role),
        specialist=Actor(cosmo.id, cosmo.login, cosmo.full_name, cosmo.role),
    )


@pytest.fixture(scope="session")
def salon_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """The test salon in a SQLite file, set up once and copied for every test."""
    data_dir = tmp_path_factory.mktemp("template")
    return Template(data_dir, _set_up_salon(data_dir))


@dataclass(frozen=True)
class ServerTemplate:
    database: str
    staff: Staff


@pytest.fixture(scope="session")
def server_salon_template(
    postgres: pg_cluster.Cluster, tmp_path_factory: pytest.TempPathFactory
) -> ServerTemplate:
    """The same salon in a PostgreSQL database, cloned (CREATE DATABASE … TEMPLATE) for
    every test on the server."""
    name = f"template_{uuid.uuid4().hex[:12]}"
    folder = tmp_path_factory.mktemp("server-template")
    save_server(folder, postgres.create_database(name), None)
    return ServerTemplate(name, _set_up_salon(folder))


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    """Which database the salon of a test lives in: every test that uses the salon runs
    on both; the GUI suite narrows this to SQLite (tests/gui/conftest.py)."""
    return str(request.param)


@pytest.fixture
def data_dir(engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    """A data folder holding a fresh copy of the test salon, in the test's engine."""
    target = tmp_path / "data"
    target.mkdir()
    if engine == SQLITE:
        template: Template = request.getfixturevalue("salon_template")
        shutil.copy2(paths.database_path(template.data_dir), paths.database_path(target))
        yield target
        return
    server: ServerTemplate = request.getfixturevalue("server_salon_template")
    cluster: pg_cluster.Cluster = request.getfixturevalue("postgres")
    name = f"test_{uuid.uuid4().hex[:12]}"
    save_server(target, cluster.create_database(name, template=server.database), None)
    yield target
    cluster.drop_database(name)


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    opened = Workspace.open(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def staff(engine: str, request: pytest.FixtureRequest, workspace: Workspace) -> Staff:
    del workspace  # the staff act on the copy that `workspace` opened
    template = "salon_template" if engine == SQLITE else "server_salon_template"
    found: Template | ServerTemplate = request.getfixturevalue(template)
    return found.staff


@pytest.fixture(scope="session")
def postgres() -> Iterator[pg_cluster.Cluster]:
    """A throwaway PostgreSQL server, started on first use (each xdist worker its own).

    Never skipped: `make test` installs PostgreSQL (packaging/install-system-deps.sh), so a
    machine without it fails here in plain words rather than passing untested.
    """
    if not pg_cluster.available():
        pytest.fail("PostgreSQL is not installed: run `make test` (it installs it)")
    with pg_cluster.running_cluster() as cluster:
        yield cluster


@pytest.fixture
def postgres_url(postgres: pg_cluster.Cluster) -> Iterator[str]:
    """The URL of a new empty database on the test server, dropped after the test."""
    name = f"test_{uuid.uuid4().hex[:12]}"
    yield postgres.create_database(name)
    postgres.drop_database(name)
