"""`migrate-to`: move a data folder's salon from its SQLite file to a PostgreSQL server.

Progress goes to stderr, a line per table; the summary to stdout. Close the program on
this computer first: the copy holds the SQLite file's write lock, so a program still
open there waits (or times out) rather than writing a client that would be left behind.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from salon_crm import paths
from salon_crm.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    CliError,
    server_password,
    usable_media_folder,
)
from salon_crm.db.storage.data_dir import DataFolderError, prepare_folder
from salon_crm.db.storage.media_store import MediaError
from salon_crm.db.storage.salon_move import move_salon
from salon_crm.db.storage.server_settings import ServerUrlError, display_url, parse_url


def register(commands: Any) -> None:
    """Add migrate-to to the `salon-crm` sub-commands."""
    move = commands.add_parser(
        "migrate-to",
        help="copy the salon into an empty PostgreSQL database, verify it and use it from now on",
    )
    move.add_argument("url", help="postgresql://user@host[:port]/database (no password in it)")
    move.add_argument(
        "--password-file",
        type=Path,
        help="read the server's password from this file "
        "(default: $SALON_CRM_PASSWORD or the terminal)",
    )
    move.add_argument(
        "--media-folder",
        type=Path,
        help="keep the photos and files in this folder, which every workstation reaches "
        "(default: in the server's database)",
    )
    move.set_defaults(run_folder=_migrate_to)


def _progress(table: str, rows: int) -> None:
    print(f"  {table}: {rows} rows", file=sys.stderr, flush=True)


def _migrate_to(data_dir: Path, args: argparse.Namespace) -> int:
    try:
        url = parse_url(args.url)
    except ServerUrlError as error:
        raise CliError(str(error), EXIT_USAGE) from None
    media_folder = usable_media_folder(args.media_folder)
    secret = url.password if url.password is not None else server_password(args.password_file)
    prepare_folder(data_dir)
    try:
        report = move_salon(data_dir, args.url, str(secret), _progress, media_folder=media_folder)
    except DataFolderError as error:
        raise CliError(error.message, EXIT_REFUSED) from None
    except MediaError as error:
        raise CliError(f"a photo or file cannot be copied: {error}", EXIT_REFUSED) from None
    where = f"the folder {media_folder}" if media_folder else "the database"
    print(
        f"Moved {report.rows} rows in {len(report.tables)} tables and {report.media_files} "
        f"media files ({report.media_bytes} bytes, into {where}) to {display_url(url)} "
        f"in {report.seconds:.1f} s; counts and checksums match."
    )
    print(f"The SQLite file {paths.database_path(data_dir)} is kept as it was.")
    return EXIT_OK
