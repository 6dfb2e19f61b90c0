"""The client's photo at the head of the card, with the button that takes a new one: one
click from the card to the camera, or a photo file dropped on it.

Signals:
    client_changed(int): a new profile photo was stored (the card reloads).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QImage, QPixmap
from PySide6.QtWidgets import QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from salon_crm.domain.permissions import Permission
from salon_crm.gui.clients.card.client_card_view import AVATAR_SIZE, avatar_pixmap
from salon_crm.gui.common.background import run_in_background
from salon_crm.gui.common.rounded_image import rounded_image
from salon_crm.gui.photos.photo_files import PhotoDrops
from salon_crm.gui.photos.photo_taking import PROFILE, PhotoTaking
from salon_crm.services.clients.client_types import ClientCard
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace

# The profile photo is 4:3, as tall as the initials' circle was.
PHOTO_SIZE = QSize(AVATAR_SIZE * 4 // 3, AVATAR_SIZE)


class CardPortrait(QWidget):
    client_changed = Signal(int)

    def __init__(
        self, workspace: Workspace, actor: Actor, card: ClientCard, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cardPortrait")
        self._photos = workspace.photos(actor)
        self._taking = PhotoTaking(workspace, actor, card.id, self, client_name=card.full_name)
        self._taking.saved.connect(lambda _row: self.client_changed.emit(card.id))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._picture = QLabel(self)
        self._picture.setObjectName("cardAvatar")
        self._picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._picture.setMinimumSize(PHOTO_SIZE)
        self._picture.setPixmap(avatar_pixmap(card, AVATAR_SIZE, self.devicePixelRatioF()))
        layout.addWidget(self._picture, 0, Qt.AlignmentFlag.AlignHCenter)
        self.can_take = actor.can(Permission.PHOTOS_WRITE) and card.archived_at is None
        if self.can_take:
            layout.addWidget(self._take_button(), 0, Qt.AlignmentFlag.AlignHCenter)
            self.drops = PhotoDrops(self)
            self.drops.dropped.connect(lambda path: self._taking.open_file(path, PROFILE))
            self.setToolTip(self.tr("Drop a photo file here to make it the client's photo"))
        if card.photo_thumb:
            thumb = card.photo_thumb
            run_in_background(
                lambda: self._photos.profile_thumbnails([thumb]).get(thumb),
                on_success=self._show,
                parent=self,
            )

    def _take_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName("takePhotoButton")
        button.setText(self.tr("Take photo"))
        button.setToolTip(self.tr("Take the client's photo with the camera"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        button.clicked.connect(self.take_photo)
        menu = QMenu(button)
        from_file = QAction(self.tr("Choose a file…"), menu)
        from_file.setObjectName("photoFromFileAction")
        from_file.triggered.connect(lambda: self._taking.choose_file(PROFILE))
        menu.addAction(from_file)
        button.setMenu(menu)
        return button

    def take_photo(self) -> None:
        self._taking.take(PROFILE)

    def _show(self, data: bytes | None) -> None:
        if data:
            image = QImage.fromData(data)
            if not image.isNull():
                ratio = self.devicePixelRatioF()
                picture = rounded_image(image, PHOTO_SIZE, ratio, radius=8)
                self._picture.setPixmap(QPixmap.fromImage(picture))
