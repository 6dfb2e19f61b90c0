"""The photo screens for `make screenshots`: the card with the client's photo and its
Photos tab, the camera (a test pattern) with the previous photo laid over it, the crop
editor, and a before/after comparison side by side and with the slider."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QWidget

from salon_crm.camera.camera_devices import CAMERA_ENV
from salon_crm.camera.pattern_video import write_test_pattern
from salon_crm.domain.photos.photo_kinds import PhotoKind
from salon_crm.gui.photos.camera_dialog import CameraDialog
from salon_crm.gui.photos.camera_worker import wait_for_cameras
from salon_crm.gui.photos.photo_compare_canvas import ComparedPhoto
from salon_crm.gui.photos.photo_compare_dialog import PhotoCompareDialog
from salon_crm.gui.photos.photo_labels import photo_caption
from salon_crm.gui.photos.photos_tab import PhotosTab
from salon_crm.gui.shell.main_window import MainWindow
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.photos.photo_types import PhotoRow

Save = Callable[[QWidget, Path], None]
Fit = Callable[[QWidget, tuple[int, int]], None]
Wait = Callable[[Callable[[], bool]], None]


def _pair(workspace: Workspace, actor: Actor, clients: range) -> tuple[int, list[PhotoRow]]:
    """A demo client with a face and a before/after pair: the fullest Photos tab."""
    photos = workspace.photos(actor)
    for client_id in clients:
        rows = photos.photos(client_id)
        kinds = {row.kind for row in rows}
        if {PhotoKind.PROFILE, PhotoKind.BEFORE, PhotoKind.AFTER} <= kinds:
            pair = [r for r in rows if r.kind in (PhotoKind.BEFORE, PhotoKind.AFTER)]
            return client_id, sorted(pair, key=lambda r: r.kind is PhotoKind.AFTER)
    raise LookupError("no demo client has a face and a before/after pair")


def shoot(
    window: MainWindow, workspace: Workspace, actor: Actor, size: tuple[int, int], out: Path,
    *, save: Save, fit: Fit, wait: Wait, clients: range,
) -> None:  # fmt: skip
    client_id, pair = _pair(workspace, actor, clients)
    window.open_client(client_id)
    card = window.card_view
    assert card is not None
    tab = card.open_tab("photosTab")
    assert isinstance(tab, PhotosTab)
    wait(
        lambda: bool(tab.gallery.tiles()) and all(t.image is not None for t in tab.gallery.tiles())
    )
    save(window, out / "12-photos-tab.png")

    photos = workspace.photos(actor)
    images = [QImage.fromData(photos.image(row.id)) for row in pair]
    with tempfile.TemporaryDirectory() as folder:
        os.environ[CAMERA_ENV] = str(
            write_test_pattern(Path(folder) / "camera.avi", (1280, 720), 30)
        )
        try:
            camera = CameraDialog(
                window,
                purpose=PhotoKind.AFTER,
                ghost=images[0],
                subject=photo_caption(pair[1]),
                ghost_caption=photo_caption(pair[0]),
            )
            camera.show()
            fit(camera, size)
            wait(lambda: camera.preview.frame() is not None)
            QTest.qWait(300)
            save(camera, out / "13-camera.png")
            capture = camera.findChild(QPushButton, "captureButton")
            assert capture is not None
            capture.click()
            QTest.qWait(200)
            save(camera, out / "14-crop.png")
            camera.done(0)
            wait_for_cameras()
        finally:
            del os.environ[CAMERA_ENV]

    compare = PhotoCompareDialog(
        [ComparedPhoto(image, photo_caption(row)) for image, row in zip(images, pair, strict=True)],
        window,
    )
    compare.show()
    fit(compare, size)
    QTest.qWait(200)
    save(compare, out / "15-compare.png")
    compare.view.wipe_action.trigger()
    QTest.qWait(200)
    save(compare, out / "16-compare-slider.png")
    compare.done(0)
