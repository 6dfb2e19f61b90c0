"""Search and client creation on PostgreSQL beside SQLite, 100,000 demo clients each
(see README.md).

    .venv/bin/python benchmarks/bench_search_postgres.py [--clients N] [--repeat R]

The SQLite side is bench_search.py's own run on its cached demo database. The PostgreSQL
side starts a throwaway cluster (initdb + pg_ctl in a temporary folder, durable as a
salon's server would be: fsync and synchronous commit on), generates the same demo salon
into it over the local unix socket, runs the same queries and creations, and removes
the cluster afterwards.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import bench_search
from bench_search import CACHE, QueryTiming, percentile
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from salon_crm.db.engine import Database
from salon_crm.db.storage.data_dir import open_server
from salon_crm.demo.generator import generate_demo
from tests import pg_cluster

SEARCH_P95_MS = 20.0
CREATE_MEDIAN_MS = 20.0
# A salon's server keeps what it commits: the test cluster's shortcuts are turned back on,
# so that creating a client pays for its commit's flush as SQLite's synchronous=FULL does.
DURABLE = {
    "fsync": "on",
    "synchronous_commit": "on",
    "full_page_writes": "on",
    "shared_buffers": "256MB",
    "max_wal_size": "4GB",
}


@dataclass
class EngineRun:
    name: str
    timings: list[QueryTiming]
    creates: list[float]
    size_mb: float
    generation: float


def _measure(
    name: str, db: Database, args: argparse.Namespace, *, size_mb: float, generation: float
) -> EngineRun:
    print(f"{name}: searching ({len(bench_search.QUERIES)} queries × {args.repeat}) …", flush=True)
    actor = bench_search.admin(db)
    timings = bench_search.bench_search(db, actor, repeat=args.repeat, warmup=args.warmup)
    print(f"{name}: creating {args.creates} clients …", flush=True)
    creates = bench_search.bench_create(db, actor, args.creates)
    return EngineRun(name, timings, creates, size_mb, generation)


def run_sqlite(args: argparse.Namespace) -> EngineRun:
    cached, meta = bench_search.cached_database(args.clients, args.seed, rebuild=False)
    work = CACHE / "work.db"
    bench_search._remove_database(work)
    shutil.copyfile(cached, work)
    db = Database.open_file(work)
    try:
        generation = meta.get("generation_seconds")
        return _measure(
            "SQLite",
            db,
            args,
            size_mb=os.path.getsize(cached) / 1_000_000,
            generation=float(generation) if isinstance(generation, int | float) else float("nan"),
        )
    finally:
        db.dispose()
        bench_search._remove_database(work)


def run_postgres(args: argparse.Namespace) -> EngineRun:
    with pg_cluster.running_cluster(DURABLE) as cluster:
        db = open_server(cluster.create_database("salon"))
        try:
            print(f"PostgreSQL: generating {args.clients:,} demo clients …", flush=True)
            started = time.perf_counter()
            generate_demo(db, clients=args.clients, seed=args.seed)
            generation = time.perf_counter() - started
            with db.engine.connect() as connection:
                size = connection.scalar(text("SELECT pg_database_size(current_database())"))
            return _measure(
                "PostgreSQL", db, args, size_mb=int(size or 0) / 1_000_000, generation=generation
            )
        finally:
            db.dispose()


def _cell(samples: Sequence[float]) -> str:
    median, p95 = statistics.median(samples) * 1000, percentile(samples, 0.95) * 1000
    return f"{median:7.2f} {p95:7.2f}"


def _by_kind(timings: list[QueryTiming]) -> dict[str, list[float]]:
    kinds: dict[str, list[float]] = {}
    for t in timings:
        kinds.setdefault(t.kind, []).extend(t.service)
    return kinds


def compare(sqlite: EngineRun, postgres: EngineRun) -> bool:
    """Per query kind and overall: each engine's median and p95, and PostgreSQL's p95 as a
    share of its target. Whether PostgreSQL met its targets."""
    print()
    print(f"{'':<17} {'SQLite':>15}   {'PostgreSQL':>15}")
    columns = f"{'p50':>7} {'p95':>7}"
    print(f"{'kind':<17} {columns}   {columns}   PG p95 ÷ {SEARCH_P95_MS:g} ms")
    on_file, on_server = _by_kind(sqlite.timings), _by_kind(postgres.timings)
    for kind, samples in on_server.items():
        ratio = percentile(samples, 0.95) * 1000 / SEARCH_P95_MS
        print(f"{kind:<17} {_cell(on_file[kind])}   {_cell(samples)}   ×{ratio:.2f}")
    every = [[s for t in run.timings for s in t.service] for run in (sqlite, postgres)]
    p95 = percentile(every[1], 0.95) * 1000
    print(f"{'all queries':<17} {_cell(every[0])}   {_cell(every[1])}   ×{p95 / SEARCH_P95_MS:.2f}")
    create_median = statistics.median(postgres.creates) * 1000
    print()
    print(f"{'create one client':<17} {_cell(sqlite.creates)}   {_cell(postgres.creates)}"
          f"   ×{create_median / CREATE_MEDIAN_MS:.2f} (median)")  # fmt: skip
    print()
    for run in (sqlite, postgres):
        print(f"{run.name:<11} database {run.size_mb:8.1f} MB, demo generated in "
              f"{run.generation:6.1f} s")  # fmt: skip
    checks = (
        (f"PostgreSQL search p95 ≤ {SEARCH_P95_MS:g} ms", p95 <= SEARCH_P95_MS, p95),
        (
            f"PostgreSQL create median ≤ {CREATE_MEDIAN_MS:g} ms",
            create_median <= CREATE_MEDIAN_MS,
            create_median,
        ),
    )
    print()
    for label, ok, value in checks:
        print(f"{label:<40} {value:8.2f} ms   {'PASS' if ok else 'FAIL'}")
    return all(ok for _, ok, _ in checks)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=20, help="timed runs per query")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs per query first")
    parser.add_argument("--creates", type=int, default=200, help="clients to create")
    parser.add_argument(
        "--postgres-only", action="store_true", help="skip SQLite (its figures are not shown)"
    )
    args = parser.parse_args(argv)
    if not pg_cluster.available():
        print("PostgreSQL's server binaries (initdb, pg_ctl) are not installed", file=sys.stderr)
        return 2
    sqlite = None if args.postgres_only else run_sqlite(args)
    postgres = run_postgres(args)
    print("\nPostgreSQL, query by query:")
    bench_search.print_queries(postgres.timings)
    bench_search.print_slowest(postgres.timings)
    if sqlite is None:
        return 0
    return 0 if compare(sqlite, postgres) else 1


if __name__ == "__main__":
    sys.exit(main())
