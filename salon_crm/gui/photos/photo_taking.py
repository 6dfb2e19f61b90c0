"""Taking a client's photo from any screen: the camera (or a file), the crop, the save in
the background, and the refusal said plainly when the service refuses.

Signals:
    saved(object): the PhotoRow just stored.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from salon_crm.domain.photos import photo_rules
from salon_crm.domain.photos.photo_kinds import PhotoKind, PhotoSource
from salon_crm.gui.common.background import failure_text, run_in_background
from salon_crm.gui.photos.camera_dialog import CameraDialog
from salon_crm.gui.photos.camera_images import qimage_of, rgb_frame
from salon_crm.gui.photos.crop_dialog import CropDialog
from salon_crm.gui.photos.photo_files import photo_chooser
from salon_crm.gui.photos.photo_labels import kind_label, zone_label
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.photos.photo_types import PhotoDetails, PhotoRow, RgbFrame

D = TypeVar("D", bound=QDialog)
PROFILE = PhotoDetails(PhotoKind.PROFILE)


class PhotoTaking(QObject):
    """One photo at a time: its dialogs open window-modal (never a nested event loop),
    and `dialog` is the one showing, for a test or a shortcut to reach."""

    saved = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        actor: Actor,
        client_id: int,
        parent: QWidget,
        *,
        client_name: str = "",
    ) -> None:
        super().__init__(parent)
        self._client_name = client_name
        self._photos = workspace.photos(actor)
        self._client_id = client_id
        self._window = parent
        self._details = PROFILE  # what the photo being taken shows
        self.dialog: QDialog | None = None
        self._accepted: Callable[[Any], None] = lambda _dialog: None

    def take(
        self, details: PhotoDetails, *, ghost: QImage | None = None, ghost_caption: str = ""
    ) -> None:
        """The camera dialog; its "Choose a file" leads to the file's crop instead."""
        self._details = details
        camera = CameraDialog(
            self._window,
            purpose=details.kind,
            ghost=ghost,
            subject=self._subject(details),
            ghost_caption=ghost_caption,
        )
        self._show(camera, self._taken)

    def _subject(self, details: PhotoDetails) -> str:
        """ "Ковальчук Анна · After · Right side": whom and what the camera is taking."""
        parts = [self._client_name]
        if details.kind.is_clinical:
            parts += [kind_label(details.kind), zone_label(details.zone, details.zone_note)]
        return " · ".join(part for part in parts if part)

    def _taken(self, camera: CameraDialog) -> None:
        captured, chosen = camera.captured(), camera.chosen_file()
        if captured is not None:
            self._save(captured, PhotoSource.CAMERA)
        elif chosen is not None:
            self.open_file(chosen, self._details)

    def choose_file(self, details: PhotoDetails) -> None:
        self._details = details
        chooser = photo_chooser(self._window)
        chooser.fileSelected.connect(self._file_chosen)
        chooser.open()

    def _file_chosen(self, name: str) -> None:
        self.open_file(Path(name), self._details)

    def open_file(self, path: Path, details: PhotoDetails) -> None:
        """Check the file in the background, then crop it and save it."""
        self._details = details
        photos = self._photos
        run_in_background(
            lambda: photos.open_file(path),
            on_success=self._crop,
            on_failure=self._refused,
            parent=self,
        )

    def _crop(self, picture: RgbFrame) -> None:
        kind = self._details.kind
        aspect = photo_rules.PROFILE_ASPECT if kind is PhotoKind.PROFILE else None
        self._show(
            CropDialog(qimage_of(picture), aspect=aspect, parent=self._window), self._cropped
        )

    def _cropped(self, crop: CropDialog) -> None:
        self._save(rgb_frame(crop.cropped()), PhotoSource.FILE)

    def _show(self, dialog: D, accepted: Callable[[D], None]) -> None:
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(self._finished)
        self._accepted = accepted
        dialog.open()

    def _finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self._accepted(dialog)

    def _save(self, frame: RgbFrame, source: PhotoSource) -> None:
        photos, client_id, details = self._photos, self._client_id, self._details
        run_in_background(
            lambda: photos.add_frame(client_id, frame, details, source=source),
            on_success=self._stored,
            on_failure=self._refused,
            parent=self,
        )

    def _stored(self, row: PhotoRow) -> None:
        self.saved.emit(row)

    def _refused(self, error: Exception) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Photo not saved"), failure_text(error),
            QMessageBox.StandardButton.Ok, self._window,
        )  # fmt: skip
        box.setObjectName("photoRefusedMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
