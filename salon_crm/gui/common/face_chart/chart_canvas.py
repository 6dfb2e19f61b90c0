"""The face drawing with its markers, and what the mouse does on it.

The canvas never changes the chart itself: it says what the user did (a marker drafted,
moved, picked for editing) and the chart view turns that into an undoable edit.
"""

from __future__ import annotations

import math
from enum import Enum

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from salon_crm import paths
from salon_crm.domain.health.face_chart import (
    FaceChart,
    InjectionPoint,
    Marker,
    Point,
    ProblemZone,
    TreatedArea,
    View,
)
from salon_crm.gui.common.face_chart import marker_painter as look
from salon_crm.gui.common.face_chart.marker_texts import describe

# The drawings' frame (their viewBox is 0 0 300 400): markers are placed in this shape.
ASPECT = 300 / 400
_MARGIN = 6
# A hand-drawn outline keeps a point every few pixels: smooth enough, and a small JSON.
_STROKE_STEP = 4.0
# Arrow keys move the selected marker by this share of the drawing.
_NUDGE = 0.005
_ZONE_ORDER: dict[type, int] = {TreatedArea: 0, ProblemZone: 1, InjectionPoint: 2}


class Tool(Enum):
    SELECT = "select"
    INJECTION = "injection"
    ZONE = "zone"
    AREA = "area"


