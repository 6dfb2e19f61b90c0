"""GUI latency and memory on the 100,000-client demo salon: search, card, start-up, RSS.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py [--rounds R] [--cards C]

Reuses bench_search.py's cached demo database (benchmarks/.cache/, built on first use) and
works on a copy of it in a temporary folder. Prints figures and the ratio to each target;
it asserts nothing. Measured, all warm (the file in the OS cache):

(a) search: each query typed key by key into `clientSearch`; per keystroke, from the
    key press to the first page for that text painted in `clientTable` (the list searches
    on every key, there is no pause to leave out), until the model has reset
    (`page_loaded`) and the table's viewport has painted it; and the same query typed in
    one burst, from its last key to its page painted; the service's own `page()` for the
    same queries is shown beside it;
(b) opening a card through `MainWindow.open_client` (the card loads and paints);
(c) start-up: a fresh `python -c` that imports the GUI, builds the QApplication, opens
    the workspace and shows the login dialog; wall time from spawn to "ready";
(d) resident memory (VmRSS) with the main window open, the list filled and scrolled.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QThreadPool
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from salon_crm import paths
from salon_crm.domain.clients.client_filter import ClientFilter
from salon_crm.domain.common.enums import Role
from salon_crm.gui.shell.main_window import MainWindow
from salon_crm.services.clients.search_service import SearchService
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"

SEARCH_P95_MS = 50.0
CARD_P95_MS = 100.0
START_S = 2.0
RSS_MB = 300.0

# Used when bench_search.py is not there to share its queries.
FALLBACK_QUERIES: tuple[tuple[str, str], ...] = (
    ("1 char cyr", "К"),
    ("2 chars cyr", "Ко"),
    ("3 chars cyr", "Ков"),
    ("3 chars lat", "Kow"),
    ("last name", "Шевченко"),
    ("last name pl", "Kowalska"),
    ("first name", "Олена"),
    ("full name", "Шевченко Олена"),
    ("pl no diacritics", "Malgorzata"),
    ("phone", "067"),
    ("phone", "0671234"),
    ("e-mail", "gmail"),
    ("number", "4242"),
    ("layout", "rjdfkm"),
    ("miss", "Щщщщщ"),
)

STARTUP_CODE = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from salon_crm.gui.shell import app as _app
from salon_crm.gui.common import i18n
from salon_crm.gui.shell.login_dialog import LoginDialog
from salon_crm.services.core.workspace import Workspace
from PySide6.QtTest import QTest
application = QApplication(sys.argv[:1])
i18n.install_language("uk")
workspace = Workspace.open(Path(sys.argv[1]))
workspace.needs_setup()
dialog = LoginDialog(workspace)
dialog.show()
QTest.qWaitForWindowExposed(dialog)
application.processEvents()
print("ready", flush=True)
workspace.close()
"""


# --- the demo database ----------------------------------------------------------------------


def _queries() -> tuple[tuple[str, str], ...]:
    sys.path.insert(0, str(HERE))
    try:
        import bench_search
    except ImportError:
        return FALLBACK_QUERIES
    return tuple(bench_search.QUERIES)


def demo_database(clients: int, seed: int) -> Path:
    """bench_search's cached database, or one built here the same way if it is absent."""
    sys.path.insert(0, str(HERE))
    try:
        from bench_search import cached_database
    except ImportError:
        cached_database = None
    if cached_database is not None:
        path, _meta = cached_database(clients, seed, rebuild=False)
        return Path(path)
    from salon_crm.demo.generator import generate_demo

    target = CACHE / f"gui-demo-{clients}-seed{seed}"
    if not paths.database_path(target).exists():
        print(f"generating {clients:,} demo clients into {target} …", flush=True)
        workspace = Workspace.open(target)
        try:
            generate_demo(workspace.db, clients=clients, seed=seed)
        finally:
            workspace.close()
    return paths.database_path(target)


def administrator(database: Path) -> Actor:
    with sqlite3.connect(database) as raw:
        row = raw.execute(
            "SELECT id, login, full_name FROM users WHERE role = 'administrator' ORDER BY id"
        ).fetchone()
    return Actor(int(row[0]), str(row[1]), str(row[2]), Role.ADMINISTRATOR)


# --- measuring ------------------------------------------------------------------------------


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(share * len(ordered) + 0.5)))
    return ordered[rank - 1]


