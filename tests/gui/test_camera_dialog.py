"""The capture dialog on a video the test writes, read through the real OpenCV path."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from salon_crm.camera.camera_devices import CAMERA_ENV
from salon_crm.domain.photos.photo_kinds import PhotoKind
from salon_crm.gui.common import ui_settings
from salon_crm.gui.photos.camera_dialog import CameraDialog
from salon_crm.gui.photos.camera_worker import wait_for_cameras

SIZE = (640, 480)


pytestmark = pytest.mark.usefixtures("cameras_released")


def _open(qtbot: QtBot, purpose: PhotoKind = PhotoKind.PROFILE, **kwargs: QImage) -> CameraDialog:
    dialog = CameraDialog(None, purpose=purpose, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _child(dialog: QWidget, kind: type, name: str) -> QWidget:
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def _button(dialog: QWidget, name: str) -> QPushButton:
    button = _child(dialog, QPushButton, name)
    assert isinstance(button, QPushButton)
    return button


def _wait_for_frames(qtbot: QtBot, dialog: CameraDialog) -> None:
    qtbot.waitUntil(lambda: dialog.preview.frame() is not None, timeout=5000)
    qtbot.waitUntil(_button(dialog, "captureButton").isEnabled)


def _is_red(color: QColor) -> bool:
    return color.red() > 170 and color.green() < 90 and color.blue() < 90


def _is_blue(color: QColor) -> bool:
    return color.blue() > 170 and color.red() < 90


def _frame_pixel(dialog: CameraDialog, x: float, y: float) -> QColor:
    """The painted preview's colour at (x, y), as fractions of the painted frame."""
    grabbed = dialog.preview.grab().toImage()
    rect = dialog.preview.frame_rect()
    ratio = grabbed.devicePixelRatio()
    point = QPoint(
        round((rect.left() + rect.width() * x) * ratio),
        round((rect.top() + rect.height() * y) * ratio),
    )
    return grabbed.pixelColor(point)


def test_the_automation_names(qtbot: QtBot, pattern: Path) -> None:
    dialog = _open(qtbot)
    assert dialog.objectName() == "cameraDialog"
    for kind, name in (
        (QWidget, "cameraPreview"),
        (QComboBox, "cameraSelect"),
        (QPushButton, "captureButton"),
        (QPushButton, "chooseFileButton"),
    ):
        assert dialog.findChild(kind, name) is not None, name


