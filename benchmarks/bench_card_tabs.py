"""The card's Cosmetology and Procedures tabs for a client with a long history (README.md).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_card_tabs.py [--rounds R]

Builds once into benchmarks/.cache/ a demo salon of 5,000 clients (bench_search's cache)
plus one client with 500 procedures (products, lots, ledger rows, face charts on the
injections), 50 skin assessments, 3 anamnesis versions and home care, and works on a
copy of it. Opens that client's card as the specialist through `MainWindow.open_client`
and times, warm, from switching to `cosmetologyTab` (and `proceduresTab`) until the tab
has been built and painted: events are processed until the tab's widgets have painted
and a further pass paints nothing more. Prints p50/p95 and the ratio to the 150 ms
target, the card's opening and the services' reads for information; asserts nothing.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import bench_search
from bench_search import CACHE, percentile
from bench_search import _remove_database as remove_database
from PySide6.QtCore import (
    QEvent,
    QMessageLogContext,
    QObject,
    QSettings,
    QThreadPool,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from sqlalchemy import Connection, func, select, update

from salon_crm import paths
from salon_crm.db.engine import Database
from salon_crm.db.models import (
    Anamnesis,
    AnamnesisAllergy,
    AnamnesisCondition,
    Client,
    Procedure,
    ProcedureProduct,
    SkinAssessment,
    User,
)
from salon_crm.demo import writing
from salon_crm.demo.client_rows import HISTORY_DAYS
from salon_crm.demo.cosmetology_rows import CosmetologyBatch, CosmetologyRows
from salon_crm.demo.generator import REFERENCE_DATE
from salon_crm.domain.common.currencies import currency_for_country
from salon_crm.domain.common.enums import ConsentPurpose, Role
from salon_crm.gui.shell.main_window import MainWindow
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace

TARGET_MS = 150.0
CLIENTS = 5_000
PROCEDURES = 500
ASSESSMENTS = 50
HOME_CARE = 8
# The three anamnesis versions: a review adds a condition, the last one ends a course.
VERSIONS = (
    (("herpes_history", "rosacea"), ("latex",)),
    (("herpes_history", "rosacea", "hypertension"), ("latex", "fragrance")),
    (("herpes_history", "hypertension", "thyroid"), ("latex", "fragrance")),
)
TABS = ("cosmetologyTab", "proceduresTab")


# --- the database -----------------------------------------------------------------------


class LongHistory(CosmetologyRows):
    """The demo's own drawing of anamneses, assessments and procedures, for one client
    with far more of them than a demo client gets."""

    def long_history(self, row: dict[str, Any], batch: CosmetologyBatch) -> list[date]:
        language = row["preferred_language"]
        phrases = self.tables.phrases[language]
        days = sorted(self.rng.sample(range(1, HISTORY_DAYS), PROCEDURES))
        visits = [self.today - timedelta(days=HISTORY_DAYS - d) for d in days]
        reviews = (visits[0], visits[PROCEDURES // 3], visits[2 * PROCEDURES // 3])
        for number, (day, (codes, allergies)) in enumerate(zip(reviews, VERSIONS, strict=True)):
            self._anamnesis(
                row["id"], number + 1, day, list(codes), list(allergies), language, batch
            )
        conditions, allergies = (list(part) for part in VERSIONS[-1])
        for day in visits[:: PROCEDURES // ASSESSMENTS]:
            self._assessment(row["id"], day, 38, phrases, batch)
        for day in visits:
            self._procedure(row, day, conditions, allergies, phrases, batch)
        return visits


def _long_client(connection: Connection) -> dict[str, Any]:
    """A living demo client with no history of their own, as the client table holds them."""
    clients = writing.table(Client)
    has_history = select(Procedure.client_id).where(Procedure.client_id == clients.c.id).exists()
    row = connection.execute(
        select(clients)
        .where(clients.c.archived_at.is_(None), ~has_history)
        .order_by(clients.c.id)
        .limit(1)
    ).one()
    return dict(row._mapping)


def _add_long_history(db: Database, seed: int) -> int:
    """The long client's rows with bulk Core inserts (nobody typed them: no audit)."""
    with db.engine.begin() as connection:
        users = dict(connection.execute(select(User.login, User.id)).all())
        history = LongHistory(
            random.Random(f"{seed}/cosmetology"),  # the generator's stream: the same lots
            today=REFERENCE_DATE,
            start=REFERENCE_DATE - timedelta(days=HISTORY_DAYS),
            currency=currency_for_country("UA"),
            type_ids=writing.procedure_type_ids(connection),
            specialist_ids=(users["cosmetologist"], users["owner"]),
        )
        history.rng = random.Random(f"{seed}/long-history")
        # The demo numbers its rows itself: the long client's come after the demo's.
        for key, model in (
            ("anamneses", Anamnesis),
            ("conditions", AnamnesisCondition),
            ("allergies", AnamnesisAllergy),
            ("assessments", SkinAssessment),
            ("procedures", Procedure),
            ("procedure_products", ProcedureProduct),
        ):
            last = connection.scalar(select(func.max(writing.table(model).c.id)))
            history.next_id[key] = int(last or 0)
        row = _long_client(connection)
        batch = CosmetologyBatch()
        visits = history.long_history(row, batch)
        batch.consents.append(
            {
                "client_id": row["id"],
                "purpose": ConsentPurpose.HEALTH_DATA,
                "given_on": visits[0],
                "withdrawn_on": None,
                "note": "",
                "recorded_at": batch.procedures[0]["recorded_at"],
            }
        )
        phrases = history.tables.phrases[row["preferred_language"]]
        batch.home_care.extend(
            {
                "client_id": row["id"],
                "started_on": day,
                "product": phrases["home_care"][n % len(phrases["home_care"])],
                "usage": "",
                "outcome": phrases["outcomes"][n % len(phrases["outcomes"])],
                "recorded_by_id": users["cosmetologist"],
                "recorded_at": procedure["recorded_at"],
            }
            for n, (day, procedure) in enumerate(
                zip(visits[::60], batch.procedures[::60], strict=False)
            )
            if n < HOME_CARE
        )
        writing.write_cosmetology(connection, batch)
        connection.execute(
            update(writing.table(Client))
            .where(writing.table(Client).c.id == row["id"])
            .values(last_visit_on=visits[-1], has_allergies=True, has_contraindications=True)
        )
        return int(row["id"])


