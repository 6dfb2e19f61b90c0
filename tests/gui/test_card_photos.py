"""Photos from the card, as a receptionist and a cosmetologist take them: one click from
the card to the camera (a video the test writes, read through the real OpenCV path),
capture, crop, save, and the photo is on the card; a file dropped on the card; a clinical
photo of a zone with the previous one laid over the preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QLabel, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from salon_crm.domain.common.enums import ConsentPurpose
from salon_crm.domain.photos.photo_kinds import PhotoKind, PhotoSource, PhotoZone
from salon_crm.gui.clients.card.client_card_view import ClientCardView
from salon_crm.gui.photos.camera_dialog import CameraDialog
from salon_crm.gui.photos.card_portrait import CardPortrait
from salon_crm.gui.photos.crop_dialog import CropDialog
from salon_crm.gui.photos.photo_details_dialog import PhotoDetailsDialog
from salon_crm.gui.photos.photos_tab import PhotosTab
from salon_crm.gui.shell.card_parts import card_features
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.photos.photo_types import PhotoDetails
from tests.conftest import Staff
from tests.unit.photo_files import frame, solid, with_gps
from tests.unit.procedure_setup import new_client

pytestmark = pytest.mark.usefixtures("cameras_released")


def _card(qtbot: QtBot, workspace: Workspace, actor: Actor, client_id: int) -> ClientCardView:
    view = ClientCardView(workspace, actor, features=card_features(workspace, actor))
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.show_client(client_id)
    return view


def _portrait(view: ClientCardView) -> CardPortrait:
    portrait = view.findChild(CardPortrait)
    assert portrait is not None
    return portrait


def _has_photo(portrait: CardPortrait) -> bool:
    label = portrait.findChild(QLabel, "cardAvatar")
    assert label is not None
    image = label.pixmap().toImage()
    # The initials are a circle: its corner is transparent; a photo fills the corner.
    return image.pixelColor(3, 3).alpha() == 255 and image.width() > image.height()


def _capture(qtbot: QtBot, camera_dialog: CameraDialog) -> None:
    qtbot.waitUntil(lambda: camera_dialog.preview.frame() is not None, timeout=5000)
    capture = camera_dialog.findChild(QPushButton, "captureButton")
    assert capture is not None
    qtbot.waitUntil(capture.isEnabled)
    qtbot.mouseClick(capture, Qt.MouseButton.LeftButton)
    use = camera_dialog.findChild(QPushButton, "usePhotoButton")
    assert use is not None and use.isVisible()
    qtbot.mouseClick(use, Qt.MouseButton.LeftButton)


def test_one_click_from_the_card_to_a_saved_photo(
    qtbot: QtBot, workspace: Workspace, staff: Staff, pattern: Path
) -> None:
    client = new_client(workspace, staff.admin)
    view = _card(qtbot, workspace, staff.admin, client)
    portrait = _portrait(view)
    assert not _has_photo(portrait)
    button = portrait.findChild(QToolButton, "takePhotoButton")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = portrait._taking.dialog
    assert isinstance(dialog, CameraDialog) and dialog.objectName() == "cameraDialog"
    _capture(qtbot, dialog)
    qtbot.waitUntil(lambda: workspace.photos(staff.admin).current_profile(client) is not None)
    stored = workspace.photos(staff.admin).current_profile(client)
    assert stored is not None and stored.source is PhotoSource.CAMERA
    # Cropped to 4:3 from the 640×480 pattern.
    assert stored.width * 3 == stored.height * 4
    # The card reloads with the face at its head.
    qtbot.waitUntil(lambda: _has_photo(_portrait(view)), timeout=5000)


def test_a_photo_file_dropped_on_the_card_is_cropped_and_saved(
    qtbot: QtBot, workspace: Workspace, staff: Staff, tmp_path: Path
) -> None:
    client = new_client(workspace, staff.admin)
    view = _card(qtbot, workspace, staff.admin, client)
    portrait = _portrait(view)
    upload = tmp_path / "from-phone.jpg"
    upload.write_bytes(with_gps(solid(800, 600, (30, 140, 60))))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(upload))])
    where, action = QPoint(10, 10), Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # Qt delivers drops only inside a real drag: the handlers are called as Qt would.
    enter = QDragEnterEvent(where, action, mime, buttons, keys)
    portrait.drops.eventFilter(portrait, enter)
    assert enter.isAccepted()
    portrait.drops.eventFilter(portrait, QDropEvent(where.toPointF(), action, mime, buttons, keys))
    contract = QMimeData()
    contract.setUrls([QUrl.fromLocalFile(str(tmp_path / "contract.pdf"))])
    refused = QDragEnterEvent(where, action, contract, buttons, keys)
    refused.accept()
    portrait.drops.eventFilter(portrait, refused)
    assert not refused.isAccepted()
    qtbot.waitUntil(lambda: isinstance(portrait._taking.dialog, CropDialog), timeout=5000)
    crop = portrait._taking.dialog
    assert isinstance(crop, CropDialog)
    crop.accept()
    qtbot.waitUntil(lambda: workspace.photos(staff.admin).current_profile(client) is not None)
    stored = workspace.photos(staff.admin).current_profile(client)
    assert stored is not None and stored.source is PhotoSource.FILE
    image = QImage.fromData(workspace.photos(staff.admin).image(stored.id))
    assert image.pixelColor(image.width() // 2, image.height() // 2).green() > 110


def test_a_bad_file_dropped_on_the_card_is_refused_plainly(
    qtbot: QtBot, workspace: Workspace, staff: Staff, tmp_path: Path
) -> None:
    client = new_client(workspace, staff.admin)
    view = _card(qtbot, workspace, staff.admin, client)
    portrait = _portrait(view)
    fake = tmp_path / "letter.jpg"
    fake.write_text("Dear client")
    portrait._taking.open_file(fake, PhotoDetails(PhotoKind.PROFILE))
    qtbot.waitUntil(lambda: view.findChild(QLabel, "qt_msgbox_label") is not None, timeout=5000)
    message = view.findChild(QLabel, "qt_msgbox_label")
    assert message is not None and "not a PNG, JPEG or HEIC" in message.text()
    assert workspace.photos(staff.admin).photos(client) == []


def test_a_clinical_photo_lines_up_with_the_previous_one_of_its_zone(
    qtbot: QtBot, workspace: Workspace, staff: Staff, pattern: Path
) -> None:
    client = new_client(workspace, staff.admin)
    workspace.consents(staff.admin).give(client, ConsentPurpose.CLINICAL_PHOTOS)
    photos = workspace.photos(staff.specialist)
    photos.add_frame(
        client, frame(color=(0, 200, 0)), PhotoDetails(PhotoKind.BEFORE, PhotoZone.LEFT)
    )
    view = _card(qtbot, workspace, staff.specialist, client)
    tab = view.open_tab("photosTab")
    assert isinstance(tab, PhotosTab) and tab.can_take_clinical
    tab.take_clinical()
    details = tab.details_dialog
    assert isinstance(details, PhotoDetailsDialog)
    zone = details.findChild(type(details._zone), "photoZoneSelect")
    zone.setCurrentIndex(zone.findData(PhotoZone.LEFT))
    kind = details.findChild(type(details._kind), "photoKindSelect")
    kind.setCurrentIndex(kind.findData(PhotoKind.AFTER))
    details.accept()
    qtbot.waitUntil(lambda: isinstance(tab._taking.dialog, CameraDialog), timeout=5000)
    camera_dialog = tab._taking.dialog
    assert isinstance(camera_dialog, CameraDialog)
    assert camera_dialog._ghost is not None  # the earlier photo of the left side
    _capture(qtbot, camera_dialog)
    qtbot.waitUntil(lambda: len(photos.photos(client)) == 2, timeout=5000)
    after = photos.photos(client)[0]
    assert (after.kind, after.zone) == (PhotoKind.AFTER, PhotoZone.LEFT)


def test_the_menu_commands_reach_the_card_from_the_keyboard(
    qtbot: QtBot, workspace: Workspace, staff: Staff, pattern: Path
) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QTabWidget

    from salon_crm.gui.shell.main_window import MainWindow

    client = new_client(workspace, staff.admin)
    workspace.consents(staff.admin).give(client, ConsentPurpose.CLINICAL_PHOTOS)
    window = MainWindow(workspace, staff.specialist)
    qtbot.addWidget(window)
    window.show()
    window.open_client(client)
    actions = {a.objectName(): a for a in window.findChildren(QAction)}
    assert actions["clinicalPhotoAction"].shortcut().toString() == "Ctrl+Shift+B"
    actions["clinicalPhotoAction"].trigger()
    tabs = window.findChild(QTabWidget, "cardTabs")
    assert tabs is not None and tabs.currentWidget().objectName() == "photosTab"
    tab = window.card_view.open_tab("photosTab") if window.card_view else None
    assert isinstance(tab, PhotosTab) and isinstance(tab.details_dialog, PhotoDetailsDialog)
    tab.details_dialog.reject()
    assert actions["takePhotoAction"].shortcut().toString() == "Ctrl+Shift+O"
    actions["takePhotoAction"].trigger()
    portrait = window.findChild(CardPortrait)
    assert portrait is not None and isinstance(portrait._taking.dialog, CameraDialog)
    portrait._taking.dialog.reject()
    # The front desk takes profile photos only: no clinical command in its menus.
    front = MainWindow(workspace, staff.admin)
    qtbot.addWidget(front)
    names = {a.objectName() for a in front.findChildren(QAction) if a.associatedObjects()}
    assert "takePhotoAction" in names and "clinicalPhotoAction" not in names


def test_a_clinical_photo_asks_for_the_missing_consent_before_the_camera(
    qtbot: QtBot, workspace: Workspace, staff: Staff, pattern: Path
) -> None:
    client = new_client(workspace, staff.admin)
    view = _card(qtbot, workspace, staff.specialist, client)
    tab = view.open_tab("photosTab")
    assert isinstance(tab, PhotosTab)
    asked: list[bool] = []
    tab.confirm_consent = lambda: asked.append(False) or False  # type: ignore[method-assign]
    tab.take_clinical()
    assert asked == [False] and tab.details_dialog is None  # no camera without the consent
    tab.confirm_consent = lambda: True  # type: ignore[method-assign]
    tab.take_clinical()
    assert isinstance(tab.details_dialog, PhotoDetailsDialog)
    assert workspace.photos(staff.specialist).clinical_consent_given(client)
    states = workspace.clients(staff.admin).card(client).consent_history
    assert ConsentPurpose.CLINICAL_PHOTOS in {state.purpose for state in states}
    tab.details_dialog.reject()


def test_the_next_clinical_photo_starts_from_the_last_one(
    qtbot: QtBot, workspace: Workspace, staff: Staff, pattern: Path
) -> None:
    client = new_client(workspace, staff.admin)
    workspace.consents(staff.admin).give(client, ConsentPurpose.CLINICAL_PHOTOS)
    view = _card(qtbot, workspace, staff.specialist, client)
    tab = view.open_tab("photosTab")
    assert isinstance(tab, PhotosTab)
    chosen: list[PhotoDetails] = []
    tab._ask_details(chosen.append)
    first = tab.details_dialog
    assert isinstance(first, PhotoDetailsDialog)
    first._zone.setCurrentIndex(first._zone.findData(PhotoZone.RIGHT))
    first.accept()
    assert chosen[0].kind is PhotoKind.BEFORE and chosen[0].zone is PhotoZone.RIGHT
    tab._ask_details(chosen.append)
    second = tab.details_dialog
    assert isinstance(second, PhotoDetailsDialog)
    second.accept()
    assert (chosen[1].kind, chosen[1].zone) == (PhotoKind.AFTER, PhotoZone.RIGHT)
