"""Lot recall over 1,000,000 procedure-product rows (see README.md).

    .venv/bin/python benchmarks/bench_lot_recall.py [--rebuild] [--rows N] [--clients C]

The database is built once into benchmarks/.cache/ (demo clients, then procedures and
the products they used in bulk) and reused; every run works on a fresh copy of it.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import bench_search
from bench_search import CACHE, percentile
from bench_search import _remove_database as remove_database
from sqlalchemy import func, insert, select

from salon_crm.db.engine import Database
from salon_crm.db.models import (
    Client,
    LedgerRow,
    Procedure,
    ProcedureProduct,
    ProcedureType,
    Product,
    ProductLot,
    User,
)
from salon_crm.domain.clients.client_filter import ClientFilter
from salon_crm.domain.common.enums import Role
from salon_crm.domain.common.ledger import EntryKind
from salon_crm.services.clients.search_service import SearchService
from salon_crm.services.core.actor import Actor
from salon_crm.services.procedures.lot_recall import LotRecallService

TARGET_MS = 200.0
PRODUCTS = 200
LOTS_PER_PRODUCT = 25
PRODUCTS_PER_PROCEDURE = 2.5
YEARS = 5
DEBT_FREE = 0.97
CHUNK = 50_000


def _chunks(rows: list[dict[str, object]]) -> Sequence[list[dict[str, object]]]:
    return [rows[i : i + CHUNK] for i in range(0, len(rows), CHUNK)]


def _fill(db: Database, rows: int, seed: int) -> None:
    """Products, their lots, procedures over five years and the `rows` lots they used.
    Bulk Core inserts: the rows were never typed by anyone, so nothing is audited."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    with db.engine.begin() as connection:
        clients = list(connection.scalars(select(Client.id)))
        types = list(connection.scalars(select(ProcedureType.id)))
        specialist = connection.scalar(select(User.id).where(User.role == Role.SPECIALIST))
        connection.execute(
            insert(Product),
            [
                {
                    "name": f"Product {n:03d}",
                    "manufacturer": "Bench",
                    "substances": "[]",
                    "unit": "ml",
                    "is_active": True,
                }
                for n in range(PRODUCTS)
            ],
        )
        products = list(connection.scalars(select(Product.id).order_by(Product.id)))
        connection.execute(
            insert(ProductLot),
            [
                {
                    "product_id": product,
                    "lot_number": f"L{product:03d}-{n:02d}",
                    "expires_on": date.today() + timedelta(days=365),
                    "recall_note": "",
                }
                for product in products
                for n in range(LOTS_PER_PRODUCT)
            ],
        )
        lots = list(connection.scalars(select(ProductLot.id).order_by(ProductLot.id)))
        procedures = int(rows / PRODUCTS_PER_PROCEDURE)
        span = YEARS * 365 * 24 * 3600
        rows_of_procedures = [
            {
                "client_id": rng.choice(clients),
                "performed_at": now - timedelta(seconds=rng.randrange(span)),
                "specialist_id": specialist,
                "procedure_type_id": rng.choice(types),
                "zones": "",
                "device_parameters": "",
                "result": "",
                "reaction": "",
                "recommendations": "",
                "home_care": "",
                "price_minor": 100_000,
                "discount_percent": 0,
                "currency": "UAH",
                "override_reason": "",
                "face_chart": "",
                "recorded_at": now,
                "recorded_by_id": specialist,
            }
            for _ in range(procedures)
        ]
        for chunk in _chunks(rows_of_procedures):
            connection.execute(insert(Procedure), chunk)
        first = int(connection.scalar(select(func.min(Procedure.id))) or 0)
        used = [
            {"procedure_id": first + n % procedures, "lot_id": rng.choice(lots), "quantity": "1"}
            for n in range(rows)
        ]
        for chunk in _chunks(used):
            connection.execute(insert(ProcedureProduct), chunk)
        # Each procedure sold; nine in ten paid in full, so about a tenth of clients owe.
        money = [
            {
                "client_id": p["client_id"],
                "procedure_id": first + n,
                "kind": kind,
                "amount_minor": 100_000,
                "currency": "UAH",
                "at": now,
                "note": "",
            }
            for n, p in enumerate(rows_of_procedures)
            for kind in (
                (EntryKind.SOLD, EntryKind.PAID) if rng.random() < DEBT_FREE else (EntryKind.SOLD,)
            )
        ]
        for chunk in _chunks(money):
            connection.execute(insert(LedgerRow), chunk)


