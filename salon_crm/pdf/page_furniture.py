"""What every page of a document carries: the salon's letterhead at the top (name,
requisites, logo) and the page number at the foot ("2 / 5", so the count of pages is known
only once the last page is laid out)."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from salon_crm.domain.documents.document_blocks import Letterhead
from salon_crm.pdf import fonts
from salon_crm.pdf.document_styles import MUTED, document_styles, plain

LOGO_HEIGHT = 16 * mm
_LOGO_MAX_WIDTH = 50 * mm
_LOGO_GAP = 5 * mm
_RULE_GAP = 2.5 * mm
FOOT_Y = 10 * mm
_FOOT_SIZE = 8


class LetterheadDrawer:
    """The letterhead laid out once for the text width and drawn on every page."""

    def __init__(self, letterhead: Letterhead, width: float) -> None:
        styles = document_styles()
        self.logo: ImageReader | None = None
        self.logo_width = 0.0
        text_x = 0.0
        if letterhead.logo_png:
            self.logo = ImageReader(io.BytesIO(letterhead.logo_png))
            pixels_wide, pixels_high = self.logo.getSize()
            self.logo_width = min(_LOGO_MAX_WIDTH, LOGO_HEIGHT * pixels_wide / pixels_high)
            text_x = self.logo_width + _LOGO_GAP
        self.text_x = text_x
        self.paragraphs = [Paragraph(plain(letterhead.salon_name), styles.salon_name)]
        self.paragraphs += [Paragraph(plain(line), styles.requisites) for line in letterhead.lines]
        text_height = 0.0
        for paragraph in self.paragraphs:
            text_height += paragraph.wrap(width - text_x, 1000)[1]
        self.width = width
        self.text_height = text_height
        logo_height = LOGO_HEIGHT if self.logo else 0.0
        self.height = max(text_height, logo_height) + _RULE_GAP

    def draw(self, canvas: Canvas, left: float, top: float) -> None:
        """Draw with the letterhead's top left corner at (left, top)."""
        canvas.saveState()
        if self.logo is not None:
            canvas.drawImage(
                self.logo,
                left,
                top - LOGO_HEIGHT,
                width=self.logo_width,
                height=LOGO_HEIGHT,
                mask="auto",
                preserveAspectRatio=True,
            )
        y = top
        for paragraph in self.paragraphs:
            y -= paragraph.height
            paragraph.drawOn(canvas, left + self.text_x, y)
        rule_y = top - self.height
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setLineWidth(0.5)
        canvas.line(left, rule_y, left + self.width, rule_y)
        canvas.restoreState()


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
    """Keeps every page until the document is saved, then stamps "page of pages" on each
    (reportlab's own page counter knows only the pages drawn so far)."""

    def __init__(self, *args: Any, page_label: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_label = page_label
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802  # reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.saveState()
            self.setFont(fonts.FAMILY, _FOOT_SIZE)
            self.setFillColor(MUTED)
            label = self._page_label.format(page=number, pages=pages)
            self.drawCentredString(self._pagesize[0] / 2, FOOT_Y, label)
            self.restoreState()
            super().showPage()
        super().save()
