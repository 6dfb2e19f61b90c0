"""Search and client-creation latency on a 100,000-client demo salon (see README.md).

    .venv/bin/python benchmarks/bench_search.py [--rebuild] [--clients N] [--repeat R]

The demo database is generated once into benchmarks/.cache/ and reused; every run works
on a fresh copy of it, so creating clients and logging in never change the cached file.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

from sqlalchemy import Connection, text

from salon_crm.db.engine import Database
from salon_crm.db.queries import client_match
from salon_crm.db.storage.migration_runner import head_revision, upgrade_to_head
from salon_crm.demo.generator import generate_demo
from salon_crm.domain.clients.search_query import plan_search
from salon_crm.domain.common.enums import ConsentPurpose, Role
from salon_crm.domain.common.keyboard_layouts import alternatives
from salon_crm.domain.common.phones import parse_phone
from salon_crm.services.clients.client_service import ClientService
from salon_crm.services.clients.client_types import ClientInput, ConsentData, PhoneData
from salon_crm.services.clients.search_service import SearchService
from salon_crm.services.core.actor import Actor

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
LIMIT = 50

# p95 limit by salon size: up to 100,000 clients, and up to 1,000,000.
SEARCH_P95_MS = {100_000: 20.0, 1_000_000: 50.0}
SEARCH_FLOOR_RATIO = 3.0
CREATE_MEDIAN_MS = 20.0

# (kind, query): fixed, so that runs compare. The barcode is client 4's card for any seed-1 demo.
QUERIES: tuple[tuple[str, str], ...] = (
    ("1 char cyr", "К"),
    ("1 char cyr", "ш"),
    ("1 char cyr", "О"),
    ("1 char lat", "K"),
    ("1 char lat", "w"),
    ("2 chars cyr", "Ко"),
    ("2 chars cyr", "Ма"),
    ("2 chars cyr", "Ів"),
    ("2 chars lat", "Ko"),
    ("2 chars lat", "Wi"),
    ("3 chars cyr", "Ков"),
    ("3 chars cyr", "Шев"),
    ("3 chars cyr", "Оле"),
    ("3 chars lat", "Kow"),
    ("3 chars lat", "Now"),
    ("3 chars pl", "Mał"),
    ("last name", "Шевченко"),
    ("last name", "Коваленко"),
    ("last name", "Иванова"),
    ("last name pl", "Kowalska"),
    ("last name pl", "Wiśniewska"),
    ("first name", "Олена"),
    ("first name", "Анастасія"),
    ("first name", "Наталья"),
    ("first name pl", "Małgorzata"),
    ("full name", "Шевченко Олена"),
    ("full name", "Иванова Анна Сергеевна"),
    ("two prefixes", "Ко Ол"),
    ("full name pl", "Nowak Anna"),
    ("pl no diacritics", "Malgorzata"),
    ("pl no diacritics", "Wisniewska"),
    ("pl no diacritics", "Lukasz"),
    ("ё as е", "Королева"),
    ("no apostrophe", "Лукяненко"),
    ("phone", "067 12"),
    ("phone", "+38(050)"),
    ("phone last 4", "4567"),
    ("phone", "093 555"),
    ("phone pl", "+48 512"),
    ("phone ru", "+7 916"),
    ("e-mail", "gmail"),
    ("e-mail", "ukr.net"),
    ("e-mail", "olena.shevchenko"),
    ("e-mail", "@wp.pl"),
    ("number", "1"),
    ("number", "12345"),
    ("barcode", "2921855961040"),
    ("miss", "zzzq"),
    ("layout", "Bdfy"),
    ("layout", "Rjdfktyrj"),
    ("e-mail whole", "olena.shevchenko@gmail.com"),
    ("e-mail short", "i.koval@gmail.com"),
    ("typo missing", "Ковленко"),
    ("typo swapped", "Шевчнеко"),
    ("typo wrong", "Kowalsca"),
    ("typo + name", "Шевчнко Олена"),
    ("translit", "Shevchenko"),
    ("translit", "Kovalenko"),
    ("translit pl", "Szewczenko"),
    ("translit cyr", "Kowalska"),
    ("і as и", "Ирина"),
    ("є as е", "Евгения"),
)


# --- the cached demo database ----------------------------------------------------------------


def prepare_database(path: Path) -> Database:
    """An empty database at the program's schema, migrated the way the program does it."""
    upgrade_to_head(path, backup_dir=path.parent / "backups")
    return Database.open_file(path)


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def cached_database(clients: int, seed: int, *, rebuild: bool) -> tuple[Path, dict[str, object]]:
    """The cached demo database and what was recorded when it was built.

    Built when missing, when asked, or when the schema has moved on since (a new alembic
    head); after changing the generator itself, pass --rebuild.
    """
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"demo-{clients}-seed{seed}.db"
    meta_path = path.with_suffix(".json")
    head = head_revision()
    stale = (
        not path.exists()
        or not meta_path.exists()
        or json.loads(meta_path.read_text()).get("schema") != head
    )
    if rebuild or stale:
        _remove_database(path)
        building = path.with_suffix(".building")
        _remove_database(building)
        db = prepare_database(building)
        print(f"generating {clients:,} demo clients into {path} …", flush=True)
        started = time.perf_counter()
        last = [0.0]

        def report(done: int, total: int) -> None:
            now = time.perf_counter()
            if now - last[0] > 2 or done == total:
                last[0] = now
                print(f"  {done:>7,} / {total:,}  {now - started:6.1f} s", flush=True)

        generate_demo(db, clients=clients, seed=seed, progress=report)
        seconds = time.perf_counter() - started
        db.dispose()
        _remove_database(path)
        building.rename(path)
        meta = {
            "clients": clients,
            "seed": seed,
            "schema": head,
            "generation_seconds": round(seconds, 2),
        }
        meta_path.write_text(json.dumps(meta, indent=2))
    return path, json.loads(meta_path.read_text())


