"""Small pieces every form uses: a field paired with the red label that explains its error,
the one red of errors, the order of Tab."""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable
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

ERROR_COLOR = "#b00020"  # the one red of error messages (and of danger marks)
ERROR_STYLE = f"color: {ERROR_COLOR};"

# How a field tells that the user changed it, by kind of widget.
_EDIT_SIGNALS: tuple[tuple[type[QWidget], str], ...] = (
    (QLineEdit, "textEdited"),
    (QPlainTextEdit, "textChanged"),
    (QComboBox, "activated"),
    (QAbstractSpinBox, "editingFinished"),
)


def on_edit(widget: QWidget, slot: Callable[[], None]) -> None:
    """Call `slot` whenever the user changes `widget` (not when the program sets it)."""
    for kind, signal in _EDIT_SIGNALS:
        if isinstance(widget, kind):
            getattr(widget, signal).connect(lambda *_args: slot())
            return


class ErrorLabel(QLabel):
    """A red message under a field; hidden while there is nothing to say.

    Once it has shown a message its line stays reserved while hidden (from the start
    with `reserve_line()`), so a message going away never moves the fields under the
    pointer. A message may end with a link (e.g. to the client a phone belongs to).
    """

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(f"error_{name}")
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.hide()

    def reserve_line(self) -> None:
        """Keep one line's room even before the first message (for short forms, where
        the buttons are under the fields)."""
        self.setMinimumHeight(self.fontMetrics().lineSpacing())
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)

    def show_message(self, text: str, link: tuple[str, str] | None = None) -> None:
        """`link` = (href, caption) appends a link to the message."""
        if not text:
            self.clear_message()
            return
        if link is None:
            self.setTextFormat(Qt.TextFormat.PlainText)
            self.setText(text)
        else:
            # Rich text only to carry the link; the message itself is escaped.
            href, caption = link
            self.setTextFormat(Qt.TextFormat.RichText)
            self.setText(
                f'{html.escape(text)} <a href="{html.escape(href)}">{html.escape(caption)}</a>'
            )
        self.reserve_line()
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()

    def has_message(self) -> bool:
        return not self.isHidden()


@dataclass(frozen=True)
class FieldSlot:
    """Where a field's error goes: the widget to focus and the label under it."""

    widget: QWidget
    error: ErrorLabel

    def show_error(self, text: str, link: tuple[str, str] | None = None) -> None:
        self.error.show_message(text, link)

    def clear_error(self) -> None:
        self.error.clear_message()

    def has_error(self) -> bool:
        return self.error.has_message()

    def recheck_on_edit(self, check: Callable[[], str] | None = None) -> None:
        """Once the field shows a message, every edit checks it again: `check()` gives
        the message for what is typed now ("" when it is right); without a check, the
        message goes at the first edit (it was about the value that is gone)."""

        def edited() -> None:
            if self.has_error():
                self.show_error(check() if check is not None else "")

        on_edit(self.widget, edited)


def with_error(
    widget: QWidget,
    error: ErrorLabel | str = "",
    *,
    hint: QLabel | None = None,
    check: Callable[[], str] | None = None,
) -> tuple[QWidget, FieldSlot]:
    """`widget` above its (hidden until needed) error label and an optional hint, in one
    container to lay out. `error` is the label to use, or the field name to make one for;
    `check` re-checks the field as it is edited (see `FieldSlot.recheck_on_edit`)."""
    container = QWidget(widget.parentWidget())
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    if hint is not None:
        layout.addWidget(hint)
    label = error if isinstance(error, ErrorLabel) else ErrorLabel(error, container)
    layout.addWidget(label)
    slot = FieldSlot(widget, label)
    slot.recheck_on_edit(check)
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
