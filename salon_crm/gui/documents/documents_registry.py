"""The documents made for one client, newest first: opened in the preview with the check
of the stored file, printed or saved as they were made."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from salon_crm.domain.common.dates import format_day, format_moment
from salon_crm.domain.common.errors import SalonError
from salon_crm.domain.permissions import Permission
from salon_crm.gui.common.error_messages import describe_error
from salon_crm.gui.common.form_parts import ERROR_STYLE
from salon_crm.gui.common.row_table_model import RowColumn, RowTableModel, row_table_view
from salon_crm.gui.common.window_modal import open_window_modal
from salon_crm.gui.documents.pdf_output import DocumentOutput, pdf_document
from salon_crm.gui.documents.pdf_saving import suggested_file_name
from salon_crm.gui.documents.pdf_viewer_dialog import PdfViewerDialog
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.documents.document_service import StoredDocument

_CHECK = "✓"


class DocumentsRegistry(QWidget):
    """One client's documents. Someone whose role does not read documents sees nothing
    (an empty widget, the service is never asked). Print… and Save as… of a file that is
    missing or has changed say so instead, in words; a changed one opens in the preview
    under its red banner, so it is seen before it is given to anyone."""

    def __init__(
        self, workspace: Workspace, actor: Actor, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentsRegistry")
        self._workspace = workspace
        self._actor = actor
        self._client_id = client_id
        self.output = DocumentOutput(self)
        self.model: RowTableModel[StoredDocument] = RowTableModel(self._columns(), parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.allowed = actor.can(Permission.DOCUMENTS_READ)
        if not self.allowed:
            return
        heading = QLabel(self.tr("Filled documents"), self)
        heading.setStyleSheet("font-weight: bold;")
        self.empty = QLabel(self.tr("No documents have been made for this client yet."), self)
        self.empty.setObjectName("documentsEmpty")
        self.empty.setWordWrap(True)
        self.table = row_table_view(self.model, "documentsTable", stretch=1, parent=self)
        self.problem = QLabel(self)
        self.problem.setObjectName("documentsProblem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("openDocumentButton")
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printDocumentButton")
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.save_button.setObjectName("saveDocumentButton")
        self.open_button.clicked.connect(self.open_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.table.doubleClicked.connect(self._open_at)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self.open_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        buttons = QHBoxLayout()
        for button in (self.open_button, self.print_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.refresh()

    def _columns(self) -> list[RowColumn[StoredDocument]]:
        return [
            RowColumn(lambda: self.tr("Number"), lambda d: d.number),
            # The titles are long and alike at the start: the whole one on hovering.
            RowColumn(lambda: self.tr("Title"), lambda d: d.title, tooltip=lambda d: d.title),
            RowColumn(lambda: self.tr("Version"), self._version, centered=True),
            RowColumn(
                lambda: self.tr("Date"),
                lambda d: format_day(d.created_at),
                sort=lambda d: d.created_at,
                tooltip=lambda d: format_moment(d.created_at),
            ),
            RowColumn(lambda: self.tr("Made by"), lambda d: d.created_by),
            RowColumn(
                lambda: self.tr("Signed"),
                lambda d: _CHECK if d.signed else "",
                tooltip=lambda d: self.tr("Signed by the client") if d.signed else "",
                centered=True,
            ),
        ]

    def _version(self, document: StoredDocument) -> str:
        if document.template_version is None:
            return self.tr("PDF form")
        return self.tr("v.{version}").format(version=document.template_version)

    # --- the list ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the client's documents again (after a new one is stored)."""
        if not self.allowed:
            return
        chosen = self.selected()
        try:
            rows = self._workspace.documents(self._actor).documents(self._client_id)
        except SalonError as error:
            rows = []
            self._say(describe_error(error)[0])
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        kept = self.model.index_where(lambda d: chosen is not None and d.id == chosen.id)
        self.table.selectRow(max(kept, 0))
        self._update_buttons()

    def selected(self) -> StoredDocument | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_number(self, number: str) -> None:
        self.table.selectRow(self.model.index_where(lambda d: d.number == number))

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.open_button, self.print_button, self.save_button):
            button.setEnabled(chosen)

    # --- open, print, save ---------------------------------------------------------------

    def _open_at(self, index: QModelIndex) -> None:
        self.table.selectRow(index.row())
        self.open_selected()

    def open_selected(self) -> PdfViewerDialog | None:
        """The selected document in the preview (window-modal), under the banner that
        says whether the stored file still matches its SHA-256."""
        document = self.selected()
        loaded = self._load(document) if document is not None else None
        if document is None or loaded is None:
            return None
        return self._preview(document, *loaded)

    def _preview(self, document: StoredDocument, data: bytes, intact: bool) -> PdfViewerDialog:
        return open_window_modal(
            PdfViewerDialog(
                data,
                title=f"{document.number} · {document.title}",
                file_name=suggested_file_name(document.number, document.title),
                intact=intact,
                parent=self,
            )
        )

    def print_selected(self) -> bool:
        document = self.selected()
        loaded = self._checked(document) if document is not None else None
        if loaded is None:
            return False
        pdf = pdf_document(loaded, self)
        try:
            return self.output.print_pdf(pdf)
        finally:
            pdf.deleteLater()

    def save_selected(self) -> bool:
        document = self.selected()
        loaded = self._checked(document) if document is not None else None
        if document is None or loaded is None:
            return False
        return self.output.save_pdf(loaded, suggested_file_name(document.number, document.title))

    def _checked(self, document: StoredDocument) -> bytes | None:
        """The file when it is intact; a changed one is opened in the preview instead."""
        loaded = self._load(document)
        if loaded is None:
            return None
        data, intact = loaded
        if not intact:
            self._preview(document, data, intact)
            return None
        return data

    def _load(self, document: StoredDocument) -> tuple[bytes, bool] | None:
        """The stored file and its check; None (and the reason said) when it cannot be
        read."""
        try:
            data, intact = self._workspace.documents(self._actor).pdf(document.id)
        except SalonError as error:
            self._say(describe_error(error)[0])
            return None
        if not data:
            self._say(
                self.tr(
                    "The file of document {number} is missing from the data folder. "
                    "Restore the data folder from a backup to get it back."
                ).format(number=document.number)
            )
            return None
        self.problem.hide()
        return data, intact

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
