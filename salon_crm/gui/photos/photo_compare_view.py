"""The before/after comparison: the canvas with its toolbar (side by side or slider, zoom,
fit, export of the pair as one picture)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QVBoxLayout, QWidget

from salon_crm.gui.common import ui_settings
from salon_crm.gui.photos.pair_export import compose_pair, image_format, save_image
from salon_crm.gui.photos.photo_compare_canvas import ComparedPhoto, CompareMode, PhotoCompareCanvas


class PhotoCompareView(QWidget):
    """One photo large, or two compared. The file chooser (`choose_export_path`) and the
    message (`tell`) are methods tests replace on the instance."""

    def __init__(self, photos: Sequence[ComparedPhoto], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoCompare")
        self.canvas = PhotoCompareCanvas(photos, self)
        self.canvas.setObjectName("photoCompareCanvas")

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("photoCompareTools")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.side_by_side_action = self._action(self.tr("Side by side"), "Ctrl+1")
        self.wipe_action = self._action(self.tr("Slider"), "Ctrl+2")
        self.wipe_action.setToolTip(
            self.tr("One photo over the other: drag the divider or press ← and → to wipe")
        )
        modes = QActionGroup(self)
        for action, mode in (
            (self.side_by_side_action, CompareMode.SIDE_BY_SIDE),
            (self.wipe_action, CompareMode.WIPE),
        ):
            action.setCheckable(True)
            action.setActionGroup(modes)
            action.triggered.connect(lambda _checked=False, m=mode: self.canvas.set_mode(m))
        self.side_by_side_action.setChecked(True)
        self.toolbar.addSeparator()
        self.zoom_in_action = self._action(self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.zoom_out_action = self._action(self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut)
        self.fit_action = self._action(self.tr("Fit"), "Ctrl+0")
        self.zoom_in_action.triggered.connect(self.canvas.zoom_in)
        self.zoom_out_action.triggered.connect(self.canvas.zoom_out)
        self.fit_action.triggered.connect(self.canvas.fit)
        self.toolbar.addSeparator()
        self.export_action = self._action(self.tr("Export…"), QKeySequence.StandardKey.Save)
        self.export_action.setToolTip(self.tr("Save both photos side by side as one picture"))
        self.export_action.triggered.connect(self.export)
        for action in (self.side_by_side_action, self.wipe_action, self.export_action):
            action.setVisible(self.canvas.compares)
        self.canvas.view_changed.connect(self._update_zoom_actions)
        self._update_zoom_actions()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.canvas, 1)
        self.setFocusProxy(self.canvas)

    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    def _update_zoom_actions(self) -> None:
        zoomed = self.canvas.zoom > 1.0
        self.zoom_out_action.setEnabled(zoomed)
        self.fit_action.setEnabled(zoomed)

    # --- export ---------------------------------------------------------------------------

    def export(self) -> bool:
        """Ask where, then save the pair as one picture; True when it was written."""
        chosen = self.choose_export_path()
        if chosen is None:
            return False
        path = chosen if chosen.suffix else chosen.with_suffix(".jpg")
        if image_format(path) is None:
            self.tell(self.tr("A picture can be saved as JPEG (.jpg) or PNG (.png) only."))
            return False
        left, right = self.canvas.photos()
        picture = compose_pair(left.image, right.image, (left.caption, right.caption))
        if not save_image(picture, path):
            self.tell(self.tr("The picture could not be saved to {path}.").format(path=path))
            return False
        ui_settings.put(ui_settings.PHOTO_EXPORT_FOLDER, str(path.parent))
        return True

    def choose_export_path(self) -> Path | None:
        folder = Path(ui_settings.get(ui_settings.PHOTO_EXPORT_FOLDER) or Path.home())
        # Dated, so one export does not overwrite the last.
        stem = self.tr("comparison")
        default = f"{stem}-{date.today().isoformat()}.jpg"
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the comparison"),
            str(folder / default),
            self.tr("JPEG picture (*.jpg *.jpeg);;PNG picture (*.png)"),
        )
        return Path(name) if name else None

    def tell(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Export the comparison"), text)
