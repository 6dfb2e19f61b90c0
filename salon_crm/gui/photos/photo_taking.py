"""Taking a client's photo from any screen: the camera (or a file), the crop, the save in
the background, and the refusal said plainly when the service refuses.

Signals:
    saved(object): the PhotoRow just stored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from salon_crm.domain.photos import photo_rules
from salon_crm.domain.photos.photo_kinds import PhotoKind, PhotoSource
from salon_crm.gui.common.background import failure_text, run_in_background
from salon_crm.gui.photos.camera_dialog import CameraDialog
from salon_crm.gui.photos.camera_images import qimage_of, rgb_frame
from salon_crm.gui.photos.crop_dialog import CropDialog
from salon_crm.gui.photos.photo_files import photo_chooser
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.photos.photo_types import PhotoDetails, PhotoRow, RgbFrame


class PhotoTaking(QObject):
    saved = Signal(object)

    def __init__(self, workspace: Workspace, actor: Actor, client_id: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._photos = workspace.photos(actor)
        self._client_id = client_id
        self._window = parent
        self._details = PhotoDetails(PhotoKind.PROFILE)  # what a file being chosen shows

    def take(self, details: PhotoDetails, *, ghost: QImage | None = None) -> None:
        """The camera dialog; its "Choose a file" leads to the file's crop instead."""
        dialog = CameraDialog(self._window, purpose=details.kind, ghost=ghost)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            captured, chosen = dialog.captured(), dialog.chosen_file()
        finally:
            dialog.deleteLater()
        if captured is not None:
            self._save(captured, details, PhotoSource.CAMERA)
        elif chosen is not None:
            self.open_file(chosen, details)

    def choose_file(self, details: PhotoDetails) -> None:
        self._details = details
        chooser = photo_chooser(self._window)
        chooser.fileSelected.connect(self._file_chosen)
        chooser.open()

    def _file_chosen(self, name: str) -> None:
        self.open_file(Path(name), self._details)

    def open_file(self, path: Path, details: PhotoDetails) -> None:
        """Check the file in the background, then crop it and save it."""
        run_in_background(
            lambda: self._photos.open_file(path),
            on_success=lambda picture: self._crop(picture, details),
            on_failure=self._refused,
            parent=self,
        )

    def _crop(self, picture: RgbFrame, details: PhotoDetails) -> None:
        aspect = photo_rules.PROFILE_ASPECT if details.kind is PhotoKind.PROFILE else None
        dialog = CropDialog(qimage_of(picture), aspect=aspect, parent=self._window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            cropped = dialog.cropped()
        finally:
            dialog.deleteLater()
        self._save(rgb_frame(cropped), details, PhotoSource.FILE)

    def _save(self, frame: RgbFrame, details: PhotoDetails, source: PhotoSource) -> None:
        client_id = self._client_id
        run_in_background(
            lambda: self._photos.add_frame(client_id, frame, details, source=source),
            on_success=self._stored,
            on_failure=self._refused,
            parent=self,
        )

    def _stored(self, row: PhotoRow) -> None:
        self.saved.emit(row)

    def _refused(self, error: Exception) -> None:
        QMessageBox.warning(self._window, self.tr("Photo not saved"), failure_text(error))
