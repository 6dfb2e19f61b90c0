"""Finding text that a screen cuts: labels, buttons, headers, tabs, placeholders and table
cells narrower than what they show.

Each check compares the width the text needs (the widget's own size hint, or the font's
advance plus the style's margins) with the width the layout gave it. A widget that is
hidden, or scrolled out of a scroll area on purpose, is not looked at; a scroll area's
content is checked at the width the area gives it.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)

# Frame and text margins and the space a combo's arrow takes, in pixels.
_TAB_PADDING = 8
_COMBO_ARROW = 24
_EDIT_MARGINS = 8
_SLACK = 1


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _describe(widget: QWidget, text: str, need: int, have: int) -> str:
    name = widget.objectName() or type(widget).__name__
    return f"{type(widget).__name__} {name!r}: {text!r} needs {need} px, has {have}"


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0


def _label(label: QLabel) -> str | None:
    text = _plain(label.text()).strip()
    if not text or label.wordWrap() or (label.pixmap() is not None and not label.text()):
        return None
    need = max(label.sizeHint().width(), label.minimumSizeHint().width())
    if need - _SLACK > label.width():
        return _describe(label, text, need, label.width())
    return None


def _button(button: QAbstractButton) -> str | None:
    text = _plain(button.text()).strip()
    # A tool button without an icon shows its text whatever its style says.
    icon_only = (
        isinstance(button, QToolButton)
        and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        and not button.icon().isNull()
    )
    if not text or icon_only:
        return None
    need = button.sizeHint().width()
    if need - _SLACK > button.width():
        return _describe(button, text, need, button.width())
    return None


def _line_edit(edit: QLineEdit) -> str | None:
    shown = edit.text() if edit.isReadOnly() or not edit.text() else ""
    text = shown or (edit.placeholderText() if not edit.text() else "")
    if not text:
        return None
    need = QFontMetrics(edit.font()).horizontalAdvance(text) + _EDIT_MARGINS
    if edit.isClearButtonEnabled():
        need += edit.height() // 2 + 4
    have = edit.contentsRect().width()
    if need - _SLACK > have:
        return _describe(edit, text, need, have)
    return None


def _combo(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    need = QFontMetrics(combo.font()).horizontalAdvance(text) + _COMBO_ARROW
    if need - _SLACK > combo.width():
        return _describe(combo, text, need, combo.width())
    return None


def _group(box: QGroupBox) -> str | None:
    text = _plain(box.title())
    if not text:
        return None
    need = QFontMetrics(box.font()).horizontalAdvance(text) + 2 * _TAB_PADDING
    if need - _SLACK > box.width():
        return _describe(box, text, need, box.width())
    return None


def _scroll_area(area: QScrollArea) -> str | None:
    """A form in a scroll area must fit its width: sideways scrolling hides half a form,
    and with the sideways bar turned off the rest is simply cut."""
    inner = area.widget()
    if inner is None:
        return None
    have = area.viewport().width()
    if area.horizontalScrollBar().isVisible() or inner.width() > have:
        return _describe(area, "(wider than its area)", inner.width(), have)
    return None


def _tabs(bar: QTabBar) -> Iterator[str]:
    metrics = QFontMetrics(bar.font())
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = _plain(bar.tabText(index))
        need = metrics.horizontalAdvance(text) + 2 * _TAB_PADDING
        have = bar.tabRect(index).width()
        if need - _SLACK > have:
            yield _describe(bar, text, need, have)
        elif bar.tabRect(index).right() >= bar.width():
            yield _describe(bar, f"{text} (behind the scroll arrows)", need, 0)


def _header(header: QHeaderView) -> Iterator[str]:
    """Each section against the width the style itself asks for its title (and arrow)."""
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        need = header.sectionSizeFromContents(section).width()
        have = header.sectionSize(section)
        if text and need - _SLACK > have:
            yield _describe(header, text, need, have)


def _cells(table: QTableView, columns: set[int]) -> Iterator[str]:
    """Columns whose rows on screen are wider than the column (dates, numbers: short
    values that must never be cut; names may be, and show the whole text in a tooltip)."""
    model = table.model()
    if model is None or model.rowCount() == 0:
        return
    for column in columns:
        if table.isColumnHidden(column):
            continue
        need = table.sizeHintForColumn(column)
        have = table.columnWidth(column)
        if need - _SLACK > have:
            text = str(model.data(model.index(0, column)) or "")
            yield _describe(table, f"column {column}, e.g. {text}", need, have)


def clipped_texts(window: QWidget, *, whole_cells: dict[str, set[int]] | None = None) -> list[str]:
    """Every cut text on `window` as it is laid out now. `whole_cells` names tables (by
    object name) whose columns must show each cell whole."""
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parent(), QTabBar):
            problem = _button(widget)
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QComboBox):
            problem = _line_edit(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo(widget)
        elif isinstance(widget, QScrollArea):
            problem = _scroll_area(widget)
        elif isinstance(widget, QGroupBox):
            problem = _group(widget)
        elif isinstance(widget, QTabBar):
            found.extend(_tabs(widget))
        elif isinstance(widget, QHeaderView):
            found.extend(_header(widget))
        elif isinstance(widget, QTableView) and whole_cells and widget.objectName() in whole_cells:
            found.extend(_cells(widget, whole_cells[widget.objectName()]))
        if problem:
            found.append(problem)
    return found
