"""Photo files from the user's disk: the file dialog (starting in the folder used last)
and a photo file dragged onto a window.

Signals (PhotoDrops):
    dropped(object): the Path of the photo file dropped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from salon_crm.gui.common import ui_settings

PHOTO_FILE_SUFFIXES = (".png", ".jpg", ".jpeg", ".heic", ".heif")


def photo_chooser(parent: QWidget) -> QFileDialog:
    """The file dialog for one photo, in the folder used last (remembered again once a
    file is chosen); the caller connects `fileSelected` and calls `open()`."""
    chooser = QFileDialog(
        parent,
        QCoreApplication.translate("PhotoFiles", "Choose a photo"),
        ui_settings.get(ui_settings.PHOTO_FOLDER) or QDir.homePath(),
        QCoreApplication.translate("PhotoFiles", "Photos (*.png *.jpg *.jpeg *.heic *.heif)"),
    )
    chooser.setObjectName("photoFileDialog")
    chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
    chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    chooser.fileSelected.connect(_remember_folder)
    return chooser


def _remember_folder(name: str) -> None:
    ui_settings.put(ui_settings.PHOTO_FOLDER, str(Path(name).parent))


def dropped_photo_file(mime: QMimeData) -> Path | None:
    """The one local photo file being dragged, if that is what is being dragged."""
    urls = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in PHOTO_FILE_SUFFIXES else None


class PhotoDrops(QObject):
    """Lets `widget` take one photo file dropped on it (an event filter: the widget keeps
    its own handlers); anything else dragged over it is declined."""

    dropped = Signal(object)

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.DragEnter, QEvent.Type.Drop):
            return super().eventFilter(watched, event)
        assert isinstance(event, QDropEvent)  # a QDragEnterEvent is one too
        path = dropped_photo_file(event.mimeData())
        if path is None:
            event.ignore()
            return True
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            self.dropped.emit(path)
        return True
