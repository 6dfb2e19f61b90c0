"""The `salon-crm` command: the GUI by default, and admin subcommands for the terminal.

Exit codes: 0 ok, 1 refused input or nothing found (message on stderr), 2 usage,
authentication or a data folder that cannot be used.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from salon_crm import paths
from salon_crm.cli import (
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
from salon_crm.db.storage.data_dir import DataFolderError
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
    return parser


def _run_command(args: argparse.Namespace) -> int:
    if hasattr(args, "run_folder"):
        return int(args.run_folder(data_folder(args), args))
    db = open_database(args)
    try:
        return int(args.run(db, args))
    finally:
        db.dispose()


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
    except DataFolderError as error:
        print(f"salon-crm: {error.message}", file=sys.stderr)
        return EXIT_USAGE
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
