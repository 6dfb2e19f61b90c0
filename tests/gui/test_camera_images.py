"""Frames to Qt images and back to the service's tightly packed RGB rows."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtGui import QColor, QImage, QPainter

from salon_crm.gui.photos.camera_images import (
    Ghost,
    PreviewLook,
    full_image,
    preview_image,
    rgb_frame,
)


def _frame() -> np.ndarray:
    """5×3 pixels (odd widths pad a QImage's rows), B G R: the left column red."""
    frame = np.zeros((3, 5, 3), np.uint8)
    frame[:, 0] = (0, 0, 255)
    frame[:, 1:] = (255, 0, 0)
    return frame


def test_a_frame_becomes_an_rgb_image_and_packed_rows_again() -> None:
    image = full_image(_frame())
    assert image.size().toTuple() == (5, 3) and image.bytesPerLine() > 15  # padded
    assert image.pixelColor(0, 2) == QColor(255, 0, 0)
    packed = rgb_frame(image)
    assert (packed.width, packed.height, len(packed.data)) == (5, 3, 45)
    assert packed.data[30:36] == bytes((255, 0, 0, 0, 0, 255))  # row 3: red, then blue


def test_rgb_frame_converts_any_format() -> None:
    image = QImage(7, 2, QImage.Format.Format_ARGB32)
    image.fill(QColor(10, 20, 30))
    packed = rgb_frame(image)
    assert packed.data == bytes((10, 20, 30)) * 14


def test_the_preview_is_scaled_to_fit_and_mirrored() -> None:
    frame = np.zeros((480, 640, 3), np.uint8)
    frame[:, :320] = (0, 0, 255)
    image = preview_image(frame, PreviewLook(fit=(400, 400), mirror=True, guide=False))
    assert image.size().toTuple() == (400, 300)
    assert image.format() == QImage.Format.Format_RGB32
    assert image.pixelColor(399, 150) == QColor(255, 0, 0)  # the left half, now on the right
    unmirrored = PreviewLook(fit=(1280, 960), mirror=False, guide=False)
    assert preview_image(frame, unmirrored).pixelColor(0, 0) == QColor(255, 0, 0)


def _grey(value: int, size: tuple[int, int]) -> np.ndarray:
    return np.full((size[1], size[0], 3), value, np.uint8)


def test_the_framing_guide_dims_what_a_profile_photo_leaves_out() -> None:
    frame = _grey(200, (1280, 720))
    image = preview_image(frame, PreviewLook(fit=(640, 360), mirror=False))
    assert image.size().toTuple() == (640, 360)
    # The 4:3 frame in the middle is 480 wide: 80 pixels dimmed on each side.
    for x in (10, 79, 561, 630):
        assert image.pixelColor(x, 100).red() == round(200 * (1 - 110 / 255)), x
    assert image.pixelColor(300, 100) == QColor(200, 200, 200)  # inside: as it was
    border = image.pixelColor(81, 100).red()  # white over 200 at 200/255
    assert border == round(200 * 55 / 255 + 255 * 200 / 255)
    thirds = image.pixelColor(80 + 160, 100).red()  # the first third's line
    assert 200 < thirds < 220
    assert (frame == 200).all()  # the captured frame is drawn on never


def test_the_previous_photo_is_blended_at_its_opacity_and_mirrored_with_the_frame() -> None:
    frame = np.zeros((480, 640, 3), np.uint8)
    frame[:, :320] = (0, 0, 255)  # B G R: red on the left
    photo = QImage(320, 240, QImage.Format.Format_RGB32)
    photo.fill(QColor(0, 0, 0))
    painter = QPainter(photo)
    painter.fillRect(0, 0, 160, 240, QColor(0, 255, 0))  # green on the left
    painter.end()
    ghost = Ghost(photo)
    look = PreviewLook(fit=(640, 480), mirror=True, guide=False, ghost=ghost, ghost_opacity=0.25)
    image = preview_image(frame, look)
    # Both left halves show on the right: the red frame under a quarter of green.
    assert image.pixelColor(500, 240) == QColor(191, 64, 0)
    assert image.pixelColor(100, 240) == QColor(0, 0, 0)
    # Not mirrored, and at the opacity asked: green on the left, three quarters strong.
    plain = preview_image(frame, replace(look, mirror=False, ghost_opacity=0.75))
    assert plain.pixelColor(100, 240) == QColor(64, 191, 0)
    assert frame[240, 100].tolist() == [0, 0, 255]  # the frame itself stays as seen
