"""Camera frames (numpy BGR) as Qt images, and Qt images to and from the service's
RgbFrame."""

from __future__ import annotations

import cv2
import numpy as np
from PySide6.QtGui import QImage

from salon_crm.camera.frame_source import Frame
from salon_crm.services.photos.photo_types import RgbFrame


def preview_image(frame: Frame, *, mirror: bool, fit: tuple[int, int]) -> QImage:
    """The frame as the preview paints it: scaled to fit `fit` (width, height) keeping its
    shape, mirrored when asked, in the format a screen paints fastest (32-bit RGB), so the
    GUI thread only copies it to the screen."""
    height, width = frame.shape[:2]
    scale = min(fit[0] / width, fit[1] / height)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    shown: cv2.typing.MatLike = frame
    if size != (width, height):
        shrinking = scale < 1
        shown = cv2.resize(
            shown, size, interpolation=cv2.INTER_AREA if shrinking else cv2.INTER_LINEAR
        )
    if mirror:
        shown = cv2.flip(shown, 1)
    # B G R A in memory is Qt's 0xAARRGGBB on every little-endian machine.
    bgra = cv2.cvtColor(shown, cv2.COLOR_BGR2BGRA)
    # The image keeps the array (PySide holds the buffer it was given): no copy, which
    # would hold the interpreter lock the GUI thread is waiting for.
    return QImage(bgra.data, size[0], size[1], bgra.strides[0], QImage.Format.Format_RGB32)


def full_image(frame: Frame) -> QImage:
    """The frame at its own size and as the camera saw it (never mirrored)."""
    rgb = cv2.cvtColor(frame, cv2.COLOR_BGR2RGB)
    height, width = rgb.shape[:2]
    image = QImage(rgb.data, width, height, rgb.strides[0], QImage.Format.Format_RGB888)
    return image.copy()  # pixels of its own: the crop editor keeps it a while


def rgb_frame(image: QImage) -> RgbFrame:
    """The image as tightly packed R G B rows: a QImage pads each row to 4 bytes."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    rows = np.frombuffer(rgb.constBits(), np.uint8, count=stride * height)
    data = rows.reshape(height, stride)[:, : width * 3].tobytes()
    return RgbFrame(width=width, height=height, data=data)


def qimage_of(frame: RgbFrame) -> QImage:
    """The service's picture (a file opened for cropping) as a QImage with its own pixels."""
    view = QImage(
        frame.data, frame.width, frame.height, frame.width * 3, QImage.Format.Format_RGB888
    )
    return view.copy()
