"""Printing a PDF that QtPdf has loaded: each page rendered as an image and drawn on the
printer's page, the page range the print dialog gave respected."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

# A page image is width × height × 4 bytes: an A4 page at a PDF printer's 1200 dpi would
# take half a gigabyte, while 300 dpi is already finer than an office printer shows text.
MAX_DPI = 300
POINTS_PER_INCH = 72


def printer_for(document: QPdfDocument) -> QPrinter:
    """A printer set up for the document: its first page's paper and orientation, the
    whole sheet painted (the PDF already has its margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    if document.pageCount():
        size = document.pagePointSize(0)
        portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
        printer.setPageSize(QPageSize(portrait, QPageSize.Unit.Point))
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape
            if size.width() > size.height()
            else QPageLayout.Orientation.Portrait
        )
    return printer


def pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """The 0-based pages the printer was asked for: all, or those in its page ranges."""
    ranges = printer.pageRanges()
    if printer.printRange() != QPrinter.PrintRange.PageRange or ranges.isEmpty():
        return list(range(page_count))
    return [page for page in range(page_count) if ranges.contains(page + 1)]


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print the pages `printer` was asked for; the number of pages printed (0 when the
    printer could not be started, e.g. an output file that cannot be written)."""
    pages = pages_to_print(printer, document.pageCount())
    if not pages:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        sheet = printer.pageLayout().fullRectPixels(printer.resolution())
        for position, page in enumerate(pages):
            if position and not printer.newPage():
                return position
            points = document.pagePointSize(page)
            image = document.render(
                page,
                QSize(
                    round(points.width() * dpi / POINTS_PER_INCH),
                    round(points.height() * dpi / POINTS_PER_INCH),
                ),
            )
            painter.drawImage(_fitted(points, QRectF(sheet)), image)
        return len(pages)
    finally:
        painter.end()


def _fitted(page: QSizeF, sheet: QRectF) -> QRectF:
    """The page scaled to fit the sheet, centred (a Letter printer gets the A4 page
    whole, a little smaller)."""
    scale = min(sheet.width() / page.width(), sheet.height() / page.height())
    width, height = page.width() * scale, page.height() * scale
    return QRectF(
        sheet.left() + (sheet.width() - width) / 2,
        sheet.top() + (sheet.height() - height) / 2,
        width,
        height,
    )
