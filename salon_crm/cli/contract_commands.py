"""`salon-crm contract …`: the salon's document templates and the placeholders they may
use, through the same services as the template editor."""

from __future__ import annotations

import argparse
from typing import Any

from salon_crm.cli.common import EXIT_OK, login
from salon_crm.db.engine import Database


def register(commands: Any) -> None:
    contract = commands.add_parser("contract", help="contracts and other documents")
    group = contract.add_subparsers(dest="contract_command", required=True)
    templates = group.add_parser("templates", help="the templates' names, one a line")
    templates.add_argument("--all", action="store_true", help="include inactive templates")
    templates.set_defaults(run=_templates)
    placeholders = group.add_parser(
        "placeholders", help="every placeholder's name and label, tab-separated"
    )
    placeholders.set_defaults(run=_placeholders)


def _service(db: Database, args: argparse.Namespace) -> Any:
    from salon_crm.services.documents.template_service import TemplateService

    return TemplateService(db, login(db, args))


def _templates(db: Database, args: argparse.Namespace) -> int:
    for row in _service(db, args).templates(include_inactive=args.all):
        print(row.name)
    return EXIT_OK


def _placeholders(db: Database, args: argparse.Namespace) -> int:
    for placeholder in _service(db, args).placeholders():
        print(f"{placeholder.name}\t{placeholder.label}")
    return EXIT_OK
