"""The live picture of the capture dialog: the camera thread's finished preview image
(the previous photo of the zone and the 4:3 framing guide are drawn in already)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from salon_crm.gui.photos.camera_images import THIRDS_LINE


def fitted(inner: QSize, outer: QRect) -> QRect:
    """The largest rectangle of `inner`'s shape centred in `outer`."""
    if inner.isEmpty() or outer.isEmpty():
        return QRect()
    size = inner.scaled(outer.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = outer.left() + (outer.width() - size.width()) // 2
    top = outer.top() + (outer.height() - size.height()) // 2
    return QRect(left, top, size.width(), size.height())


def paint_thirds(painter: QPainter, rect: QRectF) -> None:
    """The rule-of-thirds lines inside `rect`: a help to centre a face."""
    for third in (1, 2):
        x = rect.left() + rect.width() * third / 3
        y = rect.top() + rect.height() * third / 3
        painter.fillRect(QRectF(x, rect.top(), 1, rect.height()), THIRDS_LINE)
        painter.fillRect(QRectF(rect.left(), y, rect.width(), 1), THIRDS_LINE)


class CameraPreview(QWidget):
    """Paints what it was last given and nothing else: the images come finished from the
    camera thread (scaled, mirrored, overlaid, converted), so a paint is one copy to the
    screen and black around it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraPreview")
        self.setAccessibleName(self.tr("Camera picture"))
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._frame: QImage | None = None
        self._placeholder = ""

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    def show_frame(self, image: QImage) -> None:
        self._frame = image
        self.update()

    def frame(self) -> QImage | None:
        return self._frame

    def clear(self, placeholder: str) -> None:
        """No picture; `placeholder` says why ("Opening the camera…")."""
        self._frame = None
        self._placeholder = placeholder
        self.update()

    def frame_rect(self) -> QRect:
        """Where the frame is painted, in widget pixels."""
        if self._frame is None:
            return QRect()
        ratio = self._frame.devicePixelRatio()
        size = QSize(round(self._frame.width() / ratio), round(self._frame.height() / ratio))
        return fitted(size, self.rect())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self._frame is None:
            painter.fillRect(self.rect(), Qt.GlobalColor.black)
            painter.setPen(Qt.GlobalColor.white)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._placeholder,
            )
            return
        target = self.frame_rect()
        for margin in _around(self.rect(), target):
            painter.fillRect(margin, Qt.GlobalColor.black)
        painter.drawImage(target, self._frame)


def _around(outer: QRect, inner: QRect) -> list[QRect]:
    """The parts of `outer` outside `inner` (inside it): above, below, left, right."""
    return [
        QRect(outer.left(), outer.top(), outer.width(), inner.top() - outer.top()),
        QRect(outer.left(), inner.bottom() + 1, outer.width(), outer.bottom() - inner.bottom()),
        QRect(outer.left(), inner.top(), inner.left() - outer.left(), inner.height()),
        QRect(inner.right() + 1, inner.top(), outer.right() - inner.right(), inner.height()),
    ]
