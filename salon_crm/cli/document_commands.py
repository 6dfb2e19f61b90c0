"""`salon-crm documents …`: the documents stored on a client's card, the check of each
stored file against its SHA-256 and a copy of the exact file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from salon_crm.cli.common import EXIT_OK, EXIT_REFUSED, login, media_store
from salon_crm.db.engine import Database
from salon_crm.domain.common.dates import format_day

if TYPE_CHECKING:
    from salon_crm.services.core.actor import Actor


def register(commands: Any) -> None:
    documents = commands.add_parser("documents", help="the documents stored on clients' cards")
    group = documents.add_subparsers(dest="documents_command", required=True)
    listing = group.add_parser(
        "list", help="a client's documents, newest first: number, date, title, signed"
    )
    listing.add_argument("--client", required=True, help="the client number")
    listing.set_defaults(run=_list, reads_only=True)
    verify = group.add_parser(
        "verify", help='"unchanged" (exit 0) or "changed" (exit 1): the file against its SHA-256'
    )
    verify.add_argument("number", help="the document number (2026-0001)")
    verify.set_defaults(run=_verify, reads_only=True)
    export = group.add_parser("export", help="write the stored PDF exactly as it was made")
    export.add_argument("number", help="the document number (2026-0001)")
    export.add_argument("-o", "--output", required=True, type=Path, help="the PDF to write")
    export.add_argument(
        "--force", action="store_true", help="write the file even when it has been changed"
    )
    export.set_defaults(run=_export, reads_only=True)


def _service(db: Database, args: argparse.Namespace, actor: Actor | None = None) -> Any:
    from salon_crm.services.documents.document_service import DocumentService

    return DocumentService(db, actor or login(db, args), media_store(db, args))


def _list(db: Database, args: argparse.Namespace) -> int:
    from salon_crm.services.clients.client_service import ClientService

    actor = login(db, args)
    client_id = ClientService(db, actor).id_of_number(args.client)
    for document in _service(db, args, actor).documents(client_id):
        signed = "signed" if document.signed else "unsigned"
        print(f"{document.number}\t{format_day(document.created_at)}\t{document.title}\t{signed}")
    return EXIT_OK


def _verify(db: Database, args: argparse.Namespace) -> int:
    documents = _service(db, args)
    data, intact = documents.pdf(documents.find(args.number).id)
    if not data:
        print(f"salon-crm: the file of {args.number} is missing", file=sys.stderr)
    print("unchanged" if intact else "changed")
    return EXIT_OK if intact else EXIT_REFUSED


def _export(db: Database, args: argparse.Namespace) -> int:
    documents = _service(db, args)
    data, intact = documents.pdf(documents.find(args.number).id)
    if not data:
        print(f"salon-crm: the file of {args.number} is missing", file=sys.stderr)
        return EXIT_REFUSED
    if not intact and not args.force:
        print(
            f"salon-crm: {args.number} has been changed since it was made "
            "(its SHA-256 no longer matches); --force writes it anyway",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    args.output.write_bytes(data)
    if not intact:
        print(f"salon-crm: warning: {args.number} has been changed", file=sys.stderr)
    return EXIT_OK
