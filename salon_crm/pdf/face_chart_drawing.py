"""The face chart on paper: the art of resources/face_chart/*.svg drawn as PDF paths (no
image, so it prints sharp at any size) with the markers at their stored positions, looking
as they do on screen: a blue numbered disc for an injection point, an orange diamond for
a problem zone, a green outline with a numbered square for a treated area.

The art uses only absolute M, L, C, Q and Z path commands and circles, which is all the
small reader here understands; it raises on anything else, so new art cannot silently
print incomplete.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

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
from salon_crm.pdf import fonts

# The art's frame: its viewBox is 0 0 300 400, and marker positions are shares of it.
ART_WIDTH, ART_HEIGHT = 300.0, 400.0
VIEW_WIDTH = 52 * mm
_GAP = 6 * mm
_CAPTION = 12.0
_CAPTION_SIZE = 8.0
_FRAME = colors.HexColor("#d0d0d0")
INJECTION_COLOUR = colors.HexColor("#1c5fc7")
ZONE_COLOUR = colors.HexColor("#d9480f")
AREA_COLOUR = colors.HexColor("#2b8a3e")
_SVG = "{http://www.w3.org/2000/svg}"
_TOKEN = re.compile(r"[A-Za-z]|-?\d*\.?\d+(?:[eE][-+]?\d+)?")
_ARGUMENTS = {"M": 2, "L": 2, "C": 6, "Q": 4, "Z": 0}

Segment = tuple[str, tuple[float, ...]]


@dataclass(frozen=True)
class ArtStroke:
    """One path or circle of the art in its own coordinates (y down), with its pen."""

    colour: str
    width: float
    segments: tuple[Segment, ...] = ()
    circle: tuple[float, float, float] | None = None


def path_segments(d: str) -> tuple[Segment, ...]:
    """An SVG path's commands with their numbers; a repeated command may be left out."""
    tokens = _TOKEN.findall(d)
    segments: list[Segment] = []
    command = ""
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.isalpha():
            if token not in _ARGUMENTS:
                raise ValueError(f"face chart art: unsupported path command {token!r}")
            command = token
            index += 1
            if command == "Z":
                segments.append(("Z", ()))
                continue
        elif not command or command == "Z":
            raise ValueError(f"face chart art: a number without a command in {d!r}")
        count = _ARGUMENTS[command]
        numbers = tuple(float(value) for value in tokens[index : index + count])
        if len(numbers) != count or any(value.isalpha() for value in tokens[index : index + count]):
            raise ValueError(f"face chart art: {command} needs {count} numbers in {d!r}")
        segments.append((command, numbers))
        index += count
        if command == "M":
            command = "L"  # numbers after a move are lines, as SVG has it
    return tuple(segments)


@cache
def view_art(view: View) -> tuple[ArtStroke, ...]:
    """The strokes of one view's drawing, read once."""
    root = ET.parse(paths.resources_dir() / "face_chart" / f"{view.value}.svg").getroot()
    strokes: list[ArtStroke] = []
    for group in root.iter(f"{_SVG}g"):
        colour = group.get("stroke", "#9a9a9a")
        width = float(group.get("stroke-width", "1"))
        for element in group:
            if element.tag == f"{_SVG}path":
                strokes.append(ArtStroke(colour, width, path_segments(element.get("d", ""))))
            elif element.tag == f"{_SVG}circle":
                circle = tuple(float(element.get(name, "0")) for name in ("cx", "cy", "r"))
                strokes.append(ArtStroke(colour, width, circle=(circle[0], circle[1], circle[2])))
    return tuple(strokes)


