"""`salon-crm check`: what is wrong with a salon's data, as a list of named checks.

Each check is a name and a function from the opened salon to what it found wrong (empty
when all is well); `CHECKS` lists them in the order they run, and a later check (the
audit chain's) is added with `register_check`. The salon is opened without migrating or
cleaning anything: the check only looks.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from salon_crm import paths
from salon_crm.db.engine import Database, make_engine, read_only_sqlite_url
from salon_crm.db.models.media import MediaFile
from salon_crm.db.storage.data_dir import DataFolderError, problem_of
from salon_crm.db.storage.media_location import open_media
from salon_crm.db.storage.media_store import CHUNK, MediaError, MediaStore
from salon_crm.db.storage.server_settings import server_url
from salon_crm.db.storage.startup_checks import (
    integrity_findings,
    pragma_findings,
    record_full_check,
)


@dataclass
class CheckTarget:
    """The salon being checked: its folder, whether the full integrity check was asked
    for, and its database opened on first use (None while it cannot be opened)."""

    data_dir: Path
    full: bool
    db: Database | None = None
    sqlite: bool = True

    @property
    def db_path(self) -> Path:
        return paths.database_path(self.data_dir)


Check = Callable[[CheckTarget], list[str]]


@dataclass(frozen=True)
class CheckResult:
    name: str
    problems: tuple[str, ...]
    skipped: bool = False  # could not run (the database did not open)


@dataclass(frozen=True)
class CheckReport:
    results: tuple[CheckResult, ...]

    @property
    def ok(self) -> bool:
        return not any(result.problems for result in self.results)


def _integrity(target: CheckTarget) -> list[str]:
    if not target.sqlite:
        return []
    if not target.db_path.is_file():
        return [f"{target.db_path} does not exist"]
    if target.db_path.stat().st_size == 0:
        return [f"{target.db_path} is empty (0 bytes)"]
    found = integrity_findings(target.db_path, full=target.full)
    if not found and target.full:
        record_full_check(target.data_dir)
    return found


def _pragmas(target: CheckTarget) -> list[str]:
    if not target.sqlite or target.db is None:
        return []
    return pragma_findings(target.db.engine, read_only=target.db.read_only)


def _stored_digests(db: Database) -> Iterator[str]:
    with db.session(user_id=None, read_only=True) as session:
        yield from session.scalars(select(MediaFile.sha256).order_by(MediaFile.sha256)).all()


def _content_digest(store: MediaStore, digest: str) -> str:
    hasher = hashlib.sha256()
    with store.open(digest) as stream:
        while chunk := stream.read(CHUNK):
            hasher.update(chunk)
    return hasher.hexdigest()


def _media(target: CheckTarget) -> list[str]:
    """Every file the `media` table names is there and still has the content its name
    (its SHA-256) says."""
    if target.db is None:
        return []
    try:
        store = open_media(target.data_dir, target.db)
    except DataFolderError as error:
        return [error.message]
    found = []
    for digest in _stored_digests(target.db):
        try:
            actual = _content_digest(store, digest)
        except MediaError:
            found.append(f"media file {digest} is missing")
            continue
        if actual != digest:
            found.append(f"media file {digest} is damaged: its content hashes to {actual}")
    return found


CHECKS: list[tuple[str, Check]] = [
    ("integrity", _integrity),
    ("pragmas", _pragmas),
    ("media", _media),
]
# The checks that need the database open (skipped, and said so, when it does not open).
_NEEDS_DATABASE = {"pragmas", "media"}


def register_check(name: str, check: Check, *, needs_database: bool = True) -> None:
    """Add a check that runs after the others (the audit chain's, for one)."""
    CHECKS.append((name, check))
    if needs_database:
        _NEEDS_DATABASE.add(name)


def _open(target: CheckTarget) -> Database | None:
    """The database, opened to read and never migrated; None when only the integrity
    check can say anything (missing, empty, damaged)."""
    url = server_url(target.data_dir)
    if url is not None:
        target.sqlite = False
        return Database(make_engine(url))
    if not target.db_path.is_file() or target.db_path.stat().st_size == 0:
        return None
    if integrity_findings(target.db_path):
        return None
    db = Database.open_file(target.db_path)
    try:
        with db.engine.connect():
            return db
    except DBAPIError:  # a read-only folder: read it as it is
        db.dispose()
    url = read_only_sqlite_url(target.db_path, immutable=True)
    return Database(make_engine(url, read_only=True), read_only=True)


def check_salon(data_dir: Path, *, full: bool = False) -> CheckReport:
    """Run every check in CHECKS on the salon in `data_dir`."""
    target = CheckTarget(data_dir, full)
    target.db = _open(target)
    results = []
    try:
        for name, check in CHECKS:
            if target.db is None and name in _NEEDS_DATABASE:
                results.append(CheckResult(name, (), skipped=True))
                continue
            try:
                problems = check(target)
            except Exception as error:  # a check that fails says so; the others still run
                problems = [f"the check could not run: {problem_of(error) or error}"]
            results.append(CheckResult(name, tuple(problems)))
    finally:
        if target.db is not None:
            target.db.dispose()
    return CheckReport(tuple(results))
