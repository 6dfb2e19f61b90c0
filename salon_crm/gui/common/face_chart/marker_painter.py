"""How markers look: a blue disc for an injection point, an orange diamond for a problem
zone, a green shape for a treated area, each with its number; also the tools' icons.

One painter serves the chart, the legend and the tool buttons, so a marker looks the same
everywhere it is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)

from salon_crm.domain.health.face_chart import (
    InjectionPoint,
    Marker,
    Point,
    ProblemZone,
    TreatedArea,
)

INJECTION_COLOUR = QColor("#1c5fc7")
ZONE_COLOUR = QColor("#d9480f")
AREA_COLOUR = QColor("#2b8a3e")
SELECTION_COLOUR = QColor("#f59f00")
MarkerKind = type[InjectionPoint] | type[ProblemZone] | type[TreatedArea]
Place = Callable[[Point], QPointF]


def marker_radius(art_width: float) -> float:
    """Half a marker's size: it grows with the drawing, never so small that its number
    cannot be read."""
    return max(8.0, art_width * 0.026)


def _number_font(radius: float) -> QFont:
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(9, round(radius * 1.15)))
    return font


def _diamond(centre: QPointF, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(centre.x(), centre.y() - radius * 1.25)
    path.lineTo(centre.x() + radius * 1.25, centre.y())
    path.lineTo(centre.x(), centre.y() + radius * 1.25)
    path.lineTo(centre.x() - radius * 1.25, centre.y())
    path.closeSubpath()
    return path


def badge_path(marker: Marker, centre: QPointF, radius: float) -> QPainterPath:
    """The outline of a marker's numbered badge: what a click on it hits."""
    path = QPainterPath()
    match marker:
        case InjectionPoint():
            path.addEllipse(centre, radius, radius)
        case ProblemZone():
            path = _diamond(centre, radius)
        case TreatedArea():
            path.addRoundedRect(
                QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                radius * 0.35,
                radius * 0.35,
            )
    return path


def area_path(area: TreatedArea, place: Place) -> QPainterPath:
    path = QPainterPath()
    first, *rest = (place(p) for p in area.outline)
    path.moveTo(first)
    for point in rest:
        path.lineTo(point)
    path.closeSubpath()
    return path


def _colour(marker: Marker | MarkerKind) -> QColor:
    kind = marker if isinstance(marker, type) else type(marker)
    return {InjectionPoint: INJECTION_COLOUR, ProblemZone: ZONE_COLOUR}.get(kind, AREA_COLOUR)


def _paint_badge(
    painter: QPainter, marker: Marker, centre: QPointF, radius: float, number: int | None
) -> None:
    colour = _colour(marker)
    badge = badge_path(marker, centre, radius)
    if isinstance(marker, InjectionPoint):
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(colour)
        text_colour = QColor("white")
    else:
        painter.setPen(QPen(colour, 2))
        painter.setBrush(QColor("white"))
        text_colour = colour
    painter.drawPath(badge)
    if number is not None:
        painter.setPen(text_colour)
        painter.setFont(_number_font(radius))
        box = QRectF(centre.x() - 2 * radius, centre.y() - radius, 4 * radius, 2 * radius)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(number))


def paint_marker(
    painter: QPainter,
    marker: Marker,
    number: int,
    place: Place,
    radius: float,
    *,
    selected: bool = False,
    draft: bool = False,
) -> None:
    """Draws `marker` where `place` puts its points; a draft (not added yet) is dashed."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    centre = place(marker.anchor)
    if isinstance(marker, TreatedArea):
        outline = area_path(marker, place)
        if selected:
            painter.strokePath(outline, QPen(SELECTION_COLOUR, 6))
        fill = QColor(AREA_COLOUR)
        fill.setAlpha(55)
        style = Qt.PenStyle.DashLine if draft else Qt.PenStyle.SolidLine
        painter.setPen(QPen(AREA_COLOUR, 2, style))
        painter.setBrush(fill)
        painter.drawPath(outline)
    if selected:
        painter.strokePath(badge_path(marker, centre, radius + 2), QPen(SELECTION_COLOUR, 4))
    _paint_badge(painter, marker, centre, radius, None if draft else number)
    painter.restore()


def paint_stroke(painter: QPainter, points: list[QPointF]) -> None:
    """The outline being drawn by hand, before the mouse is let go."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(AREA_COLOUR, 2, Qt.PenStyle.DashLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(points)
    painter.restore()


def _pixmap(size: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


def marker_icon(marker: Marker, number: int | None, *, size: int = 22, ratio: float = 1.0) -> QIcon:
    """The marker's badge alone: the legend's icon (numbered) or a tool's (not)."""
    pixmap = _pixmap(size, ratio)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if isinstance(marker, TreatedArea):
        fill = QColor(AREA_COLOUR)
        fill.setAlpha(55)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), 4, 4)
    _paint_badge(painter, marker, QPointF(size / 2, size / 2), size * 0.4, number)
    painter.end()
    return QIcon(pixmap)


def select_icon(colour: QColor, *, size: int = 22, ratio: float = 1.0) -> QIcon:
    """A mouse pointer, for the tool that selects and moves markers."""
    pixmap = _pixmap(size, ratio)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    s = size / 22
    path.moveTo(6 * s, 3 * s)
    for x, y in ((6, 18), (10, 14.5), (13, 20), (15.5, 19), (12.5, 13.5), (17.5, 13.5)):
        path.lineTo(x * s, y * s)
    path.closeSubpath()
    painter.setPen(QPen(colour, 1.5))
    painter.setBrush(QColor("white"))
    painter.drawPath(path)
    painter.end()
    return QIcon(pixmap)


def undo_icon(
    palette: QPalette, *, redo: bool = False, size: int = 22, ratio: float = 1.0
) -> QIcon:
    """A curved arrow turning back (undo) or, mirrored, forward (redo), greyed when
    there is nothing to undo (Qt's own greying hardly shows on a dark drawing)."""
    icon = QIcon()
    for mode, group in (
        (QIcon.Mode.Normal, QPalette.ColorGroup.Active),
        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled),
    ):
        colour = palette.color(group, QPalette.ColorRole.ButtonText)
        icon.addPixmap(_arrow(colour, redo=redo, size=size, ratio=ratio), mode)
    return icon


def _arrow(colour: QColor, *, redo: bool, size: int, ratio: float) -> QPixmap:
    pixmap = _pixmap(size, ratio)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 22
    if redo:
        painter.translate(size, 0)
        painter.scale(-1, 1)
    shaft = QPainterPath()
    shaft.moveTo(7 * s, 8 * s)
    shaft.lineTo(13 * s, 8 * s)
    shaft.cubicTo(20 * s, 8 * s, 20 * s, 18 * s, 13 * s, 18 * s)
    shaft.lineTo(8 * s, 18 * s)
    pen = QPen(colour, 2 * s)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.strokePath(shaft, pen)
    head = QPainterPath()
    head.moveTo(2 * s, 8 * s)
    head.lineTo(8 * s, 3.5 * s)
    head.lineTo(8 * s, 12.5 * s)
    head.closeSubpath()
    painter.fillPath(head, colour)
    painter.end()
    return pixmap
