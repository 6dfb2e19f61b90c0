"""The `salon-crm` command: the GUI by default, and admin subcommands for the terminal.

Exit codes: 0 ok, 1 refused input or nothing found, or a fault met on the way (a full
disk, a read-only or busy database, a folder another copy of the program has; message on
stderr), 2 usage, authentication or a data folder that cannot be used. Never a traceback:
what nobody foresaw is one line here and the traceback in the data folder's log.

Every command but those marked `reads_only` holds the data folder's lock while it runs,
as the GUI does while it is open, so there is one writer per folder.
"""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from salon_crm import paths
from salon_crm.cli import (
    check_commands,
    client_commands,
    contract_commands,
    document_commands,
    health_commands,
    move_commands,
    photo_commands,
    print_commands,
    procedure_commands,
    salon_commands,
    server_commands,
)
from salon_crm.cli.common import EXIT_REFUSED, EXIT_USAGE, CliError, data_folder, open_database
from salon_crm.db.storage.data_dir import (
    DataFolderError,
    DataFolderProblem,
    ensure_folder,
    problem_of,
)
from salon_crm.db.storage.folder_lock import FolderInUseError, FolderLock
from salon_crm.db.storage.media_store import MediaError
from salon_crm.domain.common.errors import NotFoundError, SalonError, ValidationError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="salon-crm", description="Offline CRM for a beauty salon or cosmetology studio."
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        help=f"where the database and photos live (default: ${paths.DATA_DIR_ENV} "
        "or the user's data directory)",
    )
    parser.add_argument("--user", help="act as this user (password from $SALON_CRM_PASSWORD)")
    commands = parser.add_subparsers(dest="command")
    salon_commands.register(commands)
    server_commands.register(commands)
    move_commands.register(commands)
    clients = commands.add_parser("clients", help="work with clients").add_subparsers(
        dest="clients_command", required=True
    )
    client_commands.register(clients)
    health_commands.register(commands, clients)
    procedure_commands.register(commands, clients)
    photo_commands.register(commands)
    contract_commands.register(commands)
    document_commands.register(commands)
    print_commands.register(commands)
    check_commands.register(commands)
    return parser


def _run_command(args: argparse.Namespace) -> int:
    folder = data_folder(args)
    lock = FolderLock(folder)
    if not getattr(args, "reads_only", False):
        ensure_folder(folder)
        lock.acquire()
    try:
        if hasattr(args, "run_folder"):
            return int(args.run_folder(folder, args))
        db = open_database(args, exclusive=lock.held)
        try:
            return int(args.run(db, args))
        finally:
            db.dispose()
    finally:
        lock.release()


def _fault(error: BaseException) -> str | None:
    """A fault of the disk or the database met while working, in words; None if unknown."""
    problem = problem_of(error)
    if problem is None:
        return None
    return DataFolderError(problem, "the data folder").message


def _log_unexpected(args: argparse.Namespace, error: BaseException) -> str:
    """The traceback into the data folder's log (if it can be written); where it went."""
    log_dir = paths.logs_dir(data_folder(args))
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(log_dir / "salon-crm.log", encoding="utf-8")
    except OSError:
        return "no log could be written"
    log = logging.getLogger("salon_crm.cli")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    try:
        log.error("unexpected error", exc_info=error)
    finally:
        log.removeHandler(handler)
        handler.close()
    return f"details in {log_dir / 'salon-crm.log'}"


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        from salon_crm.gui.shell.app import run_gui

        return run_gui(args.data_dir or paths.default_data_dir())
    try:
        return _run_command(args)
    except CliError as error:
        print(f"salon-crm: {error}", file=sys.stderr)
        return error.code
    except FolderInUseError as error:
        print(f"salon-crm: {error}", file=sys.stderr)
        return EXIT_REFUSED
    except DataFolderError as error:
        print(f"salon-crm: {error.message}", file=sys.stderr)
        return EXIT_REFUSED if error.problem in _FAULTS else EXIT_USAGE
    except ValidationError as error:
        for problem in error.errors:
            print(f"salon-crm: {problem.field}: {problem.message}", file=sys.stderr)
            if problem.params.get("archived"):
                print(
                    f"salon-crm: to restore them: salon-crm clients restore "
                    f"{problem.params['number']}",
                    file=sys.stderr,
                )
        return EXIT_REFUSED
    except NotFoundError as error:
        print(f"salon-crm: not found: {error}", file=sys.stderr)
        return EXIT_REFUSED
    except SalonError as error:
        print(f"salon-crm: {error}", file=sys.stderr)
        return EXIT_REFUSED
    except (OSError, sqlite3.Error, DBAPIError, MediaError) as error:
        said = _fault(error)
        if said is None:
            said = f"{type(error).__name__}: {error}"
        print(f"salon-crm: {said} Nothing was changed.", file=sys.stderr)
        return EXIT_REFUSED
    except Exception as error:
        where = _log_unexpected(args, error)
        print(f"salon-crm: unexpected error ({type(error).__name__}); {where}", file=sys.stderr)
        return EXIT_REFUSED


# Problems met while working (exit 1), rather than a folder that cannot be used (exit 2).
_FAULTS = frozenset(
    {
        DataFolderProblem.DISK_FULL,
        DataFolderProblem.DATABASE_BUSY,
        DataFolderProblem.MEDIA_FILE_MISSING,
    }
)
