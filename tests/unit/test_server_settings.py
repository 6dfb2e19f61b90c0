"""A data folder's server settings: the URL in one file, the password alone in a private
one, never the password anywhere else."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from salon_crm.db.storage import server_settings
from salon_crm.db.storage.server_settings import (
    ServerSettingsError,
    ServerUrlError,
    forget_server,
    save_server,
    saved_url,
    server_url,
)

SECRET = "s3cr:et@/%x"


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The most permissive umask: the password file must be private whatever it is."""
    before = os.umask(0)
    yield
    os.umask(before)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("open_umask")
def test_the_password_goes_to_a_private_file_and_not_into_the_settings(tmp_path: Path) -> None:
    save_server(tmp_path, "postgresql://anna@db.salon.lan:5433/salon", SECRET)

    secret_file = server_settings.password_path(tmp_path)
    assert _mode(secret_file) == 0o600
    assert secret_file.read_text(encoding="utf-8") == SECRET
    settings = server_settings.settings_path(tmp_path).read_text(encoding="utf-8")
    assert "postgresql+psycopg://anna@db.salon.lan:5433/salon" in settings
    assert SECRET not in settings
    # No temp file is left beside them.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["server.ini", "server.password"]


def test_the_engine_gets_the_url_with_the_password_and_the_driver(tmp_path: Path) -> None:
    save_server(tmp_path, "postgresql://anna@db.salon.lan/salon", SECRET)

    url = server_url(tmp_path)
    assert url is not None and url.startswith("postgresql+psycopg://anna:")
    parsed = saved_url(tmp_path)
    assert parsed is not None
    assert parsed.password is None
    assert server_settings.parse_url(url).password == SECRET


def test_a_password_typed_inside_the_url_is_moved_to_the_private_file(tmp_path: Path) -> None:
    save_server(tmp_path, "postgresql+psycopg://anna:hunter22@localhost/salon", None)

    assert "hunter22" not in server_settings.settings_path(tmp_path).read_text(encoding="utf-8")
    assert server_settings.password_path(tmp_path).read_text(encoding="utf-8") == "hunter22"
    assert _mode(server_settings.password_path(tmp_path)) == 0o600


def test_shown_url_and_errors_never_carry_the_password(tmp_path: Path) -> None:
    url = server_settings.parse_url("postgresql://anna:hunter22@localhost/salon")
    assert server_settings.display_url(url) == "postgresql://anna@localhost/salon"
    assert "hunter22" not in repr(url)
    with pytest.raises(ServerUrlError) as refused:
        server_settings.parse_url("mysql://anna:hunter22@localhost/salon")
    assert "hunter22" not in str(refused.value)


@pytest.mark.parametrize(
    "url", ["mysql://anna@localhost/salon", "postgresql://anna@localhost", "not a url"]
)
def test_urls_that_name_no_postgresql_database_are_refused(tmp_path: Path, url: str) -> None:
    with pytest.raises(ServerUrlError):
        save_server(tmp_path, url, None)
    assert list(tmp_path.iterdir()) == []


def test_no_password_means_no_password_file(tmp_path: Path) -> None:
    save_server(tmp_path, "postgresql://anna@localhost/salon", SECRET)
    save_server(tmp_path, "postgresql://anna@localhost/other", "")

    assert not server_settings.password_path(tmp_path).exists()
    assert server_url(tmp_path) == "postgresql+psycopg://anna@localhost/other"


def test_forgetting_the_server_leaves_the_sqlite_file(tmp_path: Path) -> None:
    assert server_url(tmp_path) is None
    save_server(tmp_path, "postgresql://anna@localhost/salon", SECRET)
    forget_server(tmp_path)

    assert server_url(tmp_path) is None
    assert list(tmp_path.iterdir()) == []


def test_damaged_settings_are_reported_with_the_file(tmp_path: Path) -> None:
    server_settings.settings_path(tmp_path).write_text("url = ???\n", encoding="utf-8")
    with pytest.raises(ServerSettingsError) as damaged:
        server_url(tmp_path)
    assert damaged.value.path == server_settings.settings_path(tmp_path)
