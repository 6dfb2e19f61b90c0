"""The table of a client's visits, sized to its contents by measuring only the widest
texts: Qt's own sizing asks the delegate about every row of every column, which for a
long history (hundreds of visits) cost most of the Procedures tab's opening."""

from __future__ import annotations

import heapq

from PySide6.QtWidgets import QTableView, QWidget

from salon_crm.gui.procedures.visit_table_model import VisitTableModel

# Texts of nearly the same advance may lay out a pixel apart: the few widest are measured.
_MEASURED = 3


class VisitTableView(QTableView):
    def __init__(self, model: VisitTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._visits = model
        self.setModel(model)

    def sizeHintForColumn(self, column: int) -> int:
        """What Qt's sizing gives (the widest cell's size hint, a pixel more with the
        grid), from the cells whose text is widest in the view's font."""
        model = self._visits
        texts = model.column_texts(column)
        if not texts:
            return super().sizeHintForColumn(column)
        advance = self.fontMetrics().horizontalAdvance
        widths = {text: advance(text) for text in set(texts)}
        widest = set(heapq.nlargest(_MEASURED, widths, key=widths.__getitem__))
        rows = {text: row for row, text in enumerate(texts) if text in widest}
        hint = max(self.sizeHintForIndex(model.index(row, column)).width() for row in rows.values())
        return hint + 1 if self.showGrid() else hint