def cached_database(seed: int, *, rebuild: bool) -> tuple[Path, dict[str, object]]:
    """bench_search's demo salon of 5,000 clients with the long client added; rebuilt when
    missing, when asked, or when the demo database was (a new alembic head)."""
    demo, demo_meta = bench_search.cached_database(CLIENTS, seed, rebuild=rebuild)
    path = CACHE / f"card-tabs-{CLIENTS}-seed{seed}.db"
    meta_path = path.with_suffix(".json")
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
    if rebuild or not path.exists() or meta.get("demo") != demo_meta:
        building = path.with_suffix(".building")
        remove_database(building)
        shutil.copyfile(demo, building)
        print(f"adding a client with {PROCEDURES} procedures …", flush=True)
        db = Database.open_file(building)
        try:
            client_id = _add_long_history(db, seed)
        finally:
            db.dispose()  # the last connection to close checkpoints the WAL into the file
        remove_database(path)
        building.rename(path)
        meta = {"client_id": client_id, "demo": demo_meta}
        meta_path.write_text(json.dumps(meta, indent=2))
    return path, meta


def specialist(db: Database) -> Actor:
    with db.engine.connect() as connection:
        user = connection.execute(
            select(User.id, User.login, User.full_name).where(User.role == Role.SPECIALIST)
        ).one()
    return Actor(user.id, user.login, user.full_name, Role.SPECIALIST)


# --- measuring --------------------------------------------------------------------------


class PaintWatch(QObject):
    """Counts the Paint events of a widget and of everything inside it."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.root: QWidget | None = None
        self.paints = 0
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        root = self.root
        if (
            root is not None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and (watched is root or root.isAncestorOf(watched))
        ):
            self.paints += 1
        return False


def quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages on stderr, but the offscreen platform's note on every window resize."""
    del kind, context
    if "does not support propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def settle(app: QApplication) -> None:
    """Between samples: background work done, deleted widgets gone, and Python's cycle
    collector run, so a collection of the previous rounds' garbage does not land in a
    sample (each round builds a whole card again, far more garbage than a person makes)."""
    QThreadPool.globalInstance().waitForDone()
    for _ in range(3):
        app.processEvents()
    gc.collect()


def painted(app: QApplication, watch: PaintWatch, timeout: float = 30.0) -> None:
    """Process events until the watched tab has painted and a further pass paints
    nothing more (a layout settling after the first paint paints again)."""
    deadline = time.perf_counter() + timeout
    before = -1
    while watch.paints == 0 or watch.paints != before:
        before = watch.paints
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the tab did not paint in time")


