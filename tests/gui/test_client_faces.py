"""The client's profile photo, small, beside the name in the client list and the client
picker; rows without one stay in line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLineEdit, QListWidget
from pytestqt.qtbot import QtBot

from salon_crm.domain.photos.photo_kinds import PhotoKind
from salon_crm.gui.clients.client_faces import FACE_SIDE, face_source
from salon_crm.gui.clients.client_picker import ClientPickerDialog
from salon_crm.gui.clients.client_table_model import ClientTableModel, Column
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.photos.photo_types import PhotoDetails
from tests.conftest import Staff
from tests.unit.photo_files import frame
from tests.unit.procedure_setup import new_client

RED = (220, 20, 20)


def _centre(pixmap: QPixmap) -> tuple[int, int, int, int]:
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    color = image.pixelColor(image.width() // 2, image.height() // 2)
    return color.red(), color.green(), color.blue(), color.alpha()


def _with_photo(workspace: Workspace, staff: Staff) -> tuple[int, int]:
    pictured = new_client(workspace, staff.admin, first_name="Алла")
    plain = new_client(workspace, staff.admin, first_name="Віра")
    workspace.photos(staff.admin).add_frame(
        pictured, frame(color=RED), PhotoDetails(PhotoKind.PROFILE)
    )
    return pictured, plain


def test_the_list_shows_the_face_beside_the_name(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    pictured, plain = _with_photo(workspace, staff)
    model = ClientTableModel(
        workspace.search(staff.admin), faces=face_source(workspace, staff.admin)
    )
    with qtbot.waitSignal(model.page_loaded):
        model.set_query("")
    name = list(Column).index(Column.NAME)

    def face_of(client_id: int) -> QPixmap:
        return model.index(model.row_of(client_id), name).data(Qt.ItemDataRole.DecorationRole)

    qtbot.waitUntil(lambda: _centre(face_of(pictured))[3] == 255)
    red, green, _blue, _alpha = _centre(face_of(pictured))
    assert red > 180 and green < 60
    blank = face_of(plain)
    assert blank.deviceIndependentSize().toSize().width() == FACE_SIDE
    assert _centre(blank)[3] == 0


def test_the_picker_shows_the_face(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    _with_photo(workspace, staff)
    picker = ClientPickerDialog(
        workspace.search(staff.admin), faces=face_source(workspace, staff.admin)
    )
    qtbot.addWidget(picker)
    picker.findChild(QLineEdit, "clientPickerSearch").setText("Алла")
    with qtbot.waitSignal(picker.results_shown):
        picker.run_search()
    results = picker.findChild(QListWidget, "clientPickerResults")
    assert results.count() == 1

    def icon_centre() -> tuple[int, int, int, int]:
        return _centre(results.item(0).icon().pixmap(FACE_SIDE, FACE_SIDE))

    qtbot.waitUntil(lambda: icon_centre()[3] == 255)
    assert icon_centre()[0] > 180


def test_the_merge_dialog_shows_the_faces_of_the_cards_found(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    from salon_crm.gui.clients.merge_dialog import MergeDialog

    _pictured, plain = _with_photo(workspace, staff)
    dialog = MergeDialog(workspace, staff.owner, plain)
    qtbot.addWidget(dialog)
    dialog.search_edit.setText("Алла")
    dialog.search_now()
    assert dialog.results.count() == 1

    def icon_centre() -> tuple[int, int, int, int]:
        return _centre(dialog.results.item(0).icon().pixmap(FACE_SIDE, FACE_SIDE))

    qtbot.waitUntil(lambda: icon_centre()[3] == 255)
    assert icon_centre()[0] > 180
