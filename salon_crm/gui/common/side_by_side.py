"""Parts of a form side by side while the width allows, one under another when it does
not: on a small screen a form scrolls down, never sideways."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QBoxLayout, QScrollArea, QWidget


class SideBySide(QWidget):
    """`parts` in one row, each stretched alike, or in one column when the row would be
    wider than what the scroll area around it shows (see `follow_width`).

    A row needs the parts' least widths, or with `preferred` their preferred ones: parts
    of word-wrapped text could shrink to a word a line, which nobody wants to read.
    """

    def __init__(
        self,
        parts: Sequence[QWidget],
        parent: QWidget | None = None,
        *,
        spacing: int = -1,
        preferred: bool = False,
    ) -> None:
        super().__init__(parent)
        self._parts = list(parts)
        self._preferred = preferred
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        if spacing >= 0:
            self._layout.setSpacing(spacing)
        for part in self._parts:
            self._layout.addWidget(part, 1)

    def row_width(self) -> int:
        """The width that holds every part in one row."""
        spacing = max(self._layout.spacing(), 0) * (len(self._parts) - 1)
        widths = (
            (part.sizeHint() if self._preferred else part.minimumSizeHint()).width()
            for part in self._parts
        )
        return sum(widths) + spacing

    def fit_width(self, width: int) -> None:
        direction = (
            QBoxLayout.Direction.LeftToRight
            if self.row_width() <= width
            else QBoxLayout.Direction.TopToBottom
        )
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)

    def is_row(self) -> bool:
        return self._layout.direction() == QBoxLayout.Direction.LeftToRight


class _WidthFollower(QObject):
    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._area = area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            fit_to(self._area)
        return super().eventFilter(watched, event)


def fit_to(area: QScrollArea) -> None:
    """Lay out every SideBySide inside `area` for the width the area shows now."""
    page = area.widget()
    if page is None:
        return
    width = area.viewport().width() - _margins(page)
    for group in page.findChildren(SideBySide):
        group.fit_width(width - _inset(group, page))


def _margins(widget: QWidget) -> int:
    """A widget's own and its layout's left and right margins."""
    layout = widget.layout()
    total = 0
    for margins in (widget.contentsMargins(), layout.contentsMargins() if layout else None):
        if margins is not None:
            total += margins.left() + margins.right()
    return total


def _inset(group: QWidget, page: QWidget) -> int:
    """The margins of the frames (group boxes) between `page` and `group`: read from the
    layouts, so a hidden page that was never laid out is fitted right too."""
    total = 0
    widget = group.parentWidget()
    while widget is not None and widget is not page:
        total += _margins(widget)
        widget = widget.parentWidget()
    return total


def follow_width(area: QScrollArea) -> None:
    """Keep the SideBySide parts inside `area` fitted to its width as it changes."""
    area.viewport().installEventFilter(_WidthFollower(area))