def cached_database(
    rows: int, clients: int, seed: int, *, rebuild: bool
) -> tuple[Path, dict[str, object]]:
    """bench_search's demo salon of `clients` with `rows` procedure products added, built
    when missing, when asked, or when the demo database was rebuilt since."""
    demo, demo_meta = bench_search.cached_database(clients, seed, rebuild=rebuild)
    path = CACHE / f"lot-recall-{rows}-{clients}-seed{seed}.db"
    meta_path = path.with_suffix(".json")
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
    if rebuild or not path.exists() or meta.get("demo") != demo_meta:
        building = path.with_suffix(".building")
        remove_database(building)
        shutil.copyfile(demo, building)
        print(f"adding {rows:,} procedure products to {clients:,} demo clients …", flush=True)
        started = time.perf_counter()
        db = Database.open_file(building)
        try:
            _fill(db, rows, seed)
        finally:
            db.dispose()  # the last connection to close checkpoints the WAL into the file
        remove_database(path)
        building.rename(path)
        meta = {
            "rows": rows,
            "demo": demo_meta,
            "fill_seconds": round(time.perf_counter() - started, 1),
        }
        meta_path.write_text(json.dumps(meta, indent=2))
    return path, meta


def _timed(
    action: Callable[[], Sequence[object]], repeat: int, warmup: int
) -> tuple[list[float], int]:
    found = 0
    for _ in range(warmup):
        found = len(action())
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return samples, found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--rows", type=int, default=1_000_000, help="procedure-product rows")
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    args = parser.parse_args(argv)

    cached, meta = cached_database(args.rows, args.clients, args.seed, rebuild=args.rebuild)
    work = CACHE / "lot-recall-work.db"
    remove_database(work)
    shutil.copyfile(cached, work)
    db = Database.open_file(work)
    rng = random.Random(args.seed)
    try:
        with db.engine.connect() as connection:
            owner = connection.scalar(select(User.id).where(User.role == Role.OWNER))
            lots = connection.execute(select(ProductLot.product_id, ProductLot.lot_number)).all()
        actor = Actor(int(owner or 0), "owner", "", Role.OWNER)
        service = LotRecallService(db, actor)
        product, lot = rng.choice(lots)
        until = date.today() - timedelta(days=200)
        cases: list[tuple[str, Callable[[], Sequence[object]]]] = [
            (
                "one lot (number + product)",
                lambda: service.recall(lot_number=lot, product_id=product),
            ),
            ("one lot number, any product", lambda: service.recall(lot_number=lot)),
            (
                "one product, 90 days",
                lambda: service.recall(
                    product_id=product, date_from=until - timedelta(days=90), date_to=until
                ),
            ),
            ("one product, all time", lambda: service.recall(product_id=product)),
        ]
        search = SearchService(db, actor)
        in_debt = ClientFilter(has_debt=True)
        others = [
            ("has-debt filter, first page", lambda: search.page("", in_debt, limit=100).rows),
            ("has-debt filter, count", lambda: [None] * search.count("", in_debt)),
        ]
        print(
            f"{args.rows:,} procedure products, {args.clients:,} clients "
            f"(added in {meta['fill_seconds']} s); {args.repeat} timed runs each"
        )
        worst = 0.0
        for name, action in cases:
            samples, found = _timed(action, args.repeat, args.warmup)
            p50, p95 = statistics.median(samples), percentile(samples, 0.95)
            worst = max(worst, p95)
            print(
                f"  {name:<30} {found:>6} rows  p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  "
                f"p95/target {p95 / TARGET_MS:4.2f}"
            )
        print("  (no target; the client list's filter on the same ledger)")
        for name, action in others:
            samples, found = _timed(action, args.repeat, args.warmup)
            p50, p95 = statistics.median(samples), percentile(samples, 0.95)
            print(f"  {name:<30} {found:>6} rows  p50 {p50:7.1f} ms  p95 {p95:7.1f} ms")
    finally:
        db.dispose()
        remove_database(work)
    verdict = "PASS" if worst <= TARGET_MS else "FAIL"
    print(f"worst p95 {worst:.1f} ms, target {TARGET_MS:.0f} ms: {verdict}")
    return 0 if worst <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
