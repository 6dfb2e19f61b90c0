"""Colours in the template's markup as it is typed: placeholders (a misspelled one
underlined like a spelling mistake), headings, bold and italic."""

from __future__ import annotations

import re

from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

from salon_crm.gui.common.form_parts import ERROR_COLOR

_PLACEHOLDER = re.compile(r"\{\{(.*?)\}\}")
_BOLD = re.compile(r"\*\*[^*]+\*\*")
_ITALIC = re.compile(r"(?<![*\\])\*[^*]+\*(?!\*)")


class TemplateHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self._known: frozenset[str] = frozenset()
        self._known_format = QTextCharFormat()
        self._known_format.setForeground(palette.color(QPalette.ColorRole.Link))
        self._unknown_format = QTextCharFormat()
        self._unknown_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._unknown_format.setUnderlineColor(QColor(ERROR_COLOR))
        self._heading_format = QTextCharFormat()
        self._heading_format.setFontWeight(QFont.Weight.Bold)
        self._heading_format.setForeground(palette.color(QPalette.ColorRole.Highlight))
        self._bold_format = QTextCharFormat()
        self._bold_format.setFontWeight(QFont.Weight.Bold)
        self._italic_format = QTextCharFormat()
        self._italic_format.setFontItalic(True)

    def set_known(self, names: frozenset[str]) -> None:
        self._known = names
        self.rehighlight()

    def is_known(self, name: str) -> bool:
        return name.strip() in self._known

    def highlightBlock(self, text: str) -> None:
        if text.startswith(("# ", "## ")):
            self.setFormat(0, len(text), self._heading_format)
        for found in _BOLD.finditer(text):
            self.setFormat(found.start(), found.end() - found.start(), self._bold_format)
        for found in _ITALIC.finditer(text):
            self.setFormat(found.start(), found.end() - found.start(), self._italic_format)
        for found in _PLACEHOLDER.finditer(text):
            shown = self._known_format if self.is_known(found.group(1)) else self._unknown_format
            self.setFormat(found.start(), found.end() - found.start(), shown)
