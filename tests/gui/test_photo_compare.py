"""The before/after comparison: the slider wipe shows one photo left of the divider and
the other right of it, zoom and pan move both photos alike, and the pair exports as one
picture with the captions under the photos."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from salon_crm.gui.photos.pair_export import compose_pair
from salon_crm.gui.photos.photo_compare_canvas import (
    ComparedPhoto,
    CompareMode,
    PhotoCompareCanvas,
)
from salon_crm.gui.photos.photo_compare_dialog import PhotoCompareDialog
from salon_crm.gui.photos.photo_compare_view import PhotoCompareView

RED, BLUE, GREEN = QColor("red"), QColor("blue"), QColor("lime")


def _solid(color: QColor, width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(color)
    return image


def _halves(width: int, height: int) -> QImage:
    """Red on the left half, green on the right: shows which part of a photo is shown."""
    image = _solid(RED, width, height)
    painter = QPainter(image)
    painter.fillRect(width // 2, 0, width - width // 2, height, GREEN)
    painter.end()
    return image


def _colour_at(canvas: PhotoCompareCanvas, x: float, y: float) -> QColor:
    return canvas.grab().toImage().pixelColor(int(x), int(y))


def _close(a: QRectF, b: QRectF) -> bool:
    return all(
        abs(p - q) < 1e-3
        for p, q in zip(
            (a.left(), a.top(), a.width(), a.height()),
            (b.left(), b.top(), b.width(), b.height()),
            strict=True,
        )
    )


def _canvas(qtbot: QtBot, left: QImage, right: QImage) -> PhotoCompareCanvas:
    canvas = PhotoCompareCanvas(
        [ComparedPhoto(left, "Before · 01.03.2026"), ComparedPhoto(right, "After · 12.03.2026")]
    )
    qtbot.addWidget(canvas)
    canvas.resize(800, 500)
    canvas.show()
    qtbot.waitExposed(canvas)
    return canvas


def _wheel(canvas: PhotoCompareCanvas, at: QPointF, notches: int) -> None:
    event = QWheelEvent(
        at,
        canvas.mapToGlobal(at),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas, event)


# --- composing the exported picture ---------------------------------------------------------


def _ink_below(picture: QImage, top: int) -> int:
    """How many pixels below row `top` are not the white background (caption text)."""
    return sum(
        1
        for y in range(top, picture.height())
        for x in range(picture.width())
        if picture.pixelColor(x, y) != QColor("white")
    )


def test_the_pair_is_composed_at_the_lower_height_with_captions_under_the_photos() -> None:
    left, right = _solid(RED, 400, 300), _solid(BLUE, 240, 150)
    picture = compose_pair(left, right, ("Before · 01.03.2026", "After · 12.03.2026"))
    middle = picture.height() // 3
    row = [picture.pixelColor(x, middle) for x in range(picture.width())]
    # The left photo is scaled down to the right one's 150 px (200 wide), never up.
    assert row.count(RED) == 200
    assert row.count(BLUE) == 240
    assert row.index(RED) < row.index(BLUE)
    column = [picture.pixelColor(row.index(RED) + 10, y) for y in range(picture.height())]
    photo_bottom = len(column) - column[::-1].index(RED)
    assert column.count(RED) == 150
    assert picture.height() - photo_bottom >= 14  # room for a caption under the photos
    assert _ink_below(picture, photo_bottom) > 0
    assert _ink_below(compose_pair(left, right, ("", "")), photo_bottom) == 0


# --- the slider wipe ------------------------------------------------------------------------


def test_the_wipe_shows_the_left_photo_left_of_the_divider_and_the_right_one_right(
    qtbot: QtBot,
) -> None:
    # Different resolutions, the same frame: both fill it alike.
    canvas = _canvas(qtbot, _solid(RED, 400, 300), _solid(BLUE, 1200, 900))
    canvas.set_mode(CompareMode.WIPE)
    frame = canvas.frames()[0]
    y = frame.center().y()
    x = canvas.divider_x()
    assert x == frame.center().x()
    assert _colour_at(canvas, x - 20, y) == RED
    assert _colour_at(canvas, x + 20, y) == BLUE
    photo_left = canvas.photo_rect(0)
    assert _close(photo_left, canvas.photo_rect(1))
    assert _colour_at(canvas, photo_left.left() + 2, y) == RED
    assert _colour_at(canvas, photo_left.right() - 2, y) == BLUE

    for _ in range(5):
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert abs(canvas.divider - 0.6) < 1e-9
    assert _colour_at(canvas, x + 20, y) == RED  # wiped over by the left photo

    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(canvas.divider_x()), int(y)))
    qtbot.mouseMove(canvas, QPoint(int(frame.left() + frame.width() * 0.2), int(y)))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton)
    assert abs(canvas.divider - 0.2) < 0.01
    assert _colour_at(canvas, frame.left() + frame.width() * 0.3, y) == BLUE


# --- zoom and pan together ------------------------------------------------------------------


def test_zoom_and_pan_show_the_same_part_of_both_photos(qtbot: QtBot) -> None:
    canvas = _canvas(qtbot, _halves(400, 300), _halves(1600, 1200))
    left, right = canvas.frames()
    assert _close(canvas.visible_part(0), QRectF(0, 0, 1, 1))

    # Zooming in about a point of the right photo zooms the left one about the same point.
    _wheel(canvas, right.center() + QPointF(right.width() / 4, 0), 3)
    assert canvas.zoom > 1.9
    assert canvas.visible_part(0).width() < 0.55
    assert _close(canvas.visible_part(0), canvas.visible_part(1))
    assert canvas.visible_part(0).left() > 0.2  # the point under the pointer stayed there

    # Dragging the left photo to the right shows more of both photos' left (red) halves.
    start = left.center()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start.toPoint())
    qtbot.mouseMove(canvas, (start + QPointF(400, 0)).toPoint())
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=(start + QPointF(400, 0)).toPoint())
    assert canvas.visible_part(0).left() == 0  # no panning past the photo's edge
    assert _close(canvas.visible_part(0), canvas.visible_part(1))
    for frame in (left, right):
        assert _colour_at(canvas, frame.center().x(), frame.center().y()) == RED

    canvas.fit()
    assert _close(canvas.visible_part(0), QRectF(0, 0, 1, 1))
    assert _close(canvas.visible_part(1), QRectF(0, 0, 1, 1))


def test_the_keyboard_zooms_in_out_and_back_to_fit(qtbot: QtBot) -> None:
    view = PhotoCompareView(
        [ComparedPhoto(_halves(400, 300), "Before"), ComparedPhoto(_halves(800, 600), "After")]
    )
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.canvas.setFocus()
    qtbot.waitUntil(view.canvas.hasFocus)
    assert not view.fit_action.isEnabled()

    qtbot.keyClick(view.canvas, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert abs(view.canvas.zoom - 1.25**2) < 1e-9
    assert view.fit_action.isEnabled()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert abs(view.canvas.zoom - 1.25) < 1e-9
    qtbot.keyClick(view.canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.canvas.zoom == 1.0
    assert _close(view.canvas.visible_part(1), QRectF(0, 0, 1, 1))


def test_the_mode_buttons_switch_between_side_by_side_and_the_slider(qtbot: QtBot) -> None:
    view = PhotoCompareView(
        [
            ComparedPhoto(_solid(RED, 400, 300), "Before"),
            ComparedPhoto(_solid(BLUE, 400, 300), "After"),
        ]
    )
    qtbot.addWidget(view)
    assert len(view.canvas.frames()) == 2
    view.wipe_action.trigger()
    assert view.canvas.mode is CompareMode.WIPE
    assert len(view.canvas.frames()) == 1
    view.side_by_side_action.trigger()
    assert view.canvas.mode is CompareMode.SIDE_BY_SIDE


# --- export and one photo alone -------------------------------------------------------------


def _pair_view(qtbot: QtBot) -> PhotoCompareView:
    view = PhotoCompareView(
        [
            ComparedPhoto(_solid(RED, 400, 300), "Before · 01.03.2026 · Front"),
            ComparedPhoto(_solid(BLUE, 400, 300), "After · 12.03.2026 · Front"),
        ]
    )
    qtbot.addWidget(view)
    return view


def test_export_writes_the_pair_in_the_format_the_name_says(qtbot: QtBot, tmp_path: Path) -> None:
    view = _pair_view(qtbot)
    told: list[str] = []
    view.tell = told.append  # type: ignore[method-assign]
    expected = compose_pair(
        _solid(RED, 400, 300), _solid(BLUE, 400, 300), ("Before · 01.03.2026 · Front", "")
    ).size()

    view.choose_export_path = lambda: tmp_path / "pair.png"  # type: ignore[method-assign]
    assert view.export()
    saved = QImage(str(tmp_path / "pair.png"))
    assert saved.size() == expected
    assert saved.pixelColor(expected.width() // 4, expected.height() // 3) == RED

    view.choose_export_path = lambda: tmp_path / "pair"  # type: ignore[method-assign]
    assert view.export()
    assert (tmp_path / "pair.jpg").read_bytes()[:3] == b"\xff\xd8\xff"  # a JPEG
    assert told == []


def test_export_refuses_a_format_it_cannot_write_and_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    view = _pair_view(qtbot)
    told: list[str] = []
    view.tell = told.append  # type: ignore[method-assign]
    view.choose_export_path = lambda: tmp_path / "pair.gif"  # type: ignore[method-assign]
    assert not view.export()
    assert not (tmp_path / "pair.gif").exists()
    assert "JPEG" in told[0]

    view.choose_export_path = lambda: tmp_path / "missing" / "pair.jpg"  # type: ignore[method-assign]
    assert not view.export()
    assert "could not be saved" in told[1]

    view.choose_export_path = lambda: None  # type: ignore[method-assign]
    assert not view.export()  # cancelled: nothing said
    assert len(told) == 2


def test_one_photo_is_shown_large_without_the_comparison_tools(qtbot: QtBot) -> None:
    dialog = PhotoCompareDialog([ComparedPhoto(_solid(RED, 400, 300), "Profile · 01.03.2026")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.findChild(PhotoCompareView, "photoCompare")
    assert view is not None
    assert dialog.windowTitle() == "Profile · 01.03.2026"
    assert not view.wipe_action.isVisible()
    assert not view.export_action.isVisible()
    assert len(view.canvas.frames()) == 1
    frame = view.canvas.frames()[0]
    assert _colour_at(view.canvas, frame.center().x(), frame.center().y()) == RED
    # Never larger than a 1366×768 laptop's screen.
    room = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().width() <= max(room.width(), 1366)
    assert dialog.height() <= max(room.height(), 768)
