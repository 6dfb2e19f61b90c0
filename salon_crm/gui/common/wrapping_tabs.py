"""Tabs whose titles wrap onto a second row instead of hiding behind scroll arrows.

A card pane is narrow (half of a 1024-pixel screen) and holds many tabs, whose titles in
Russian or Polish are long; a QTabBar would hide the last ones behind arrows. Here the
QTabWidget keeps its pages and Ctrl+Tab / Ctrl+Shift+Tab with its own bar hidden, and a
row of checkable buttons in a flow layout stands in for the bar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salon_crm.gui.common.flow_layout import FlowLayout

_STYLE = """
QToolButton { border: none; border-bottom: 2px solid transparent; padding: 4px 10px; }
QToolButton:hover { border-bottom-color: palette(mid); }
QToolButton:checked { border-bottom-color: palette(highlight); font-weight: 600; }
"""


class WrappingTabs(QWidget):
    """A tab widget (`tabs`) with a wrapping row of titles above it. Add the pages to
    `tabs`, then call `refresh()` (titles and count are read from the tab widget).

    The tab widget is made here, a child from the start: one moved in from another
    parent came out of the Tab key's chain broken (Tab stayed on the widget before it).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = tabs = QTabWidget(self)
        tabs.tabBar().hide()
        # The hidden bar was the tab widget's focus proxy: Tab would stop at it forever.
        # The titles are the Tab stop instead (the arrow keys pick); Ctrl+Tab still works
        # from inside a page.
        tabs.setFocusProxy(None)  # type: ignore[arg-type]  # Qt accepts nullptr here
        tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._bar = QWidget(self)
        self._bar.setObjectName("tabTitles")
        self._bar.setStyleSheet(_STYLE)
        self._bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._flow = FlowLayout(self._bar)
        self._flow.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.idClicked.connect(tabs.setCurrentIndex)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._bar)
        layout.addWidget(tabs, 1)
        tabs.currentChanged.connect(self._follow)

    def refresh(self) -> None:
        for button in self._group.buttons():
            self._group.removeButton(button)
            button.deleteLater()
        for index in range(self.tabs.count()):
            button = QToolButton(self._bar)
            page = self.tabs.widget(index)
            button.setObjectName(f"{page.objectName() if page else 'tab'}Title")
            button.setText(self.tabs.tabText(index))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self._group.addButton(button, index)
            self._flow.addWidget(button)
        self._follow(self.tabs.currentIndex())

    def _follow(self, index: int) -> None:
        button = self._group.button(index)
        if button is not None:
            button.setChecked(True)