# --- measuring -------------------------------------------------------------------------------


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(share * len(ordered) + 0.5)))
    return ordered[rank - 1]


def _ms(seconds: float) -> float:
    return seconds * 1000


@dataclass
class QueryTiming:
    kind: str
    query: str
    rows: int = 0
    floor_rows: int | None = None
    service: list[float] = field(default_factory=list)
    floor: list[float] = field(default_factory=list)

    @property
    def has_floor(self) -> bool:
        return bool(self.floor)


def floor_statements(connection: Connection, query: str) -> list[tuple[str, dict[str, str]]]:
    """The FTS statements the service's search runs for `query`, in its order.

    One per reading of the query the service tries (as typed, then on the other keyboard
    layouts while nothing matched): every match as typed, the widest the index gives
    without forgiving typos. Plans without a full-text part have none.
    """
    statements: list[tuple[str, dict[str, str]]] = []
    for candidate in (query, *alternatives(query.strip())):
        found = client_match.matching(plan_search(candidate))
        short = client_match.Tier(words=found.prefixes) if found.prefixes else None
        match = client_match.match_select(connection, [found.typed or short])
        if match is not None:
            statements.append(match)
    return statements


# Runs one floor statement (SQL with :name parameters) and counts the rows it returns.
StatementRunner = Callable[[str, dict[str, str]], int]


@contextmanager
def statement_runner(db: Database) -> Iterator[StatementRunner]:
    """The floor's statements on the driver's own connection: SQLAlchemy's row objects
    would cost more than the match itself for the broad queries (30,000 ids for `gmail`).
    psycopg names its parameters %(name)s where sqlite3 takes :name."""
    if db.engine.dialect.name == "sqlite":
        raw = sqlite3.connect(db.engine.url.database or "")
        try:
            yield lambda sql, params: len(raw.execute(sql, params).fetchall())
        finally:
            raw.close()
        return
    pooled = db.engine.raw_connection()
    try:
        cursor = pooled.driver_connection.cursor()  # type: ignore[union-attr]

        def run(sql: str, params: dict[str, str]) -> int:
            cursor.execute(re.sub(r"(?<!:):(\w+)", r"%(\1)s", sql.replace("%", "%%")), params)
            return len(cursor.fetchall())

        yield run
    finally:
        pooled.close()


