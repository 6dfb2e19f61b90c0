"""The capture dialog's live preview from a 1280×720 file source (README.md).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_camera.py [--seconds S]

Writes a 1280×720 Motion JPEG test pattern at 30 frames/s into a temporary folder, points
SALON_CRM_CAMERA at it and opens `CameraDialog` (a 1280×900 window), once plain and once
with a previous photo laid over the preview. After a second of warm-up it counts, for S
seconds, the frames the camera thread delivered and the frames the preview painted, and
times each piece of the GUI thread's work on a frame: the queued slot that takes the frame
from the mailbox, and the preview's paint. Prints p50/p95/max and the ratio to the
targets (≥ 20 frames/s painted, no frame's slot + paint over 5 ms), and how many frames
went over and how many of those the system took the GUI thread's core away during (an
involuntary context switch, counted on Linux: the time lost was no work of ours), with
the worst frame that kept its core; asserts nothing.

The camera thread makes the finished preview image (scaled, mirrored, the previous photo
blended in, the framing guide drawn): the GUI thread's part of a frame is a mailbox
take and one copy of that image to the screen.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

if sys.platform == "linux":
    import resource

from bench_search import percentile
from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from salon_crm.camera.camera_devices import CAMERA_ENV
from salon_crm.camera.pattern_video import write_test_pattern
from salon_crm.domain.photos.photo_kinds import PhotoKind
from salon_crm.gui.photos.camera_dialog import CameraDialog
from salon_crm.gui.photos.camera_worker import CameraThread, wait_for_cameras

TARGET_FPS = 20.0
TARGET_MS = 5.0
SIZE = (1280, 720)
WARMUP_S = 1.0


def involuntary_switches() -> int:
    """How often the system has taken the calling thread's core away (Linux; 0 elsewhere)."""
    if sys.platform == "linux":
        return resource.getrusage(resource.RUSAGE_THREAD).ru_nivcsw
    return 0


class FrameTimer(QObject):
    """Times the GUI thread's handling of frames: the camera handle's queued calls (the
    frame slot) and the preview's paints, by delivering those events itself."""

    def __init__(self, app: QApplication, preview: QObject) -> None:
        super().__init__()
        self.preview = preview
        self.recording = False
        self.slots: list[float] = []
        self.paints: list[float] = []
        self.frames: list[float] = []  # one slot and the paint after it
        self.preempted: list[bool] = []  # for each frame: its core was taken meanwhile
        self._slot_ms = 0.0
        self._slot_switches = 0
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        kind = event.type()
        is_slot = kind == QEvent.Type.MetaCall and isinstance(watched, CameraThread)
        is_paint = kind == QEvent.Type.Paint and watched is self.preview
        if not (is_slot or is_paint):
            return False
        switches = involuntary_switches()
        started = time.perf_counter()
        watched.event(event)
        elapsed = (time.perf_counter() - started) * 1000
        switches = involuntary_switches() - switches
        if self.recording:
            if is_slot:
                self.slots.append(elapsed)
                self._slot_ms += elapsed
                self._slot_switches += switches
            else:
                self.paints.append(elapsed)
                self.frames.append(self._slot_ms + elapsed)
                self.preempted.append(self._slot_switches + switches > 0)
                self._slot_ms, self._slot_switches = 0.0, 0
        return True


def run(app: QApplication, ghost: QImage | None, seconds: float) -> dict[str, object]:
    dialog = CameraDialog(None, purpose=PhotoKind.AFTER, ghost=ghost)
    dialog.resize(1280, 900)
    timer = FrameTimer(app, dialog.preview)
    delivered = 0

    def count() -> None:
        nonlocal delivered
        if timer.recording:
            delivered += 1

    dialog.show()
    QTest.qWaitForWindowExposed(dialog)
    loop = QEventLoop()
    QTimer.singleShot(round(WARMUP_S * 1000), loop.quit)
    loop.exec()
    camera = dialog._camera  # the handle whose frames are counted
    assert camera is not None, "the camera did not start"
    camera.worker.frame_ready.connect(count)  # in the camera thread: every announcement
    timer.recording = True
    started = time.perf_counter()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()
    elapsed = time.perf_counter() - started
    timer.recording = False
    dialog.close()
    wait_for_cameras()
    app.removeEventFilter(timer)
    return {
        "delivered fps": delivered / elapsed,
        "painted fps": len(timer.paints) / elapsed,
        "slots": timer.slots,
        "paints": timer.paints,
        "frames": timer.frames,
        "preempted": timer.preempted,
    }


def figures(values: Sequence[float]) -> str:
    return (
        f"p50 {statistics.median(values):6.2f} ms  p95 {percentile(values, 0.95):6.2f} ms  "
        f"max {max(values):6.2f} ms"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the QApplication starts
    with tempfile.TemporaryDirectory(prefix="bench-camera-") as work:
        video = write_test_pattern(Path(work) / "pattern.avi", SIZE, frames=150, fps=30)
        os.environ[CAMERA_ENV] = str(video)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, work)
        ghost = QImage(960, 720, QImage.Format.Format_RGB32)
        ghost.fill(QColor(90, 160, 120))
        results = {
            "plain": run(app, None, args.seconds),
            "previous photo laid over": run(app, ghost, args.seconds),
        }

    print(
        f"\npreview of a {SIZE[0]}×{SIZE[1]} file source at 30 frames/s, {args.seconds:g} s "
        f"after {WARMUP_S:g} s warm-up (QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}, "
        "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg()) + ")"
    )
    for label, result in results.items():
        painted = float(str(result["painted fps"]))
        frames = result["frames"]
        assert isinstance(frames, list)
        worst = max(frames)
        print(f"{label}:")
        print(
            f"  delivered {float(str(result['delivered fps'])):5.1f} frames/s, painted "
            f"{painted:5.1f} frames/s  target ≥ {TARGET_FPS:g} ×{painted / TARGET_FPS:.2f}  "
            + ("ok" if painted >= TARGET_FPS else "UNDER")
        )
        for name in ("slots", "paints"):
            values = result[name]
            assert isinstance(values, list)
            print(f"  {'frame slot' if name == 'slots' else 'preview paint':<22} {figures(values)}")
        preempted = result["preempted"]
        assert isinstance(preempted, list)
        print(
            f"  {'slot + paint a frame':<22} {figures(frames)}  target max ≤ {TARGET_MS:g} ms "
            f"×{worst / TARGET_MS:.2f}  " + ("ok" if worst <= TARGET_MS else "OVER")
        )
        over = [lost for ms, lost in zip(frames, preempted, strict=True) if ms > TARGET_MS]
        kept = [ms for ms, lost in zip(frames, preempted, strict=True) if not lost]
        print(
            f"  {'frames over target':<22} {len(over)} of {len(frames)}, {sum(over)} of them "
            "with the core taken away meanwhile"
        )
        if kept:
            print(
                f"  {'frames not preempted':<22} max {max(kept):6.2f} ms  "
                f"×{max(kept) / TARGET_MS:.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
