"""`connect`: keep a data folder's salon on a PostgreSQL server, or back in its SQLite file.

The URL is checked before it is saved: the program connects and migrates the database
(an empty one gets the schema, one with a salon is joined), so a folder never names a
server it cannot use. The salon's photos and files go in the database, which every
workstation reaches with no more setup, unless `--media-folder` names a shared folder
(checked to be there and writable first). Nothing printed holds the password.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from salon_crm import paths
from salon_crm.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    CliError,
    add_server_options,
    server_target,
)
from salon_crm.db.storage.data_dir import DataFolderError, open_server, prepare_folder
from salon_crm.db.storage.media_location import media_outside_database
from salon_crm.db.storage.server_settings import (
    display_url,
    forget_server,
    save_server,
    saved_media_folder,
    saved_url,
    with_password,
)
from salon_crm.services.settings import user_service


def register(commands: Any) -> None:
    """Add connect to the `salon-crm` sub-commands."""
    connect = commands.add_parser(
        "connect", help="keep the salon on a PostgreSQL server, or in the folder's SQLite file"
    )
    target = connect.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "url", nargs="?", help="postgresql://user@host[:port]/database (no password in it)"
    )
    target.add_argument("--show", action="store_true", help="print where the salon is kept")
    target.add_argument(
        "--sqlite",
        action="store_true",
        help="go back to the folder's SQLite file (the server is left as it is)",
    )
    add_server_options(connect)
    connect.set_defaults(run_folder=_connect)


def _connect(data_dir: Path, args: argparse.Namespace) -> int:
    for given, option in (
        (args.password_file, "--password-file"),
        (args.media_folder, "--media-folder"),
    ):
        if given is not None and args.url is None:
            raise CliError(f"{option} goes with a server URL", EXIT_USAGE)
    if args.show:
        _show(data_dir)
    elif args.sqlite:
        forget_server(data_dir)
        _show(data_dir)
    else:
        _connect_server(data_dir, args)
    return EXIT_OK


def _show(data_dir: Path) -> None:
    url = saved_url(data_dir)
    if url is None:
        print(f"SQLite file {paths.database_path(data_dir)}")
        return
    print(display_url(url))
    folder = saved_media_folder(data_dir)
    print(f"media in the folder {folder}" if folder is not None else "media in the database")


def _connect_server(data_dir: Path, args: argparse.Namespace) -> None:
    target = server_target(args)
    prepare_folder(data_dir)
    try:
        db = open_server(with_password(target.typed, target.password))
    except DataFolderError as error:
        raise CliError(error.message, EXIT_REFUSED) from None
    try:
        joined = not user_service.needs_setup(db)
        _check_media_place(media_outside_database(db), target.media_folder)
    finally:
        db.dispose()
    save_server(data_dir, target.typed, target.password, media_folder=target.media_folder)
    shown = display_url(target.url)
    if joined:
        print(f"Connected to {shown}: the salon there is this folder's now")
    else:
        print(f"Connected to {shown}: a new salon; set it up with `init`")


def _check_media_place(outside: bool | None, media_folder: Path | None) -> None:
    """A workstation joining a salon keeps its media where the others do."""
    if outside and media_folder is None:
        raise CliError(
            "the salon's photos and files are kept in a shared folder, not in its database: "
            "connect again with --media-folder naming that folder",
            EXIT_REFUSED,
        )
    if outside is False and media_folder is not None:
        raise CliError(
            "the salon's photos and files are in its database: connect without --media-folder",
            EXIT_REFUSED,
        )
