"""Commands that set a salon up or look after its data folder: init, demo, media."""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from salon_crm.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    CliError,
    data_folder,
    login,
    media_store,
    password,
)
from salon_crm.db.engine import Database
from salon_crm.services.settings import user_service

if TYPE_CHECKING:
    from salon_crm.demo.generator import DemoUser

# Photos are drawn and encoded one by one (some 40 ms each): the first clients get them.
DEMO_PHOTO_CLIENTS = 60
DEMO_DOCUMENT_CLIENTS = 30


def register(commands: Any) -> None:
    """Add init, demo and media to the `salon-crm` sub-commands."""
    init = commands.add_parser("init", help="create the salon and its owner")
    init.add_argument("--salon", required=True, help="the salon's name")
    init.add_argument("--country", required=True, help="ISO country code: UA, RU, PL…")
    init.add_argument("--owner", required=True, help="the owner's login")
    init.add_argument("--full-name", default="", help="the owner's full name")
    init.set_defaults(run=_init)

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
    demo.add_argument(
        "--photos",
        type=int,
        default=DEMO_PHOTO_CLIENTS,
        help=f"how many of the first clients may get photos (default {DEMO_PHOTO_CLIENTS})",
    )
    demo.add_argument(
        "--documents",
        type=int,
        default=DEMO_DOCUMENT_CLIENTS,
        help="how many of the first clients may get signed documents "
        f"(default {DEMO_DOCUMENT_CLIENTS})",
    )
    demo.set_defaults(run=_demo)

    media = commands.add_parser("media", help="the photos and files folder").add_subparsers(
        dest="media_command", required=True
    )
    collect = media.add_parser(
        "collect", help="remove files no record uses any more; prints how many (owner only)"
    )
    collect.add_argument(
        "--grace-days", type=int, default=1, help="keep unused files younger than this"
    )
    collect.set_defaults(run=_media_collect)


def _init(db: Database, args: argparse.Namespace) -> int:
    user_service.setup_salon(
        db,
        salon_name=args.salon,
        country=args.country,
        login=args.owner,
        password=password(prompt_twice=True),
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
        announce=_print_users,
    )
    if args.photos > 0 or args.documents > 0:
        _demo_files(db, args, users)
    return EXIT_OK


def _print_users(users: list[DemoUser]) -> None:
    """The logins and passwords, printed before they are written: a demo interrupted
    later leaves a salon whose passwords are on the screen."""
    for user in users:
        print(f"{user.login}\t{user.role.value}\t{user.password}")
    sys.stdout.flush()


def _demo_files(db: Database, args: argparse.Namespace, users: list[DemoUser]) -> None:
    """The demo's photos and signed documents, stored through the services as the owner."""
    from salon_crm.demo.demo_documents import add_demo_documents
    from salon_crm.demo.demo_photos import add_demo_photos
    from salon_crm.domain.common.enums import Role
    from salon_crm.services.core.workspace import Workspace

    workspace = Workspace(data_folder(args), db, media_store(db, args))
    owner = next(user for user in users if user.role is Role.OWNER)
    actor = workspace.authenticate(owner.login, owner.password)
    add_demo_photos(workspace, actor, range(1, min(args.photos, args.clients) + 1), seed=args.seed)
    documents = range(1, min(args.documents, args.clients) + 1)
    add_demo_documents(workspace, actor, documents, seed=args.seed)


def _media_collect(db: Database, args: argparse.Namespace) -> int:
    from salon_crm.services.maintenance.media_cleanup import MediaCleanup

    if args.grace_days < 0:
        raise CliError("--grace-days must be 0 or more", EXIT_USAGE)
    removed = MediaCleanup(db, login(db, args), media_store(db, args)).collect(
        grace=timedelta(days=args.grace_days)
    )
    print(removed)
    return EXIT_OK
