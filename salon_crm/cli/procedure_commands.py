"""`salon-crm procedures …`, `products …`, `lots …` and `clients balance`: the procedure
catalogue, recording a procedure, lot recall and a client's money, in English."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from typing import Any

from salon_crm.cli.common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, CliError, login
from salon_crm.db.engine import Database
from salon_crm.domain.health.contraindications import Reason


def register(commands: Any, clients: Any) -> None:
    """Add the `procedures`, `products` and `lots` groups, and `balance` to `clients`."""
    procedures = commands.add_parser("procedures", help="the procedure catalogue, recording")
    group = procedures.add_subparsers(dest="procedures_command", required=True)
    catalogue = group.add_parser(
        "catalogue", help="code, name, category, blocking and warning condition codes"
    )
    catalogue.add_argument("--all", action="store_true", help="include inactive procedures")
    catalogue.set_defaults(run=_catalogue, reads_only=True)

    record = group.add_parser(
        "record", help="record a procedure for a client; prints the new procedure id"
    )
    record.add_argument("--client", required=True, help="the client number")
    record.add_argument("--procedure", required=True, help="the procedure code (or name)")
    record.add_argument("--product", help="a product of the catalogue, by name")
    record.add_argument("--lot", help="the product's lot number")
    record.add_argument("--expiry", type=date.fromisoformat, help="the lot's expiry, YYYY-MM-DD")
    record.add_argument("--quantity", default="", help="how much was used, e.g. '1 ml'")
    record.add_argument("--price", help="the price before the discount (default: catalogue)")
    record.add_argument("--paid", help="what the client pays now")
    record.add_argument("--override-reason", default="", help="why despite a blocking rule")
    record.add_argument("--date", type=date.fromisoformat, help="YYYY-MM-DD (default today)")
    record.set_defaults(run=_record)

    products = commands.add_parser("products", help="the product catalogue").add_subparsers(
        dest="products_command", required=True
    )
    add = products.add_parser("add", help="add a product; prints its id")
    add.add_argument("name")
    add.add_argument("--manufacturer", default="")
    add.add_argument(
        "--substance", action="append", default=[], help="an active substance or allergen"
    )
    add.set_defaults(run=_products_add)

    lots = commands.add_parser("lots", help="product lots").add_subparsers(
        dest="lots_command", required=True
    )
    recall = lots.add_parser(
        "recall", help="clients who received a lot (or any lot of --product), tab-separated"
    )
    recall.add_argument("lot", nargs="?", help="the lot number")
    recall.add_argument("--product", help="only this product (or all its lots without LOT)")
    recall.add_argument("--from", dest="date_from", type=date.fromisoformat, help="YYYY-MM-DD")
    recall.add_argument("--to", dest="date_to", type=date.fromisoformat, help="YYYY-MM-DD")
    recall.set_defaults(run=_recall, reads_only=True)

    balance = clients.add_parser("balance", help="a client's sold, paid and balance")
    balance.add_argument("number", help="the client number")
    balance.set_defaults(run=_balance, reads_only=True)


def _catalogue(db: Database, args: argparse.Namespace) -> int:
    from salon_crm.services.procedures.catalogue_service import CatalogueService

    rows = CatalogueService(db, login(db, args)).procedure_types(include_inactive=args.all)
    for row in rows:
        print(
            "\t".join(
                (
                    row.code or "",
                    row.name,
                    row.category.value,
                    ",".join(row.blocks),
                    ",".join(row.warns),
                )
            )
        )
    return EXIT_OK


def _describe(reason: Reason) -> str:
    from salon_crm.domain.health.conditions import BY_CODE
    from salon_crm.domain.health.substances import SUBSTANCES

    if reason.condition:
        condition = BY_CODE.get(reason.condition)
        return f"{reason.condition} ({condition.name if condition else reason.condition})"
    return f"allergy to {SUBSTANCES.get(reason.substance, reason.substance)} in {reason.product}"


def _record(db: Database, args: argparse.Namespace) -> int:
    from salon_crm.domain.common.money import parse_money
    from salon_crm.services.clients.client_service import ClientService
    from salon_crm.services.procedures.catalogue_service import CatalogueService
    from salon_crm.services.procedures.procedure_service import ProcedureService
    from salon_crm.services.procedures.procedure_types import ProcedureInput, ProductUse

    actor = login(db, args)
    client_id = ClientService(db, actor).id_of_number(args.client)
    kind = CatalogueService(db, actor).find_procedure_type(args.procedure)
    currency = kind.price.currency
    uses: tuple[ProductUse, ...] = ()
    if args.product:
        if not args.lot:
            raise CliError("--product needs --lot (and --expiry for a new lot)", EXIT_USAGE)
        use = ProductUse(
            product_name=args.product,
            lot_number=args.lot,
            expires_on=args.expiry,
            quantity=args.quantity,
        )
        uses = (use,)
    elif args.lot or args.expiry:
        raise CliError("--lot and --expiry need --product", EXIT_USAGE)
    now = datetime.now().astimezone()
    performed_at = datetime.combine(args.date, now.timetz()) if args.date else now
    data = ProcedureInput(
        procedure_type_id=kind.id,
        performed_at=performed_at,
        products=uses,
        price=parse_money(args.price, currency, field="price") if args.price else None,
        paid=parse_money(args.paid, currency, field="paid") if args.paid else None,
        override_reason=args.override_reason,
    )
    recorded = ProcedureService(db, actor).record(client_id, data)
    for reason in recorded.warnings:
        print(f"salon-crm: warning: {_describe(reason)}", file=sys.stderr)
    for reason in recorded.overridden:
        print(f"salon-crm: overridden: {_describe(reason)}", file=sys.stderr)
    print(recorded.id)
    return EXIT_OK


def _products_add(db: Database, args: argparse.Namespace) -> int:
    from salon_crm.services.procedures.catalogue_service import CatalogueService
    from salon_crm.services.procedures.catalogue_types import ProductInput

    product = CatalogueService(db, login(db, args)).create_product(
        ProductInput(
            name=args.name, manufacturer=args.manufacturer, substances=tuple(args.substance)
        )
    )
    print(product.id)
    return EXIT_OK


def _recall(db: Database, args: argparse.Namespace) -> int:
    from salon_crm.domain.common.dates import format_day
    from salon_crm.services.procedures.catalogue_service import CatalogueService
    from salon_crm.services.procedures.lot_recall import LotRecallService

    if not args.lot and not args.product:
        raise CliError("name a lot, a --product, or both", EXIT_USAGE)
    actor = login(db, args)
    product_id = None
    if args.product:
        product = CatalogueService(db, actor).product_named(args.product)
        if product is None:
            raise CliError(f"no product {args.product!r} in the catalogue", EXIT_REFUSED)
        product_id = product.id
    hits = LotRecallService(db, actor).recall(
        lot_number=args.lot, product_id=product_id, date_from=args.date_from, date_to=args.date_to
    )
    for hit in hits:
        fields = (
            hit.client_number,
            hit.client_name,
            hit.phone,
            format_day(hit.performed_on),
            hit.product,
            hit.lot_number,
            hit.email,
        )
        print("\t".join(fields))
    if not hits:
        print("No client received it", file=sys.stderr)
        return EXIT_REFUSED
    return EXIT_OK


def _balance(db: Database, args: argparse.Namespace) -> int:
    from salon_crm.domain.common.money import format_money
    from salon_crm.services.clients.client_service import ClientService
    from salon_crm.services.procedures.procedure_service import ProcedureService

    actor = login(db, args)
    client_id = ClientService(db, actor).id_of_number(args.number)
    balance = ProcedureService(db, actor).balance(client_id)
    state = "debt" if balance.in_debt else "credit" if balance.in_credit else "settled"
    print(f"Sold\t{format_money(balance.sold, 'en')}")
    print(f"Paid\t{format_money(balance.paid, 'en')}")
    print(f"Balance\t{format_money(balance.balance, 'en')}\t{state}")
    return EXIT_OK
