"""Where compared photos are drawn: side by side, or one over the other with a slider
wipe, zoomed and panned together so the same part of the face shows in both.

Zoom is relative to "fit" (1.0: the whole photo in its frame) and the point shown at the
frame's centre is kept in the photo's own proportions (0..1 across and down), so two
photos of different resolutions show the same part of the face.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

BACKGROUND = QColor("#2b2b2b")
CAPTION_INK = QColor("#f0f0f0")
DIVIDER = QColor("white")
GAP = 6  # between the two frames side by side
MAX_ZOOM = 16.0
ZOOM_STEP = 1.25
WIPE_STEP = 0.02  # an arrow key moves the divider this share of the frame; Shift five times
HANDLE_REACH = 8  # pixels either side of the divider that grab it


class CompareMode(Enum):
    SIDE_BY_SIDE = "side_by_side"
    WIPE = "wipe"


@dataclass(frozen=True)
class ComparedPhoto:
    image: QImage
    caption: str


class PhotoCompareCanvas(QWidget):
    """One photo, or two compared in `mode`. The mouse wheel zooms about the pointer, a
    drag pans (in the wipe, a drag at the divider, or anywhere before zooming in, moves
    the divider), the left and right arrows move the divider.

    Signals:
        view_changed(): the zoom, the point shown or the divider moved.
    """

    view_changed = Signal()

    def __init__(self, photos: Sequence[ComparedPhoto], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if not 1 <= len(photos) <= 2:
            raise ValueError("the canvas shows one photo or compares two")
        self._photos = list(photos)
        self._mode = CompareMode.SIDE_BY_SIDE
        self._zoom = 1.0
        self._centre = QPointF(0.5, 0.5)
        self._divider = 0.5
        self._drag: QPointF | None = None
        self._dragging_divider = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)

    # --- state ----------------------------------------------------------------------------

    @property
    def mode(self) -> CompareMode:
        return self._mode

    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def divider(self) -> float:
        """Where the wipe's divider stands, as a share of the frame's width."""
        return self._divider

    @property
    def compares(self) -> bool:
        return len(self._photos) == 2

    def photos(self) -> list[ComparedPhoto]:
        return list(self._photos)

    def set_mode(self, mode: CompareMode) -> None:
        self._mode = mode
        self._clamp_centre()
        self._changed()

    def set_divider(self, share: float) -> None:
        self._divider = min(max(share, 0.0), 1.0)
        self._changed()

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        """Zoom to `zoom` × fit, keeping the photo's point under `anchor` (a point of the
        canvas; the frame's centre by default) where it is."""
        zoom = min(max(zoom, 1.0), MAX_ZOOM)
        frame = self.frames()[0]
        offset = QPointF(0, 0) if anchor is None else self._in_first_frame(anchor) - frame.center()
        before = self._photo_size(0, frame)
        point = self._centre + _divided(offset, before)
        self._zoom = zoom
        self._centre = point - _divided(offset, self._photo_size(0, frame))
        self._clamp_centre()
        self._changed()

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def fit(self) -> None:
        self._zoom = 1.0
        self._centre = QPointF(0.5, 0.5)
        self._changed()

    def pan(self, delta: QPointF) -> None:
        """Move both photos by `delta` pixels of the screen."""
        self._centre -= _divided(delta, self._photo_size(0, self.frames()[0]))
        self._clamp_centre()
        self._changed()

    # --- geometry -------------------------------------------------------------------------

    def side_by_side(self) -> bool:
        return self.compares and self._mode is CompareMode.SIDE_BY_SIDE

    def caption_height(self) -> int:
        return self.fontMetrics().height() + 8

    def frames(self) -> list[QRectF]:
        """The frames the photos are drawn in: two halves side by side, else one (the
        wipe draws both photos in the same frame)."""
        area = QRectF(0, 0, self.width(), max(self.height() - self.caption_height(), 1))
        if not self.side_by_side():
            return [area]
        half = (area.width() - GAP) / 2
        return [
            QRectF(area.left(), area.top(), half, area.height()),
            QRectF(area.left() + half + GAP, area.top(), half, area.height()),
        ]

    def frame_of(self, index: int) -> QRectF:
        frames = self.frames()
        return frames[min(index, len(frames) - 1)]

    def photo_rect(self, index: int) -> QRectF:
        """Where photo `index` is drawn at this zoom (it may reach beyond its frame)."""
        frame = self.frame_of(index)
        size = self._photo_size(index, frame)
        centre = frame.center()
        return QRectF(
            centre.x() - self._centre.x() * size.x(),
            centre.y() - self._centre.y() * size.y(),
            size.x(),
            size.y(),
        )

    def visible_part(self, index: int) -> QRectF:
        """The part of photo `index` its frame shows, in the photo's proportions (0..1)."""
        rect = self.photo_rect(index)
        shown = rect.intersected(self.frame_of(index))
        return QRectF(
            (shown.left() - rect.left()) / rect.width(),
            (shown.top() - rect.top()) / rect.height(),
            shown.width() / rect.width(),
            shown.height() / rect.height(),
        )

    def divider_x(self) -> float:
        frame = self.frames()[0]
        return frame.left() + self._divider * frame.width()

    def _photo_size(self, index: int, frame: QRectF) -> QPointF:
        image = self._photos[index].image
        width, height = max(image.width(), 1), max(image.height(), 1)
        scale = min(frame.width() / width, frame.height() / height) * self._zoom
        return QPointF(width * scale, height * scale)

    def _in_first_frame(self, point: QPointF) -> QPointF:
        """A point of the second frame as the same place in the first (zooming about a
        point of either photo zooms both alike)."""
        frames = self.frames()
        if len(frames) == 2 and frames[1].contains(point):
            return point - frames[1].topLeft() + frames[0].topLeft()
        return point

    def _clamp_centre(self) -> None:
        """No panning past a photo's edge: the centre stays where the frame is covered,
        or in the middle along a side the whole photo fits."""
        frame = self.frames()[0]
        size = self._photo_size(0, frame)
        half_x = frame.width() / size.x() / 2
        half_y = frame.height() / size.y() / 2
        self._centre = QPointF(
            _clamped(self._centre.x(), half_x), _clamped(self._centre.y(), half_y)
        )

    def _changed(self) -> None:
        self.update()
        self.view_changed.emit()

    # --- painting -------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(960, 600)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), BACKGROUND)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            if self.compares and self._mode is CompareMode.WIPE:
                self._paint_wipe(painter)
            else:
                for index in range(len(self._photos)):
                    self._paint_photo(painter, index, self.frame_of(index))
            self._paint_captions(painter)
        finally:
            painter.end()

    def _paint_photo(self, painter: QPainter, index: int, clip: QRectF) -> None:
        """Only the part of the photo inside `clip` is scaled and drawn: a photo zoomed in
        16 times is not scaled whole for every repaint."""
        rect = self.photo_rect(index)
        target = rect.intersected(clip)
        if target.isEmpty():
            return
        image = self._photos[index].image
        scale_x = image.width() / rect.width()
        scale_y = image.height() / rect.height()
        source = QRectF(
            (target.left() - rect.left()) * scale_x,
            (target.top() - rect.top()) * scale_y,
            target.width() * scale_x,
            target.height() * scale_y,
        )
        painter.drawImage(target, image, source)

    def _paint_wipe(self, painter: QPainter) -> None:
        frame = self.frames()[0]
        x = self.divider_x()
        self._paint_photo(
            painter, 0, QRectF(frame.left(), frame.top(), x - frame.left(), frame.height())
        )
        self._paint_photo(painter, 1, QRectF(x, frame.top(), frame.right() - x, frame.height()))
        painter.setPen(QPen(DIVIDER, 2))
        painter.drawLine(QPointF(x, frame.top()), QPointF(x, frame.bottom()))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(DIVIDER)
        painter.drawEllipse(QPointF(x, frame.center().y()), HANDLE_REACH, HANDLE_REACH)

    def _paint_captions(self, painter: QPainter) -> None:
        painter.setPen(CAPTION_INK)
        top = self.height() - self.caption_height()
        metrics = self.fontMetrics()
        if self.side_by_side() or not self.compares:
            placed = [(frame, Qt.AlignmentFlag.AlignHCenter) for frame in self.frames()]
        else:
            whole = self.frames()[0]
            half = QRectF(whole.left(), 0, whole.width() / 2, 0)
            placed = [
                (half, Qt.AlignmentFlag.AlignLeft),
                (half.translated(half.width(), 0), Qt.AlignmentFlag.AlignRight),
            ]
        for photo, (frame, align) in zip(self._photos, placed, strict=False):
            band = QRectF(frame.left() + 4, top, frame.width() - 8, self.caption_height())
            text = metrics.elidedText(photo.caption, Qt.TextElideMode.ElideRight, int(band.width()))
            painter.drawText(band, align | Qt.AlignmentFlag.AlignVCenter, text)

    # --- input ----------------------------------------------------------------------------

    def _near_divider(self, point: QPointF) -> bool:
        wipe = self.compares and self._mode is CompareMode.WIPE
        return wipe and abs(point.x() - self.divider_x()) <= HANDLE_REACH

    def _divider_at(self, x: float) -> None:
        frame = self.frames()[0]
        self.set_divider((x - frame.left()) / frame.width())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        point = event.position()
        wipe = self.compares and self._mode is CompareMode.WIPE
        self._dragging_divider = wipe and (self._near_divider(point) or self._zoom == 1.0)
        if self._dragging_divider:
            self._divider_at(point.x())
        self._drag = point
        self._update_cursor(point)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        if self._drag is not None:
            if self._dragging_divider:
                self._divider_at(point.x())
            else:
                self.pan(point - self._drag)
            self._drag = point
        self._update_cursor(point)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag = None
        self._dragging_divider = False
        self._update_cursor(event.position())

    def _update_cursor(self, point: QPointF) -> None:
        if self._dragging_divider or self._near_divider(point):
            shape = Qt.CursorShape.SplitHCursor
        elif self._zoom > 1.0:
            shape = Qt.CursorShape.ClosedHandCursor if self._drag else Qt.CursorShape.OpenHandCursor
        else:
            shape = Qt.CursorShape.ArrowCursor
        self.setCursor(shape)

    def wheelEvent(self, event: QWheelEvent) -> None:
        notches = event.angleDelta().y() / 120
        if notches:
            self.set_zoom(self._zoom * ZOOM_STEP**notches, event.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Left: -WIPE_STEP, Qt.Key.Key_Right: WIPE_STEP}.get(Qt.Key(event.key()))
        if step is None or not self.compares or self._mode is not CompareMode.WIPE:
            super().keyPressEvent(event)
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            step *= 5
        self.set_divider(self._divider + step)


def _divided(point: QPointF, size: QPointF) -> QPointF:
    return QPointF(point.x() / size.x(), point.y() / size.y())


def _clamped(value: float, half: float) -> float:
    if half >= 0.5:
        return 0.5
    return min(max(value, half), 1.0 - half)
