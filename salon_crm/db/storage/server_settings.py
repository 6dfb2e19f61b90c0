"""A data folder's server settings: the PostgreSQL database it names instead of its file.

Two files in the data folder, or neither (the SQLite file then is the salon):
`server.ini` holds the URL without its password, and the folder every workstation keeps
the media in when the owner chose one over the database; `server.password` holds the password
alone, created with mode 0600 so no other user of the computer can read it. Both are
written to a temp file and renamed, so a crash leaves the old settings or the new ones.

The password is put into the URL only for the engine (`server_url`); whatever is shown or
logged is `display_url`, which never carries it.
"""

from __future__ import annotations

import configparser
import io
import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from salon_crm.db.storage.durable import fsync_dir
from salon_crm.domain.common.errors import SalonError

SETTINGS_FILE = "server.ini"
PASSWORD_FILE = "server.password"
_SECTION = "server"
_URL_KEY = "url"
_MEDIA_SECTION = "media"
_FOLDER_KEY = "folder"
DRIVER = "postgresql+psycopg"
_TYPED_DRIVER = "postgresql"
# What a user may type; each means psycopg 3, the one driver the program ships.
_ACCEPTED_DRIVERS = frozenset({_TYPED_DRIVER, "postgres", DRIVER})


class ServerUrlError(SalonError):
    """Not a PostgreSQL URL the program can use (the text never holds a password)."""


class ServerSettingsError(SalonError):
    """The folder's server settings cannot be read; `path` is the file at fault."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"the server settings {path} cannot be read")


def parse_url(url: str) -> URL:
    """`url` as a `postgresql+psycopg` URL; `postgresql://…` is accepted and normalised."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ServerUrlError("not a database URL: write postgresql://user@host/database") from None
    if parsed.drivername not in _ACCEPTED_DRIVERS:
        raise ServerUrlError(
            f"not a PostgreSQL URL ({parsed.drivername}): write postgresql://user@host/database"
        )
    if not parsed.database:
        raise ServerUrlError("the URL names no database: write postgresql://user@host/database")
    return parsed.set(drivername=DRIVER)


def display_url(url: URL) -> str:
    """The URL as shown to people and logs, as they type it: `postgresql://`, the
    password (if any) left out."""
    shown = _without_password(url).set(drivername=_TYPED_DRIVER)
    return shown.render_as_string(hide_password=True)


def _without_password(url: URL) -> URL:
    # URL.set(password=None) keeps the password: None there means "unchanged".
    return url._replace(password=None)


def settings_path(data_dir: Path) -> Path:
    return data_dir / SETTINGS_FILE


def password_path(data_dir: Path) -> Path:
    return data_dir / PASSWORD_FILE


def saved_url(data_dir: Path) -> URL | None:
    """The server the folder names, without its password; None for the SQLite file."""
    found = _read(data_dir)
    if found is None:
        return None
    try:
        return parse_url(found.get(_SECTION, _URL_KEY))
    except (configparser.Error, ServerUrlError):
        raise ServerSettingsError(settings_path(data_dir)) from None


def saved_media_folder(data_dir: Path) -> Path | None:
    """The folder a server salon keeps its media in; None when they are in its database
    (or the folder names no server: its media are in the folder beside the SQLite file)."""
    found = _read(data_dir)
    if found is None or not found.has_option(_MEDIA_SECTION, _FOLDER_KEY):
        return None
    return Path(found.get(_MEDIA_SECTION, _FOLDER_KEY))


def _read(data_dir: Path) -> configparser.ConfigParser | None:
    path = settings_path(data_dir)
    if not path.exists():
        return None
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeError, configparser.Error):
        raise ServerSettingsError(path) from None
    return parser


def server_url(data_dir: Path) -> str | None:
    """The full URL for the engine, password included; None when the folder has no server.

    Never print or log what this returns: show `display_url(saved_url(...))` instead.
    """
    url = saved_url(data_dir)
    if url is None:
        return None
    secret = password_path(data_dir)
    password = None
    if secret.exists():
        try:
            password = secret.read_text(encoding="utf-8")
        except (OSError, UnicodeError):
            raise ServerSettingsError(secret) from None
    return _engine_url(url, password)


def with_password(url: str, password: str | None) -> str:
    """`url` normalised, with `password` (when given) in place of any it holds, for the
    engine; the same secrecy as `server_url`'s result."""
    return _engine_url(parse_url(url), password)


def _engine_url(url: URL, password: str | None) -> str:
    if password is not None:
        url = url.set(password=password)
    return url.render_as_string(hide_password=False)


def save_server(
    data_dir: Path, url: str, password: str | None, *, media_folder: Path | None = None
) -> None:
    """Name the server `url` in the folder; a password inside `url` counts when
    `password` is None. An empty password is no password (no file). The media are kept
    in `media_folder`, or in the database when it is None."""
    parsed = parse_url(url)
    secret = password if password is not None else parsed.password
    config = configparser.ConfigParser(interpolation=None)
    config[_SECTION] = {_URL_KEY: _without_password(parsed).render_as_string(hide_password=False)}
    if media_folder is not None:
        config[_MEDIA_SECTION] = {_FOLDER_KEY: str(media_folder)}
    text = io.StringIO()
    config.write(text)
    if secret:
        _write_private(password_path(data_dir), str(secret))
    else:
        _remove(password_path(data_dir))
    # The URL last: a folder never names a server whose password is not there yet.
    _write_private(settings_path(data_dir), text.getvalue())


def forget_server(data_dir: Path) -> None:
    """Back to the folder's SQLite file: the server settings and password removed."""
    _remove(settings_path(data_dir))
    _remove(password_path(data_dir))


def _write_private(path: Path, text: str) -> None:
    """Write `text` to `path` through a temp file made 0600 from the start, then rename."""
    temp = path.with_name(f".{path.name}.tmp")
    _remove(temp)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        _remove(temp)
        raise
    fsync_dir(path.parent)


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)
