"""Printing and saving a document for the widget that asks (the viewer, the registry):
the system print dialog, the file chooser and the message that says what went wrong."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from salon_crm.gui.common import ui_settings
from salon_crm.gui.documents.pdf_printing import print_document, printer_for
from salon_crm.gui.documents.pdf_saving import write_pdf


def pdf_document(data: bytes, parent: QObject) -> QPdfDocument:
    """The PDF loaded by QtPdf from a buffer the document owns (QtPdf reads the device
    as it renders pages, so the buffer lives as long as the document)."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


class DocumentOutput(QObject):
    """The choosers (`choose_printer`, `choose_save_path`) and the message (`tell`) are
    methods tests replace on the instance, so no test waits on a modal dialog."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget

    def print_pdf(self, document: QPdfDocument) -> bool:
        """Ask which printer and pages, then print; True when something was printed."""
        printer = self.choose_printer(document)
        if printer is None:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            printed = print_document(document, printer)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not printed:
            self.tell(self.tr("The document could not be printed. Check the printer and retry."))
        return printed > 0

    def save_pdf(self, data: bytes, file_name: str) -> bool:
        """Ask where, then write `data` exactly; True when it was written."""
        chosen = self.choose_save_path(file_name)
        if chosen is None:
            return False
        path = chosen if chosen.suffix else chosen.with_suffix(".pdf")
        problem = write_pdf(data, path)
        if problem is not None:
            self.tell(problem)
            return False
        ui_settings.put(ui_settings.DOCUMENT_FOLDER, str(path.parent))
        return True

    def choose_printer(self, document: QPdfDocument) -> QPrinter | None:
        printer = printer_for(document)
        dialog = QPrintDialog(printer, self._widget)
        dialog.setMinMax(1, document.pageCount())
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def choose_save_path(self, file_name: str) -> Path | None:
        folder = Path(ui_settings.get(ui_settings.DOCUMENT_FOLDER) or Path.home())
        name, _filter = QFileDialog.getSaveFileName(
            self._widget, self.tr("Save the document as"), str(folder / file_name),
            self.tr("PDF document (*.pdf)"),
        )  # fmt: skip
        return Path(name) if name else None

    def tell(self, text: str) -> None:
        QMessageBox.warning(self._widget, self.tr("Document"), text)
