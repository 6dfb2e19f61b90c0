"""Moving a 100,000-client demo salon from its SQLite file to PostgreSQL (see README.md).

    .venv/bin/python benchmarks/bench_migrate_to.py [--clients N] [--seed S] [--rebuild]

Builds the demo salon once as `salon-crm demo` does (photos and documents in its media
folder) into benchmarks/.cache/folder-<N>-seed<S>/, copies that folder, starts a
throwaway durable cluster (bench_search_postgres's settings) and times `migrate-to` into
an empty database over the unix socket: the copy, the index rebuild, the count and
checksum comparison of every table and the media read back, all of it.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bench_search import CACHE
from bench_search_postgres import DURABLE

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from salon_crm.cli import main as salon_crm
from salon_crm.db.storage.salon_move import move_salon
from tests import pg_cluster

TARGET_SECONDS = 300.0


def demo_folder(clients: int, seed: int, *, rebuild: bool) -> Path:
    """The cached demo salon's data folder, generated when missing or asked."""
    folder = CACHE / f"folder-{clients}-seed{seed}"
    if rebuild or not (folder / "salon.db").exists():
        shutil.rmtree(folder, ignore_errors=True)
        print(f"generating a demo salon of {clients:,} clients …", flush=True)
        started = time.perf_counter()
        if salon_crm(["--data-dir", str(folder), "demo", "--clients", str(clients),
                      "--seed", str(seed)]) != 0:  # fmt: skip
            raise SystemExit("the demo salon could not be generated")
        print(f"generated in {time.perf_counter() - started:.1f} s", flush=True)
    return folder


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rebuild", action="store_true", help="generate the demo again")
    args = parser.parse_args(argv)
    if not pg_cluster.available():
        print("PostgreSQL's server binaries (initdb, pg_ctl) are not installed", file=sys.stderr)
        return 2
    work = CACHE / "migrate-work"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(demo_folder(args.clients, args.seed, rebuild=args.rebuild), work)
    try:
        with pg_cluster.running_cluster(DURABLE) as cluster:
            url = cluster.create_database("salon")
            print("migrate-to …", flush=True)
            report = move_salon(work, url, None, lambda _table, _rows: None)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    ratio = report.seconds / TARGET_SECONDS
    print(f"rows copied and verified   {report.rows:>12,} in {len(report.tables)} tables")
    print(f"media files                {report.media_files:>12,} ({report.media_bytes:,} bytes)")
    print(f"rows per second            {report.rows / report.seconds:>12,.0f}")
    print(f"migrate-to, whole          {report.seconds:>12.1f} s   target ≤ {TARGET_SECONDS:g} s"
          f"   ×{ratio:.2f}   {'PASS' if ratio <= 1 else 'FAIL'}")  # fmt: skip
    return 0 if ratio <= 1 else 1


if __name__ == "__main__":
    sys.exit(main())
