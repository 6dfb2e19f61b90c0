"""An edit of the face chart as an undo step: the chart before and after, with the view
and the selection of each, so undo shows the marker it brings back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from salon_crm.domain.health.face_chart import FaceChart, View


@dataclass(frozen=True, slots=True)
class ChartState:
    chart: FaceChart
    view: View
    selected: int | None


class ChartEdit(QUndoCommand):
    """One undo step for any edit (add, move, edit, delete): charts are values, so the
    step keeps both and puts back whichever is asked for."""

    def __init__(
        self, text: str, before: ChartState, after: ChartState, apply: Callable[[ChartState], None]
    ) -> None:
        super().__init__(text)
        self._before = before
        self._after = after
        self._apply = apply

    def redo(self) -> None:
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)
