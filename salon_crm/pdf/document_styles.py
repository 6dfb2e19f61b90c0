"""The type of a filled document: paragraph styles in DejaVu Sans and runs of plain text
turned into reportlab's Paragraph markup (escaped, so a value such as `<Anna & "Co">`
prints as typed instead of breaking the markup)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from salon_crm.domain.documents.document_blocks import Run, Runs
from salon_crm.pdf import fonts

# A line to fill in by hand: long enough for a passport number or a date.
BLANK_WIDTH = 40 * mm
MUTED = colors.HexColor("#555555")
ALERT = colors.HexColor("#c92a2a")


@dataclass(frozen=True)
class DocumentStyles:
    body: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    title: ParagraphStyle
    number: ParagraphStyle
    cell: ParagraphStyle
    header_cell: ParagraphStyle
    signer_name: ParagraphStyle
    salon_name: ParagraphStyle
    requisites: ParagraphStyle
    label: ParagraphStyle
    legend: ParagraphStyle
    alert_title: ParagraphStyle


@cache
def document_styles() -> DocumentStyles:
    family = fonts.register_fonts()
    # Ragged right: justified lines without hyphenation open wide gaps around the long
    # words of Ukrainian and Russian legal text.
    body = ParagraphStyle(
        "body", fontName=family, fontSize=10, leading=13.5, alignment=TA_LEFT, spaceAfter=4
    )
    cell = ParagraphStyle("cell", body, fontSize=9, leading=11.5, alignment=TA_LEFT, spaceAfter=0)
    return DocumentStyles(
        body=body,
        heading1=ParagraphStyle(
            "heading1",
            body,
            fontName=fonts.BOLD,
            fontSize=12,
            leading=15,
            alignment=TA_LEFT,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=True,
        ),
        heading2=ParagraphStyle(
            "heading2",
            body,
            fontName=fonts.BOLD,
            fontSize=10.5,
            leading=13.5,
            alignment=TA_LEFT,
            spaceBefore=7,
            spaceAfter=3,
            keepWithNext=True,
        ),
        title=ParagraphStyle(
            "title",
            body,
            fontName=fonts.BOLD,
            fontSize=14,
            leading=18,
            alignment=TA_CENTER,
            spaceAfter=2,
        ),
        number=ParagraphStyle("number", body, alignment=TA_CENTER, textColor=MUTED, spaceAfter=10),
        cell=cell,
        header_cell=ParagraphStyle("header_cell", cell, fontName=fonts.BOLD),
        signer_name=ParagraphStyle(
            "signer_name", cell, alignment=TA_CENTER, fontSize=8.5, leading=10.5
        ),
        salon_name=ParagraphStyle(
            "salon_name", body, fontName=fonts.BOLD, fontSize=12, leading=15, alignment=TA_LEFT
        ),
        requisites=ParagraphStyle(
            "requisites",
            body,
            fontSize=7.5,
            leading=9.5,
            alignment=TA_LEFT,
            spaceAfter=0,
            textColor=MUTED,
        ),
        label=ParagraphStyle("label", cell, textColor=MUTED),
        legend=ParagraphStyle("legend", cell, spaceAfter=6),
        alert_title=ParagraphStyle(
            "alert_title",
            body,
            fontName=fonts.BOLD,
            fontSize=11,
            leading=14,
            textColor=ALERT,
            spaceAfter=2,
        ),
    )


def face(run: Run, bold: bool = False) -> str:
    """The font a run is drawn in (all in bold where the style is bold), for measuring it."""
    bold = bold or run.bold
    if bold and run.italic:
        return fonts.BOLD_ITALIC
    if bold:
        return fonts.BOLD
    if run.italic:
        return fonts.ITALIC
    return fonts.FAMILY


def plain(text: str) -> str:
    """Plain text as Paragraph markup: escaped, its line breaks kept."""
    return escape(text).replace("\n", "<br/>")


def blank_line(width: float, font_size: float) -> str:
    """Underscores as wide as `width`: a line to write on that `pdftotext` reads too."""
    underscore: float = stringWidth("_", fonts.FAMILY, font_size)
    count = max(3, round(width / underscore))
    return "_" * count


def runs_markup(runs: Runs, style: ParagraphStyle, blank_width: float = BLANK_WIDTH) -> str:
    parts = []
    for run in runs:
        text = blank_line(blank_width, style.fontSize) if run.blank else plain(run.text)
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        parts.append(text)
    return "".join(parts)


def runs_width(
    runs: Runs, font_size: float, *, bold: bool = False, blank_width: float = BLANK_WIDTH
) -> float:
    """How wide the runs are on one line (the longest line when they hold line breaks)."""
    widest = 0.0
    line = 0.0
    for run in runs:
        if run.blank:
            line += blank_width
            continue
        first, *rest = run.text.split("\n")
        line += stringWidth(first, face(run, bold), font_size)
        for text in rest:
            widest = max(widest, line)
            line = stringWidth(text, face(run, bold), font_size)
    return max(widest, line)
