"""Frames to Qt images and back to the service's tightly packed RGB rows."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor, QImage

from salon_crm.gui.photos.camera_images import full_image, preview_image, rgb_frame


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
    image = preview_image(frame, mirror=True, fit=(400, 400))
    assert image.size().toTuple() == (400, 300)
    assert image.format() == QImage.Format.Format_RGB32
    assert image.pixelColor(399, 150) == QColor(255, 0, 0)  # the left half, now on the right
    assert preview_image(frame, mirror=False, fit=(1280, 960)).pixelColor(0, 0) == QColor(255, 0, 0)
