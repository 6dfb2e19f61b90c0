"""The crop editor on its own: the frame's shape and limits, by keyboard and by mouse."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from salon_crm.gui.photos.crop_dialog import CropDialog
from salon_crm.gui.photos.crop_editor import CropEditor


def _quarters(width: int = 800, height: int = 400) -> QImage:
    """Red, green / blue, white quarters: a crop shows which part it kept."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    for color, x, y in (("red", 0, 0), ("lime", 1, 0), ("blue", 0, 1), ("white", 1, 1)):
        for row in range(y * height // 2, (y + 1) * height // 2):
            for column in range(x * width // 2, (x + 1) * width // 2, 1):
                image.setPixelColor(column, row, QColor(color))
    return image


def _editor(qtbot: QtBot, image: QImage, aspect: tuple[int, int] | None) -> CropEditor:
    editor = CropEditor(image, aspect)
    qtbot.addWidget(editor)
    editor.resize(820, 420)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _on_screen(editor: CropEditor, x: float, y: float) -> QPoint:
    """Image pixel (x, y) where the editor shows it."""
    shown = editor.rect().adjusted(4, 4, -4, -4)
    scale = min(shown.width() / editor.image().width(), shown.height() / editor.image().height())
    left = shown.left() + (shown.width() - editor.image().width() * scale) / 2
    top = shown.top() + (shown.height() - editor.image().height() * scale) / 2
    return QPointF(left + x * scale, top + y * scale).toPoint()


def test_a_locked_crop_starts_as_the_largest_centred_4_3(qtbot: QtBot) -> None:
    editor = _editor(qtbot, _quarters(), (4, 3))
    crop = editor.crop_rect()
    assert (crop.width(), crop.height()) == (532, 399)
    assert abs(crop.center().x() - 400) <= 1 and crop.top() == 0


def test_keys_move_and_resize_within_the_image(qtbot: QtBot) -> None:
    editor = _editor(qtbot, _quarters(), (4, 3))
    start = editor.crop_rect()
    qtbot.keyClick(editor, Qt.Key.Key_Right)
    assert editor.crop_rect().left() == start.left() + 8  # a hundredth of the image
    qtbot.keyClick(editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert editor.crop_rect().left() == start.left() + 9
    for _ in range(100):
        qtbot.keyClick(editor, Qt.Key.Key_Right)
    assert editor.crop_rect().right() == 799  # stops at the edge
    for _ in range(100):
        qtbot.keyClick(editor, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    smallest = editor.crop_rect()
    assert (smallest.width(), smallest.height()) == (128, 96)
    qtbot.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    grown = editor.crop_rect()
    assert grown.width() > 128 and grown.width() * 3 == grown.height() * 4


def test_dragging_a_corner_keeps_the_opposite_one_and_the_shape(qtbot: QtBot) -> None:
    editor = _editor(qtbot, _quarters(), (4, 3))
    editor.set_crop_rect(QRect(100, 50, 400, 300))
    qtbot.mousePress(editor, Qt.MouseButton.LeftButton, pos=_on_screen(editor, 500, 350))
    qtbot.mouseMove(editor, _on_screen(editor, 340, 300))
    qtbot.mouseRelease(editor, Qt.MouseButton.LeftButton, pos=_on_screen(editor, 340, 300))
    crop = editor.crop_rect()
    assert abs(crop.left() - 100) <= 2 and abs(crop.top() - 50) <= 2
    assert crop.width() < 400 and crop.width() * 3 == crop.height() * 4


def test_dragging_inside_moves_the_frame(qtbot: QtBot) -> None:
    editor = _editor(qtbot, _quarters(), None)
    editor.set_crop_rect(QRect(100, 100, 200, 100))
    qtbot.mousePress(editor, Qt.MouseButton.LeftButton, pos=_on_screen(editor, 200, 150))
    qtbot.mouseMove(editor, _on_screen(editor, 500, 250))
    qtbot.mouseRelease(editor, Qt.MouseButton.LeftButton, pos=_on_screen(editor, 500, 250))
    crop = editor.crop_rect()
    assert abs(crop.left() - 400) <= 3 and crop.size().toTuple() == (200, 100)
    assert crop.bottom() <= 399  # it may not leave the image


def test_a_free_crop_drags_one_side_alone(qtbot: QtBot) -> None:
    editor = _editor(qtbot, _quarters(), None)
    assert editor.crop_rect() == QRect(0, 0, 800, 400)
    qtbot.mousePress(editor, Qt.MouseButton.LeftButton, pos=_on_screen(editor, 800, 200))
    qtbot.mouseMove(editor, _on_screen(editor, 300, 200))
    qtbot.mouseRelease(editor, Qt.MouseButton.LeftButton, pos=_on_screen(editor, 300, 200))
    crop = editor.crop_rect()
    assert abs(crop.width() - 300) <= 3 and crop.height() == 400 and crop.left() == 0


def test_the_crop_dialog_gives_the_part_kept(qtbot: QtBot) -> None:
    dialog = CropDialog(_quarters(), aspect=None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editor.set_crop_rect(QRect(420, 210, 300, 150))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    kept = dialog.cropped()
    assert kept.size().toTuple() == (300, 150)
    assert kept.pixelColor(0, 0) == QColor("white") and kept.pixelColor(299, 149) == QColor("white")


def test_an_image_smaller_than_a_photo_is_kept_whole(qtbot: QtBot) -> None:
    editor = _editor(qtbot, _quarters(100, 60), (4, 3))
    crop = editor.crop_rect()
    assert crop.width() * 3 == crop.height() * 4 and crop.height() <= 60
    qtbot.keyClick(editor, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert editor.crop_rect() == crop  # no smaller: the image is already below the minimum
