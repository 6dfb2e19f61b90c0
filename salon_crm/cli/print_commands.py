"""`salon-crm print …`: a client's questionnaire or cosmetology record as a PDF, through the
same service and engine as the program's printouts, with the captions in the language
asked for (the salon's own by default)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from salon_crm import paths
from salon_crm.cli.common import EXIT_OK, login, media_store
from salon_crm.db.engine import Database

LANGUAGES = ("en", "ru", "uk", "pl")


def register(commands: Any) -> None:
    printing = commands.add_parser("print", help="print a client's questionnaire or record")
    group = printing.add_subparsers(dest="print_command", required=True)
    for name, run, text in (
        ("questionnaire", _questionnaire, "the client's questionnaire"),
        ("record", _record, "the client's cosmetology record (needs health read permission)"),
    ):
        command = group.add_parser(name, help=text)
        command.add_argument("--client", required=True, help="the client number")
        command.add_argument("-o", "--output", required=True, type=Path, help="the PDF to write")
        command.add_argument(
            "--language",
            choices=LANGUAGES,
            help="the captions' language (default: the salon's country's)",
        )
        command.set_defaults(run=run, reads_only=True)


def _questionnaire(db: Database, args: argparse.Namespace) -> int:
    return _print(db, args, record=False)


def _record(db: Database, args: argparse.Namespace) -> int:
    return _print(db, args, record=True)


def _print(db: Database, args: argparse.Namespace, *, record: bool) -> int:
    from salon_crm.domain.documents.template_kinds import language_of_country
    from salon_crm.services.clients.client_service import ClientService
    from salon_crm.services.documents.printout_service import PrintoutService
    from salon_crm.services.settings.settings_service import SettingsService

    actor = login(db, args)
    client_id = ClientService(db, actor).id_of_number(args.client)
    language = args.language or language_of_country(SettingsService(db, actor).requisites().country)
    printouts = PrintoutService(db, actor, media_store(db, args))
    make = printouts.cosmetology_record if record else printouts.questionnaire
    args.output.write_bytes(make(client_id, language=language, translate=_translator(language)))
    return EXIT_OK


def _translator(language: str) -> Any:
    """The program's own translations of `language` read from its .ts file (no Qt
    application is needed for that); English needs none."""
    from salon_crm.gui.common.ts_translator import TsTranslator
    from salon_crm.services.documents.printout_words import untranslated

    source = paths.translations_dir() / f"salon_crm_{language}.ts"
    if language == "en" or not source.exists():
        return untranslated
    translator = TsTranslator(source)

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return translate
