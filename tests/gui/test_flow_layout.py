"""The wrapping layout of the card's chips, the list's filters and the photo gallery: its
remembered heights follow the items added, inserted, taken or resized."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from salon_crm.gui.common.flow_layout import FlowLayout


def _button(width: int, parent: QWidget) -> QPushButton:
    button = QPushButton(parent)
    button.setFixedSize(width, 20)
    return button


def test_height_follows_the_items(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    flow = FlowLayout(holder, spacing=(0, 0))
    flow.addWidget(_button(60, holder))
    flow.addWidget(_button(60, holder))
    assert flow.heightForWidth(100) == 40  # two lines
    assert flow.heightForWidth(200) == 20
    flow.addWidget(_button(60, holder))
    assert flow.heightForWidth(200) == 20 and flow.heightForWidth(100) == 60
    flow.insert_widget(0, _button(150, holder))
    assert flow.heightForWidth(200) == 40
    taken = flow.takeAt(0)
    assert taken is not None and flow.heightForWidth(200) == 20
    flow.add_break()
    flow.addWidget(_button(10, holder))
    assert flow.heightForWidth(200) == 40
    first = flow.itemAt(0)
    assert first is not None and first.widget() is not None
    first.widget().setFixedSize(190, 20)
    assert flow.heightForWidth(200) == 60  # 190 | 60 60 | 10
