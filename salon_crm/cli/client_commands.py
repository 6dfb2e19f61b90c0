"""`salon-crm clients …`: add, archive, restore, find."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from salon_crm.cli.common import EXIT_OK, EXIT_REFUSED, CliError, login
from salon_crm.db.engine import Database


def register(clients: Any) -> None:
    """Add the client commands to the `clients` group."""
    add = clients.add_parser("add", help="create a client; prints the new client number")
    add.add_argument("--last", default="")
    add.add_argument("--first", required=True)
    add.add_argument("--middle", default="")
    add.add_argument("--phone", required=True)
    add.add_argument("--email", default="")
    add.add_argument("--birth-date", type=date.fromisoformat, help="YYYY-MM-DD")
    add.add_argument("--template", help="start from this template for new cards")
    add.set_defaults(run=_clients_add)

    archive = clients.add_parser(
        "archive", help="move a client to the archive (kept with their history, restorable)"
    )
    archive.add_argument("number", help="the client number")
    archive.add_argument("--reason", required=True, help="why, as the card will say")
    archive.set_defaults(run=_clients_archive_or_restore)
    restore = clients.add_parser("restore", help="bring an archived client back to work")
    restore.add_argument("number", help="the client number")
    restore.set_defaults(run=_clients_archive_or_restore)

    find = clients.add_parser("find", help="search clients (tab-separated output)")
    find.add_argument("query")
    find.add_argument("--archived", action="store_true", help="include archived clients")
    find.add_argument("--limit", type=int, default=50)
    find.set_defaults(run=_clients_find, reads_only=True)


def _clients_add(db: Database, args: argparse.Namespace) -> int:
    from salon_crm.services.clients.client_service import ClientService
    from salon_crm.services.clients.client_types import ClientInput, PhoneData
    from salon_crm.services.settings.card_templates import CardTemplateService, start_from

    actor = login(db, args)
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

    clients = ClientService(db, login(db, args))
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
    result = SearchService(db, login(db, args)).search(
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
