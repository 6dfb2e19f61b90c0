"""The `salon-crm` command: the GUI by default, and admin subcommands for the terminal.

Exit codes: 0 ok, 1 refused input or nothing found (message on stderr), 2 usage,
authentication or a data folder that cannot be used.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from salon_crm import paths
from salon_crm.db.engine import Database
from salon_crm.db.storage.data_dir import DataFolderError
from salon_crm.domain.common.errors import (
    AuthenticationError,
    NotFoundError,
    SalonError,
    ValidationError,
)
from salon_crm.services.core.actor import Actor
from salon_crm.services.settings import user_service

PASSWORD_ENV = "SALON_CRM_PASSWORD"
EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


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

    init = commands.add_parser("init", help="create the salon and its owner")
    init.add_argument("--salon", required=True, help="the salon's name")
    init.add_argument("--country", required=True, help="ISO country code: UA, RU, PL…")
    init.add_argument("--owner", required=True, help="the owner's login")
    init.add_argument("--full-name", default="", help="the owner's full name")

    demo = commands.add_parser("demo", help="fill an empty database with generated clients")
    demo.add_argument("--clients", type=int, required=True)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--country", default="UA")
    demo.add_argument(
        "--today",
        type=date.fromisoformat,
        help="date the demo is generated around, YYYY-MM-DD (default: a fixed date, so that "
        "a seed always gives the same salon)",
    )

    clients = commands.add_parser("clients", help="work with clients").add_subparsers(
        dest="clients_command", required=True
    )
    add = clients.add_parser("add", help="create a client; prints the new client number")
    add.add_argument("--last", default="")
    add.add_argument("--first", required=True)
    add.add_argument("--middle", default="")
    add.add_argument("--phone", required=True)
    add.add_argument("--email", default="")
    add.add_argument("--birth-date", type=date.fromisoformat, help="YYYY-MM-DD")
    add.add_argument("--template", help="start from this template for new cards")

    archive = clients.add_parser(
        "archive", help="move a client to the archive (kept with their history, restorable)"
    )
    archive.add_argument("number", help="the client number")
    archive.add_argument("--reason", required=True, help="why, as the card will say")
    restore = clients.add_parser("restore", help="bring an archived client back to work")
    restore.add_argument("number", help="the client number")

    find = clients.add_parser("find", help="search clients (tab-separated output)")
    find.add_argument("query")
    find.add_argument("--archived", action="store_true", help="include archived clients")
    find.add_argument("--limit", type=int, default=50)

    media = commands.add_parser("media", help="the photos and files folder").add_subparsers(
        dest="media_command", required=True
    )
    collect = media.add_parser(
        "collect", help="remove files no record uses any more; prints how many (owner only)"
    )
    collect.add_argument(
        "--grace-days", type=int, default=1, help="keep unused files younger than this"
    )
    return parser


def _password(prompt_twice: bool) -> str:
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env is not None:
        return from_env
    if not sys.stdin.isatty():
        raise CliError(f"no password: set {PASSWORD_ENV} or run in a terminal", EXIT_USAGE)
    first = getpass.getpass("Password: ")
    if prompt_twice and getpass.getpass("Repeat the password: ") != first:
        raise CliError("the passwords do not match", EXIT_USAGE)
    return first


def _open(args: argparse.Namespace) -> Database:
    from salon_crm.db.storage.data_dir import open_data_dir

    return open_data_dir(args.data_dir or paths.default_data_dir())


def _login(db: Database, args: argparse.Namespace) -> Actor:
    if not args.user:
        raise CliError("this command needs --user LOGIN", EXIT_USAGE)
    try:
        return user_service.authenticate(db, args.user, _password(prompt_twice=False))
    except AuthenticationError:
        raise CliError("wrong login or password", EXIT_USAGE) from None


def _init(db: Database, args: argparse.Namespace) -> int:
    user_service.setup_salon(
        db,
        salon_name=args.salon,
        country=args.country,
        login=args.owner,
        password=_password(prompt_twice=True),
        full_name=args.full_name,
    )
    print(f"Salon created; owner login: {args.owner}")
    return EXIT_OK


def _demo(db: Database, args: argparse.Namespace) -> int:
    from salon_crm.demo.generator import REFERENCE_DATE, generate_demo

    if not user_service.needs_setup(db):
        raise CliError("the database already has a salon; demo needs an empty one", EXIT_REFUSED)
    if args.clients < 0:
        raise CliError("--clients must be 0 or more", EXIT_USAGE)
    users = generate_demo(
        db,
        clients=args.clients,
        seed=args.seed,
        country=args.country,
        today=args.today or REFERENCE_DATE,
    )
    for user in users:
        print(f"{user.login}\t{user.role.value}\t{user.password}")
    return EXIT_OK


def _clients_add(db: Database, args: argparse.Namespace) -> int:
    from salon_crm.services.clients.client_service import ClientService
    from salon_crm.services.clients.client_types import ClientInput, PhoneData
    from salon_crm.services.settings.card_templates import CardTemplateService, start_from

    actor = _login(db, args)
    typed = ClientInput(
        last_name=args.last,
        first_name=args.first,
        middle_name=args.middle,
        phones=(PhoneData(args.phone),),
        emails=(args.email,) if args.email else (),
        birth_date=args.birth_date,
    )
    if args.template:
        typed = start_from(CardTemplateService(db, actor).template_named(args.template), typed)
    card = ClientService(db, actor).create(typed)
    print(card.number)
    return EXIT_OK


def _clients_archive_or_restore(db: Database, args: argparse.Namespace) -> int:
    """Refused (exit 1) when the client is already where they were asked to go."""
    from salon_crm.services.clients.client_service import ClientService

    clients = ClientService(db, _login(db, args))
    client_id = clients.id_of_number(args.number)
    card = clients.card(client_id)
    archiving = args.clients_command == "archive"
    if archiving == (card.archived_at is not None):
        state = "already archived" if archiving else "not archived"
        raise CliError(f"client {card.number} ({card.full_name}) is {state}", EXIT_REFUSED)
    if archiving:
        clients.archive(client_id, reason=args.reason)
        print(f"Archived: {card.number}\t{card.full_name}")
    else:
        clients.restore(client_id)
        print(f"Restored: {card.number}\t{card.full_name}")
    return EXIT_OK


def _clients_find(db: Database, args: argparse.Namespace) -> int:
    from salon_crm.domain.clients.client_filter import Scope
    from salon_crm.services.clients.search_service import SearchService

    scope = Scope.ALL if args.archived else Scope.ACTIVE
    result = SearchService(db, _login(db, args)).search(
        args.query, scope=scope, limit=max(1, args.limit)
    )
    if result.retyped_as:
        print(f"Nothing for {args.query!r}; showing {result.retyped_as!r}", file=sys.stderr)
    for row in result.rows:
        print(f"{row.number}\t{row.full_name}\t{row.main_phone}\t{row.email}")
    if not result.rows:
        print("No clients found", file=sys.stderr)
        return EXIT_REFUSED
    return EXIT_OK


def _media_collect(db: Database, args: argparse.Namespace) -> int:
    from salon_crm.db.storage.media_store import MediaStore
    from salon_crm.services.maintenance.media_cleanup import MediaCleanup

    if args.grace_days < 0:
        raise CliError("--grace-days must be 0 or more", EXIT_USAGE)
    store = MediaStore(paths.media_dir(args.data_dir or paths.default_data_dir()))
    removed = MediaCleanup(db, _login(db, args), store).collect(
        grace=timedelta(days=args.grace_days)
    )
    print(removed)
    return EXIT_OK


def _run_command(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        if args.command == "init":
            return _init(db, args)
        if args.command == "demo":
            return _demo(db, args)
        if args.command == "media":
            return _media_collect(db, args)
        if args.clients_command == "add":
            return _clients_add(db, args)
        if args.clients_command in {"archive", "restore"}:
            return _clients_archive_or_restore(db, args)
        return _clients_find(db, args)
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