class ChartCanvas(QWidget):
    """Signals:
    drafted(object): a new marker was placed (or an area drawn); not in the chart yet.
    moved(int, object): the marker at that index was dragged or nudged to a new place.
    selected(object): the index of the selected marker, or None.
    edit_requested(int): the user asked to edit the marker at that index.
    """

    drafted = Signal(object)
    moved = Signal(int, object)
    selected = Signal(object)
    edit_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("faceChartCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(180, 240)
        self._art = {
            view: QSvgRenderer(str(paths.face_chart_art(view.value)), self) for view in View
        }
        self._chart = FaceChart()
        self._view = View.FRONT
        self._tool = Tool.SELECT
        self._read_only = False
        self._selected: int | None = None
        self._draft: Marker | None = None
        self._stroke: list[QPointF] = []
        self._press: QPointF | None = None
        self._dragging: Marker | None = None

    # --- state --------------------------------------------------------------------------

    def set_chart(self, chart: FaceChart, selected: int | None) -> None:
        self._chart = chart
        self._selected = selected
        self._cancel_gesture()
        self.update()

    def set_view(self, view: View) -> None:
        self._view = view
        self._cancel_gesture()
        self.update()

    def set_tool(self, tool: Tool) -> None:
        self._tool = tool
        self._cancel_gesture()
        crosshair = tool is not Tool.SELECT
        self.setCursor(Qt.CursorShape.CrossCursor if crosshair else Qt.CursorShape.ArrowCursor)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.set_tool(Tool.SELECT)

    def set_draft(self, marker: Marker | None) -> None:
        self._draft = marker
        self.update()

    def selected_index(self) -> int | None:
        return self._selected

    # --- geometry -----------------------------------------------------------------------

    def art_rect(self) -> QRectF:
        """Where the drawing is: the biggest 3:4 frame that fits, centred."""
        area = QRectF(self.rect()).adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
        width = min(area.width(), area.height() * ASPECT)
        height = width / ASPECT
        return QRectF(area.center().x() - width / 2, area.center().y() - height / 2, width, height)

    def widget_point(self, point: Point) -> QPointF:
        art = self.art_rect()
        return QPointF(art.left() + point.x * art.width(), art.top() + point.y * art.height())

    def chart_point(self, position: QPointF) -> Point:
        art = self.art_rect()
        return Point.clamped(
            (position.x() - art.left()) / art.width(), (position.y() - art.top()) / art.height()
        )

    def _radius(self) -> float:
        return look.marker_radius(self.art_rect().width())

    def _visible(self) -> list[tuple[int, Marker]]:
        """This view's markers in drawing order: areas under zones under injection points."""
        return sorted(self._chart.on_view(self._view), key=lambda im: _ZONE_ORDER[type(im[1])])

    def marker_at(self, position: QPointF) -> int | None:
        """The topmost marker under `position`: its badge, or an area's inside."""
        radius = self._radius() + 2
        visible = self._visible()
        for index, marker in reversed(visible):
            centre = self.widget_point(marker.anchor)
            if look.badge_path(marker, centre, radius).contains(position):
                return index
        for index, marker in reversed(visible):
            inside = isinstance(marker, TreatedArea) and look.area_path(
                marker, self.widget_point
            ).contains(position)
            if inside:
                return index
        return None

    # --- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        art = self.art_rect()
        self._art[self._view].render(painter, art)
        if self._view is View.FRONT:
            self._paint_sides(painter, art)
        radius = self._radius()
        for index, marker in self._visible():
            if self._dragging is not None and index == self._selected:
                marker = self._dragging
            look.paint_marker(
                painter,
                marker,
                index + 1,
                self.widget_point,
                radius,
                selected=index == self._selected,
            )
        if self._draft is not None and self._draft.view == self._view:
            look.paint_marker(painter, self._draft, 0, self.widget_point, radius, draft=True)
        if len(self._stroke) > 1:
            look.paint_stroke(painter, self._stroke)
        painter.end()

    def _paint_sides(self, painter: QPainter, art: QRectF) -> None:
        """The client's right is on the viewer's left: marked, since mixing them up is easy."""
        painter.setPen(QColor("#9a9a9a"))
        font = painter.font()
        font.setPixelSize(max(11, round(art.width() * 0.045)))
        painter.setFont(font)
        band = QRectF(art.left(), art.top(), art.width(), art.height() * 0.08)
        right, left = self.tr("R"), self.tr("L")
        painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, right)
        painter.drawText(band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, left)

    # --- mouse and keys -----------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() is not Qt.MouseButton.LeftButton:
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        position = event.position()
        if self._read_only or self._tool is Tool.SELECT:
            self.select(self.marker_at(position))
            self._press = position if self._selected is not None else None
        elif self._tool is Tool.AREA:
            self._stroke = [position]
        elif self.art_rect().contains(position):
            point = self.chart_point(position)
            if self._tool is Tool.INJECTION:
                self.drafted.emit(InjectionPoint(self._view, point))
            else:
                self.drafted.emit(ProblemZone(self._view, point))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        if self._stroke:
            if _distance(position, self._stroke[-1]) >= _STROKE_STEP:
                self._stroke.append(position)
                self.update()
        elif self._press is not None and self._selected is not None and not self._read_only:
            far = _distance(position, self._press) >= QApplication.startDragDistance()
            if self._dragging is None and not far:
                return
            art = self.art_rect()
            dx = (position.x() - self._press.x()) / art.width()
            dy = (position.y() - self._press.y()) / art.height()
            self._dragging = self._chart.markers[self._selected].moved(dx, dy)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() is not Qt.MouseButton.LeftButton:
            return
        if self._stroke:
            points = tuple(self.chart_point(p) for p in self._stroke)
            self._stroke = []
            self.update()
            if _big_enough(points):
                self.drafted.emit(TreatedArea(self._view, points))
        elif self._dragging is not None and self._selected is not None:
            moved, index = self._dragging, self._selected
            self._cancel_gesture()
            if moved != self._chart.markers[index]:
                self.moved.emit(index, moved)
        self._press = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Edits the marker under the mouse; never places a second marker on the spot."""
        if self._read_only or self._tool is not Tool.SELECT:
            return
        index = self.marker_at(event.position())
        if index is not None:
            self.select(index)
            self.edit_requested.emit(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        steps = {
            Qt.Key.Key_Left: (-_NUDGE, 0.0),
            Qt.Key.Key_Right: (_NUDGE, 0.0),
            Qt.Key.Key_Up: (0.0, -_NUDGE),
            Qt.Key.Key_Down: (0.0, _NUDGE),
        }
        editable = self._selected is not None and not self._read_only
        if key == Qt.Key.Key_Escape and (self._stroke or self._dragging is not None):
            self._cancel_gesture()
        elif key == Qt.Key.Key_Escape and self._selected is not None:
            self.select(None)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and editable:
            assert self._selected is not None
            self.edit_requested.emit(self._selected)
        elif key in steps and editable:
            assert self._selected is not None
            marker = self._chart.markers[self._selected]
            moved = marker.moved(*steps[Qt.Key(key)])
            if moved != marker:
                self.moved.emit(self._selected, moved)
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.marker_at(QPointF(event.pos()))
            if index is None:
                QToolTip.hideText()
            else:
                marker = self._chart.markers[index]
                QToolTip.showText(event.globalPos(), f"{index + 1}. {describe(marker)}", self)
            return True
        return super().event(event)

    def select(self, index: int | None) -> None:
        if index != self._selected:
            self._selected = index
            self.update()
            self.selected.emit(index)

    def _cancel_gesture(self) -> None:
        self._stroke = []
        self._dragging = None
        self._press = None
        self.update()


def _distance(a: QPointF, b: QPointF) -> float:
    return math.hypot(a.x() - b.x(), a.y() - b.y())


def _big_enough(points: tuple[Point, ...]) -> bool:
    """An outline worth keeping: three points at least, and not a slip of the mouse."""
    if len(points) < 3:
        return False
    xs = [p.x for p in points]
    ys = [p.y for p in points]
    return max(xs) - min(xs) >= 0.02 and max(ys) - min(ys) >= 0.02
