"""Small pieces every form uses: a field paired with the red label that explains its error."""

from __future__ import annotations

import html
import itertools
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

ERROR_COLOR = "#b00020"  # the one red of error messages
ERROR_STYLE = f"color: {ERROR_COLOR};"


@dataclass(frozen=True)
class FieldSlot:
    """Where a field's error goes: the widget to focus and the label under it."""

    widget: QWidget
    error: QLabel

    def show_error(self, text: str, link: tuple[str, str] | None = None) -> None:
        """`link` = (href, caption) appends a link, e.g. to open the client a phone belongs to."""
        shown = html.escape(text)
        if link is not None:
            href, caption = link
            shown += f' <a href="{html.escape(href)}">{html.escape(caption)}</a>'
        self.error.setText(shown)
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def has_error(self) -> bool:
        return not self.error.isHidden()

    def clear_on_edit(self) -> None:
        """Once the user touches the field, its old message no longer applies: hide it."""
        widget = self.widget
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self.clear_error)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self.clear_error)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(self.clear_error)
        elif isinstance(widget, QAbstractSpinBox):
            widget.editingFinished.connect(self.clear_error)


def error_label(parent: QWidget | None = None, field: str = "") -> QLabel:
    label = QLabel(parent)
    if field:
        label.setObjectName(f"error_{field}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    # Rich text only so that a message can carry a link; every message is escaped first.
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
    label.hide()
    return label


def with_error(widget: QWidget, field: str = "") -> tuple[QWidget, FieldSlot]:
    """`widget` above its (hidden until needed) error label, in one container to lay out."""
    container = QWidget(widget.parentWidget())
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    label = error_label(container, field)
    layout.addWidget(label)
    slot = FieldSlot(widget, label)
    slot.clear_on_edit()
    return container, slot


def focus_chain(root: QWidget) -> list[QWidget]:
    """The focusable widgets under `root` in layout order — the order they are seen in.

    Qt's default tab order is creation order, which rows added later would break.
    """
    found: list[QWidget] = []

    def visit_widget(widget: QWidget) -> None:
        if isinstance(widget, QScrollArea):
            inner = widget.widget()
            if inner is not None:
                visit_widget(inner)
            return
        layout = widget.layout()
        if layout is not None:
            visit_layout(layout)
        elif widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value:
            found.append(widget)

    def visit_layout(layout: QLayout) -> None:
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is None:
                continue
            child = item.widget()
            if child is not None:
                visit_widget(child)
                continue
            inner = item.layout()
            if inner is not None:
                visit_layout(inner)

    visit_widget(root)
    return found


def apply_tab_order(widgets: list[QWidget]) -> None:
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)
