"""`salon-crm contract …`: the salon's document templates and the placeholders they may
use, through the same services as the template editor."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from salon_crm import paths
from salon_crm.cli.common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, CliError, login
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
    render = group.add_parser(
        "render", help="fill a template for a client, store it on the card, write the PDF"
    )
    render.add_argument("--client", required=True, help="the client number")
    render.add_argument("--template", required=True, help="the template's name")
    render.add_argument("-o", "--output", required=True, type=Path, help="the PDF to write")
    render.add_argument(
        "--blank-missing",
        action="store_true",
        help="print what the record lacks as lines to fill in by hand",
    )
    render.set_defaults(run=_render)
    form = group.add_parser(
        "fill-form", help="fill an uploaded PDF form for a client, store it, write the PDF"
    )
    form.add_argument("form", type=Path, help="the fillable PDF (AcroForm)")
    form.add_argument("--client", required=True, help="the client number")
    form.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=PLACEHOLDER",
        help="a form field and the placeholder it takes (repeat for each field)",
    )
    form.add_argument("-o", "--output", required=True, type=Path, help="the PDF to write")
    form.set_defaults(run=_fill_form)


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


def _render(db: Database, args: argparse.Namespace) -> int:
    from salon_crm.db.storage.media_store import MediaStore
    from salon_crm.domain.documents.template_markup import MissingValuesError
    from salon_crm.services.clients.client_service import ClientService
    from salon_crm.services.documents.document_service import DocumentRequest, DocumentService
    from salon_crm.services.documents.template_service import TemplateService

    actor = login(db, args)
    client_id = ClientService(db, actor).id_of_number(args.client)
    template = TemplateService(db, actor).find(args.template)
    media = MediaStore(paths.media_dir(args.data_dir or paths.default_data_dir()))
    documents = DocumentService(db, actor, media)
    request = DocumentRequest(
        client_id, template.id, blank_missing=args.blank_missing, page_label="{page} / {pages}"
    )
    try:
        stored = documents.make(request)
    except MissingValuesError as error:
        print("salon-crm: the client's record lacks:", file=sys.stderr)
        for name in error.names:
            print(f"  {name}", file=sys.stderr)
        return EXIT_REFUSED
    data, _intact = documents.pdf(stored.id)
    args.output.write_bytes(data)
    print(stored.number)
    return EXIT_OK


def _fill_form(db: Database, args: argparse.Namespace) -> int:
    from salon_crm.db.storage.media_store import MediaStore
    from salon_crm.services.clients.client_service import ClientService
    from salon_crm.services.documents.document_service import DocumentService
    from salon_crm.services.documents.template_service import TemplateService

    mapping: dict[str, str] = {}
    for pair in args.map:
        field, sign, placeholder = pair.partition("=")
        if not sign or not field.strip() or not placeholder.strip():
            raise CliError(f"--map wants FIELD=PLACEHOLDER, not {pair!r}", EXIT_USAGE)
        mapping[field.strip()] = placeholder.strip().strip("{}")
    actor = login(db, args)
    known = {p.name for p in TemplateService(db, actor).placeholders()}
    unknown = sorted(set(mapping.values()) - known)
    if unknown:
        raise CliError("unknown placeholders: " + ", ".join(unknown), EXIT_REFUSED)
    client_id = ClientService(db, actor).id_of_number(args.client)
    media = MediaStore(paths.media_dir(args.data_dir or paths.default_data_dir()))
    documents = DocumentService(db, actor, media)
    stored = documents.fill_form(client_id, args.form.read_bytes(), mapping, title=args.form.stem)
    data, _intact = documents.pdf(stored.id)
    args.output.write_bytes(data)
    print(stored.number)
    return EXIT_OK