class FaceChartDrawing(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """The chart's views side by side, each captioned, within `width`."""

    def __init__(self, chart: FaceChart, views: Sequence[tuple[View, str]], width: float) -> None:
        super().__init__()
        self.chart = chart
        self.views = tuple(views)
        fitting = (width - _GAP * (len(self.views) - 1)) / max(1, len(self.views))
        self.view_width = min(VIEW_WIDTH, fitting)
        self.view_height = self.view_width * ART_HEIGHT / ART_WIDTH
        self.width = width
        self.height = self.view_height + _CAPTION

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        for index, (view, caption) in enumerate(self.views):
            left = index * (self.view_width + _GAP)
            canvas.saveState()
            canvas.translate(left, _CAPTION)
            self._draw_view(canvas, view)
            canvas.restoreState()
            canvas.saveState()
            canvas.setFont(fonts.FAMILY, _CAPTION_SIZE)
            canvas.drawCentredString(left + self.view_width / 2, 2, caption)
            canvas.restoreState()

    def _draw_view(self, canvas: Canvas, view: View) -> None:
        width, height = self.view_width, self.view_height
        canvas.setStrokeColor(_FRAME)
        canvas.setLineWidth(0.5)
        canvas.rect(0, 0, width, height)
        scale = width / ART_WIDTH
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        for stroke in view_art(view):
            canvas.setStrokeColor(colors.HexColor(stroke.colour))
            canvas.setLineWidth(stroke.width * scale)
            if stroke.circle is not None:
                x, y, radius = stroke.circle
                canvas.circle(x * scale, height - y * scale, radius * scale, stroke=1, fill=0)
                continue
            path = canvas.beginPath()
            for command, points in _in_points(stroke.segments, scale, height):
                if command == "M":
                    path.moveTo(*points[0])
                elif command == "L":
                    path.lineTo(*points[0])
                elif command == "C":
                    path.curveTo(*points[0], *points[1], *points[2])
                else:
                    path.close()
            canvas.drawPath(path, stroke=1, fill=0)
        place = _Placer(width, height)
        # Areas under zones under injections, as on screen; numbers count over all views.
        on_view = self.chart.on_view(view)
        for kind in (TreatedArea, ProblemZone, InjectionPoint):
            for index, marker in on_view:
                if isinstance(marker, kind):
                    _draw_marker(canvas, marker, index + 1, place, width)


XY = tuple[float, float]


def _in_points(
    segments: Sequence[Segment], scale: float, height: float
) -> Iterator[tuple[str, tuple[XY, ...]]]:
    """The segments in PDF points (y up); a quadratic curve becomes the cubic it is."""
    current = (0.0, 0.0)
    for command, numbers in segments:
        points = tuple(
            (numbers[i] * scale, height - numbers[i + 1] * scale) for i in range(0, len(numbers), 2)
        )
        if command == "Q":
            control, end = points
            points = (_towards(current, control), _towards(end, control), end)
            command = "C"
        if points:
            current = points[-1]
        yield command, points


def _towards(start: XY, control: XY) -> XY:
    """A cubic's control point two thirds of the way from an end to a quadratic's."""
    return (
        start[0] + 2 / 3 * (control[0] - start[0]),
        start[1] + 2 / 3 * (control[1] - start[1]),
    )


class _Placer:
    """A stored position (shares of the drawing from its top left) in PDF points."""

    def __init__(self, width: float, height: float) -> None:
        self.width = width
        self.height = height

    def __call__(self, point: Point) -> tuple[float, float]:
        return point.x * self.width, self.height * (1 - point.y)


def marker_radius(width: float) -> float:
    """Half a marker's size, large enough for its number to be read on paper."""
    return max(4.2, width * 0.032)


def _draw_marker(canvas: Canvas, marker: Marker, number: int, place: _Placer, width: float) -> None:
    radius = marker_radius(width)
    canvas.saveState()
    canvas.setStrokeColor(colors.white)
    canvas.setLineWidth(0.6)
    x, y = place(marker.anchor)
    match marker:
        case InjectionPoint():
            canvas.setFillColor(INJECTION_COLOUR)
            canvas.circle(x, y, radius, stroke=1, fill=1)
        case ProblemZone():
            canvas.setFillColor(ZONE_COLOUR)
            diamond = canvas.beginPath()
            reach = radius * 1.25
            diamond.moveTo(x, y + reach)
            diamond.lineTo(x + reach, y)
            diamond.lineTo(x, y - reach)
            diamond.lineTo(x - reach, y)
            diamond.close()
            canvas.drawPath(diamond, stroke=1, fill=1)
        case TreatedArea():
            outline = canvas.beginPath()
            first, *rest = (place(point) for point in marker.outline)
            outline.moveTo(*first)
            for point in rest:
                outline.lineTo(*point)
            outline.close()
            canvas.setStrokeColor(AREA_COLOUR)
            canvas.setFillColor(AREA_COLOUR)
            canvas.setFillAlpha(0.18)
            canvas.setLineWidth(1)
            canvas.drawPath(outline, stroke=1, fill=1)
            canvas.setFillAlpha(1)
            canvas.setStrokeColor(colors.white)
            canvas.setLineWidth(0.6)
            canvas.roundRect(
                x - radius, y - radius, 2 * radius, 2 * radius, radius * 0.35, stroke=1, fill=1
            )
    canvas.setFillColor(colors.white)
    size = radius * 1.2
    canvas.setFont(fonts.BOLD, size)
    canvas.drawCentredString(x, y - size * 0.36, str(number))
    canvas.restoreState()
