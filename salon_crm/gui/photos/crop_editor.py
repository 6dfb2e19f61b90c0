"""The crop editor: an image with a frame to drag, resize and cut it to, by mouse or by
keyboard (arrows move the frame, Shift+arrows resize it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from salon_crm.gui.photos import crop_geometry as geometry
from salon_crm.gui.photos.camera_preview import fitted, paint_thirds
from salon_crm.gui.photos.crop_geometry import Aspect, Handle

GRAB_PX = 10  # how near a corner or side a press grabs it
HANDLE_PX = 8
OUTSIDE = QColor(0, 0, 0, 140)
CURSORS = {
    Handle.MOVE: Qt.CursorShape.SizeAllCursor,
    Handle.TOP_LEFT: Qt.CursorShape.SizeFDiagCursor,
    Handle.BOTTOM_RIGHT: Qt.CursorShape.SizeFDiagCursor,
    Handle.TOP_RIGHT: Qt.CursorShape.SizeBDiagCursor,
    Handle.BOTTOM_LEFT: Qt.CursorShape.SizeBDiagCursor,
    Handle.TOP: Qt.CursorShape.SizeVerCursor,
    Handle.BOTTOM: Qt.CursorShape.SizeVerCursor,
    Handle.LEFT: Qt.CursorShape.SizeHorCursor,
    Handle.RIGHT: Qt.CursorShape.SizeHorCursor,
}


class CropEditor(QWidget):
    """Holds the crop in image pixels; the widget only shows it scaled.

    Signals:
        crop_changed(QRect): the crop moved or changed size (image pixels).
    """

    crop_changed = Signal(QRect)

    def __init__(
        self, image: QImage, aspect: Aspect | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cropEditor")
        self.setAccessibleName(self.tr("Crop frame"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._aspect = aspect
        self._image = image
        self._bounds = QSizeF(image.size())
        self._crop = geometry.initial_crop(self._bounds, aspect)
        self._shown: QImage | None = None  # the image scaled to the widget, once a size
        self._grab: tuple[Handle, QPointF, QRectF] | None = None

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    @property
    def aspect(self) -> Aspect | None:
        return self._aspect

    def image(self) -> QImage:
        return self._image

    def set_image(self, image: QImage) -> None:
        """A new image, with the crop reset to the whole of it (or its largest 4:3)."""
        self._image = image
        self._bounds = QSizeF(image.size())
        self._shown = None
        self._set_crop(geometry.initial_crop(self._bounds, self._aspect))

    def crop_rect(self) -> QRect:
        """The crop in image pixels, of exactly the locked shape when there is one."""
        return geometry.pixel_rect(self._crop, self._bounds, self._aspect)

    def set_crop_rect(self, rect: QRect) -> None:
        self._set_crop(geometry.constrained(QRectF(rect), self._bounds, self._aspect))

    def cropped(self) -> QImage:
        return self._image.copy(self.crop_rect())

    # --- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        target = self._image_rect()
        if target.isEmpty():
            return
        painter.drawImage(target, self._scaled_image(target.size()))
        crop = self._to_widget(self._crop)
        for outside in _around(QRectF(target), crop):
            painter.fillRect(outside, OUTSIDE)
        painter.setPen(QPen(Qt.GlobalColor.white, 2))
        painter.drawRect(crop)
        paint_thirds(painter, crop)
        painter.setPen(QPen(Qt.GlobalColor.black, 1))
        painter.setBrush(Qt.GlobalColor.white)
        for handle in self._handles():
            point = _handle_point(crop, handle)
            half = HANDLE_PX / 2
            painter.drawRect(QRectF(point.x() - half, point.y() - half, HANDLE_PX, HANDLE_PX))
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._shown = None
        super().resizeEvent(event)

    # --- mouse ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        handle = self._handle_at(event.position())
        if handle is not None:
            self._grab = (handle, self._to_image(event.position()), QRectF(self._crop))
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._grab is None:
            handle = self._handle_at(event.position())
            if handle is None:
                self.unsetCursor()
            else:
                self.setCursor(CURSORS[handle])
            return
        handle, start, was = self._grab
        point = self._to_image(event.position())
        if handle is Handle.MOVE:
            delta = point - start
            rect = geometry.moved(was, delta.x(), delta.y(), self._bounds, self._aspect)
        else:
            rect = geometry.dragged(was, handle, point, self._bounds, self._aspect)
        self._set_crop(rect)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._grab = None
        super().mouseReleaseEvent(event)

    # --- keyboard ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        arrows = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        direction = arrows.get(Qt.Key(event.key()))
        if direction is None:
            super().keyPressEvent(event)
            return
        # A step is one hundredth of the image; Ctrl makes it a single pixel.
        modifiers = event.modifiers()
        step = 1.0 if modifiers & Qt.KeyboardModifier.ControlModifier else self._step()
        dx, dy = direction[0] * step, direction[1] * step
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            rect = geometry.resized(self._crop, dx, dy, self._bounds, self._aspect)
        else:
            rect = geometry.moved(self._crop, dx, dy, self._bounds, self._aspect)
        self._set_crop(rect)
        event.accept()

    # --- geometry ------------------------------------------------------------------------

    def _set_crop(self, rect: QRectF) -> None:
        before = self.crop_rect()
        self._crop = rect
        self.update()
        if self.crop_rect() != before:
            self.crop_changed.emit(self.crop_rect())

    def _step(self) -> float:
        return max(1.0, round(max(self._bounds.width(), self._bounds.height()) / 100))

    def _image_rect(self) -> QRect:
        return fitted(self._image.size(), self.rect().adjusted(4, 4, -4, -4))

    def _scale(self) -> float:
        target = self._image_rect()
        return target.width() / self._bounds.width() if self._bounds.width() else 1.0

    def _to_widget(self, rect: QRectF) -> QRectF:
        origin, scale = QPointF(self._image_rect().topLeft()), self._scale()
        return QRectF(origin + rect.topLeft() * scale, rect.size() * scale)

    def _to_image(self, point: QPointF) -> QPointF:
        origin, scale = QPointF(self._image_rect().topLeft()), self._scale()
        return (point - origin) / scale if scale else QPointF()

    def _scaled_image(self, size: QSize) -> QImage:
        if self._shown is None or self._shown.size() != size:
            self._shown = self._image.scaled(
                size,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        return self._shown

    def _handles(self) -> list[Handle]:
        corners = [Handle.TOP_LEFT, Handle.TOP_RIGHT, Handle.BOTTOM_LEFT, Handle.BOTTOM_RIGHT]
        sides = [Handle.TOP, Handle.BOTTOM, Handle.LEFT, Handle.RIGHT]
        return corners if self._aspect is not None else corners + sides

    def _handle_at(self, point: QPointF) -> Handle | None:
        crop = self._to_widget(self._crop)
        for handle in self._handles():
            grip = _handle_point(crop, handle)
            if abs(grip.x() - point.x()) <= GRAB_PX and abs(grip.y() - point.y()) <= GRAB_PX:
                return handle
        return Handle.MOVE if crop.contains(point) else None


def _handle_point(rect: QRectF, handle: Handle) -> QPointF:
    sides = handle.value
    x = rect.left() if "l" in sides else rect.right() if "r" in sides else rect.center().x()
    y = rect.top() if "t" in sides else rect.bottom() if "b" in sides else rect.center().y()
    return QPointF(x, y)


def _around(outer: QRectF, inner: QRectF) -> list[QRectF]:
    """The parts of `outer` outside `inner`: above, below, left and right of it."""
    return [
        QRectF(outer.left(), outer.top(), outer.width(), inner.top() - outer.top()),
        QRectF(outer.left(), inner.bottom(), outer.width(), outer.bottom() - inner.bottom()),
        QRectF(outer.left(), inner.top(), inner.left() - outer.left(), inner.height()),
        QRectF(inner.right(), inner.top(), outer.right() - inner.right(), inner.height()),
    ]


def crop_hint() -> str:
    """What the editor's user can do, for a label beside it."""
    return QCoreApplication.translate(
        "CropEditor",
        "Drag the frame or its corners. Arrow keys move it, Shift+arrows resize it.",
    )
