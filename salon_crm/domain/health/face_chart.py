"""The face chart's data: markers placed on a face drawing (front, left or right view).

Positions are in the drawing's normalised coordinates, 0..1 of its width and height from
the top left corner, so the art can be drawn at any size (a widget, a PDF) and the markers
stay where they were put. A chart is a value: every change makes a new one, which is what
undo, "unsaved changes" and storage as one JSON column need.

The JSON form is compact and stable (`{"v":1,"markers":[...]}`, keys in a fixed order,
defaults left out, coordinates to four decimals); anything else is refused with a
ValueError that says what is wrong, never half read.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, TypeVar

FORMAT_VERSION = 1
# Four decimals are a tenth of a millimetre on an A4 page: finer would only bloat the JSON.
_DECIMALS = 4
MIN_OUTLINE_POINTS = 3

_E = TypeVar("_E", bound=StrEnum)


class View(StrEnum):
    FRONT = "front"
    LEFT = "left"  # the client's left side: the nose points to the viewer's left
    RIGHT = "right"


class Depth(StrEnum):
    """Where the needle delivers the product."""

    INTRADERMAL = "intradermal"
    SUBCUTANEOUS = "subcutaneous"
    SUPRAPERIOSTEAL = "supraperiosteal"
    INTRAMUSCULAR = "intramuscular"


def _coordinate(value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"a coordinate is a number, not {value!r}")
    if not math.isfinite(value) or not 0.0 <= value <= 1.0:
        raise ValueError(f"coordinate {value!r} is outside 0..1")
    return round(float(value), _DECIMALS)


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))


@dataclass(frozen=True, slots=True)
class Point:
    """A place on the drawing: x and y are 0..1 of its width and height, rounded to 4
    decimals (so a chart read back from JSON equals the one written)."""

    x: float
    y: float

    def __post_init__(self) -> None:
        object.__setattr__(self, "x", _coordinate(self.x))
        object.__setattr__(self, "y", _coordinate(self.y))

    @classmethod
    def clamped(cls, x: float, y: float) -> Point:
        """The nearest point of the drawing: for a mouse that strays past its edge."""
        return cls(_clamp(x), _clamp(y))

    def moved(self, dx: float, dy: float) -> Point:
        return Point.clamped(self.x + dx, self.y + dy)


@dataclass(frozen=True, slots=True)
class InjectionPoint:
    """Where a product was injected; product and dose are free text ("0.1 ml", "4 U")."""

    view: View
    position: Point
    product: str = ""
    dose: str = ""
    depth: Depth | None = None

    @property
    def anchor(self) -> Point:
        return self.position

    def moved(self, dx: float, dy: float) -> InjectionPoint:
        return replace(self, position=self.position.moved(dx, dy))


@dataclass(frozen=True, slots=True)
class ProblemZone:
    """A spot the specialist noted: a scar, a pigment spot, a wrinkle to watch."""

    view: View
    position: Point
    note: str = ""

    @property
    def anchor(self) -> Point:
        return self.position

    def moved(self, dx: float, dy: float) -> ProblemZone:
        return replace(self, position=self.position.moved(dx, dy))


@dataclass(frozen=True, slots=True)
class TreatedArea:
    """A treated area drawn by hand: a closed shape through `outline` (the last point
    joins the first)."""

    view: View
    outline: tuple[Point, ...]
    note: str = ""

    def __post_init__(self) -> None:
        if len(self.outline) < MIN_OUTLINE_POINTS:
            raise ValueError(f"a treated area needs at least {MIN_OUTLINE_POINTS} points")

    @property
    def anchor(self) -> Point:
        """The middle of the outline's bounds, where its number is drawn."""
        xs = [p.x for p in self.outline]
        ys = [p.y for p in self.outline]
        return Point((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)

    def moved(self, dx: float, dy: float) -> TreatedArea:
        """Moved as a whole, stopping at the drawing's edge rather than squashing the shape."""
        xs = [p.x for p in self.outline]
        ys = [p.y for p in self.outline]
        dx = min(max(dx, -min(xs)), 1.0 - max(xs))
        dy = min(max(dy, -min(ys)), 1.0 - max(ys))
        return replace(self, outline=tuple(p.moved(dx, dy) for p in self.outline))


Marker = InjectionPoint | ProblemZone | TreatedArea


@dataclass(frozen=True, slots=True)
class FaceChart:
    """The markers of one procedure or assessment, in the order they were placed; a
    marker's number is its place in that order, counted from 1 over all views."""

    markers: tuple[Marker, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.markers

    def on_view(self, view: View) -> list[tuple[int, Marker]]:
        """The markers of one view with their indices in `markers`."""
        return [(i, m) for i, m in enumerate(self.markers) if m.view == view]

    def added(self, marker: Marker) -> FaceChart:
        return FaceChart((*self.markers, marker))

    def removed(self, index: int) -> FaceChart:
        self._check(index)
        return FaceChart(self.markers[:index] + self.markers[index + 1 :])

    def replaced(self, index: int, marker: Marker) -> FaceChart:
        self._check(index)
        return FaceChart((*self.markers[:index], marker, *self.markers[index + 1 :]))

    def _check(self, index: int) -> None:
        if not 0 <= index < len(self.markers):
            raise IndexError(f"the chart has no marker {index}")

    def to_json(self) -> str:
        document = {"v": FORMAT_VERSION, "markers": [_marker_json(m) for m in self.markers]}
        return json.dumps(document, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> FaceChart:
        try:
            document = json.loads(text)
        except (TypeError, json.JSONDecodeError) as error:
            raise ValueError(f"a face chart is not JSON: {error}") from None
        if not isinstance(document, dict):
            raise ValueError("a face chart is a JSON object")
        if document.get("v") != FORMAT_VERSION:
            raise ValueError(f"unknown face chart version {document.get('v')!r}")
        items = document.get("markers")
        if not isinstance(items, list):
            raise ValueError("a face chart has a list of markers")
        markers = []
        for number, item in enumerate(items, start=1):
            try:
                markers.append(_marker_from_json(item))
            except ValueError as error:
                raise ValueError(f"face chart marker {number}: {error}") from None
        return cls(tuple(markers))


# --- JSON ---------------------------------------------------------------------------------

_INJECTION, _ZONE, _AREA = "injection", "zone", "area"


def _point_json(point: Point) -> list[float]:
    return [point.x, point.y]


def _texts(**fields: str | None) -> dict[str, str]:
    """The fields that say something: defaults stay out of the JSON."""
    return {key: value for key, value in fields.items() if value}


def _marker_json(marker: Marker) -> dict[str, Any]:
    head: dict[str, Any] = {"kind": "", "view": marker.view.value}
    match marker:
        case InjectionPoint():
            head["kind"] = _INJECTION
            head["at"] = _point_json(marker.position)
            depth = marker.depth.value if marker.depth else None
            return head | _texts(product=marker.product, dose=marker.dose, depth=depth)
        case ProblemZone():
            head["kind"] = _ZONE
            head["at"] = _point_json(marker.position)
            return head | _texts(note=marker.note)
        case TreatedArea():
            head["kind"] = _AREA
            head["outline"] = [_point_json(p) for p in marker.outline]
            return head | _texts(note=marker.note)


def _enum(kind: type[_E], value: object, what: str) -> _E:
    values = {member.value: member for member in kind}
    if isinstance(value, str) and value in values:
        return values[value]
    raise ValueError(f"unknown {what} {value!r}")


def _point_from_json(value: object) -> Point:
    if not isinstance(value, list) or len(value) != 2:
        raise ValueError(f"a position is [x, y], not {value!r}")
    return Point(value[0], value[1])


def _text(item: Mapping[str, object], key: str) -> str:
    value = item.get(key, "")
    if not isinstance(value, str):
        raise ValueError(f"{key} is text, not {value!r}")
    return value


def _outline_from_json(value: object) -> tuple[Point, ...]:
    if not isinstance(value, list):
        raise ValueError("an outline is a list of positions")
    return tuple(_point_from_json(p) for p in value)


def _marker_from_json(item: object) -> Marker:
    if not isinstance(item, dict):
        raise ValueError("a marker is a JSON object")
    view = _enum(View, item.get("view"), "view")
    kind = item.get("kind")
    if kind == _INJECTION:
        depth = item.get("depth")
        return InjectionPoint(
            view,
            _point_from_json(item.get("at")),
            product=_text(item, "product"),
            dose=_text(item, "dose"),
            depth=None if depth is None else _enum(Depth, depth, "depth"),
        )
    if kind == _ZONE:
        return ProblemZone(view, _point_from_json(item.get("at")), note=_text(item, "note"))
    if kind == _AREA:
        outline = _outline_from_json(item.get("outline"))
        return TreatedArea(view, outline, note=_text(item, "note"))
    raise ValueError(f"unknown marker kind {kind!r}")


def outline_of(points: Sequence[tuple[float, float]]) -> tuple[Point, ...]:
    """An outline from raw (x, y) pairs, each clamped into the drawing."""
    return tuple(Point.clamped(x, y) for x, y in points)
