"""Small round faces for lists of clients: the current profile photo's thumbnail of each
row that has one, loaded in the background a batch at a time and kept while the list
lives (the client table, the picker, the merge dialog).

Signals:
    arrived(): faces asked for are ready; views repaint their rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from salon_crm.domain.permissions import Permission
from salon_crm.gui.common.background import run_in_background
from salon_crm.gui.common.rounded_image import rounded_image
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace

# The side of a client's face beside the name, in logical pixels.
FACE_SIDE = 20
# Where a list item keeps the digest of its client's face.
_FACE_ROLE = int(Qt.ItemDataRole.UserRole) + 1

# What gives the thumbnails by their digests (PhotoService.profile_thumbnails).
FaceSource = Callable[[Iterable[str]], dict[str, bytes]]


def face_source(workspace: Workspace, actor: Actor) -> FaceSource | None:
    """Where a list finds the faces, for a role that may see the photos."""
    if not actor.can(Permission.PHOTOS_READ):
        return None
    return workspace.photos(actor).profile_thumbnails


class ClientFaces(QObject):
    arrived = Signal()

    def __init__(self, source: FaceSource, *, side: int, ratio: float, parent: QObject) -> None:
        super().__init__(parent)
        self._source = source
        self._size = QSize(side, side)
        self._ratio = ratio
        self._faces: dict[str, QPixmap] = {}
        self._asked: set[str] = set()
        blank = QPixmap(round(side * ratio), round(side * ratio))
        blank.setDevicePixelRatio(ratio)
        blank.fill(Qt.GlobalColor.transparent)
        # Rows without a photo keep their names in line with the rows that have one.
        self.blank = blank

    def face(self, digest: str | None) -> QPixmap:
        """The face of that thumbnail, or the blank until it has arrived (or if none)."""
        return self._faces.get(digest, self.blank) if digest else self.blank

    def want(self, digests: Iterable[str | None]) -> None:
        """Load the faces not asked for yet, in one background call."""
        missing = {d for d in digests if d and d not in self._asked}
        if not missing:
            return
        self._asked |= missing
        source, size, ratio = self._source, self._size, self._ratio

        def load() -> dict[str, QImage]:
            made = {}
            for digest, data in source(missing).items():
                image = QImage.fromData(data)
                if not image.isNull():
                    made[digest] = rounded_image(image, size, ratio, radius=size.width() / 2)
            return made

        run_in_background(load, on_success=self._loaded, parent=self)

    def _loaded(self, made: dict[str, QImage]) -> None:
        self._faces.update({digest: QPixmap.fromImage(image) for digest, image in made.items()})
        if made:
            self.arrived.emit()


class ListFaces(QObject):
    """The faces of a list of clients (a QListWidget: the client picker, the merge
    dialog's results): `tag` each item with its row's thumbnail, then `load`."""

    def __init__(self, source: FaceSource, widget: QListWidget) -> None:
        super().__init__(widget)
        self._list = widget
        self._faces = ClientFaces(
            source, side=FACE_SIDE, ratio=widget.devicePixelRatioF(), parent=self
        )
        self._faces.arrived.connect(self._paint)

    def tag(self, item: QListWidgetItem, digest: str | None) -> None:
        item.setData(_FACE_ROLE, digest)

    def load(self) -> None:
        """Show the faces already known, and fetch the others for the tagged items."""
        items = [self._list.item(number) for number in range(self._list.count())]
        self._paint()
        self._faces.want(item.data(_FACE_ROLE) for item in items)

    def _paint(self) -> None:
        for number in range(self._list.count()):
            item = self._list.item(number)
            item.setIcon(self._faces.face(item.data(_FACE_ROLE)))
