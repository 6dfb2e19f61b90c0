"""A filled document as the PDF renderer draws it: blocks of runs of plain text.

Values are plain text here (never markup), so the renderer escapes every run before it
reaches reportlab's Paragraph markup; a run marked `blank` is a line to fill in by hand
(a value the client's record lacks, printed blank on request).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from salon_crm.domain.health.face_chart import FaceChart, View


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    # A line to fill in by hand in place of a missing value; `text` is then empty.
    blank: bool = False


Runs = tuple[Run, ...]


@dataclass(frozen=True)
class Heading:
    level: int  # 1 or 2
    runs: Runs


@dataclass(frozen=True)
class Paragraph:
    runs: Runs


@dataclass(frozen=True)
class Clause:
    """A numbered clause: "3.2" and its text, set with a hanging indent."""

    number: str
    runs: Runs


@dataclass(frozen=True)
class Table:
    """Rows of cells; the first row is a header when `header` is set. `shares` sets the
    columns' widths as shares of the page's width (a record's table, whose columns would
    otherwise follow whatever text its rows hold); without, they follow their text."""

    rows: tuple[tuple[Runs, ...], ...]
    header: bool = False
    shares: tuple[float, ...] = ()


class Signer(StrEnum):
    CLIENT = "client"
    EMPLOYEE = "employee"


@dataclass(frozen=True)
class SignaturePlace:
    """Where a signer signs: a line with their name under it (and their strokes, when
    signed on screen)."""

    signer: Signer
    name: str = ""


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Fields:
    """Labelled values, a label and its value a line ("Birth date   12.03.1990"): a
    questionnaire's section, a record's header. No grid; a long value wraps beside its
    label."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Alert:
    """A framed, tinted box under a bold title that nobody reading the page can miss: a
    client's allergies and contraindications. Each of `lines` is a line of the box."""

    title: str
    lines: tuple[Runs, ...]


@dataclass(frozen=True)
class ChartFigure:
    """A face chart drawn as vectors: each of `views` (a view and its caption) with the
    chart's markers of that view, numbered by their place in the chart, side by side;
    `legend` says what each number is, a line each."""

    chart: FaceChart
    views: tuple[tuple[View, str], ...]
    legend: tuple[str, ...] = ()


Block = (
    Heading | Paragraph | Clause | Table | SignaturePlace | PageBreak | Fields | Alert | ChartFigure
)


@dataclass(frozen=True)
class Stroke:
    """One pen stroke of a signature: points in the pad's coordinates, 0..1 on both axes
    (x right, y down), so the renderer scales it to the place it draws it in."""

    points: tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class Letterhead:
    """The salon's header on every page: its name, lines of requisites, its logo."""

    salon_name: str
    lines: tuple[str, ...] = ()
    logo_png: bytes | None = field(default=None, repr=False)


@dataclass(frozen=True)
class FilledDocument:
    """Everything the renderer needs. `page_label` formats page numbers with {page} and
    {pages} ("Page {page} of {pages}", translated by the caller)."""

    title: str
    blocks: tuple[Block, ...]
    letterhead: Letterhead
    number: str = ""
    page_label: str = "{page} / {pages}"
    signatures: dict[Signer, tuple[Stroke, ...]] = field(default_factory=dict)
