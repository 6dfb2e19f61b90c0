"""The formatting buttons over a template's text: each types the markup the renderer
reads (see domain/documents/template_markup.py), so the owner need not remember it."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolBar, QWidget

_TABLE = "| {a} | {b} |\n|---|---|\n|  |  |\n"


class MarkupToolbar(QToolBar):
    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateToolbar")
        self._editor = editor
        for name, text, tip, slot in (
            ("heading", self.tr("Heading"), "# …", self.heading),
            ("bold", self.tr("Bold"), "**…**", self.bold),
            ("italic", self.tr("Italic"), "*…*", self.italic),
            ("clause", self.tr("Clause"), "1. …", self.clause),
            ("table", self.tr("Table"), "| … | … |", self.table),
            ("clientSignature", self.tr("Client signs"), "[[signature:client]]", self.client),
            (
                "employeeSignature",
                self.tr("Employee signs"),
                "[[signature:employee]]",
                self.employee,
            ),
        ):
            action = self.addAction(text)
            action.setObjectName(f"markup_{name}")
            action.setToolTip(tip)
            action.triggered.connect(slot)

    def heading(self) -> None:
        self._line_prefix("# ")

    def clause(self) -> None:
        self._line_prefix("1. ")

    def bold(self) -> None:
        self._wrap("**")

    def italic(self) -> None:
        self._wrap("*")

    def table(self) -> None:
        self._own_lines(_TABLE.format(a=self.tr("Column"), b=self.tr("Column")))

    def client(self) -> None:
        self._own_lines("[[signature:client]]\n")

    def employee(self) -> None:
        self._own_lines("[[signature:employee]]\n")

    def _line_prefix(self, prefix: str) -> None:
        cursor = self._editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.insertText(prefix)
        self._editor.setFocus()

    def _wrap(self, mark: str) -> None:
        cursor = self._editor.textCursor()
        selected = cursor.selectedText()
        cursor.insertText(f"{mark}{selected}{mark}")
        if not selected:
            cursor.movePosition(QTextCursor.MoveOperation.Left, n=len(mark))
            self._editor.setTextCursor(cursor)
        self._editor.setFocus()

    def _own_lines(self, text: str) -> None:
        cursor = self._editor.textCursor()
        if cursor.positionInBlock() > 0:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            text = "\n" + text
        cursor.insertText(text)
        self._editor.setTextCursor(cursor)
        self._editor.setFocus()