def bench_tabs(
    app: QApplication, window: MainWindow, client_id: int, rounds: int, warmup: int
) -> tuple[list[float], dict[str, list[float]]]:
    """Each round opens the card afresh on its first tab (a card builds its tabs when
    first shown for a client), then switches to each tab in turn."""
    watch = PaintWatch(app)
    opened: list[float] = []
    switched: dict[str, list[float]] = {name: [] for name in TABS}
    for round_number in range(warmup + rounds):
        for name in TABS:
            card = window.card_view
            tabs = card.findChild(QTabWidget, "cardTabs") if card is not None else None
            if tabs is not None:
                tabs.setCurrentIndex(0)  # the card reopens on the tab last shown
            settle(app)
            started = time.perf_counter()
            window.open_client(client_id)
            card = window.card_view
            assert card is not None
            card.repaint()
            app.processEvents()
            open_ms = (time.perf_counter() - started) * 1000
            settle(app)
            tabs = card.findChild(QTabWidget, "cardTabs")
            assert tabs is not None
            holder = tabs.findChild(QWidget, name)
            assert holder is not None
            watch.root, watch.paints = holder, 0
            started = time.perf_counter()
            tabs.setCurrentWidget(holder)
            painted(app, watch)
            elapsed = (time.perf_counter() - started) * 1000
            watch.root = None
            if round_number >= warmup:
                opened.append(open_ms)
                switched[name].append(elapsed)
    return opened, switched


def bench_reads(
    workspace: Workspace, actor: Actor, client_id: int, rounds: int
) -> dict[str, list[float]]:
    """The services' reads behind the tabs, each alone."""
    health = workspace.health(actor)
    procedures = workspace.procedures(actor)
    reads: dict[str, Callable[[], object]] = {
        "anamnesis versions + current + consent": lambda: (
            health.versions(client_id),
            health.current(client_id),
            health.consent_given(client_id),
        ),
        "skin assessments list": lambda: workspace.assessments(actor).list(client_id),
        "home care list": lambda: workspace.home_care(actor).list(client_id),
        "procedures visits": lambda: procedures.visits(client_id),
        "balance": lambda: procedures.balance(client_id),
    }
    times: dict[str, list[float]] = {}
    for label, read in reads.items():
        read()
        times[label] = []
        for _ in range(rounds):
            started = time.perf_counter()
            read()
            times[label].append((time.perf_counter() - started) * 1000)
    return times


def figures(values: Sequence[float]) -> str:
    return (
        f"p50 {statistics.median(values):7.1f} ms  p95 {percentile(values, 0.95):7.1f} ms  "
        f"max {max(values):7.1f} ms"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the QApplication starts

    cached, meta = cached_database(args.seed, rebuild=args.rebuild)
    client_id = int(str(meta["client_id"]))
    work = Path(tempfile.mkdtemp(prefix="bench-card-tabs-"))
    try:
        data_dir = work / "data"
        data_dir.mkdir()
        shutil.copyfile(cached, paths.database_path(data_dir))
        qInstallMessageHandler(quiet_offscreen)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "ui"))
        workspace = Workspace.open(data_dir)
        try:
            actor = specialist(workspace.db)
            window = MainWindow(workspace, actor)
            window.resize(1280, 800)
            window.show()
            QTest.qWaitForWindowExposed(window)
            opened, switched = bench_tabs(app, window, client_id, args.rounds, args.warmup)
            window.close()
            settle(app)
            reads = bench_reads(workspace, actor, client_id, args.rounds)
        finally:
            workspace.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(
        f"\nclient {client_id}: {PROCEDURES} procedures, {ASSESSMENTS} skin assessments, "
        f"{len(VERSIONS)} anamnesis versions, among {CLIENTS:,} demo clients; "
        f"as the specialist, {args.rounds} rounds after {args.warmup} warm-up "
        f"(QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}, load average "
        + " ".join(f"{x:.2f}" for x in os.getloadavg())
        + ")"
    )
    print(f"  {'open the card (show_client, painted)':<42} {figures(opened)}")
    for name in TABS:
        times = switched[name]
        ratio = percentile(times, 0.95) / TARGET_MS
        verdict = "ok" if ratio <= 1 else "OVER"
        print(
            f"  {'switch to ' + name + ' → painted':<42} {figures(times)}  "
            f"target p95 ≤ {TARGET_MS:g} ms ×{ratio:.2f}  {verdict}"
        )
    if os.environ.get("BENCH_SAMPLES"):
        for name in TABS:
            print(name, " ".join(f"{v:.0f}" for v in switched[name]))
    print("the services alone:")
    for label, times in reads.items():
        print(f"  {label:<42} {figures(times)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
