"""A filled document as a PDF: A4, the salon's letterhead and the page numbers on every
page, the title and number on the first, then the blocks in order. Platypus flows them
across pages: paragraphs break between lines, tables between rows (the header row repeats)."""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from functools import partial
from itertools import groupby

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import PageBreak as PdfPageBreak
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable

from salon_crm.domain.documents.document_blocks import (
    Alert,
    Block,
    ChartFigure,
    Clause,
    Fields,
    FilledDocument,
    Heading,
    PageBreak,
    Paragraph,
    Runs,
    SignaturePlace,
    Signer,
    Table,
)
from salon_crm.pdf import fonts
from salon_crm.pdf.document_styles import (
    ALERT,
    BLANK_WIDTH,
    document_styles,
    plain,
    runs_markup,
    runs_width,
)
from salon_crm.pdf.face_chart_drawing import FaceChartDrawing
from salon_crm.pdf.page_furniture import LetterheadDrawer, NumberedCanvas
from salon_crm.pdf.signature_box import SignatureBox

MARGIN = 20 * mm
_TOP = 12 * mm
_BOTTOM = 18 * mm
_AFTER_LETTERHEAD = 6 * mm
_CELL_PADDING = 4
_GRID = colors.HexColor("#8a8a8a")
_HEADER_FILL = colors.HexColor("#ececec")
_MIN_NUMBER_COLUMN = 8 * mm
_SIGNATURES_ABOVE = 8 * mm

_ALERT_FILL = colors.HexColor("#fff1f1")
# A label column of Fields is as wide as its longest label, up to this share of the frame.
_LABEL_SHARE = 0.38
_ROOM_UNDER_HEADING = 40 * mm


