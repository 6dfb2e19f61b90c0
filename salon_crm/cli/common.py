"""What every command shares: exit codes, the refusal error, opening the data folder and
its media, logging in (the password from $SALON_CRM_PASSWORD or the terminal)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

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


def server_password(password_file: Path | None) -> str:
    """A PostgreSQL server's password: from `password_file`, else as `password` reads it."""
    if password_file is None:
        return password(prompt_twice=False)
    try:
        return password_file.read_text(encoding="utf-8").rstrip("\r\n")
    except (OSError, UnicodeError):
        raise CliError(f"cannot read the password file {password_file}", EXIT_USAGE) from None


def usable_media_folder(given: Path | None) -> Path | None:
    """A server salon's shared media folder as saved (absolute), once it is known to be
    usable; None (media in the database) when none is given."""
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


def open_database(args: argparse.Namespace) -> Database:
    from salon_crm.db.storage.data_dir import open_data_dir

    return open_data_dir(data_folder(args))


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
