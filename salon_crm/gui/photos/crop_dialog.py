"""The crop editor as a dialog of its own, for an image that did not come from the camera
(a file): `CropDialog(image, aspect=(4, 3) or None)`, then `cropped()`."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from salon_crm.gui.photos.crop_editor import CropEditor, crop_hint
from salon_crm.gui.photos.crop_geometry import Aspect


class CropDialog(QDialog):
    def __init__(
        self, image: QImage, aspect: Aspect | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cropDialog")
        self.setWindowTitle(self.tr("Crop the photo"))
        hint = QLabel(crop_hint(), self)
        hint.setWordWrap(True)
        self.editor = CropEditor(image, aspect, self)
        buttons = QDialogButtonBox(self)
        done = buttons.addButton(self.tr("Use this crop"), QDialogButtonBox.ButtonRole.AcceptRole)
        done.setObjectName("cropDoneButton")
        done.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.editor.setFocus()

    def cropped(self) -> QImage:
        return self.editor.cropped()
