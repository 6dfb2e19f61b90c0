"""Stored JPEGs turned into QImages, off the GUI thread (QImage, unlike QPixmap, may be
made in any thread). A thumbnail is decoded straight at the size it is shown: the JPEG
decoder then skips most of the work."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from salon_crm.services.photos.photo_service import PhotoService


def decode(data: bytes, fit: QSize | None = None) -> QImage:
    """The picture in `data`, scaled down to fit `fit` when given; a null QImage when the
    bytes are not a picture."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if (
        fit is not None
        and size.isValid()
        and (size.width() > fit.width() or size.height() > fit.height())
    ):
        reader.setScaledSize(size.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def load_thumbnails(
    service: PhotoService, photo_ids: Sequence[int], fit: QSize
) -> dict[int, QImage]:
    """The thumbnails of `photo_ids`, each decoded to fit `fit` (runs in the thread pool)."""
    return {photo_id: decode(data, fit) for photo_id, data in service.thumbnails(photo_ids).items()}


def load_images(service: PhotoService, photo_ids: Sequence[int]) -> list[QImage]:
    """The full-size photos, in the order asked (runs in the thread pool)."""
    return [decode(service.image(photo_id)) for photo_id in photo_ids]
