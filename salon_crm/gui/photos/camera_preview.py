"""The live picture of the capture dialog: the newest frame, the previous photo of the
zone laid over it when asked, and the 4:3 framing guide."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from salon_crm.domain.photos.photo_rules import PROFILE_ASPECT

GUIDE_DIM = QColor(0, 0, 0, 110)
GUIDE_LINE = QColor(255, 255, 255, 200)
THIRDS_LINE = QColor(255, 255, 255, 70)


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


def paint_frame(painter: QPainter, rect: QRectF, color: QColor, width: float) -> None:
    """A border `width` wide just inside `rect`. Filled bands, not a stroked pen: a
    stroke with a translucent pen costs a frame's budget at this size."""
    painter.fillRect(QRectF(rect.left(), rect.top(), rect.width(), width), color)
    painter.fillRect(QRectF(rect.left(), rect.bottom() - width, rect.width(), width), color)
    painter.fillRect(QRectF(rect.left(), rect.top(), width, rect.height()), color)
    painter.fillRect(QRectF(rect.right() - width, rect.top(), width, rect.height()), color)


class CameraPreview(QWidget):
    """Paints what it was last given and nothing else: the images come scaled, mirrored
    and converted from the camera thread, so a paint is a copy to the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraPreview")
        self.setAccessibleName(self.tr("Camera picture"))
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._frame: QImage | None = None
        self._placeholder = ""
        self._ghost: QImage | None = None
        self._ghost_mirrored = False
        self._ghost_opacity = 0.4
        self._ghost_cache: tuple[QSize, bool, QImage] | None = None

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

    def set_ghost(self, image: QImage | None, *, opacity: float, mirrored: bool) -> None:
        """The previous photo, `opacity` 0–1 over the frame; mirrored with the preview."""
        if image is not self._ghost or mirrored != self._ghost_mirrored:
            self._ghost_cache = None
        self._ghost, self._ghost_opacity, self._ghost_mirrored = image, opacity, mirrored
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
        if self._ghost is not None:
            painter.setOpacity(self._ghost_opacity)
            ghost = self._scaled_ghost(target.size())
            painter.drawImage(fitted(ghost.size(), target), ghost)
            painter.setOpacity(1.0)
        self._paint_guide(painter, target)

    def _scaled_ghost(self, size: QSize) -> QImage:
        """The ghost at the frame's size, scaled once per size, not once per frame."""
        assert self._ghost is not None
        cached = self._ghost_cache
        if cached is None or cached[0] != size or cached[1] != self._ghost_mirrored:
            scaled = self._ghost.scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            ).convertToFormat(
                QImage.Format.Format_RGB32
            )  # opaque: blended at a constant opacity fastest
            if self._ghost_mirrored:
                scaled = scaled.flipped(Qt.Orientation.Horizontal)
            cached = (size, self._ghost_mirrored, scaled)
            self._ghost_cache = cached
        return cached[2]

    def _paint_guide(self, painter: QPainter, target: QRect) -> None:
        """The 4:3 frame a profile photo is cut to, the rest dimmed, with thirds lines."""
        guide = QRectF(fitted(QSize(*PROFILE_ASPECT), target))
        outer = QRectF(target)
        for band in (
            QRectF(outer.topLeft(), QPointF(guide.left(), outer.bottom())),
            QRectF(QPointF(guide.right(), outer.top()), outer.bottomRight()),
            QRectF(outer.topLeft(), QPointF(outer.right(), guide.top())),
            QRectF(QPointF(outer.left(), guide.bottom()), outer.bottomRight()),
        ):
            if band.width() > 0.5 and band.height() > 0.5:
                painter.fillRect(band, GUIDE_DIM)
        paint_thirds(painter, guide)
        paint_frame(painter, guide, GUIDE_LINE, 2)


def _around(outer: QRect, inner: QRect) -> list[QRect]:
    """The parts of `outer` outside `inner` (inside it): above, below, left, right."""
    return [
        QRect(outer.left(), outer.top(), outer.width(), inner.top() - outer.top()),
        QRect(outer.left(), inner.bottom() + 1, outer.width(), outer.bottom() - inner.bottom()),
        QRect(outer.left(), inner.top(), inner.left() - outer.left(), inner.height()),
        QRect(inner.right() + 1, inner.top(), outer.right() - inner.right(), inner.height()),
    ]
