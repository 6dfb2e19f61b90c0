"""Camera frames (numpy BGR) as Qt images, and Qt images to and from the service's
RgbFrame.

The preview's finished picture is made here, in the camera thread: the frame scaled to
the preview, the previous photo of the zone blended over it, mirrored when asked, and
the 4:3 framing guide drawn in, so the GUI thread only copies it to the screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import cv2
import numpy as np
from PySide6.QtGui import QColor, QImage

from salon_crm.camera.frame_source import Frame
from salon_crm.domain.photos.photo_rules import PROFILE_ASPECT
from salon_crm.services.photos.photo_types import RgbFrame

GUIDE_DIM = QColor(0, 0, 0, 110)  # over what falls outside the profile photo's frame
GUIDE_LINE = QColor(255, 255, 255, 200)
THIRDS_LINE = QColor(255, 255, 255, 70)
GUIDE_LINE_WIDTH = 2

Size = tuple[int, int]  # width, height


def fitted_size(inner: Size, outer: Size) -> Size:
    """The largest size of `inner`'s shape within `outer`."""
    scale = min(outer[0] / inner[0], outer[1] / inner[1])
    return max(1, round(inner[0] * scale)), max(1, round(inner[1] * scale))


def _centred(image: Frame, size: Size) -> Frame:
    """The part of `image` of `size`, in its middle (a view: writing to it draws)."""
    height, width = image.shape[:2]
    left, top = (width - size[0]) // 2, (height - size[1]) // 2
    return image[top : top + size[1], left : left + size[0]]


def _scaled(image: Frame, size: Size) -> Frame:
    """`image` at `size`. Areas are averaged only when shrinking more than twofold, where
    bilinear would alias: at nearer sizes averaging costs five times as much (8 ms for a
    1280×720 frame) for nothing to see, on cores the GUI thread needs too."""
    if size == (image.shape[1], image.shape[0]):
        return image
    far = size[0] * 2 < image.shape[1]
    interpolation = cv2.INTER_AREA if far else cv2.INTER_LINEAR
    return cast(Frame, cv2.resize(image, size, interpolation=interpolation))


class Ghost:
    """The previous photo of the zone, to lay over the preview. Made in the GUI thread
    from the photo; then only the camera thread uses it, keeping it scaled to the last
    preview size so a frame does not pay for scaling it."""

    def __init__(self, image: QImage) -> None:
        packed = rgb_frame(image)
        rgb = np.frombuffer(packed.data, np.uint8).reshape(packed.height, packed.width, 3)
        self._photo = cast(Frame, cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))
        self._scaled = self._photo

    def fitted_in(self, size: Size) -> Frame:
        """The photo at the largest size of its shape within `size`."""
        photo, scaled = self._photo, self._scaled
        wanted = fitted_size((photo.shape[1], photo.shape[0]), size)
        if (scaled.shape[1], scaled.shape[0]) != wanted:
            scaled = self._scaled = _scaled(photo, wanted)
        return scaled


@dataclass(frozen=True, slots=True)
class PreviewLook:
    """How a frame becomes the preview's picture: scaled to fit `fit` (width, height in
    device pixels), mirrored or not, with the previous photo at `ghost_opacity` (0–1)
    when there is one, and with the framing guide or without."""

    fit: Size = (640, 480)
    mirror: bool = True
    guide: bool = True
    ghost: Ghost | None = None
    ghost_opacity: float = 0.4


def preview_image(frame: Frame, look: PreviewLook) -> QImage:
    """The frame as the preview shows it (see PreviewLook), in the format a screen paints
    fastest (32-bit RGB)."""
    height, width = frame.shape[:2]
    size = fitted_size((width, height), look.fit)
    shown = _scaled(frame, size)
    if shown is frame and (look.ghost is not None or look.guide):
        shown = frame.copy()  # drawn on below: the captured frame stays as it was seen
    if look.ghost is not None:
        ghost = look.ghost.fitted_in(size)
        under = _centred(shown, (ghost.shape[1], ghost.shape[0]))
        opacity = look.ghost_opacity
        under[...] = cv2.addWeighted(under, 1 - opacity, ghost, opacity, 0)
    if look.mirror:  # after the ghost: it is mirrored with the frame
        shown = cast(Frame, cv2.flip(shown, 1))
    if look.guide:
        draw_guide(shown)
    # B G R A in memory is Qt's 0xAARRGGBB on every little-endian machine.
    bgra = cv2.cvtColor(shown, cv2.COLOR_BGR2BGRA)
    # The image keeps the array (PySide holds the buffer it was given): no copy, which
    # would hold the interpreter lock the GUI thread is waiting for.
    return QImage(bgra.data, size[0], size[1], bgra.strides[0], QImage.Format.Format_RGB32)


def draw_guide(image: Frame) -> None:
    """Draws into `image` the 4:3 frame a profile photo is cut to: what falls outside it
    dimmed, its border and its rule-of-thirds lines (a help to centre a face)."""
    height, width = image.shape[:2]
    size = fitted_size(PROFILE_ASPECT, (width, height))
    left, top = (width - size[0]) // 2, (height - size[1]) // 2
    right, bottom = left + size[0], top + size[1]
    for band in (
        image[:, :left],
        image[:, right:],
        image[:top, left:right],
        image[bottom:, left:right],
    ):
        _tint(band, GUIDE_DIM)
    guide = image[top:bottom, left:right]
    for third in (1, 2):
        x, y = size[0] * third // 3, size[1] * third // 3
        _tint(guide[:, x : x + 1], THIRDS_LINE)
        _tint(guide[y : y + 1, :], THIRDS_LINE)
    line = GUIDE_LINE_WIDTH
    for edge in (guide[:line], guide[-line:], guide[line:-line, :line], guide[line:-line, -line:]):
        _tint(edge, GUIDE_LINE)


def _tint(region: Frame, color: QColor) -> None:
    """Lays the grey `color` over `region` at the colour's opacity."""
    if region.size:
        opacity = color.alphaF()
        region[...] = cv2.convertScaleAbs(region, alpha=1 - opacity, beta=color.red() * opacity)


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