def test_capture_crop_and_use_the_profile_photo(qtbot: QtBot, pattern: Path) -> None:
    dialog = _open(qtbot)
    _wait_for_frames(qtbot, dialog)
    select = _child(dialog, QComboBox, "cameraSelect")
    assert isinstance(select, QComboBox) and select.currentText() == "pattern.avi"

    qtbot.keyClick(dialog, Qt.Key.Key_Space)
    editor = dialog.editor
    qtbot.waitUntil(editor.isVisible)
    assert not _button(dialog, "captureButton").isVisible()
    assert editor.image().size().toTuple() == SIZE
    assert editor.crop_rect().size().toTuple() == SIZE  # a 4:3 frame is all 4:3 already
    for _ in range(5):
        qtbot.keyClick(editor, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Left)
    crop = editor.crop_rect()
    assert crop.width() < SIZE[0] and crop.width() * 3 == crop.height() * 4

    qtbot.mouseClick(_button(dialog, "usePhotoButton"), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    frame = dialog.captured()
    assert frame is not None and dialog.chosen_file() is None
    assert (frame.width, frame.height) == (crop.width(), crop.height())
    assert frame.width * 3 == frame.height * 4
    assert len(frame.data) == frame.width * frame.height * 3

    def rgb(x: int, y: int) -> QColor:
        at = (y * frame.width + x) * 3
        return QColor(frame.data[at], frame.data[at + 1], frame.data[at + 2])

    # The photo is kept as the camera saw it (the mirror is the preview's): red on the left.
    assert _is_red(rgb(4, frame.height - 4))
    assert _is_blue(rgb(frame.width - 4, frame.height - 4))


def test_a_clinical_photo_is_cropped_freely_and_retake_goes_back(
    qtbot: QtBot, pattern: Path
) -> None:
    dialog = _open(qtbot, PhotoKind.BEFORE)
    _wait_for_frames(qtbot, dialog)
    qtbot.mouseClick(_button(dialog, "captureButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.editor.isVisible)
    assert dialog.editor.aspect is None
    for _ in range(4):
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    crop = dialog.editor.crop_rect()
    assert crop.width() == SIZE[0] and crop.height() < SIZE[1]

    qtbot.mouseClick(_button(dialog, "retakeButton"), Qt.MouseButton.LeftButton)
    assert dialog.preview.isVisible() and _button(dialog, "captureButton").isVisible()
    before = dialog.preview.frame()
    qtbot.waitUntil(lambda: dialog.preview.frame() is not before, timeout=3000)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.editor.isVisible)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    frame = dialog.captured()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert frame is not None and (frame.width, frame.height) == SIZE


def test_the_mirror_flips_the_preview(qtbot: QtBot, pattern: Path) -> None:
    dialog = _open(qtbot)
    _wait_for_frames(qtbot, dialog)
    # A mirror by default: the pattern's red left half shows on the right.
    assert _is_blue(_frame_pixel(dialog, 0.1, 0.85))
    assert _is_red(_frame_pixel(dialog, 0.9, 0.85))
    mirror = dialog.findChild(QWidget, "cameraMirror")
    assert mirror is not None
    qtbot.mouseClick(mirror, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _is_red(_frame_pixel(dialog, 0.1, 0.85)), timeout=3000)
    assert _is_blue(_frame_pixel(dialog, 0.9, 0.85))
    assert ui_settings.get(ui_settings.CAMERA_MIRROR) == 0


def test_the_previous_photo_is_laid_over_the_preview(qtbot: QtBot, pattern: Path) -> None:
    ghost = QImage(400, 300, QImage.Format.Format_RGB32)
    ghost.fill(QColor(0, 255, 0))
    dialog = _open(qtbot, PhotoKind.AFTER, ghost=ghost)
    _wait_for_frames(qtbot, dialog)
    toggle = dialog.findChild(QWidget, "ghostToggle")
    assert toggle is not None and toggle.isVisible() and toggle.property("checked")
    blended = _frame_pixel(dialog, 0.85, 0.85)
    # The pattern's red (mirrored to the right) under 40 % green: neither colour alone.
    assert 100 < blended.red() < 170 and 90 < blended.green() < 170, blended.name()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _is_red(_frame_pixel(dialog, 0.85, 0.85)))
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    slider = dialog.findChild(QWidget, "ghostOpacity")
    assert slider is not None
    slider.setProperty("value", 90)
    qtbot.waitUntil(lambda: _frame_pixel(dialog, 0.85, 0.85).green() > 200)
    # The photo taken is the camera's alone: unmirrored, no previous photo, no guide.
    qtbot.keyClick(dialog, Qt.Key.Key_Space)
    qtbot.waitUntil(dialog.editor.isVisible)
    photo = dialog.editor.image()
    assert _is_red(photo.pixelColor(round(photo.width() * 0.15), round(photo.height() * 0.85)))
    assert photo.pixelColor(1, photo.height() // 2).green() < 90  # no guide's border


def test_no_previous_photo_no_overlay_controls(qtbot: QtBot, pattern: Path) -> None:
    dialog = _open(qtbot)
    toggle = dialog.findChild(QWidget, "ghostToggle")
    assert toggle is not None and not toggle.isVisible()


def _failure_shown(dialog: CameraDialog, text: str) -> bool:
    message = dialog.findChild(QLabel, "cameraMessage")
    return message is not None and message.isVisible() and text in message.text()


def test_a_source_that_fails_mid_stream_says_so_and_stays_usable(
    qtbot: QtBot, pattern: Path
) -> None:
    data = pattern.read_bytes()
    pattern.write_bytes(data[: len(data) * 4 // 10])  # a dozen frames, then nothing
    dialog = _open(qtbot)
    qtbot.waitUntil(lambda: _failure_shown(dialog, "stopped sending pictures"), timeout=5000)
    choose = _button(dialog, "chooseFileButton")
    retry = _button(dialog, "cameraRetryButton")
    failure = dialog.findChild(QWidget, "cameraFailure")
    assert failure is not None and failure.isAncestorOf(choose) and choose.isVisible()
    assert retry.isVisible() and not _button(dialog, "captureButton").isEnabled()
    # Still answering: Try again opens the source again, which fails again the same way.
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    assert not failure.isVisible()
    qtbot.waitUntil(lambda: _failure_shown(dialog, "stopped sending pictures"), timeout=5000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_no_camera_at_all(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CAMERA_ENV, str(tmp_path / "no such video.avi"))
    dialog = _open(qtbot)
    qtbot.waitUntil(lambda: _failure_shown(dialog, "No camera was found"), timeout=5000)
    assert _button(dialog, "chooseFileButton").isVisible()
    select = dialog.findChild(QComboBox, "cameraSelect")
    assert isinstance(select, QComboBox) and select.count() == 0 and not select.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Space)  # no picture, nothing to capture
    assert dialog.isVisible() and dialog.captured() is None


def test_choosing_a_file_instead(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CAMERA_ENV, str(tmp_path / "missing.avi"))
    photos = tmp_path / "photos"
    photos.mkdir()
    photo = photos / "client.jpg"
    image = QImage(200, 150, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(photo))
    for attempt in range(2):
        dialog = _open(qtbot)
        qtbot.mouseClick(_button(dialog, "chooseFileButton"), Qt.MouseButton.LeftButton)
        chooser = dialog.findChild(QFileDialog, "photoFileDialog")
        assert isinstance(chooser, QFileDialog)
        if attempt == 1:  # the folder of the last photo chosen
            assert Path(chooser.directory().absolutePath()) == photos
        assert "*.heic" in chooser.nameFilters()[0]
        chooser.selectFile(str(photo))
        chooser.accept()
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert dialog.chosen_file() == photo and dialog.captured() is None
    assert ui_settings.get(ui_settings.PHOTO_FOLDER) == str(photos)


def test_the_camera_and_resolution_are_remembered(qtbot: QtBot, pattern: Path) -> None:
    dialog = _open(qtbot)
    _wait_for_frames(qtbot, dialog)
    resolution = dialog.findChild(QComboBox, "cameraResolution")
    assert isinstance(resolution, QComboBox) and resolution.currentText() == "1280 × 720"
    resolution.setCurrentIndex(0)
    resolution.activated.emit(0)
    qtbot.waitUntil(lambda: ui_settings.get(ui_settings.CAMERA_RESOLUTION) == "640x480")
    assert ui_settings.get(ui_settings.CAMERA_DEVICE) == f"file:{pattern}"
    _wait_for_frames(qtbot, dialog)
    dialog.reject()

    again = _open(qtbot)
    resolution = again.findChild(QComboBox, "cameraResolution")
    assert isinstance(resolution, QComboBox) and resolution.currentText() == "640 × 480"


def test_closing_the_dialog_ends_the_camera_thread(qtbot: QtBot, pattern: Path) -> None:
    dialog = _open(qtbot)
    _wait_for_frames(qtbot, dialog)
    dialog.reject()
    assert wait_for_cameras(2000)


def test_enter_takes_the_picture_whatever_has_the_focus(qtbot: QtBot, pattern: Path) -> None:
    dialog = CameraDialog(None, purpose=PhotoKind.BEFORE, subject="Анна · Before · Front")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Take a photo — Анна · Before · Front"
    _wait_for_frames(qtbot, dialog)
    assert dialog.focusWidget() is _button(dialog, "captureButton")
    _button(dialog, "chooseFileButton").setFocus()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.findChild(QFileDialog, "photoFileDialog") is None
    assert _button(dialog, "usePhotoButton").isVisible()  # on the crop page
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.captured() is not None


def test_without_a_camera_its_controls_are_off(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CAMERA_ENV, str(tmp_path / "missing.avi"))
    dialog = _open(qtbot)
    qtbot.waitUntil(lambda: _child(dialog, QLabel, "cameraMessage").isVisible(), timeout=5000)
    for name in ("cameraSelect", "cameraResolution"):
        assert not _child(dialog, QComboBox, name).isEnabled(), name
    assert not _child(dialog, QWidget, "cameraMirror").isEnabled()
