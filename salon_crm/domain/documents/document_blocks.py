"""A filled document as the PDF renderer draws it: blocks of runs of plain text.

Values are plain text here (never markup), so the renderer escapes every run before it
reaches reportlab's Paragraph markup; a run marked `blank` is a line to fill in by hand
(a value the client's record lacks, printed blank on request).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


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
    """Rows of cells; the first row is a header when `header` is set."""

    rows: tuple[tuple[Runs, ...], ...]
    header: bool = False


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


Block = Heading | Paragraph | Clause | Table | SignaturePlace | PageBreak


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