def wait_until(app: QApplication, condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the GUI did not get there in time")
        time.sleep(0.0002)


def settle(app: QApplication) -> None:
    """Let background work (counts) finish, so it does not run into the next sample."""
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()


def rss_mb() -> tuple[float, float]:
    """(VmRSS, VmHWM) of this process in MB."""
    values: dict[str, float] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    return values.get("VmRSS", float("nan")), values.get("VmHWM", float("nan"))


def type_key(app: QApplication, window: MainWindow, char: str) -> None:
    """One key press and release in `clientSearch`, as the keyboard delivers it."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
        app.sendEvent(window.search_field, event)


def bench_search_gui(
    app: QApplication,
    window: MainWindow,
    search: SearchService,
    queries: Sequence[tuple[str, str]],
    rounds: int,
) -> tuple[list[float], list[float], list[float], list[float], list[tuple[float, str]]]:
    """Each query typed key by key. Per key: from the key press to the first page for the
    field's text painted (the list searches on every key; nothing is skipped or paused).
    Between keys the background counts finish, as they do between a person's keys. Then
    the same query typed as one burst (no event loop between keys): from the last key to
    its page painted, older searches still running included."""
    view = window.client_list
    model = view.model
    table = view.table
    arrived = [False]
    model.page_loaded.connect(lambda: arrived.__setitem__(0, True))

    def painted_after(started: float, text: str) -> tuple[float, float]:
        wait_until(app, lambda: arrived[0] and model.query.text == text and not model.is_loading)
        reset = time.perf_counter()
        table.viewport().repaint()
        return (reset - started) * 1000, (time.perf_counter() - started) * 1000

    def clear() -> None:
        window.search_field.clear()
        wait_until(app, lambda: not model.is_loading)
        settle(app)

    model_times: list[float] = []
    key_times: list[float] = []
    burst_times: list[float] = []
    slowest: list[tuple[float, str]] = []
    for round_number in range(rounds + 1):  # round 0 warms up
        for _kind, query in queries:
            clear()
            for length, char in enumerate(query, start=1):
                arrived[0] = False
                started = time.perf_counter()
                type_key(app, window, char)
                text = query[:length].strip()
                if text == query[: length - 1].strip():
                    continue  # a space: the text searched did not change
                reset_ms, painted_ms = painted_after(started, text)
                settle(app)
                if round_number:
                    model_times.append(reset_ms)
                    key_times.append(painted_ms)
                    slowest.append((painted_ms, query[:length]))
            clear()
            for char in query[:-1]:
                type_key(app, window, char)
            arrived[0] = False
            started = time.perf_counter()
            type_key(app, window, query[-1])
            _reset, painted_ms = painted_after(started, query.strip())
            settle(app)
            if round_number:
                burst_times.append(painted_ms)
    service_times: list[float] = []
    for _kind, query in queries:
        search.page(query, ClientFilter(), limit=100)
        for _ in range(rounds):
            started = time.perf_counter()
            search.page(query, ClientFilter(), limit=100)
            service_times.append((time.perf_counter() - started) * 1000)
    slowest.sort(reverse=True)
    return model_times, key_times, burst_times, service_times, slowest[:5]


def bench_cards(app: QApplication, window: MainWindow, count: int, clients: int) -> list[float]:
    ids = random.Random(7).sample(range(1, clients + 1), count + 3)
    times: list[float] = []
    card = window.card_view
    for index, client_id in enumerate(ids):
        started = time.perf_counter()
        window.open_client(client_id)
        if card is not None:
            card.repaint()
        app.processEvents()
        elapsed = (time.perf_counter() - started) * 1000
        settle(app)
        if index >= 3:  # the first few build the card's widgets for the first time
            times.append(elapsed)
    return times


def bench_startup(data_dir: Path, runs: int) -> list[float]:
    times: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", STARTUP_CODE, str(data_dir)],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert child.stdout is not None
        line = child.stdout.readline()
        elapsed = time.perf_counter() - started
        child.wait(timeout=60)
        if line.strip() != "ready":
            raise RuntimeError(f"the start-up probe failed: {line!r}")
        times.append(elapsed)
    return times


def scroll_pages(app: QApplication, window: MainWindow, pages: int) -> int:
    view = window.client_list
    model = view.model
    window.search_field.clear()
    wait_until(app, lambda: not model.is_loading)
    bar = view.table.verticalScrollBar()
    for _ in range(pages):
        before = model.rowCount()
        bar.setValue(bar.maximum())
        wait_until(app, lambda before=before: model.rowCount() > before)  # type: ignore[misc]
        app.processEvents()
    return model.rowCount()


# --- report ---------------------------------------------------------------------------------


def line(name: str, value: float, target: float, unit: str) -> str:
    ratio = value / target
    verdict = "ok" if ratio <= 1 else "OVER"
    figures = f"{value:>9.1f} {unit:<3} target ≤ {target:g} {unit:<3} ×{ratio:.2f}"
    return f"  {name:<44} {figures}  {verdict}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=2, help="timed rounds over the queries")
    parser.add_argument("--cards", type=int, default=30, help="cards to open")
    parser.add_argument("--starts", type=int, default=3, help="start-up runs")
    parser.add_argument("--pages", type=int, default=5, help="list pages to scroll for RSS")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the QApplication starts

    cached = demo_database(args.clients, args.seed)
    work = Path(tempfile.mkdtemp(prefix="bench-gui-"))
    try:
        data_dir = work / "data"
        data_dir.mkdir()
        shutil.copyfile(cached, paths.database_path(data_dir))
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "ui"))
        actor = administrator(paths.database_path(data_dir))
        workspace = Workspace.open(data_dir)
        rss_before, _peak = rss_mb()
        try:
            window = MainWindow(workspace, actor)
            window.resize(1280, 800)
            window.show()
            QTest.qWaitForWindowExposed(window)
            window.show_page("clients")
            wait_until(app, lambda: window.client_list.model.total is not None)
            settle(app)
            queries = _queries()
            model_ms, painted_ms, burst_ms, service_ms, slowest = bench_search_gui(
                app, window, workspace.search(actor), queries, args.rounds
            )
            card_ms = bench_cards(app, window, args.cards, args.clients)
            loaded = scroll_pages(app, window, args.pages)
            settle(app)
            rss, peak = rss_mb()
            window.close()
            settle(app)
        finally:
            workspace.close()
        start_s = bench_startup(data_dir, args.starts)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(
        f"\nGUI on {args.clients:,} demo clients (QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']})"
    )
    print(
        f"(a) search, {len(queries)} queries typed key by key × {args.rounds} rounds "
        f"({len(painted_ms)} keystrokes), first page of 100 rows:"
    )
    for name, times in (
        ("key → model reset", model_ms),
        ("key → painted", painted_ms),
        ("burst, last key → painted", burst_ms),
    ):
        print(
            f"  {name:<26} p50 {statistics.median(times):6.1f} ms  "
            f"p95 {percentile(times, 0.95):6.1f} ms  max {max(times):6.1f} ms"
        )
    print(
        f"  service only  p50 {statistics.median(service_ms):6.1f} ms  "
        f"p95 {percentile(service_ms, 0.95):6.1f} ms  (SearchService.page, limit 100)"
    )
    print("  slowest painted: " + ", ".join(f"{q!r} {ms:.1f} ms" for ms, q in slowest))
    print(f"(b) open a card, {len(card_ms)} random clients:")
    print(
        f"  p50 {statistics.median(card_ms):6.1f} ms  p95 {percentile(card_ms, 0.95):6.1f} ms  "
        f"max {max(card_ms):6.1f} ms"
    )
    print(f"(c) start to a usable login dialog, {len(start_s)} runs:")
    print("  " + ", ".join(f"{s:.2f} s" for s in start_s))
    print(f"(d) memory with the main window open and {loaded} rows loaded:")
    print(f"  VmRSS {rss:.0f} MB (before the window {rss_before:.0f} MB), peak VmHWM {peak:.0f} MB")
    print("\ntargets:")
    print(
        line(
            "(a) keystroke → first page painted, p95",
            percentile(painted_ms, 0.95),
            SEARCH_P95_MS,
            "ms",
        )
    )
    print(
        line(
            "(a) burst, last key → page painted, p95",
            percentile(burst_ms, 0.95),
            SEARCH_P95_MS,
            "ms",
        )
    )
    print(line("(b) open a card, p95", percentile(card_ms, 0.95), CARD_P95_MS, "ms"))
    print(line("(c) start → login dialog, median", statistics.median(start_s), START_S, "s"))
    print(line("(d) resident memory", rss, RSS_MB, "MB"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