def run_floor(run: StatementRunner, statements: list[tuple[str, dict[str, str]]]) -> int:
    """Run the statements as the service would: stop at the first reading that matches."""
    found = 0
    for sql, params in statements:
        found = run(sql, params)
        if found:
            break
    return found


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def bench_search(db: Database, actor: Actor, *, repeat: int, warmup: int) -> list[QueryTiming]:
    search = SearchService(db, actor)
    timings: list[QueryTiming] = []
    with statement_runner(db) as run:
        for kind, query in QUERIES:
            timing = QueryTiming(kind, query)
            with db.engine.connect() as connection:
                statements = floor_statements(connection, query)
            for _ in range(warmup):
                timing.rows = len(search.search(query, limit=LIMIT).rows)
                if statements:
                    timing.floor_rows = run_floor(run, statements)
            for _ in range(repeat):
                timing.service.append(timed(partial(search.search, query, limit=LIMIT)))
                if statements:
                    timing.floor.append(timed(partial(run_floor, run, statements)))
            timings.append(timing)
    return timings


def admin(db: Database) -> Actor:
    """The demo's administrator, as a login would return them (argon2 is not timed here)."""
    with db.engine.connect() as connection:
        admin_id = connection.scalar(text("SELECT id FROM users WHERE login = 'admin'"))
    return Actor(int(admin_id or 0), "admin", "admin", Role.ADMINISTRATOR)


def _free_phones(db: Database, count: int) -> list[str]:
    """Valid Ukrainian mobiles that no demo client has."""
    with db.engine.connect() as connection:
        taken = set(connection.execute(text("SELECT e164 FROM client_phones")).scalars())
    phones: list[str] = []
    candidate = 6_700_000
    while len(phones) < count:
        candidate += 7
        e164 = f"+38067{candidate:07d}"
        parsed = parse_phone(e164, "UA")
        if e164 not in taken and parsed is not None and parsed.valid:
            phones.append(e164)
    return phones


def bench_create(db: Database, actor: Actor, count: int) -> list[float]:
    service = ClientService(db, actor)
    samples: list[float] = []
    for i, phone in enumerate(_free_phones(db, count)):
        data = ClientInput(
            last_name="Бенчмаркова",
            first_name="Олена",
            middle_name="Петрівна",
            birth_date=date(1990, 1, 1 + i % 28),
            phones=(PhoneData(phone, has_viber=True),),
            emails=(f"bench{i}@example.com",),
            consents=(
                ConsentData(ConsentPurpose.PERSONAL_DATA),
                ConsentData(ConsentPurpose.MARKETING_SMS),
            ),
            tag_ids=frozenset({1}),
            notes="Створено бенчмарком.",
        )
        samples.append(timed(partial(service.create, data)))
    return samples


# --- reporting -------------------------------------------------------------------------------


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def report(
    timings: list[QueryTiming],
    creates: list[float],
    *,
    size_mb: float,
    generation: float,
    clients: int,
    repeat: int,
) -> bool:
    print_queries(timings)
    print_slowest(timings)
    return print_summary(
        timings, creates, size_mb=size_mb, generation=generation, clients=clients, repeat=repeat
    )


def print_queries(timings: list[QueryTiming]) -> None:
    """One line per query: rows, floor rows, service median and p95, floor median."""
    print()
    print(f"{'kind':<17} {'query':<24} {'rows':>5} {'fts':>6} {'svc med':>8} {'svc p95':>8} "
          f"{'fts med':>8} {'ratio':>6}")  # fmt: skip
    for t in timings:
        floor_cell = f"{_ms(statistics.median(t.floor)):8.2f}" if t.has_floor else f"{'-':>8}"
        ratio = (
            f"{statistics.median(t.service) / statistics.median(t.floor):6.1f}"
            if t.has_floor and statistics.median(t.floor) > 0
            else f"{'-':>6}"
        )
        fts_rows = "-" if t.floor_rows is None else str(t.floor_rows)
        print(
            f"{t.kind:<17} {t.query:<24} {t.rows:>5} {fts_rows:>6} "
            f"{_ms(statistics.median(t.service)):8.2f} {_ms(percentile(t.service, 0.95)):8.2f} "
            f"{floor_cell} {ratio}"
        )


def print_slowest(timings: list[QueryTiming]) -> None:
    print()
    print("slowest queries by service p95:")
    for t in sorted(timings, key=lambda t: percentile(t.service, 0.95), reverse=True)[:8]:
        print(f"  {_ms(percentile(t.service, 0.95)):7.2f} ms  {t.kind:<17} {t.query!r}")


