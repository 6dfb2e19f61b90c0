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
from salon_crm.domain.common.enums import Role
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from tests import pg_cluster

# Widgets render off screen in every test run, whether or not a display is present.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSWORD = "correct-horse-1"


@dataclass(frozen=True)
class Staff:
    owner: Actor
    admin: Actor
    specialist: Actor


@dataclass(frozen=True)
class Template:
    data_dir: Path
    staff: Staff


@pytest.fixture(scope="session")
def salon_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """A salon in Ukraine with an owner, an administrator and a specialist."""
    data_dir = tmp_path_factory.mktemp("template")
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
    staff = Staff(
        owner=owner,
        admin=Actor(admin.id, admin.login, admin.full_name, admin.role),
        specialist=Actor(cosmo.id, cosmo.login, cosmo.full_name, cosmo.role),
    )
    return Template(data_dir, staff)


@pytest.fixture
def data_dir(salon_template: Template, tmp_path: Path) -> Path:
    target = tmp_path / "data"
    target.mkdir()
    shutil.copy2(paths.database_path(salon_template.data_dir), paths.database_path(target))
    return target


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    opened = Workspace.open(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def staff(salon_template: Template, workspace: Workspace) -> Staff:
    del workspace  # the staff act on the copy that `workspace` opened
    return salon_template.staff


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
