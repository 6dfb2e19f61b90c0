"""The card's photo gallery for a client with 200 photos (README.md).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gallery.py [--rounds R]

Builds a fresh salon in a temporary folder with one client who has 200 photos taken
through the photo service from 1280×960 camera frames (10 profile photos, the rest
before/after/clinical photos of four zones over 38 visits), so the media store holds
real JPEGs and thumbnails. Then, as the specialist, times from constructing
`PhotoGallery` until every thumbnail is on its tile and the gallery has painted. Prints
p50/p95 and the ratio to the issue's 300 ms target, and the services' reads alone for
information; asserts nothing.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from bench_card_tabs import figures
from bench_search import percentile
from PIL import Image, ImageDraw
from PySide6.QtCore import QEventLoop, QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from salon_crm.domain.common.enums import ConsentPurpose, Role
from salon_crm.domain.photos.photo_kinds import PhotoKind, PhotoZone
from salon_crm.gui.photos.photo_gallery import PhotoGallery
from salon_crm.services.clients.client_types import ClientInput, ConsentData, PhoneData
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.photos.photo_types import PhotoDetails, RgbFrame

PHOTOS = 200
PROFILE = 10
TARGET_MS = 300.0
ZONES = (PhotoZone.FRONT, PhotoZone.LEFT, PhotoZone.RIGHT, PhotoZone.TOP)
KINDS = (PhotoKind.BEFORE, PhotoKind.AFTER, PhotoKind.CLINICAL)


def camera_frame(number: int) -> RgbFrame:
    """A 1280×960 picture with gradients and shapes, so its JPEG is photo-like in size and
    in decoding work (a solid colour would decode in no time)."""
    width, height = 1280, 960
    image = Image.radial_gradient("L").resize((width, height)).convert("RGB")
    draw = ImageDraw.Draw(image)
    for step in range(12):
        x, y = (number * 97 + step * 131) % width, (number * 53 + step * 71) % height
        shade = (number * 29 + step * 43) % 255
        draw.ellipse((x - 90, y - 60, x + 90, y + 60), fill=(shade, 255 - shade, 120))
    return RgbFrame(width, height, image.tobytes())


def build_salon(data_dir: Path) -> tuple[Workspace, Actor, int]:
    workspace = Workspace.open(data_dir)
    owner = workspace.setup_salon(
        salon_name="Bench", country="UA", login="owner", password="bench-pass-1", full_name="O"
    )
    user = workspace.users(owner).create_user(
        login="cosmo", password="bench-pass-1", role=Role.SPECIALIST, full_name="C"
    )
    specialist = Actor(user.id, user.login, user.full_name, user.role)
    start = date.today() - timedelta(days=400)
    card = workspace.clients(owner).create(
        ClientInput(
            last_name="Коваль",
            first_name="Анна",
            phones=(PhoneData("0673330001"),),
            consents=(ConsentData(ConsentPurpose.HEALTH_DATA, start),),
        )
    )
    workspace.consents(owner).give(card.id, ConsentPurpose.CLINICAL_PHOTOS)
    photos = workspace.photos(specialist)
    print(f"adding {PHOTOS} photos …", flush=True)
    for number in range(PHOTOS):
        if number < PROFILE:
            details = PhotoDetails(PhotoKind.PROFILE)
        else:
            visit = (number - PROFILE) // 5
            details = PhotoDetails(
                KINDS[number % len(KINDS)],
                zone=ZONES[number % len(ZONES)],
                taken_on=start + timedelta(days=visit * 10),
            )
        photos.add_frame(card.id, camera_frame(number), details)
    return workspace, specialist, card.id


def settle(app: QApplication) -> None:
    """Between samples: background work done, the last gallery deleted, and the garbage
    of earlier rounds collected (else a collection of it falls into a later sample)."""
    QThreadPool.globalInstance().waitForDone()
    for _ in range(3):
        app.processEvents()
    gc.collect()


def open_gallery(app: QApplication, workspace: Workspace, actor: Actor, client_id: int) -> float:
    """Milliseconds from building the gallery to every thumbnail shown and painted."""
    loop = QEventLoop()
    started = time.perf_counter()
    gallery = PhotoGallery(workspace, actor, client_id)
    # The GUI thread waits in the event loop, as the program's does, not spinning in Python
    # (which would hold the interpreter lock the loading threads need).
    gallery.thumbnails_loaded.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    gallery.resize(1280, 800)
    gallery.show()
    loop.exec()
    gallery.repaint()
    elapsed = (time.perf_counter() - started) * 1000
    shown = sum(tile.image is not None for tile in gallery.tiles())
    assert shown == PHOTOS, f"{shown} thumbnails shown of {PHOTOS}"
    gallery.close()
    gallery.deleteLater()
    settle(app)
    return elapsed


def bench_reads(
    workspace: Workspace, actor: Actor, client_id: int, rounds: int
) -> dict[str, list[float]]:
    service = workspace.photos(actor)
    ids = [row.id for row in service.photos(client_id)]
    reads = {
        "photos(client) list": lambda: service.photos(client_id),
        f"{PHOTOS} × thumbnail(photo), one thread": lambda: [service.thumbnail(i) for i in ids],
        f"thumbnails({PHOTOS} ids), one call": lambda: list(service.thumbnails(ids)),
    }
    times: dict[str, list[float]] = {}
    for label, read in reads.items():
        times[label] = []
        for _ in range(rounds):
            started = time.perf_counter()
            read()
            times[label].append((time.perf_counter() - started) * 1000)
    return times


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the QApplication starts

    work = Path(tempfile.mkdtemp(prefix="bench-gallery-"))
    try:
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "ui"))
        data_dir = work / "data"
        data_dir.mkdir()
        workspace, actor, client_id = build_salon(data_dir)
        try:
            samples = [
                open_gallery(app, workspace, actor, client_id)
                for _ in range(args.warmup + args.rounds)
            ]
            opened = samples[args.warmup :]
            reads = bench_reads(workspace, actor, client_id, max(3, args.rounds // 4))
        finally:
            workspace.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    ratio = percentile(opened, 0.95) / TARGET_MS
    print(
        f"\n{PHOTOS} photos of one client ({PROFILE} profile), as the specialist, "
        f"{args.rounds} rounds after {args.warmup} warm-up, thread pool of "
        f"{QThreadPool.globalInstance().maxThreadCount()} "
        f"(QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}, load average "
        + " ".join(f"{x:.2f}" for x in os.getloadavg())
        + ")"
    )
    print(
        f"  {'gallery built → all thumbnails painted':<42} {figures(opened)}  "
        f"target p95 ≤ {TARGET_MS:g} ms ×{ratio:.2f}  {'ok' if ratio <= 1 else 'OVER'}"
    )
    print("the services alone:")
    for label, times in reads.items():
        print(f"  {label:<42} {figures(times)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
