"""The card's photo gallery over the real photo service: groups by procedure and day after
the profile photo's history, thumbnails read off the GUI thread, two photos compared,
the mark for advertising behind its consent, removal only after a question."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtWidgets import QLabel, QToolButton
from pytestqt.qtbot import QtBot

from salon_crm.domain.common.dates import format_day
from salon_crm.domain.common.enums import ConsentPurpose
from salon_crm.domain.photos.photo_kinds import PhotoKind, PhotoZone
from salon_crm.gui.photos.photo_compare_dialog import PhotoCompareDialog
from salon_crm.gui.photos.photo_gallery import PhotoGallery
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.photos.photo_service import PhotoService
from salon_crm.services.photos.photo_types import PhotoDetails, PhotoRow
from salon_crm.services.procedures.procedure_types import ProcedureInput
from tests.conftest import Staff
from tests.unit.photo_files import frame
from tests.unit.procedure_setup import at, new_client, procedure_type_id

RED, GREEN, BLUE = (200, 20, 20), (20, 200, 20), (20, 20, 200)
LIGHT, DARK = (170, 170, 170), (90, 90, 90)
TODAY = date.today()


def _add(
    workspace: Workspace,
    actor: Actor,
    client: int,
    color: tuple[int, int, int],
    kind: PhotoKind,
    **details: object,
) -> PhotoRow:
    return workspace.photos(actor).add_frame(
        client,
        frame(320, 240, color),
        PhotoDetails(kind, **details),  # type: ignore[arg-type]
    )


def _gallery(qtbot: QtBot, workspace: Workspace, actor: Actor, client: int) -> PhotoGallery:
    gallery = PhotoGallery(workspace, actor, client)
    qtbot.addWidget(gallery)
    gallery.resize(900, 600)
    with qtbot.waitSignal(gallery.thumbnails_loaded, timeout=10_000):
        gallery.show()
    return gallery


def _reloaded(qtbot: QtBot, gallery: PhotoGallery) -> None:
    """Wait for a change's reload to show."""
    qtbot.waitSignal(gallery.thumbnails_loaded, timeout=10_000).wait()


def _told(gallery: PhotoGallery) -> list[str]:
    told: list[str] = []
    gallery.tell = told.append  # type: ignore[method-assign]
    return told


