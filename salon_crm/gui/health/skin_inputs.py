"""The inputs of a skin assessment: a choice that may stay "not assessed" (the scales,
skin and wrinkle type) and Baumann's type as four two-letter toggles."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QWidget

from salon_crm.domain.health.skin import BAUMANN_PAIRS, SCALES
from salon_crm.gui.health import skin_labels

# Stands for a pair not chosen: such a type is incomplete, and the service says so.
UNCHOSEN = "-"


class OptionalCombo(QComboBox):
    """A choice whose first item is "not assessed" (value None); each item may carry a
    tooltip, and the combo's own tooltip is the chosen item's."""

    def __init__(
        self,
        choices: Sequence[tuple[Any, str, str]],
        parent: QWidget | None = None,
    ) -> None:
        """`choices`: (value, text, tooltip) after "not assessed"."""
        super().__init__(parent)
        self.addItem(skin_labels.not_assessed(), None)
        for value, text, tooltip in choices:
            self.addItem(text, value)
            if tooltip:
                self.setItemData(self.count() - 1, tooltip, Qt.ItemDataRole.ToolTipRole)
        self.currentIndexChanged.connect(self._show_tooltip)
        self._show_tooltip()

    @classmethod
    def for_scale(cls, scale: str, parent: QWidget | None = None) -> OptionalCombo:
        low, high = SCALES[scale]
        choices = [
            (
                value,
                skin_labels.value_text(scale, value),
                skin_labels.value_meaning(scale, value),
            )
            for value in range(low, high + 1)
        ]
        combo = cls(choices, parent)
        combo.setObjectName(f"{scale}Input")
        return combo

    @classmethod
    def for_labels(cls, labels: Mapping[Any, str], parent: QWidget | None = None) -> OptionalCombo:
        return cls([(value, text, "") for value, text in labels.items()], parent)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: object) -> None:
        index = self.findData(value) if value is not None else 0
        self.setCurrentIndex(max(index, 0))

    def _show_tooltip(self) -> None:
        tip = self.itemData(self.currentIndex(), Qt.ItemDataRole.ToolTipRole)
        self.setToolTip(tip if isinstance(tip, str) else "")


class BaumannPicker(QWidget):
    """One letter of each of Baumann's four pairs, or none at all: a pressed toggle is
    released by pressing it again. `value()` is "" when nothing is chosen, otherwise the
    four letters with UNCHOSEN where a pair was left out.

    Signals:
        changed(): the user pressed a toggle.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("baumannInput")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(4)
        self._pairs: list[tuple[QPushButton, QPushButton]] = []
        self._letters: dict[QPushButton, str] = {}
        for row, (letters, words) in enumerate(
            zip(BAUMANN_PAIRS, skin_labels.baumann_words(), strict=True)
        ):
            pair = tuple(
                self._toggle(letter, word) for letter, word in zip(letters, words, strict=True)
            )
            first, second = pair
            first.clicked.connect(lambda _c=False, b=first, o=second: self._pressed(b, o))
            second.clicked.connect(lambda _c=False, b=second, o=first: self._pressed(b, o))
            layout.addWidget(first, row, 0)
            layout.addWidget(second, row, 1)
            self._pairs.append((first, second))
        # A chosen letter must be plain at a glance, in any style.
        self.setStyleSheet(
            "QPushButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self._result = QLabel(self)
        self._result.setObjectName("baumannResult")
        layout.addWidget(self._result, len(BAUMANN_PAIRS), 0, 1, 2)
        self._show_result()

    def _toggle(self, letter: str, word: str) -> QPushButton:
        button = QPushButton(f"{letter} · {word}", self)
        button.setObjectName(f"baumann{letter}")
        button.setCheckable(True)
        self._letters[button] = letter
        return button

    def _pressed(self, button: QPushButton, other: QPushButton) -> None:
        if button.isChecked():
            other.setChecked(False)
        self._show_result()
        self.changed.emit()

    def value(self) -> str:
        letters = [
            next((self._letters[b] for b in pair if b.isChecked()), UNCHOSEN)
            for pair in self._pairs
        ]
        return "" if all(letter == UNCHOSEN for letter in letters) else "".join(letters)

    def set_value(self, value: str) -> None:
        for index, pair in enumerate(self._pairs):
            letter = value[index] if index < len(value) else ""
            for button in pair:
                button.setChecked(self._letters[button] == letter)
        self._show_result()

    def _show_result(self) -> None:
        value = self.value()
        self._result.setText(
            self.tr("Type: {letters}").format(letters=value)
            if value
            else skin_labels.not_assessed()
        )
