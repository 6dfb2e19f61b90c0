"""A date input that may stay empty, typed as dd.MM.yyyy (dots added as you type) or picked."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QWidget, QWidgetAction

from salon_crm.domain.common.dates import format_day, parse_day


def _calendar_icon(color: QColor) -> QIcon:
    """A small calendar drawn in the text colour: no icon files to ship or theme."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(color)
    painter.drawRect(QRect(1, 2, 13, 12))
    painter.fillRect(QRect(1, 2, 14, 3), color)
    for row in range(2):
        for col in range(3):
            painter.fillRect(QRect(4 + col * 3, 8 + row * 3, 2, 2), color)
    painter.end()
    return QIcon(pixmap)


class DateField(QLineEdit):
    """`date_value()` is the date, or None when empty or not a date (`is_valid()` tells which).

    Typing `01021990` gives `01.02.1990`: a dot is added after the day and the month, and a
    dot typed right after an added one is swallowed, so both habits work.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.setMaxLength(10)
        self.textEdited.connect(self._on_edited)
        self.editingFinished.connect(self._tidy)
        self._previous = ""
        color = self.palette().color(QPalette.ColorRole.Text)
        self._pick = QAction(_calendar_icon(color), self.tr("Pick a date"), self)
        self._pick.setObjectName("pickDate")
        self._pick.triggered.connect(self._open_calendar)
        self.addAction(self._pick, QLineEdit.ActionPosition.TrailingPosition)
        # Wide enough for "00.00.0000" and the calendar button, not as wide as a name.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00.00.00000") + 40)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00.00.00000") + 60)

    def date_value(self) -> date | None:
        return parse_day(self.text())

    def set_date(self, value: date | None) -> None:
        self.setText(format_day(value))
        self._previous = self.text()

    def is_empty(self) -> bool:
        return not self.text().strip()

    def is_valid(self) -> bool:
        return self.is_empty() or self.date_value() is not None

    def _on_edited(self, text: str) -> None:
        grew = len(text) > len(self._previous)
        at_end = self.cursorPosition() == len(text)
        if grew and at_end:
            if text.endswith("..") and self._previous.endswith("."):
                text = text[:-1]
            elif re.fullmatch(r"\d{2}", text) or re.fullmatch(r"\d{1,2}\.\d{2}", text):
                text += "."
            if text != self.text():
                self.setText(text)
        self._previous = self.text()

    def _tidy(self) -> None:
        """Show a date that was understood in the house format (`1.2.1990` → `01.02.1990`)."""
        parsed = self.date_value()
        if parsed is not None and self.text() != format_day(parsed):
            self.set_date(parsed)

    def _open_calendar(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setObjectName("datePickerCalendar")
        calendar.setGridVisible(True)
        current = self.date_value() or date.today()
        calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(picked: QDate) -> None:
            self.set_date(date(picked.year(), picked.month(), picked.day()))
            # Tell listeners (change tracking, validation) as if it had been typed.
            self.textEdited.emit(self.text())
            self.editingFinished.emit()
            menu.close()

        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        menu.exec(self.mapToGlobal(QPoint(0, self.height())))
        menu.deleteLater()
