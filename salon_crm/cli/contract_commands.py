"""`salon-crm contract …`: the salon's document templates and the placeholders they may
use, its uploaded PDF forms, through the same services as the template editor."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from salon_crm.cli.common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, CliError, login, media_store
from salon_crm.db.engine import Database


def register(commands: Any) -> None:
    contract = commands.add_parser("contract", help="contracts and other documents")
    group = contract.add_subparsers(dest="contract_command", required=True)
    templates = group.add_parser("templates", help="the templates' names, one a line")
    templates.add_argument("--all", action="store_true", help="include inactive templates")
    templates.set_defaults(run=_templates, reads_only=True)
    placeholders = group.add_parser(
        "placeholders", help="every placeholder's name and label, tab-separated"
    )
    placeholders.set_defaults(run=_placeholders, reads_only=True)
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
    form.add_argument("form", type=Path, nargs="?", help="the fillable PDF (AcroForm)")
    form.add_argument(
        "--form", dest="form_name", help="a form the salon uploaded, filled by its saved mapping"
    )
    form.add_argument("--client", required=True, help="the client number")
    _map_argument(form)
    form.add_argument("-o", "--output", required=True, type=Path, help="the PDF to write")
    form.set_defaults(run=_fill_form)
    forms = group.add_parser("forms", help="the uploaded PDF forms' names, one a line")
    forms.add_argument("--all", action="store_true", help="include inactive forms")
    forms.set_defaults(run=_forms, reads_only=True)
    upload = group.add_parser(
        "upload-form",
        help="keep a fillable PDF for filling later; prints each field and its placeholder",
    )
    upload.add_argument("file", type=Path, help="the fillable PDF (AcroForm)")
    upload.add_argument("--name", required=True, help="the form's name in the program")
    _map_argument(upload, "(the others keep the placeholder guessed from their names)")
    upload.set_defaults(run=_upload_form)


def _map_argument(parser: argparse.ArgumentParser, more: str = "") -> None:
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=PLACEHOLDER",
        help=f"a form field and the placeholder it takes (repeat for each field) {more}".strip(),
    )


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
    from salon_crm.domain.documents.template_markup import MissingValuesError
    from salon_crm.services.clients.client_service import ClientService
    from salon_crm.services.documents.document_service import DocumentRequest, DocumentService
    from salon_crm.services.documents.template_service import TemplateService

    actor = login(db, args)
    client_id = ClientService(db, actor).id_of_number(args.client)
    template = TemplateService(db, actor).find(args.template)
    documents = DocumentService(db, actor, media_store(db, args))
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


@contextmanager
def _form_problems() -> Iterator[None]:
    """A PDF that is no usable form, said in words (the GUI says it in the user's
    language)."""
    from salon_crm.pdf.pdf_forms import PdfFormError, PdfFormProblem

    reasons = {
        PdfFormProblem.NO_FORM: "the PDF has no fillable text fields",
        PdfFormProblem.DAMAGED: "the file cannot be read as a PDF",
        PdfFormProblem.PASSWORD: "the PDF opens only with a password",
        PdfFormProblem.UNKNOWN_FIELD: "the form has no field",
    }
    try:
        yield
    except PdfFormError as error:
        detail = f" {', '.join(error.fields)}" if error.fields else ""
        raise CliError(f"{reasons[error.problem]}{detail}", EXIT_REFUSED) from None


def _mapping(pairs: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs:
        field, sign, placeholder = pair.partition("=")
        if not sign or not field.strip() or not placeholder.strip():
            raise CliError(f"--map wants FIELD=PLACEHOLDER, not {pair!r}", EXIT_USAGE)
        mapping[field.strip()] = placeholder.strip().strip("{}")
    return mapping


def _form_service(db: Database, args: argparse.Namespace) -> Any:
    from salon_crm.services.documents.form_service import FormService

    return FormService(db, login(db, args), media_store(db, args))


def _fill_form(db: Database, args: argparse.Namespace) -> int:
    if (args.form is None) == (args.form_name is None):
        raise CliError("give either a PDF file or --form NAME", EXIT_USAGE)
    if args.form_name is not None:
        return _fill_stored_form(db, args)
    from salon_crm.services.clients.client_service import ClientService
    from salon_crm.services.documents.document_service import DocumentService
    from salon_crm.services.documents.template_service import TemplateService

    mapping = _mapping(args.map)
    actor = login(db, args)
    known = {p.name for p in TemplateService(db, actor).placeholders()}
    unknown = sorted(set(mapping.values()) - known)
    if unknown:
        raise CliError("unknown placeholders: " + ", ".join(unknown), EXIT_REFUSED)
    client_id = ClientService(db, actor).id_of_number(args.client)
    documents = DocumentService(db, actor, media_store(db, args))
    with _form_problems():
        stored = documents.fill_form(
            client_id, args.form.read_bytes(), mapping, title=args.form.stem
        )
    return _write(documents, stored, args.output)


def _fill_stored_form(db: Database, args: argparse.Namespace) -> int:
    from salon_crm.services.clients.client_service import ClientService
    from salon_crm.services.documents.document_service import DocumentService
    from salon_crm.services.documents.form_service import FormService

    if args.map:
        raise CliError("a stored form is filled by its saved mapping: drop --map", EXIT_USAGE)
    actor = login(db, args)
    media = media_store(db, args)
    forms = FormService(db, actor, media)
    client_id = ClientService(db, actor).id_of_number(args.client)
    with _form_problems():
        stored = forms.fill(client_id, forms.find(args.form_name).id)
    return _write(DocumentService(db, actor, media), stored, args.output)


def _write(documents: Any, stored: Any, output: Path) -> int:
    data, _intact = documents.pdf(stored.id)
    output.write_bytes(data)
    print(stored.number)
    return EXIT_OK


def _forms(db: Database, args: argparse.Namespace) -> int:
    for row in _form_service(db, args).forms(include_inactive=args.all):
        print(row.name)
    return EXIT_OK


def _upload_form(db: Database, args: argparse.Namespace) -> int:
    given = _mapping(args.map)
    forms = _form_service(db, args)
    with _form_problems():
        row = forms.upload(args.name, args.file.read_bytes())
    if given:
        forms.set_mapping(row.id, forms.mapping(row.id) | given)
    for mapped in forms.fields(row.id):
        print(f"{mapped.name}\t{mapped.placeholder or ''}")
    return EXIT_OK
