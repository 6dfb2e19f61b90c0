"""The preview window of a document: the PDF viewer under a banner that says whether the
stored file is still the one that was made (its SHA-256 against the registry)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from salon_crm.gui.documents.pdf_viewer import PdfViewer

# The banner's two states: calm green when the file checks out, the red of danger when not.
_INTACT_STYLE = (
    "QLabel { background: #e8f3ea; color: #1d4d27; border: 1px solid #b9d9bf;"
    " border-radius: 4px; padding: 6px 10px; }"
)
_CHANGED_STYLE = (
    "QLabel { background: #fbeaea; color: #7a1020; border: 1px solid #eec2c6;"
    " border-radius: 4px; padding: 6px 10px; font-weight: bold; }"
)
# Most of a laptop's 1366×768 screen, an A4 page as wide as is comfortable to read.
_WIDTH, _SCREEN_SHARE = 980, 0.92


class PdfViewerDialog(QDialog):
    """`intact`: True or False for a stored document (the banner says which), None for a
    draft that is not stored yet (no banner). Show it with `open()` (window-modal)."""

    def __init__(
        self,
        data: bytes,
        *,
        title: str,
        file_name: str,
        intact: bool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)
        self.setSizeGripEnabled(True)
        self.banner = QLabel(self)
        self.banner.setObjectName("verificationBanner")
        self.banner.setWordWrap(True)
        self.banner.setToolTip(self.tr("Checked against the file's SHA-256 in the registry"))
        if intact is None:
            self.banner.hide()
        elif intact:
            self.banner.setText(
                self.tr("This is the document as it was saved: the file has not been changed.")
            )
            self.banner.setStyleSheet(_INTACT_STYLE)
        else:
            self.banner.setText(
                self.tr(
                    "This file has been changed since it was saved: it is not the document "
                    "as it was made and signed."
                )
            )
            self.banner.setStyleSheet(_CHANGED_STYLE)
        self.viewer = PdfViewer(data, file_name=file_name, parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.viewer, 1)
        layout.addWidget(buttons)
        self._fit_screen()
        self.viewer.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        self.resize(
            min(_WIDTH, round(area.width() * _SCREEN_SHARE)), round(area.height() * _SCREEN_SHARE)
        )
