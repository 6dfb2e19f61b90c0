"""A signature place in a PDF: room for the signature above a line, the signer's name
under it, and the strokes signed on screen drawn there as vector paths (sharp at any zoom
and in print, unlike a picture of them)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from salon_crm.domain.documents.document_blocks import Stroke
from salon_crm.pdf.document_styles import document_styles, plain

# The box the pad's 0..1 square is stretched onto: a pad of the same proportions keeps a
# signature's shape.
SIGNATURE_WIDTH = 66 * mm
SIGNATURE_HEIGHT = 22 * mm
SIGNATURE_ASPECT = SIGNATURE_WIDTH / SIGNATURE_HEIGHT
INK = colors.HexColor("#1b2a6b")
_NAME_GAP = 1.5 * mm
_PEN = 1.1

Point = tuple[float, float]


class SignatureBox(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    def __init__(self, name: str, strokes: Sequence[Stroke]) -> None:
        super().__init__()
        self.strokes = tuple(strokes)
        self.name = Paragraph(plain(name), document_styles().signer_name)
        self.width = SIGNATURE_WIDTH
        _, self.name_height = self.name.wrap(SIGNATURE_WIDTH, 1000)
        self.height = SIGNATURE_HEIGHT + _NAME_GAP + self.name_height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        line_y = self.name_height + _NAME_GAP
        self.name.drawOn(canvas, 0, 0)
        canvas.saveState()
        canvas.setLineWidth(0.6)
        canvas.line(0, line_y, self.width, line_y)
        canvas.setStrokeColor(INK)
        canvas.setFillColor(INK)
        canvas.setLineWidth(_PEN)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        for stroke in self.strokes:
            # y runs down on the pad and up on the page.
            points = [
                (x * self.width, line_y + (1 - y) * SIGNATURE_HEIGHT) for x, y in stroke.points
            ]
            _draw_stroke(canvas, points)
        canvas.restoreState()


def _draw_stroke(canvas: Canvas, points: list[Point]) -> None:
    """A smooth path through the pen's samples: quadratic curves between the midpoints of
    successive samples (each sample is a control point), written as cubic Béziers."""
    if not points:
        return
    if len(points) == 1:
        x, y = points[0]
        canvas.circle(x, y, _PEN / 2, stroke=0, fill=1)
        return
    path = canvas.beginPath()
    path.moveTo(*points[0])
    start = points[0]
    for control, following in pairwise(points[1:]):
        end = _middle(control, following)
        path.curveTo(*_cubic(start, control, end))
        start = end
    path.lineTo(*points[-1])
    canvas.drawPath(path, stroke=1, fill=0)


def _middle(a: Point, b: Point) -> Point:
    return (a[0] + b[0]) / 2, (a[1] + b[1]) / 2


def _cubic(start: Point, control: Point, end: Point) -> tuple[float, ...]:
    """The cubic Bézier's two control points and end point for a quadratic one."""
    return (
        start[0] + 2 / 3 * (control[0] - start[0]),
        start[1] + 2 / 3 * (control[1] - start[1]),
        end[0] + 2 / 3 * (control[0] - end[0]),
        end[1] + 2 / 3 * (control[1] - end[1]),
        *end,
    )