def render_document(doc: FilledDocument) -> bytes:
    """The PDF of `doc`. Pure: reads nothing but the fonts and writes nothing."""
    fonts.register_fonts()
    width, height = A4
    text_width = width - 2 * MARGIN
    letterhead = LetterheadDrawer(doc.letterhead, text_width)
    top_margin = _TOP + letterhead.height + _AFTER_LETTERHEAD
    out = io.BytesIO()
    template = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=top_margin,
        bottomMargin=_BOTTOM,
        title=doc.title,
        author=doc.letterhead.salon_name,
        initialFontName=fonts.FAMILY,
    )
    frame = Frame(
        MARGIN,
        _BOTTOM,
        text_width,
        height - top_margin - _BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def draw_letterhead(canvas: Canvas, _template: BaseDocTemplate) -> None:
        letterhead.draw(canvas, MARGIN, height - _TOP)

    template.addPageTemplates([PageTemplate("page", [frame], onPage=draw_letterhead)])
    story = list(_title(doc)) + list(_Story(doc, text_width).flowables())
    template.build(story, canvasmaker=partial(NumberedCanvas, page_label=doc.page_label))
    return out.getvalue()


def _title(doc: FilledDocument) -> Iterator[Flowable]:
    """The title and number over the text, unless the text opens with a heading of its
    own (a template that names itself: "Contract No. {{document.number}}")."""
    if doc.blocks and isinstance(doc.blocks[0], Heading):
        return
    styles = document_styles()
    yield PdfParagraph(plain(doc.title), styles.title)
    if doc.number:
        yield PdfParagraph(plain(doc.number), styles.number)
    else:
        yield Spacer(0, styles.number.spaceAfter)


class _Story:
    """The blocks of one document as flowables for a frame `width` wide."""

    def __init__(self, doc: FilledDocument, width: float) -> None:
        self.doc = doc
        self.width = width
        self.styles = document_styles()
        self.clause_style = self._clause_style()

    def flowables(self) -> Iterator[Flowable]:
        blocks = self.doc.blocks
        # Signature places that follow each other share a row.
        for is_signature, group in groupby(
            enumerate(blocks), key=lambda item: isinstance(item[1], SignaturePlace)
        ):
            if is_signature:
                places = [block for _, block in group if isinstance(block, SignaturePlace)]
                for start in range(0, len(places), 2):
                    yield self._signature_row(places[start : start + 2])
                continue
            for index, block in group:
                following = blocks[index + 1] if index + 1 < len(blocks) else None
                if isinstance(block, Heading) and isinstance(following, Table):
                    yield from self._heading_over_table(block)
                    continue
                if isinstance(block, ChartFigure):
                    yield from self._chart(block)
                    continue
                flowable = self._block(block)
                if isinstance(block, Fields) and isinstance(following, ChartFigure):
                    # An assessment's values and its chart go to the page together.
                    flowable.keepWithNext = True
                yield flowable

    def _heading_over_table(self, heading: Heading) -> Iterator[Flowable]:
        """A heading kept with the next block moves with all of it to a new page when it
        does not fit, and a long table never fits: over a table the heading asks only
        for room for the table's first rows."""
        style = self.styles.heading1 if heading.level <= 1 else self.styles.heading2
        yield CondPageBreak(_ROOM_UNDER_HEADING)
        loose = ParagraphStyle(f"{style.name}_loose", style, keepWithNext=False)
        yield PdfParagraph(runs_markup(heading.runs, loose), loose)

    def _block(self, block: Block) -> Flowable:
        styles = self.styles
        if isinstance(block, Heading):
            style = styles.heading1 if block.level <= 1 else styles.heading2
            return PdfParagraph(runs_markup(block.runs, style), style)
        if isinstance(block, Paragraph):
            return PdfParagraph(runs_markup(block.runs, styles.body), styles.body)
        if isinstance(block, Clause):
            # The number is the paragraph's bullet: drawn as is (no markup), in a column
            # as wide as the document's widest number, the text hanging beside it.
            markup = runs_markup(block.runs, self.clause_style)
            return PdfParagraph(markup, self.clause_style, bulletText=block.number)
        if isinstance(block, Table):
            return self._table(block)
        if isinstance(block, PageBreak):
            return PdfPageBreak()
        if isinstance(block, Fields):
            return self._fields(block)
        if isinstance(block, Alert):
            return self._alert(block)
        raise TypeError(f"not a document block: {block!r}")

    def _clause_style(self) -> ParagraphStyle:
        body = self.styles.body
        numbers = [block.number for block in self.doc.blocks if isinstance(block, Clause)]
        widest = max(
            (stringWidth(number, body.fontName, body.fontSize) for number in numbers),
            default=0.0,
        )
        column = max(_MIN_NUMBER_COLUMN, widest + 2 * mm)
        return ParagraphStyle(
            "clause",
            body,
            leftIndent=column,
            bulletIndent=0,
            bulletFontName=body.fontName,
            bulletFontSize=body.fontSize,
        )

    def _table(self, table: Table) -> Flowable:
        styles = self.styles
        columns = max((len(row) for row in table.rows), default=0)
        if columns == 0:
            return Spacer(0, 0)
        rows = [tuple(row) + ((),) * (columns - len(row)) for row in table.rows]
        if len(table.shares) == columns:
            widths = [self.width * share / sum(table.shares) for share in table.shares]
        else:
            widths = column_widths(rows, self.width, styles.cell.fontSize, header=table.header)
        data = []
        for index, row in enumerate(rows):
            style = styles.header_cell if table.header and index == 0 else styles.cell
            data.append(
                [
                    PdfParagraph(
                        runs_markup(cell, style, min(BLANK_WIDTH, width - 2 * _CELL_PADDING)),
                        style,
                    )
                    for cell, width in zip(row, widths, strict=True)
                ]
            )
        commands: list[tuple[object, ...]] = [
            # Cells are Paragraphs with their own style; the table's font is set too, as
            # Platypus tables do not inherit it (and fall back to Helvetica).
            ("FONTNAME", (0, 0), (-1, -1), fonts.FAMILY),
            ("FONTSIZE", (0, 0), (-1, -1), styles.cell.fontSize),
            ("GRID", (0, 0), (-1, -1), 0.5, _GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]
        if table.header:
            commands += [
                ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
                ("BACKGROUND", (0, 0), (-1, 0), _HEADER_FILL),
            ]
        flowable = PdfTable(
            data,
            colWidths=widths,
            style=commands,
            repeatRows=1 if table.header and len(rows) > 1 else 0,
            hAlign="LEFT",
            spaceBefore=4,
            spaceAfter=8,
        )
        return flowable

    def _fields(self, block: Fields) -> Flowable:
        """Labels in a muted column as wide as the longest, values beside them."""
        if not block.rows:
            return Spacer(0, 0)
        styles = self.styles
        widest = max(
            stringWidth(label, fonts.FAMILY, styles.label.fontSize) for label, _ in block.rows
        )
        label_width = min(self.width * _LABEL_SHARE, widest + 2 * _CELL_PADDING + 1)
        data = [
            [PdfParagraph(plain(label), styles.label), PdfParagraph(plain(value), styles.cell)]
            for label, value in block.rows
        ]
        return PdfTable(
            data,
            colWidths=[label_width, self.width - label_width],
            style=[
                ("FONTNAME", (0, 0), (-1, -1), fonts.FAMILY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ],
            hAlign="LEFT",
            spaceBefore=2,
            spaceAfter=6,
        )

    def _alert(self, block: Alert) -> Flowable:
        """A box in a strong frame and tint, never split from its title."""
        styles = self.styles
        data = [[PdfParagraph(plain(block.title), styles.alert_title)]]
        data += [
            [PdfParagraph(runs_markup(line, styles.body), styles.body)] for line in block.lines
        ]
        return PdfTable(
            data,
            colWidths=[self.width],
            style=[
                ("FONTNAME", (0, 0), (-1, -1), fonts.FAMILY),
                ("BOX", (0, 0), (-1, -1), 1.6, ALERT),
                ("BACKGROUND", (0, 0), (-1, -1), _ALERT_FILL),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, 0), 2.5 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 2.5 * mm),
            ],
            hAlign="LEFT",
            spaceBefore=4,
            spaceAfter=8,
        )

    def _chart(self, block: ChartFigure) -> Iterator[Flowable]:
        """The drawing kept with its legend, one paragraph of a line per marker (a
        container such as KeepTogether could not be kept with what comes before it)."""
        drawing = FaceChartDrawing(block.chart, block.views, self.width)
        drawing.spaceBefore = 2
        drawing.spaceAfter = 4
        drawing.keepWithNext = bool(block.legend)
        yield drawing
        if block.legend:
            legend = self.styles.legend
            yield PdfParagraph("<br/>".join(plain(line) for line in block.legend), legend)

    def _signature_row(self, places: Sequence[SignaturePlace]) -> Flowable:
        """One or two signature places side by side, in the template's order (which
        follows its table of the parties); a lone client's at the left, an employee's at
        the right."""
        cells: list[SignaturePlace | None]
        if len(places) == 2:
            cells = list(places)
        elif places[0].signer == Signer.CLIENT:
            cells = [places[0], None]
        else:
            cells = [None, places[0]]
        boxes = [
            SignatureBox(place.name, self.doc.signatures.get(place.signer, ())) if place else ""
            for place in cells
        ]
        return PdfTable(
            [boxes],
            colWidths=[self.width / 2] * 2,
            style=[
                # The empty cell of a lone signature would print in Helvetica otherwise.
                ("FONTNAME", (0, 0), (-1, -1), fonts.FAMILY),
                ("ALIGN", (0, 0), (0, 0), "LEFT"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ],
            hAlign="LEFT",
            spaceBefore=_SIGNATURES_ABOVE,
            spaceAfter=4,
        )


def column_widths(
    rows: Sequence[Sequence[Runs]], width: float, font_size: float, *, header: bool
) -> list[float]:
    """Columns as wide as their longest line where that fits: narrow columns (numbers,
    prices, dates) keep their width and the wide ones share what is left equally,
    wrapping their text; the table fills the frame's width. A header row is measured in
    bold, as it is printed."""
    natural = [
        max(
            runs_width(row[column], font_size, bold=header and index == 0)
            for index, row in enumerate(rows)
        )
        + 2 * _CELL_PADDING
        + 1
        for column in range(len(rows[0]))
    ]
    fixed: dict[int, float] = {}
    while True:
        wide = [column for column in range(len(natural)) if column not in fixed]
        if not wide:
            break
        share = (width - sum(fixed.values())) / len(wide)
        narrow = [column for column in wide if natural[column] <= share]
        if not narrow:
            fixed.update({column: share for column in wide})
            break
        fixed.update({column: natural[column] for column in narrow})
    widths = [fixed[column] for column in range(len(natural))]
    # Everything fits on one line: the room left goes to the widest column (the text, not
    # the numbers).
    widest = widths.index(max(widths))
    widths[widest] += width - sum(widths)
    return widths
