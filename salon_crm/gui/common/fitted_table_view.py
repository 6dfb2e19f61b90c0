"""A read-only table whose columns that fit their contents are sized from the widest
texts only: Qt's own sizing asks the delegate about every row of every column, which for
a long history (hundreds of visits, dozens of assessments) cost most of a card tab's
opening. The widths are what Qt's sizing gives."""

from __future__ import annotations

import heapq
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QTableView, QWidget

# Texts of nearly the same advance may lay out a pixel apart: the few widest are measured.
_MEASURED = 3


@runtime_checkable
class ColumnTexts(Protocol):
    def column_texts(self, column: int) -> list[str]:
        """The column's display text of every row, top to bottom."""
        ...


class FittedTableView(QTableView):
    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)

    def sizeHintForColumn(self, column: int) -> int:
        """The widest cell's size hint (a pixel more with the grid), as Qt gives it, from
        the cells whose text is widest in the view's font."""
        model = self.model()
        texts = model.column_texts(column) if isinstance(model, ColumnTexts) else []
        if not texts:
            return super().sizeHintForColumn(column)
        advance = self.fontMetrics().horizontalAdvance
        widths = {text: advance(text) for text in set(texts)}
        widest = set(heapq.nlargest(_MEASURED, widths, key=widths.__getitem__))
        rows = {text: row for row, text in enumerate(texts) if text in widest}
        hint = max(self.sizeHintForIndex(model.index(row, column)).width() for row in rows.values())
        return hint + 1 if self.showGrid() else hint
