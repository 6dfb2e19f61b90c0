"""The shape of a settings section that edits a list: the list at the left, at the right
the chosen item's form, or a hint while none is chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from salon_crm.gui.common.field_errors import hint_label


class ListAndForm:
    """Lays `left` and `form` out in `section` (which it gives its layout), split at
    `sizes` (proportions) and never collapsed."""

    def __init__(
        self, section: QWidget, left: QWidget, form: QWidget, hint: str, sizes: tuple[int, int]
    ) -> None:
        self.hint = hint_label(hint, section)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._right = QStackedWidget(section)
        self._right.addWidget(self.hint)
        self._right.addWidget(form)
        splitter = QSplitter(section)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self._right)
        splitter.setSizes(list(sizes))
        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def show_form(self, shown: bool) -> None:
        """The form (an item is chosen) or the hint (none is)."""
        self._right.setCurrentIndex(1 if shown else 0)
