"""A PDF shown in the program (QtPdf): the pages one under the other, a toolbar to page
through them, zoom, print through the system dialog and save a copy of the exact file."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QToolBar, QVBoxLayout, QWidget

from salon_crm.gui.documents.pdf_output import DocumentOutput, pdf_document

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0


class PdfViewer(QWidget):
    """The PDF `data`, kept byte for byte: Save as writes exactly these bytes under the
    name `file_name` suggests. Printing and saving ask through `output`."""

    def __init__(self, data: bytes, *, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfViewer")
        self._data = data
        self._file_name = file_name
        self.output = DocumentOutput(self)
        self.document = pdf_document(data, self)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfPages")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("pdfTools")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.previous_action = self._action("previousPage", self.tr("◀ Previous"), "Ctrl+PgUp")
        self.previous_action.setToolTip(self.tr("The previous page (Ctrl+PgUp)"))
        self.next_action = self._action("nextPage", self.tr("Next ▶"), "Ctrl+PgDown")
        self.next_action.setToolTip(self.tr("The next page (Ctrl+PgDown)"))
        self.page_label = QLabel(self.toolbar)
        self.page_label.setObjectName("pageLabel")
        self.page_label.setContentsMargins(8, 0, 8, 0)
        self.toolbar.addWidget(self.page_label)
        self.toolbar.addSeparator()
        self.zoom_out_action = self._action("zoomOut", self.tr("Zoom out"), "Ctrl+-")
        self.zoom_in_action = self._action("zoomIn", self.tr("Zoom in"), "Ctrl+=", "Ctrl++")
        self.fit_action = self._action("fitWidth", self.tr("Fit width"), "Ctrl+0")
        self.toolbar.addSeparator()
        self.print_action = self._action("printDocument", self.tr("Print…"), "Ctrl+P")
        self.save_action = self._action("saveDocumentAs", self.tr("Save as…"), "Ctrl+Shift+S")

        self.previous_action.triggered.connect(self.previous_page)
        self.next_action.triggered.connect(self.next_page)
        self.zoom_out_action.triggered.connect(self.zoom_out)
        self.zoom_in_action.triggered.connect(self.zoom_in)
        self.fit_action.triggered.connect(self.fit_width)
        self.print_action.triggered.connect(self.print_pages)
        self.save_action.triggered.connect(self.save_as)
        self.view.pageNavigator().currentPageChanged.connect(self._update_pages)
        self.document.pageCountChanged.connect(self._update_pages)
        self.document.statusChanged.connect(self._update_pages)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)
        self._update_pages()

    def _action(self, name: str, text: str, *shortcuts: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    # --- pages ---------------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """The 0-based page at the top of the view."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.page_count():
            navigator = self.view.pageNavigator()
            navigator.jump(page, QPointF(), navigator.currentZoom())
            self._update_pages()

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def _update_pages(self) -> None:
        count = self.page_count()
        readable = self.document.status() == QPdfDocument.Status.Ready and count > 0
        if readable:
            self.page_label.setText(
                self.tr("Page {page} of {pages}").format(page=self.current_page() + 1, pages=count)
            )
        else:
            self.page_label.setText(self.tr("The file cannot be shown: it is not a readable PDF."))
        self.previous_action.setEnabled(readable and self.current_page() > 0)
        self.next_action.setEnabled(readable and self.current_page() < count - 1)
        for action in (self.zoom_out_action, self.zoom_in_action, self.fit_action):
            action.setEnabled(readable)
        self.print_action.setEnabled(readable)

    # --- zoom ----------------------------------------------------------------------------

    def zoom(self) -> float:
        """The scale the pages are shown at (1.0: a point per logical pixel at 72 dpi)."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or not self.page_count():
            return self.view.zoomFactor()
        # Fitting to the width: the factor QPdfView computed is not published.
        margins = self.view.documentMargins()
        width = self.view.viewport().width() - margins.left() - margins.right()
        page = self.document.pagePointSize(self.current_page()).width()
        return width / (page * self.logicalDpiX() / 72) if page else 1.0

    def set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(MIN_ZOOM, min(MAX_ZOOM, factor)))

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # --- print and save ------------------------------------------------------------------

    def print_pages(self) -> bool:
        return self.output.print_pdf(self.document)

    def save_as(self) -> bool:
        return self.output.save_pdf(self._data, self._file_name)
