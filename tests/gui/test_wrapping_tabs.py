"""Tab titles wrap onto another row in a narrow pane instead of hiding behind arrows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QToolButton
from pytestqt.qtbot import QtBot

from salon_crm.gui.common.wrapping_tabs import WrappingTabs

TITLES = ["Анкета", "Косметология", "Процедуры", "Фотографии", "Документы", "История"]


def _tabs(qtbot: QtBot, width: int) -> tuple[WrappingTabs, QTabWidget, list[QToolButton]]:
    wrapping = WrappingTabs()
    tabs = wrapping.tabs
    for title in TITLES:
        page = QLabel(f"page {title}")
        page.setObjectName(f"{title}Page")
        tabs.addTab(page, title)
    wrapping.refresh()
    qtbot.addWidget(wrapping)
    wrapping.resize(width, 300)
    wrapping.show()
    qtbot.waitExposed(wrapping)
    buttons = [b for b in wrapping.findChildren(QToolButton) if b.text() in TITLES]
    return wrapping, tabs, buttons


def test_every_title_shows_whole_on_a_narrow_pane(qtbot: QtBot) -> None:
    _wrapping, tabs, buttons = _tabs(qtbot, 330)
    assert not tabs.tabBar().isVisible()
    assert sorted(b.text() for b in buttons) == sorted(TITLES)
    for button in buttons:
        assert button.isVisible()
        assert button.width() >= button.sizeHint().width(), button.text()
        assert button.geometry().right() <= 330
    assert len({b.y() for b in buttons}) > 1  # wrapped onto more rows


def test_a_click_or_ctrl_tab_picks_the_page_and_the_title_follows(qtbot: QtBot) -> None:
    _wrapping, tabs, buttons = _tabs(qtbot, 900)
    by_text = {b.text(): b for b in buttons}
    assert by_text["Анкета"].isChecked()
    qtbot.mouseClick(by_text["Документы"], Qt.MouseButton.LeftButton)
    assert tabs.currentIndex() == TITLES.index("Документы")
    tabs.currentWidget().setFocus()
    qtbot.keyClick(tabs.currentWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == TITLES.index("История")
    assert by_text["История"].isChecked()
    assert not by_text["Документы"].isChecked()


def test_the_titles_are_one_tab_stop_and_arrows_move_between_them(qtbot: QtBot) -> None:
    """Like a tab bar (or radio buttons): Tab lands on the current title, the arrow keys
    pick the next or previous page."""
    wrapping, tabs, buttons = _tabs(qtbot, 900)
    wrapping.activateWindow()
    qtbot.waitUntil(wrapping.isActiveWindow)
    buttons[0].setFocus()
    qtbot.keyClick(buttons[0], Qt.Key.Key_Right)
    assert buttons[1].hasFocus()
    assert tabs.currentIndex() == 1
    qtbot.keyClick(buttons[1], Qt.Key.Key_Left)
    assert tabs.currentIndex() == 0
