"""Column widths of the read-only tables on the card: short columns fit their contents,
the long ones share what is left, and none is squeezed below its title (a narrow pane
scrolls the table sideways rather than cutting the titles)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QHeaderView


def fit_and_stretch(header: QHeaderView, *, stretched: Iterable[int]) -> None:
    wide = set(stretched)
    for column in range(header.count()):
        header.setSectionResizeMode(
            column,
            QHeaderView.ResizeMode.Stretch
            if column in wide
            else QHeaderView.ResizeMode.ResizeToContents,
        )
    header.setMinimumSectionSize(max(header.sectionSizeFromContents(c).width() for c in wide))
