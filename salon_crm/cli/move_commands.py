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
    CliError,
    add_server_options,
    server_target,
)
from salon_crm.db.storage.data_dir import DataFolderError, prepare_folder
from salon_crm.db.storage.media_store import MediaError
from salon_crm.db.storage.salon_move import move_salon
from salon_crm.db.storage.server_settings import display_url


def register(commands: Any) -> None:
    """Add migrate-to to the `salon-crm` sub-commands."""
    move = commands.add_parser(
        "migrate-to",
        help="copy the salon into an empty PostgreSQL database, verify it and use it from now on",
    )
    move.add_argument("url", help="postgresql://user@host[:port]/database (no password in it)")
    add_server_options(move)
    move.set_defaults(run_folder=_migrate_to)


def _progress(table: str, rows: int) -> None:
    print(f"  {table}: {rows} rows", file=sys.stderr, flush=True)


def _migrate_to(data_dir: Path, args: argparse.Namespace) -> int:
    target = server_target(args)
    prepare_folder(data_dir)
    try:
        report = move_salon(
            data_dir, target.typed, target.password, _progress, media_folder=target.media_folder
        )
    except DataFolderError as error:
        raise CliError(error.message, EXIT_REFUSED) from None
    except MediaError as error:
        raise CliError(f"a photo or file cannot be copied: {error}", EXIT_REFUSED) from None
    where = f"the folder {target.media_folder}" if target.media_folder else "the database"
    print(
        f"Moved {report.rows} rows in {len(report.tables)} tables and {report.media_files} "
        f"media files ({report.media_bytes} bytes, into {where}) to {display_url(target.url)} "
        f"in {report.seconds:.1f} s; counts and checksums match."
    )
    print(f"The SQLite file {paths.database_path(data_dir)} is kept as it was.")
    return EXIT_OK
