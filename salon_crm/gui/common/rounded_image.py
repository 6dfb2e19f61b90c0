"""A photo cut to a rounded shape: the card's portrait, the faces in lists. Works on
QImage, so a background job may make it (a QPixmap belongs to the GUI thread)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPainterPath


def rounded_image(image: QImage, size: QSize, ratio: float, *, radius: float) -> QImage:
    """`image` filling `size` (logical pixels; cropped to that shape, centred) with corners
    of `radius`; half the side makes a circle."""
    target = QImage(
        round(size.width() * ratio),
        round(size.height() * ratio),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    target.setDevicePixelRatio(ratio)
    target.fill(Qt.GlobalColor.transparent)
    scaled = image.scaled(
        target.size(),
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    painter = QPainter(target)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    clip = QPainterPath()
    clip.addRoundedRect(0, 0, size.width(), size.height(), radius, radius)
    painter.setClipPath(clip)
    # Drawn in device pixels: the scaled copy has the target's own resolution.
    painter.scale(1 / ratio, 1 / ratio)
    painter.drawImage(
        (target.width() - scaled.width()) // 2, (target.height() - scaled.height()) // 2, scaled
    )
    painter.end()
    return target
