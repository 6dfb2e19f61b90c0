"""A small line chart of the skin's scales from visit to visit, painted with QPainter.

Days run left to right in proportion to the time between visits; each scale is drawn
over its own range (a phototype I–VI and an acne grade 0–4 share the height), so with
one scale chosen its values label the side, and with several the points carry their
values and a tooltip says each one in words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from salon_crm.domain.common.dates import format_day
from salon_crm.gui.health import skin_labels
from salon_crm.services.health.assessment_types import ScaleHistory, ScalePoint, ScaleSeries

# One colour per scale, the same in the chooser and in the chart (distinct for the
# common kinds of colour blindness as far as eight colours can be).
SCALE_COLORS: dict[str, str] = {
    "fitzpatrick": "#8c564b",
    "glogau": "#9467bd",
    "turgor": "#2ca02c",
    "sensitivity": "#d62728",
    "pigmentation": "#ff7f0e",
    "vascular": "#e377c2",
    "acne_grade": "#1f77b4",
    "wrinkle_depth": "#17becf",
}
POINT_RADIUS = 4.0
HIT_RADIUS = 9.0
PLOT_PADDING = 8.0  # between the axes and the outermost points
LINES_APART = 3.0  # pixels between lines that run along the same values
# With more lines than this, values beside the points would pile up: the tooltip says them.
VALUE_LABELS_UP_TO = 2


@dataclass(frozen=True)
class ChartLine:
    """One scale as painted: its points in the widget's coordinates, oldest first."""

    series: ScaleSeries
    color: QColor
    positions: tuple[QPointF, ...]

    @property
    def scale(self) -> str:
        return self.series.scale


class ScaleChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scaleChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._history = ScaleHistory((), ())
        self._scales: tuple[str, ...] = ()

    def sizeHint(self) -> QSize:
        return QSize(560, 260)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 180)

    def set_history(self, history: ScaleHistory) -> None:
        self._history = history
        self.update()

    def set_scales(self, scales: Sequence[str]) -> None:
        """The scales to draw, in the order given."""
        self._scales = tuple(scales)
        self.update()

    def scales(self) -> tuple[str, ...]:
        return self._scales

    # --- geometry --------------------------------------------------------------------------

    def _shown(self) -> list[ScaleSeries]:
        """The chosen scales that have values."""
        if not self._history.series:
            return []
        return [self._history.of(s) for s in self._scales if self._history.of(s).points]

    def _axis_texts(self, shown: list[ScaleSeries]) -> list[tuple[float, str]]:
        """The side's labels as (share of the height, text): one scale's values, or the
        bottom and the top of every range."""
        if len(shown) == 1:
            series = shown[0]
            span = series.high - series.low
            return [
                ((v - series.low) / span, skin_labels.value_number(series.scale, v))
                for v in range(series.low, series.high + 1)
            ]
        return [(0.0, self.tr("min")), (1.0, self.tr("max"))]

    def plot_rect(self) -> QRectF:
        """Where the axes go: room on the left for the side's labels, above for a value
        over the highest point, below and right for the days."""
        metrics = QFontMetrics(self.font())
        texts = self._axis_texts(self._shown()) or [(0.0, self.tr("max"))]
        left = max(metrics.horizontalAdvance(text) for _share, text in texts) + 12
        right = metrics.horizontalAdvance(format_day(date(2000, 12, 31))) / 2 + 4
        line = metrics.height()
        return QRectF(left, line + 4, self.width() - left - right, self.height() - line * 3)

    def _x(self, day: date, plot: QRectF) -> float:
        days = self._history.days
        first, last = days[0], days[-1]
        if first == last:
            return plot.center().x()
        inset = min(PLOT_PADDING * 2, plot.width() / 4)
        share = (day - first).days / (last - first).days
        return plot.left() + inset + share * (plot.width() - 2 * inset)

    @staticmethod
    def _level(share: float, plot: QRectF) -> float:
        """The height of a share of a scale's range: inside the axes, so no point is cut."""
        return plot.bottom() - PLOT_PADDING - share * (plot.height() - 2 * PLOT_PADDING)

    def lines(self) -> list[ChartLine]:
        """The chosen scales that have values, as they are painted at the present size.
        Several lines are drawn a little apart, so one running along another shows."""
        plot = self.plot_rect()
        shown = self._shown()
        lines: list[ChartLine] = []
        for index, series in enumerate(shown):
            apart = (index - (len(shown) - 1) / 2) * LINES_APART
            span = series.high - series.low
            lines.append(
                ChartLine(
                    series,
                    QColor(SCALE_COLORS[series.scale]),
                    tuple(
                        QPointF(
                            self._x(p.assessed_on, plot),
                            self._level((p.value - series.low) / span, plot) + apart,
                        )
                        for p in series.points
                    ),
                )
            )
        return lines

    def point_at(self, position: QPointF) -> tuple[ScaleSeries, ScalePoint] | None:
        """The point under the pointer (the nearest within reach), for the tooltip."""
        best: tuple[float, ScaleSeries, ScalePoint] | None = None
        for line in self.lines():
            for where, point in zip(line.positions, line.series.points, strict=True):
                distance = (where - position).manhattanLength()
                if distance <= HIT_RADIUS and (best is None or distance < best[0]):
                    best = (distance, line.series, point)
        return None if best is None else (best[1], best[2])

    @staticmethod
    def point_text(series: ScaleSeries, point: ScalePoint) -> str:
        value = skin_labels.value_number(series.scale, point.value)
        meaning = skin_labels.value_meaning(series.scale, point.value)
        return (
            f"{format_day(point.assessed_on)}\n"
            f"{skin_labels.scale_name(series.scale)}: {value} — {meaning}"
        )

    # --- painting --------------------------------------------------------------------------

    def empty_text(self) -> str:
        """What the chart says instead of lines ("" when it has lines)."""
        if not self._history.visits:
            return self.tr("No skin assessments yet.")
        if not self._shown():
            return self.tr("Choose the scales to draw above.")
        return ""

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            palette = self.palette()
            painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
            empty = self.empty_text()
            if empty:
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, empty)
                return
            plot = self.plot_rect()
            lines = self.lines()
            self._paint_axes(painter, plot, palette)
            for line in lines:
                self._paint_line(painter, line, with_values=len(lines) <= VALUE_LABELS_UP_TO)
        finally:
            painter.end()

    def _paint_axes(self, painter: QPainter, plot: QRectF, palette: QPalette) -> None:
        metrics = painter.fontMetrics()
        grid = QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine)
        text_color = palette.color(QPalette.ColorRole.Text)
        for share, text in self._axis_texts(self._shown()):
            y = self._level(share, plot)
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_color)
            box = QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        painter.setPen(QPen(text_color, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        for x, text in self.day_labels(plot):
            width = metrics.horizontalAdvance(text)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            box = QRectF(x - width / 2, plot.bottom() + 6, width, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def day_labels(self, plot: QRectF) -> list[tuple[float, str]]:
        """The days written under the axis: the last always, earlier ones where they do
        not run into a neighbour."""
        metrics = QFontMetrics(self.font())
        gap = metrics.horizontalAdvance("  ")
        placed: list[tuple[float, str]] = []
        days = self._history.days
        if not days:
            return placed
        last_x = self._x(days[-1], plot)
        last_text = format_day(days[-1])
        half_last = metrics.horizontalAdvance(last_text) / 2
        right_edge = float("-inf")
        for day in days[:-1]:
            x = self._x(day, plot)
            text = format_day(day)
            half = metrics.horizontalAdvance(text) / 2
            if x - half >= right_edge + gap and x + half + gap <= last_x - half_last:
                placed.append((x, text))
                right_edge = x + half
        placed.append((last_x, last_text))
        return placed

    def _paint_line(self, painter: QPainter, line: ChartLine, *, with_values: bool) -> None:
        painter.setPen(QPen(line.color, 2))
        for start, end in zip(line.positions, line.positions[1:], strict=False):
            painter.drawLine(start, end)
        painter.setBrush(line.color)
        metrics = painter.fontMetrics()
        for where, point in zip(line.positions, line.series.points, strict=True):
            painter.drawEllipse(where, POINT_RADIUS, POINT_RADIUS)
            if with_values:
                text = skin_labels.value_number(line.scale, point.value)
                width = metrics.horizontalAdvance(text)
                box = QRectF(
                    where.x() - width / 2, where.y() - 6 - metrics.height(), width, metrics.height()
                )
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.point_at(QPointF(event.pos()))
            if found is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.point_text(*found), self)
            return True
        return super().event(event)
