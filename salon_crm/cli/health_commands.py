"""`salon-crm health …` (the condition catalogue, recording and showing an anamnesis) and
`salon-crm clients consent` (recording or withdrawing a consent)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING, Any

from salon_crm.cli.common import EXIT_OK, EXIT_REFUSED, CliError, login
from salon_crm.db.engine import Database
from salon_crm.domain.common.enums import ConsentPurpose
from salon_crm.domain.common.errors import ConsentRequiredError, PermissionDeniedError
from salon_crm.domain.health import conditions

if TYPE_CHECKING:
    from salon_crm.services.health.anamnesis_types import AllergyEntry

PURPOSES = [p.value for p in ConsentPurpose]


def register(commands: Any, clients: Any) -> None:
    """Add the `health` group, and `consent` to the `clients` group."""
    consent = clients.add_parser(
        "consent", help="record a client's consent for a purpose, or withdraw it"
    )
    consent.add_argument("number", help="the client number")
    consent.add_argument(
        "--purpose",
        required=True,
        choices=PURPOSES,
        metavar="PURPOSE",
        help=f"one of: {', '.join(PURPOSES)}",
    )
    consent.add_argument("--given", type=date.fromisoformat, help="YYYY-MM-DD (default today)")
    consent.add_argument("--withdraw", action="store_true", help="withdraw it as of today")
    consent.set_defaults(run=_clients_consent)

    health = commands.add_parser("health", help="the cosmetology record").add_subparsers(
        dest="health_command", required=True
    )
    listing = health.add_parser("conditions", help="condition codes (tab-separated)")
    listing.set_defaults(run=_health_conditions, reads_only=True)

    record = health.add_parser("record", help="sign a new anamnesis version; prints its number")
    record.add_argument("--client", required=True, help="the client number")
    record.add_argument("--condition", action="append", default=[], metavar="CODE")
    record.add_argument(
        "--allergy",
        action="append",
        default=[],
        metavar="SUBSTANCE[:REACTION]",
        help="e.g. lidocaine:anaphylaxis",
    )
    record.add_argument("--medication", action="append", default=[], metavar="TEXT")
    record.add_argument("--note", default="")
    record.set_defaults(run=_health_record)

    show = health.add_parser("show", help="the current anamnesis version as JSON")
    show.add_argument("--client", required=True, help="the client number")
    show.set_defaults(run=_health_show, reads_only=True)


def _refusal(error: PermissionDeniedError) -> CliError:
    return CliError(f"user {error.login!r} may not read or write health records", EXIT_REFUSED)


def _clients_consent(db: Database, args: argparse.Namespace) -> int:
    from salon_crm.services.clients.client_consents import ConsentService
    from salon_crm.services.clients.client_service import ClientService

    actor = login(db, args)
    client_id = ClientService(db, actor).id_of_number(args.number)
    consents = ConsentService(db, actor)
    purpose = ConsentPurpose(args.purpose)
    if args.withdraw:
        if not consents.withdraw(client_id, purpose):
            raise CliError(
                f"client {args.number} has no active consent for {purpose.value}", EXIT_REFUSED
            )
        print(f"Withdrawn: {args.number}\t{purpose.value}\t{date.today().isoformat()}")
    else:
        given = consents.give(client_id, purpose, given_on=args.given)
        print(f"Given: {args.number}\t{purpose.value}\t{given.isoformat()}")
    return EXIT_OK


def _health_conditions(db: Database, args: argparse.Namespace) -> int:
    login(db, args)
    for condition in conditions.CONDITIONS:
        print(f"{condition.code}\t{condition.name}\t{condition.group.value}")
    return EXIT_OK


def _allergy(text: str) -> AllergyEntry:
    from salon_crm.services.health.anamnesis_types import AllergyEntry

    substance, _, reaction = text.partition(":")
    return AllergyEntry(substance.strip(), reaction.strip())


def _health_record(db: Database, args: argparse.Namespace) -> int:
    from salon_crm.services.clients.client_service import ClientService
    from salon_crm.services.health.anamnesis_service import AnamnesisService
    from salon_crm.services.health.anamnesis_types import AnamnesisInput, ConditionEntry

    unknown = [code for code in args.condition if not conditions.is_known(code)]
    if unknown:
        raise CliError(
            f"unknown condition {', '.join(unknown)} (see: salon-crm health conditions)",
            EXIT_REFUSED,
        )
    actor = login(db, args)
    client_id = ClientService(db, actor).id_of_number(args.client)
    data = AnamnesisInput(
        medications="\n".join(args.medication),
        note=args.note,
        conditions=tuple(ConditionEntry(code) for code in args.condition),
        allergies=tuple(_allergy(text) for text in args.allergy),
    )
    try:
        recorded = AnamnesisService(db, actor).record(client_id, data)
    except PermissionDeniedError as error:
        raise _refusal(error) from None
    except ConsentRequiredError:
        raise CliError(
            f"client {args.client} has not consented to the processing of health data; "
            f"record it first: salon-crm clients consent {args.client} --purpose health_data",
            EXIT_REFUSED,
        ) from None
    print(recorded.version)
    return EXIT_OK


def _health_show(db: Database, args: argparse.Namespace) -> int:
    from salon_crm.services.clients.client_service import ClientService
    from salon_crm.services.health.anamnesis_service import AnamnesisService
    from salon_crm.services.health.anamnesis_types import TEXT_FIELDS

    actor = login(db, args)
    client_id = ClientService(db, actor).id_of_number(args.client)
    try:
        record = AnamnesisService(db, actor).current(client_id)
    except PermissionDeniedError as error:
        raise _refusal(error) from None
    if record is None:
        raise CliError(f"client {args.client} has no anamnesis yet", EXIT_REFUSED)
    shown = {
        "version": record.version,
        "signed_at": record.signed_at.isoformat(),
        "signed_by": record.signed_by,
        "conditions": [
            {"code": c.code, "since": c.since.isoformat() if c.since else None, "note": c.note}
            for c in record.data.conditions
        ],
        "allergies": [
            {"substance": a.substance, "reaction": a.reaction} for a in record.data.allergies
        ],
        "fields": {name: getattr(record.data, name) for name in TEXT_FIELDS},
    }
    print(json.dumps(shown, ensure_ascii=False, indent=2))
    return EXIT_OK
