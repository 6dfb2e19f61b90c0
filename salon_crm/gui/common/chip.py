"""A small rounded label: a tag, a badge (VIP, blacklist, balance), a class or a discount."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class Chip(QLabel):
    def __init__(
        self,
        text: str,
        parent: QWidget,
        *,
        bg: str = "#e6ecf3",
        fg: str = "#1f3a5f",
        border: str = "transparent",
    ) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.set_colors(bg=bg, fg=fg, border=border)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    def set_colors(self, *, bg: str, fg: str, border: str = "transparent") -> None:
        self.setStyleSheet(
            f"background: {bg}; color: {fg}; border: 1px solid {border};"
            "border-radius: 9px; padding: 1px 9px;"
        )
