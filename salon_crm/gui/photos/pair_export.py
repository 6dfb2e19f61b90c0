"""Two compared photos as one picture: side by side at the same height, each with its
caption under it, for a client's consultation or the salon's own portfolio."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QImageWriter, QPainter

BACKGROUND = QColor("white")
INK = QColor("#202020")
# JPEG for photos by default; PNG when the file is named so (lossless, larger).
FORMATS = {".jpg": b"JPEG", ".jpeg": b"JPEG", ".png": b"PNG"}
JPEG_QUALITY = 92


def compose_pair(left: QImage, right: QImage, captions: tuple[str, str]) -> QImage:
    """`left` and `right` scaled to the lower one's height (no photo is blown up), a margin
    around and between them, and under each its caption, elided to the photo's width."""
    height = min(left.height(), right.height())
    scaled = [
        image.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation)
        for image in (left, right)
    ]
    margin = max(8, height // 40)
    font = QFont()
    font.setPixelSize(max(14, height // 28))
    metrics = QFontMetrics(font)
    caption_height = metrics.height() * 2
    width = margin * 3 + sum(image.width() for image in scaled)
    result = QImage(width, margin + height + caption_height, QImage.Format.Format_RGB32)
    result.fill(BACKGROUND)
    painter = QPainter(result)
    try:
        painter.setFont(font)
        painter.setPen(INK)
        x = margin
        for image, caption in zip(scaled, captions, strict=True):
            painter.drawImage(x, margin, image)
            band = QRect(x, margin + height, image.width(), caption_height)
            text = metrics.elidedText(caption, Qt.TextElideMode.ElideRight, image.width())
            painter.drawText(band, Qt.AlignmentFlag.AlignCenter, text)
            x += image.width() + margin
    finally:
        painter.end()
    return result


def image_format(path: Path) -> bytes | None:
    """The format a file of this name is written in; None for a name it cannot be."""
    return FORMATS.get(path.suffix.lower())


def save_image(image: QImage, path: Path) -> bool:
    """Write `image` in the format its name says (JPEG or PNG); False when it cannot be
    written (an unknown extension, a folder not writable, a full disk)."""
    fmt = image_format(path)
    if fmt is None:
        return False
    writer = QImageWriter(str(path), fmt)
    if fmt == b"JPEG":
        writer.setQuality(JPEG_QUALITY)
    return writer.write(image)
