"""A window of its own for one photo large or a before/after comparison."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from salon_crm.gui.common import ui_settings
from salon_crm.gui.photos.photo_compare_canvas import ComparedPhoto
from salon_crm.gui.photos.photo_compare_view import PhotoCompareView


class PhotoCompareDialog(QDialog):
    """Not modal: the card stays usable beside it, and several can be open at once."""

    def __init__(self, photos: Sequence[ComparedPhoto], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoCompareDialog")
        self.view = PhotoCompareView(photos, self)
        title = self.tr("Compare photos") if len(photos) == 2 else photos[0].caption
        self.setWindowTitle(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.setMinimumSize(640, 420)
        geometry = ui_settings.get(ui_settings.PHOTO_COMPARE_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            # Large, but inside a 1366×768 laptop's screen with its task bar.
            room = self.screen().availableGeometry()
            self.resize(min(1200, room.width() - 40), min(680, room.height() - 40))
        self.view.setFocus()

    def done(self, result: int) -> None:
        ui_settings.put(ui_settings.PHOTO_COMPARE_GEOMETRY, self.saveGeometry())
        super().done(result)
