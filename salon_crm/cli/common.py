"""What every command shares: exit codes, the refusal error, opening the data folder and
its media, logging in (the password from $SALON_CRM_PASSWORD or the terminal)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from salon_crm import paths
from salon_crm.db.engine import Database
from salon_crm.db.storage.media_store import MediaStore
from salon_crm.domain.common.errors import AuthenticationError
from salon_crm.services.core.actor import Actor
from salon_crm.services.settings import user_service

PASSWORD_ENV = "SALON_CRM_PASSWORD"
EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

# A command's handler, set on its sub-parser with `set_defaults(run=...)`.
Handler = Callable[[Database, argparse.Namespace], int]
# A command that looks after the data folder itself rather than its database (it must work
# when the database cannot be opened), set with `set_defaults(run_folder=...)`.
FolderHandler = Callable[[Path, argparse.Namespace], int]


class CliError(Exception):
    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def password(prompt_twice: bool) -> str:
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env is not None:
        return from_env
    if not sys.stdin.isatty():
        raise CliError(f"no password: set {PASSWORD_ENV} or run in a terminal", EXIT_USAGE)
    first = getpass.getpass("Password: ")
    if prompt_twice and getpass.getpass("Repeat the password: ") != first:
        raise CliError("the passwords do not match", EXIT_USAGE)
    return first


@dataclass(frozen=True)
class ServerTarget:
    """A PostgreSQL server as given to `connect` or `migrate-to`, checked: the URL as
    typed and parsed, its password, and the shared media folder if one was named."""

    typed: str
    url: URL
    password: str
    media_folder: Path | None


def add_server_options(parser: argparse.ArgumentParser) -> None:
    """The options that go with a server URL: where its password and media are."""
    parser.add_argument(
        "--password-file",
        type=Path,
        help="read the server's password from this file "
        "(default: $SALON_CRM_PASSWORD or the terminal)",
    )
    parser.add_argument(
        "--media-folder",
        type=Path,
        help="keep the photos and files in this folder, one every workstation reaches "
        "(default: in the server's database)",
    )


def server_target(args: argparse.Namespace) -> ServerTarget:
    """`args.url` parsed (exit 2 if it is no PostgreSQL URL), the media folder checked
    (exit 1 if unusable), then the password read: from the URL, the file, the
    environment or the terminal."""
    from salon_crm.db.storage.server_settings import ServerUrlError, parse_url

    try:
        url = parse_url(args.url)
    except ServerUrlError as error:
        raise CliError(str(error), EXIT_USAGE) from None
    media_folder = _usable_media_folder(args.media_folder)
    secret = url.password if url.password is not None else _server_password(args.password_file)
    return ServerTarget(args.url, url, str(secret), media_folder)


def _server_password(password_file: Path | None) -> str:
    if password_file is None:
        return password(prompt_twice=False)
    try:
        return password_file.read_text(encoding="utf-8").rstrip("\r\n")
    except (OSError, UnicodeError):
        raise CliError(f"cannot read the password file {password_file}", EXIT_USAGE) from None


def _usable_media_folder(given: Path | None) -> Path | None:
    """The shared media folder as saved (absolute), once it is known to be usable."""
    from salon_crm.db.storage.data_dir import DataFolderError, check_media_folder

    if given is None:
        return None
    folder = given.expanduser().absolute()
    try:
        check_media_folder(folder)
    except DataFolderError as error:
        raise CliError(error.message, EXIT_REFUSED) from None
    return folder


def data_folder(args: argparse.Namespace) -> Path:
    return Path(args.data_dir or paths.default_data_dir())


def open_database(args: argparse.Namespace, *, exclusive: bool = False) -> Database:
    """The data folder's database; `exclusive` when the command holds the folder's lock."""
    from salon_crm.db.storage.data_dir import open_data_dir

    return open_data_dir(data_folder(args), exclusive=exclusive)


def media_store(db: Database, args: argparse.Namespace) -> MediaStore:
    """The media store of the data folder's salon, whose database `db` is."""
    from salon_crm.db.storage.media_location import open_media

    return open_media(data_folder(args), db)


def login(db: Database, args: argparse.Namespace) -> Actor:
    if not args.user:
        raise CliError("this command needs --user LOGIN", EXIT_USAGE)
    try:
        return user_service.authenticate(db, args.user, password(prompt_twice=False))
    except AuthenticationError:
        raise CliError("wrong login or password", EXIT_USAGE) from None
