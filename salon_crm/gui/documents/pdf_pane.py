"""A PDF shown from bytes (the document as it would be stored), or a sentence in its
place while there is nothing to show (the values it still lacks, a refusal)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from salon_crm.gui.documents.pdf_output import pdf_document


class PdfPane(QStackedWidget):
    """The preview: the pages fitted to the pane's width, one under the other."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPane")
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.message = QLabel(self)
        self.message.setObjectName("pdfPaneMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(24)
        self.addWidget(self.message)
        self.addWidget(self.view)

    def show_pdf(self, data: bytes) -> None:
        shown, self.document = self.document, pdf_document(data, self)
        self.view.setDocument(self.document)
        shown.deleteLater()
        self.setCurrentWidget(self.view)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.setCurrentWidget(self.message)

    def page_count(self) -> int:
        """The pages shown (0 while a message is)."""
        return self.document.pageCount() if self.currentWidget() is self.view else 0