def print_summary(
    timings: list[QueryTiming],
    creates: list[float],
    *,
    size_mb: float,
    generation: float,
    clients: int,
    repeat: int,
) -> bool:
    """The totals and the targets with PASS/FAIL; whether all passed."""
    service_all = [s for t in timings for s in t.service]
    with_floor = [t for t in timings if t.has_floor]
    service_fts = [s for t in with_floor for s in t.service]
    floor_all = [s for t in with_floor for s in t.floor]
    svc_med, svc_p95 = _ms(statistics.median(service_all)), _ms(percentile(service_all, 0.95))
    sub_med, sub_p95 = _ms(statistics.median(service_fts)), _ms(percentile(service_fts, 0.95))
    floor_med, floor_p95 = _ms(statistics.median(floor_all)), _ms(percentile(floor_all, 0.95))
    ratio_med, ratio_p95 = sub_med / floor_med, sub_p95 / floor_p95
    create_med, create_p95 = _ms(statistics.median(creates)), _ms(percentile(creates, 0.95))

    print()
    print(f"clients                          {clients:>10,}")
    print(f"database file                    {size_mb:>10.1f} MB")
    print(f"demo generation                  {generation:>10.1f} s")
    samples = f"{len(service_all):>10}  ({len(QUERIES)} queries × {repeat})"
    print(f"search samples                   {samples}")
    print(f"search, all queries     median   {svc_med:>10.2f} ms   p95 {svc_p95:7.2f} ms")
    print(f"search, FTS queries     median   {sub_med:>10.2f} ms   p95 {sub_p95:7.2f} ms"
          f"   ({len(with_floor)} queries)")  # fmt: skip
    print(f"FTS floor               median   {floor_med:>10.2f} ms   p95 {floor_p95:7.2f} ms")
    print(f"service / floor         median   {ratio_med:>10.1f} ×    p95 {ratio_p95:7.1f} ×")
    print(f"create one client       median   {create_med:>10.2f} ms   p95 {create_p95:7.2f} ms"
          f"   ({len(creates)} creations)")  # fmt: skip

    p95_limit = next(
        (limit for size, limit in sorted(SEARCH_P95_MS.items()) if clients <= size),
        max(SEARCH_P95_MS.values()),
    )
    checks = (
        (
            f"target: search p95 ≤ {p95_limit:g} ms",
            svc_p95 <= p95_limit,
            f"{svc_p95:.2f} ms",
        ),
        (
            f"target: search p95 ≤ {SEARCH_FLOOR_RATIO:g}× FTS floor",
            ratio_p95 <= SEARCH_FLOOR_RATIO,
            f"{ratio_p95:.1f}×",
        ),
        (
            f"target: create median ≤ {CREATE_MEDIAN_MS:g} ms",
            create_med <= CREATE_MEDIAN_MS,
            f"{create_med:.2f} ms",
        ),
    )  # fmt: skip
    print()
    for label, ok, value in checks:
        print(f"{label:<40} {value:>10}   {_verdict(ok)}")
    return all(ok for _, ok, _ in checks)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rebuild", action="store_true", help="regenerate the cached database")
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=20, help="timed runs per query")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs per query first")
    parser.add_argument("--creates", type=int, default=200, help="clients to create")
    args = parser.parse_args(argv)

    cached, meta = cached_database(args.clients, args.seed, rebuild=args.rebuild)
    size_mb = os.path.getsize(cached) / 1_000_000
    work = CACHE / "work.db"
    _remove_database(work)
    shutil.copyfile(cached, work)
    db = Database.open_file(work)
    try:
        actor = admin(db)
        timings = bench_search(db, actor, repeat=args.repeat, warmup=args.warmup)
        creates = bench_create(db, actor, args.creates)
    finally:
        db.dispose()
        _remove_database(work)
    generation = meta.get("generation_seconds")
    passed = report(
        timings,
        creates,
        size_mb=size_mb,
        generation=float(generation) if isinstance(generation, int | float) else float("nan"),
        clients=args.clients,
        repeat=args.repeat,
    )
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
