"""A phone input that formats the number as it is typed, in the salon country's style."""

from __future__ import annotations

from phonenumbers import AsYouTypeFormatter
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from salon_crm.domain.common.phones import MAX_INPUT_LENGTH, example_number, format_phone


def _significant(text: str) -> str:
    """The digits, with a leading `+` kept: all the formatter needs, all the user meant."""
    kept = "".join(ch for ch in text if ch.isascii() and ch.isdigit())
    return "+" + kept if text.lstrip().startswith("+") else kept


def format_as_you_type(text: str, region: str) -> str:
    formatter = AsYouTypeFormatter(region.upper())
    result = ""
    for ch in _significant(text):
        result = formatter.input_digit(ch)
    return result


def _position_after(text: str, count: int) -> int:
    """The cursor position just after the `count`-th significant character of `text`."""
    if count <= 0:
        return 0
    seen = 0
    for index, ch in enumerate(text):
        if (ch.isascii() and ch.isdigit()) or ch == "+":
            seen += 1
            if seen == count:
                return index + 1
    return len(text)


class PhoneField(QLineEdit):
    """Formats on every edit (`067 123 4567`, `+48 601 234 567`) and keeps the cursor by
    digits: the cursor stays after the same digit it was after, whatever spaces appeared.

    Deleting a space or a dash with Backspace/Delete removes the digit next to it instead,
    otherwise the formatter would put the separator straight back and the key would seem dead.
    """

    def __init__(self, region: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._region = region
        self._previous = ""
        self._last_key = 0
        self.setMaxLength(MAX_INPUT_LENGTH)
        self.setPlaceholderText(example_number(region))
        self.textEdited.connect(self._reformat)

    def set_number(self, number: str) -> None:
        """Show a stored number: E.164 becomes the national form for the salon's country."""
        shown = format_phone(number, self._region) if number.startswith("+") else number
        self.setText(shown)
        self._previous = shown

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._last_key = event.key()
        super().keyPressEvent(event)

    def _reformat(self, text: str) -> None:
        cursor = self.cursorPosition()
        before = _significant(text[:cursor])
        digits = _significant(text)
        if len(text) < len(self._previous) and digits == _significant(self._previous):
            # Only a separator went: take the digit beside it, as the key promised.
            count = len(before)
            if self._last_key == Qt.Key.Key_Delete:
                digits = digits[:count] + digits[count + 1 :]
            elif count > 0:
                digits = digits[: count - 1] + digits[count:]
                count -= 1
            formatted = format_as_you_type(digits, self._region)
            self._show(formatted, count)
            return
        self._show(format_as_you_type(text, self._region), len(before))

    def _show(self, formatted: str, significant_before: int) -> None:
        if formatted != self.text():
            self.setText(formatted)
        self.setCursorPosition(_position_after(formatted, significant_before))
        self._previous = formatted
