"""A pad to sign on with the mouse, a pen or a finger; the strokes it keeps are the vectors
the PDF draws at the document's signature place."""

from __future__ import annotations

import math
from itertools import pairwise

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from salon_crm.domain.documents.document_blocks import Stroke
from salon_crm.pdf.signature_box import INK, SIGNATURE_ASPECT

Point = tuple[float, float]

_MARGIN = 6
_CAPTION_GAP = 3
_PREFERRED_WIDTH = 360
# Closer samples than this (in pixels) are the hand's tremor or the digitiser's noise.
_JITTER = 1.0
# reportlab's units are untyped; the pad's drawing area has the PDF box's proportions.
_ASPECT = float(SIGNATURE_ASPECT)
_INK = QColor.fromRgbF(INK.red, INK.green, INK.blue)
_LINE = QColor("#9a9a9a")
_HINT = QColor("#b4b4b4")


class SignaturePad(QWidget):
    """Strokes drawn on a white area of the renderer's proportions above a line, with a
    caption (the signer's name) under it. Points are kept as 0..1 of the drawing area
    (x right, y down), so resizing the pad keeps the signature and the PDF scales it
    onto its own box.

    Signals:
        changed(): a stroke was finished, undone or cleared.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._strokes: list[list[Point]] = []
        self._drawing = False
        self._caption = ""

    # The public face.

    def strokes(self) -> tuple[Stroke, ...]:
        return tuple(Stroke(tuple(points)) for points in self._strokes)

    def is_empty(self) -> bool:
        return not self._strokes

    def clear(self) -> None:
        self._drawing = False
        if self._strokes:
            self._strokes.clear()
            self._changed()

    def undo(self) -> None:
        """Take back the last stroke."""
        self._drawing = False
        if self._strokes:
            self._strokes.pop()
            self._changed()

    def set_caption(self, text: str) -> None:
        self._caption = text
        self.update()

    def drawing_area(self) -> QRectF:
        """The largest rectangle of the renderer's proportions that fits above the caption;
        its bottom edge is the line signed on."""
        height = self.height() - 2 * _MARGIN - self._caption_height()
        width = min(self.width() - 2 * _MARGIN, height * _ASPECT)
        left = (self.width() - width) / 2
        return QRectF(left, _MARGIN, max(width, 1), max(width / _ASPECT, 1))

    # Size.

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        area = (width - 2 * _MARGIN) / _ASPECT
        return round(area) + 2 * _MARGIN + self._caption_height()

    def sizeHint(self) -> QSize:
        return QSize(_PREFERRED_WIDTH, self.heightForWidth(_PREFERRED_WIDTH))

    def minimumSizeHint(self) -> QSize:
        width = _PREFERRED_WIDTH // 2
        return QSize(width, self.heightForWidth(width))

    # Input: the mouse, a pen and a finger all end in the same three steps.

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drawing:
            self._extend(event.position())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end()
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove and self._drawing:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        # Accepted, so Qt does not also send the mouse events it would make of it.
        event.accept()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QTouchEvent):
            self._touch(event)
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        """The first finger draws; a second finger on the pad is ignored."""
        event.accept()
        points = event.points()
        if event.type() == QEvent.Type.TouchCancel:
            self._end()
        elif points:
            position = points[0].position()
            if event.type() == QEvent.Type.TouchBegin:
                self._begin(position)
            elif event.type() == QEvent.Type.TouchUpdate and self._drawing:
                self._extend(position)
            elif event.type() == QEvent.Type.TouchEnd:
                self._end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        else:
            super().keyPressEvent(event)

    def _begin(self, position: QPointF) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._drawing = True
        self._strokes.append([self._to_pad(position)])
        self.update()

    def _extend(self, position: QPointF) -> None:
        stroke = self._strokes[-1]
        step = position - self._to_widget(stroke[-1])
        if math.hypot(step.x(), step.y()) < _JITTER:
            return
        point = self._to_pad(position)
        if point != stroke[-1]:
            stroke.append(point)
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self._changed()

    def _changed(self) -> None:
        self.update()
        self.changed.emit()

    def _to_pad(self, position: QPointF) -> Point:
        """The pad's 0..1 coordinates of a widget position; a pen that slips off the area
        draws along its edge."""
        area = self.drawing_area()
        x = (position.x() - area.left()) / area.width()
        y = (position.y() - area.top()) / area.height()
        return min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0)

    def _to_widget(self, point: Point) -> QPointF:
        area = self.drawing_area()
        return QPointF(area.left() + point[0] * area.width(), area.top() + point[1] * area.height())

    def _caption_height(self) -> int:
        return self.fontMetrics().height() + _CAPTION_GAP

    # Painting.

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        area = self.drawing_area()
        self._paint_frame(painter, area)
        pen = QPen(_INK, max(2.0, area.width() / 160))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self._strokes:
            points = [self._to_widget(point) for point in stroke]
            if len(points) == 1:
                painter.drawPoint(points[0])  # a dot: the round cap makes it a disc
            else:
                painter.drawPath(_smooth_path(points))

    def _paint_frame(self, painter: QPainter, area: QRectF) -> None:
        """The line signed on, the caption under it, a hint on an empty pad, a frame."""
        painter.setPen(QPen(_LINE, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        caption = QRectF(area.left(), area.bottom() + _CAPTION_GAP, area.width(), area.height())
        painter.drawText(caption, Qt.AlignmentFlag.AlignLeft, self._caption)
        if self.is_empty():
            painter.setPen(_HINT)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("Sign here"))
        painter.setPen(QPen(_HINT, 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))


def _smooth_path(points: list[QPointF]) -> QPainterPath:
    """Quadratic curves between the midpoints of successive samples, as the PDF draws
    them, so the pad shows the signature the document will carry."""
    path = QPainterPath(points[0])
    for control, following in pairwise(points[1:]):
        path.quadTo(control, (control + following) / 2)
    path.lineTo(points[-1])
    return path