def _colour(image: QImage | None) -> tuple[int, int, int]:
    assert image is not None
    pixel = QColor(image.pixelColor(image.width() // 2, image.height() // 2))
    return pixel.red(), pixel.green(), pixel.blue()


def _near(found: tuple[int, int, int], wanted: tuple[int, int, int]) -> bool:
    return all(abs(a - b) < 40 for a, b in zip(found, wanted, strict=True))


@pytest.fixture
def client(workspace: Workspace, staff: Staff) -> int:
    """A client who consented to clinical photos, with her profile photo changed once, a
    chemical peel ten days ago photographed before and after, and a photo five days ago
    of no procedure."""
    client = new_client(workspace, staff.admin)
    workspace.consents(staff.admin).give(client, ConsentPurpose.CLINICAL_PHOTOS)
    _add(workspace, staff.admin, client, LIGHT, PhotoKind.PROFILE)
    _add(workspace, staff.admin, client, DARK, PhotoKind.PROFILE)
    peel = workspace.procedures(staff.specialist).record(
        client,
        ProcedureInput(
            procedure_type_id=procedure_type_id(workspace, staff.owner, "chemical_peel"),
            performed_at=at(TODAY - timedelta(days=10)),
        ),
    )
    front = {"zone": PhotoZone.FRONT, "procedure_id": peel.id}
    _add(workspace, staff.specialist, client, BLUE, PhotoKind.AFTER, **front)
    _add(workspace, staff.specialist, client, RED, PhotoKind.BEFORE, **front)
    _add(
        workspace,
        staff.specialist,
        client,
        GREEN,
        PhotoKind.CLINICAL,
        zone=PhotoZone.LEFT,
        taken_on=TODAY - timedelta(days=5),
    )
    return client


def test_photos_are_grouped_profile_history_first_then_by_procedure_and_day(
    qtbot: QtBot, workspace: Workspace, staff: Staff, client: int
) -> None:
    gallery = _gallery(qtbot, workspace, staff.specialist, client)
    headers = [label.text() for label in gallery.findChildren(QLabel, "photoGroupHeader")]
    assert headers == [
        "Profile photos",
        f"{format_day(TODAY - timedelta(days=5))} — no procedure",
        f"{format_day(TODAY - timedelta(days=10))} — Chemical peel",
    ]
    shown = [(tile.row.kind, tile.second_line()) for tile in gallery.tiles()]
    assert shown == [
        (PhotoKind.PROFILE, "Current"),  # the newest profile photo is the one shown
        (PhotoKind.PROFILE, ""),
        (PhotoKind.CLINICAL, "Left side"),
        (PhotoKind.BEFORE, "Front"),  # before ahead of after within the procedure
        (PhotoKind.AFTER, "Front"),
    ]


def test_thumbnails_are_read_in_the_background_behind_placeholders(
    qtbot: QtBot,
    workspace: Workspace,
    staff: Staff,
    client: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threads: list[threading.Thread] = []
    read = PhotoService.thumbnails

    def thumbnails(service: PhotoService, photo_ids: Iterable[int]) -> dict[int, bytes]:
        found = read(service, photo_ids)
        threads.extend(threading.current_thread() for _ in found)
        return found

    monkeypatch.setattr(PhotoService, "thumbnails", thumbnails)
    gallery = PhotoGallery(workspace, staff.specialist, client)
    qtbot.addWidget(gallery)
    # Nothing read on the GUI thread while building: the list comes later.
    assert gallery.tiles() == []
    assert "Opening" in gallery.message.text()
    with qtbot.waitSignal(gallery.thumbnails_loaded, timeout=10_000):
        gallery.show()
    assert len(threads) == 5
    assert threading.main_thread() not in threads
    colours = [_colour(tile.image) for tile in gallery.tiles()]
    assert [_near(c, w) for c, w in zip(colours, [DARK, LIGHT, GREEN, RED, BLUE], strict=True)] == [
        True
    ] * 5

    # A reload keeps the thumbnails it has: none is read again.
    threads.clear()
    gallery.reload()
    _reloaded(qtbot, gallery)
    assert threads == []
    assert all(tile.image is not None for tile in gallery.tiles())


def test_a_client_without_photos_is_told_how_to_add_one(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    gallery = _gallery(qtbot, workspace, staff.specialist, new_client(workspace, staff.admin))
    assert gallery.stack.currentWidget() is gallery.message
    assert "No photos of this client yet" in gallery.message.text()
    assert not gallery.before_after_action.isVisible()


def _open_dialog(qtbot: QtBot, gallery: PhotoGallery) -> PhotoCompareDialog:
    qtbot.waitUntil(lambda: gallery.findChild(PhotoCompareDialog) is not None, timeout=10_000)
    dialog = gallery.findChild(PhotoCompareDialog)
    assert isinstance(dialog, PhotoCompareDialog)
    return dialog


def test_two_photos_picked_with_ctrl_click_are_compared_earlier_left(
    qtbot: QtBot, workspace: Workspace, staff: Staff, client: int
) -> None:
    gallery = _gallery(qtbot, workspace, staff.specialist, client)
    clinical, before, after = gallery.tiles()[2:]
    qtbot.mouseClick(after, Qt.MouseButton.LeftButton)
    assert not gallery.compare_action.isEnabled()
    assert "Ctrl+click" in gallery.hint.text()  # how to pick the second one
    qtbot.mouseClick(before, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier)
    assert [row.id for row in gallery.selected()] == [after.row.id, before.row.id]
    assert gallery.compare_action.isEnabled()
    assert not gallery.hint.isVisibleTo(gallery)  # one zone: nothing to warn about

    gallery.compare_action.trigger()
    dialog = _open_dialog(qtbot, gallery)
    left, right = dialog.view.canvas.photos()
    day = format_day(TODAY)  # taken today, of a procedure ten days ago
    assert (left.caption, right.caption) == (f"Before · {day} · Front", f"After · {day} · Front")
    assert _near(_colour(left.image), RED) and _near(_colour(right.image), BLUE)
    assert left.image.width() == 320  # the full photo, not the thumbnail's tile size

    # A photo of another zone can be compared too, with a warning.
    qtbot.mouseClick(clinical, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(after, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier)
    assert len(gallery.selected()) == 2
    assert "different zones" in gallery.hint.text()
    qtbot.mouseClick(clinical, Qt.MouseButton.LeftButton)
    assert [row.id for row in gallery.selected()] == [clinical.row.id]
    assert not gallery.compare_action.isEnabled()


def test_the_latest_before_after_pair_is_offered_without_picking(
    qtbot: QtBot, workspace: Workspace, staff: Staff, client: int
) -> None:
    gallery = _gallery(qtbot, workspace, staff.specialist, client)
    assert gallery.before_after_action.isVisible()
    gallery.before_after_action.trigger()
    left, right = _open_dialog(qtbot, gallery).view.canvas.photos()
    assert left.caption.startswith("Before") and right.caption.startswith("After")


def test_a_double_click_opens_one_photo_large(
    qtbot: QtBot, workspace: Workspace, staff: Staff, client: int
) -> None:
    gallery = _gallery(qtbot, workspace, staff.specialist, client)
    green = gallery.tiles()[2]
    qtbot.mouseDClick(green, Qt.MouseButton.LeftButton)
    (photo,) = _open_dialog(qtbot, gallery).view.canvas.photos()
    assert _near(_colour(photo.image), GREEN)


def test_marking_for_advertising_needs_the_marketing_consent(
    qtbot: QtBot, workspace: Workspace, staff: Staff, client: int
) -> None:
    gallery = _gallery(qtbot, workspace, staff.specialist, client)
    told = _told(gallery)
    after = gallery.tiles()[4]
    qtbot.mouseClick(after, Qt.MouseButton.LeftButton)
    assert gallery.marketing_action.isEnabled() and not gallery.marketing_action.isChecked()

    gallery.marketing_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert "not consented to the use of photos in advertising" in told[0]
    assert not gallery.marketing_action.isChecked()  # the click did not stick
    service = workspace.photos(staff.specialist)
    assert not service.get(after.row.id).marketing

    workspace.consents(staff.admin).give(client, ConsentPurpose.MARKETING_PHOTOS)
    changed: list[bool] = []
    gallery.photos_changed.connect(lambda: changed.append(True))
    with qtbot.waitSignal(gallery.thumbnails_loaded, timeout=10_000):
        gallery.marketing_action.trigger()
    assert changed == []  # a mark is no new face: the card need not reload
    assert service.get(after.row.id).marketing
    assert gallery.tile(after.row.id).row.marketing_allowed
    assert gallery.marketing_action.isChecked()  # still selected, shown as stored
    assert "Marked for advertising" in gallery.tile(after.row.id).toolTip()
    assert told == [told[0]]


def test_removing_a_photo_asks_first_and_hides_it(
    qtbot: QtBot, workspace: Workspace, staff: Staff, client: int
) -> None:
    gallery = _gallery(qtbot, workspace, staff.specialist, client)
    asked: list[str] = []
    answer = [False]

    def confirm(title: str, text: str) -> bool:
        asked.append(text)
        return answer[0]

    gallery.confirm = confirm  # type: ignore[method-assign]
    green = gallery.tiles()[2]
    qtbot.mouseClick(green, Qt.MouseButton.LeftButton)
    gallery.remove_action.trigger()
    assert len(asked) == 1 and "hidden, not destroyed" in asked[0]
    service = workspace.photos(staff.specialist)
    assert green.row.id in [row.id for row in service.photos(client)]

    answer[0] = True
    with qtbot.waitSignal(gallery.photos_changed, timeout=10_000):
        gallery.remove_action.trigger()
    _reloaded(qtbot, gallery)
    assert green.row.id not in [row.id for row in service.photos(client)]
    assert green.row.id not in [tile.row.id for tile in gallery.tiles()]
    assert gallery.selected() == []


def test_an_earlier_profile_photo_can_be_made_current_again(
    qtbot: QtBot, workspace: Workspace, staff: Staff, client: int
) -> None:
    gallery = _gallery(qtbot, workspace, staff.admin, client)
    # The receptionist's role reads no health data: only the profile photos show.
    assert [tile.row.kind for tile in gallery.tiles()] == [PhotoKind.PROFILE] * 2
    current, older = gallery.tiles()
    qtbot.mouseClick(current, Qt.MouseButton.LeftButton)
    assert not gallery.profile_action.isEnabled()
    qtbot.mouseClick(older, Qt.MouseButton.LeftButton)
    assert gallery.profile_action.isEnabled()
    with qtbot.waitSignal(gallery.photos_changed, timeout=10_000):
        gallery.profile_action.trigger()
    _reloaded(qtbot, gallery)
    assert gallery.tile(older.row.id).second_line() == "Current"
    assert gallery.tile(current.row.id).second_line() == ""


def test_the_card_adds_its_own_buttons_ahead_and_the_menu_acts_on_the_photo(
    qtbot: QtBot, workspace: Workspace, staff: Staff, client: int
) -> None:
    gallery = _gallery(qtbot, workspace, staff.specialist, client)
    take = QAction("Take photo", gallery)
    gallery.add_actions([take])
    first = gallery.tools.itemAt(0).widget()
    assert isinstance(first, QToolButton) and first.defaultAction() is take

    tile = gallery.tiles()[3]
    menu = gallery.context_menu(tile)
    assert gallery.selected() == [tile.row]  # the photo right-clicked is the one acted on
    assert gallery.remove_action in menu.actions()
    assert gallery.profile_action not in menu.actions()  # not a profile photo
    assert gallery.open_action in menu.actions()


def test_a_before_photo_is_linked_to_its_procedure_later(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client = new_client(workspace, staff.admin)
    workspace.consents(staff.admin).give(client, ConsentPurpose.CLINICAL_PHOTOS)
    before = _add(workspace, staff.specialist, client, RED, PhotoKind.BEFORE, zone=PhotoZone.LEFT)
    kind = procedure_type_id(workspace, staff.owner, "biorevitalization")
    procedure = workspace.procedures(staff.specialist).record(
        client, ProcedureInput(procedure_type_id=kind, performed_at=at(TODAY))
    )
    gallery = _gallery(qtbot, workspace, staff.specialist, client)
    gallery.select([before.id])
    assert gallery.details_action.isEnabled()
    gallery.edit_details()
    dialog = gallery.details_dialog
    assert dialog is not None
    chooser = dialog._procedure
    chooser.setCurrentIndex(chooser.findData(procedure.id))
    dialog.accept()
    _reloaded(qtbot, gallery)
    fixed = workspace.photos(staff.specialist).get(before.id)
    assert (fixed.procedure_id, fixed.zone, fixed.kind) == (
        procedure.id,
        PhotoZone.LEFT,
        PhotoKind.BEFORE,
    )
    # A profile photo has no such details.
    profile = _add(workspace, staff.specialist, client, BLUE, PhotoKind.PROFILE)
    gallery.reload()
    _reloaded(qtbot, gallery)
    gallery.select([profile.id])
    assert not gallery.details_action.isEnabled()


def test_the_arrows_go_from_photo_to_photo(
    qtbot: QtBot, workspace: Workspace, staff: Staff, client: int
) -> None:
    gallery = _gallery(qtbot, workspace, staff.specialist, client)
    tiles = gallery.tiles()
    tiles[0].setFocus()
    qtbot.keyClick(tiles[0], Qt.Key.Key_Right)
    assert [row.id for row in gallery.selected()] == [tiles[1].row.id]
    assert tiles[1].hasFocus() or gallery.focusWidget() is tiles[1]
    qtbot.keyClick(tiles[1], Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tiles[2], Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert [row.id for row in gallery.selected()] == [tiles[1].row.id, tiles[2].row.id]
    assert gallery.compare_action.isEnabled()
    qtbot.keyClick(tiles[2], Qt.Key.Key_Left)
    assert [row.id for row in gallery.selected()] == [tiles[1].row.id]
