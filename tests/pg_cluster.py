"""A throwaway PostgreSQL cluster for tests: initdb + pg_ctl in a temp folder.

The server runs as an unprivileged user (initdb refuses root): the current user, or when
the tests run as root (CI), the `postgres` user Debian's package creates, else a system
user made for the purpose. It listens on a unix socket in its own folder and on
127.0.0.1 at a free port, trusts local connections, and is tuned for speed, not safety
(no fsync): it holds nothing but test data and is deleted when stopped.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "salon_crm_test"
# Used when running as root and Debian's package did not create `postgres`.
SYSTEM_USER = "salon_crm_test"
START_ATTEMPTS = 3
# Durability off: a test cluster that loses its data in a crash loses nothing of value.
SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "shared_buffers": "16MB",
    "max_connections": "40",
    "max_wal_senders": "0",
    "wal_level": "minimal",
    "log_min_messages": "warning",
}


class ClusterError(RuntimeError):
    """The test cluster could not be created or started."""


@dataclass(frozen=True)
class Cluster:
    root: Path
    port: int

    @property
    def socket_dir(self) -> Path:
        return self.root / "socket"

    def url(self, database: str = "postgres") -> str:
        """A SQLAlchemy URL over the unix socket (the fast path)."""
        return (
            f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.socket_dir}&port={self.port}"
        )

    def tcp_url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str, template: str | None = None) -> str:
        """A new database, empty or a copy of `template` (which nobody may be using); its
        URL."""
        copy = f' TEMPLATE "{template}"' if template else ""
        self._psql(f'CREATE DATABASE "{name}"{copy}')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self._psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _psql(self, sql: str) -> None:
        subprocess.run(
            [
                str(_binary("psql")),
                "-X",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                str(self.socket_dir),
                "-p",
                str(self.port),
                "-U",
                SUPERUSER,
                "-d",
                "postgres",
                "-c",
                sql,
            ],
            check=True,
            capture_output=True,
        )


def _bin_dir() -> Path | None:
    """The server binaries: Debian keeps them out of PATH, one folder per major version."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
        key=lambda p: int(Path(p).parent.parent.name),
    )
    return Path(versions[-1]).parent if versions else None


def available() -> bool:
    return _bin_dir() is not None


def _binary(name: str) -> Path:
    bin_dir = _bin_dir()
    if bin_dir is None:
        raise ClusterError("PostgreSQL's server binaries (initdb, pg_ctl) are not installed")
    return bin_dir / name


def _server_user() -> str | None:
    """The user to run the server as; None for the current one (not root)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", SYSTEM_USER):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    subprocess.run(
        ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SYSTEM_USER],
        check=True,
        capture_output=True,
    )
    return SYSTEM_USER


def _run_as(user: str | None, args: list[str], cwd: Path) -> None:
    command = args if user is None else ["runuser", "-u", user, "--", *args]
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise ClusterError(f"{' '.join(args[:2])} failed: {result.stderr.strip()}")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _write_settings(
    data_dir: Path, socket_dir: Path, port: int, overrides: Mapping[str, str]
) -> None:
    settings = {
        **SETTINGS,
        **overrides,
        "port": str(port),
        "unix_socket_directories": f"'{socket_dir}'",
    }
    with (data_dir / "postgresql.auto.conf").open("w", encoding="utf-8") as conf:
        conf.writelines(f"{key} = {value}\n" for key, value in settings.items())


def _start(user: str | None, root: Path, overrides: Mapping[str, str]) -> Cluster:
    data_dir = root / "data"
    socket_dir = root / "socket"
    last_error: ClusterError | None = None
    # Another process may take the free port between choosing it and the server binding it.
    for _attempt in range(START_ATTEMPTS):
        port = _free_port()
        _write_settings(data_dir, socket_dir, port, overrides)
        try:
            _run_as(
                user,
                [
                    str(_binary("pg_ctl")),
                    "start",
                    "-w",
                    "-s",
                    "-D",
                    str(data_dir),
                    "-l",
                    str(root / "server.log"),
                ],
                root,
            )
        except ClusterError as error:
            last_error = error
            continue
        return Cluster(root, port)
    log = (root / "server.log").read_text(encoding="utf-8", errors="replace")
    raise ClusterError(f"the test cluster did not start: {last_error}\n{log[-2000:]}")


@contextmanager
def running_cluster(settings: Mapping[str, str] | None = None) -> Iterator[Cluster]:
    """Create and start a cluster; stop and delete it when the block ends, however.
    `settings` override the test settings (a benchmark wants durability back)."""
    user = _server_user()
    # Not under pytest's tmp folder: that is private to the user running the tests.
    root = Path(tempfile.mkdtemp(prefix="salon-crm-pg-"))
    try:
        (root / "socket").mkdir()
        if user is not None:
            entry = pwd.getpwnam(user)
            for path in (root, root / "socket"):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        _run_as(
            user,
            [
                str(_binary("initdb")),
                "--no-sync",
                "--auth=trust",
                f"--username={SUPERUSER}",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "-D",
                str(root / "data"),
            ],
            root,
        )
        cluster = _start(user, root, settings or {})
        try:
            yield cluster
        finally:
            _run_as(
                user,
                [str(_binary("pg_ctl")), "stop", "-s", "-m", "immediate", "-D", str(root / "data")],
                root,
            )
    finally:
        shutil.rmtree(root, ignore_errors=True)
