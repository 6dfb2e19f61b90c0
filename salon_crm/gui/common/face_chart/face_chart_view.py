"""The face chart widget: a view selector, tools, the drawing with its markers and their
legend, with undo and redo; or, read-only, the drawing and the legend alone."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.health.face_chart import (
    FaceChart,
    InjectionPoint,
    Marker,
    Point,
    ProblemZone,
    TreatedArea,
    View,
)
from salon_crm.gui.common.face_chart import marker_painter as look
from salon_crm.gui.common.face_chart.chart_canvas import ChartCanvas, Tool
from salon_crm.gui.common.face_chart.chart_commands import ChartEdit, ChartState
from salon_crm.gui.common.face_chart.marker_editor import MarkerEditor
from salon_crm.gui.common.face_chart.marker_legend import MarkerLegend
from salon_crm.gui.common.face_chart.marker_texts import kind_label, view_labels

_VIEW_NAMES = {View.FRONT: "Front", View.LEFT: "Left", View.RIGHT: "Right"}
_TOOL_NAMES = {
    Tool.SELECT: "Select",
    Tool.INJECTION: "Injection",
    Tool.ZONE: "Zone",
    Tool.AREA: "Area",
}
# Shapes for the tools' icons: a marker of each kind, nowhere in particular.
_SAMPLE_POINT = Point(0.5, 0.5)
_SAMPLES: dict[Tool, Marker] = {
    Tool.INJECTION: InjectionPoint(View.FRONT, _SAMPLE_POINT),
    Tool.ZONE: ProblemZone(View.FRONT, _SAMPLE_POINT),
    Tool.AREA: TreatedArea(View.FRONT, (_SAMPLE_POINT,) * 3),
}


class FaceChartView(QWidget):
    """A face chart to fill in (`read_only=False`) or to look at on the card.

    `set_chart()` shows a chart and starts a fresh undo history; `chart()` is what is on
    screen now. Markers are numbered by the order they were placed, across all views.

    Signals:
        changed(): the user changed the chart (an edit, an undo or a redo); `chart()` has
            the new value. `set_chart()` does not emit it.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, read_only: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("faceChart")
        self._chart = FaceChart()
        self._view = View.FRONT
        self._read_only = read_only
        self._editing: int | None = None  # the marker in the editor; None for a new one
        self._last_injection: InjectionPoint | None = None
        self._stack = QUndoStack(self)
        self._canvas = ChartCanvas(self)
        self._legend = MarkerLegend(self)
        self._editor = MarkerEditor(self)
        self._hint = QLabel()
        self._hint.setObjectName("faceChartHint")
        self._hint.setWordWrap(True)
        self._build_actions()
        self._build_layout()
        self._connect()
        self._canvas.installEventFilter(self)
        self._set_tool(Tool.SELECT)
        self.set_read_only(read_only)
        self._refresh()

    # --- API ----------------------------------------------------------------------------

    def chart(self) -> FaceChart:
        return self._chart

    def set_chart(self, chart: FaceChart) -> None:
        self._editor.cancel()
        self._stack.clear()
        self._chart = chart
        self._canvas.set_chart(chart, None)
        self._refresh()

    def is_modified(self) -> bool:
        """Whether the chart was changed since `set_chart()` (undoing every edit counts
        as unchanged)."""
        return not self._stack.isClean()

    def is_read_only(self) -> bool:
        return self._read_only

    def set_read_only(self, read_only: bool) -> None:
        self._editor.cancel()
        self._read_only = read_only
        self._tools.setVisible(not read_only)
        self._hint.setVisible(not read_only)
        self._canvas.set_read_only(read_only)
        if not read_only:
            self._set_tool(Tool.SELECT)
        self._update_actions()

    def current_view(self) -> View:
        return self._view

    def set_current_view(self, view: View) -> None:
        self._editor.accept()
        self._view = view
        self._canvas.set_view(view)
        selected = self._canvas.selected_index()
        if selected is not None and self._chart.markers[selected].view != view:
            self._canvas.select(None)
        self._refresh()

    def set_product_names(self, names: Iterable[str]) -> None:
        """Names the product field offers as you type (the catalogue's, say)."""
        self._editor.set_product_names(list(names))

    def sizeHint(self) -> QSize:
        return QSize(420, 480)

    # --- building -----------------------------------------------------------------------

    def _build_actions(self) -> None:
        palette, ratio = self.palette(), self.devicePixelRatioF()
        self._undo = QAction(look.undo_icon(palette, ratio=ratio), self.tr("Undo"), self)
        self._undo.setShortcut(QKeySequence.StandardKey.Undo)
        self._undo.triggered.connect(self._on_undo)
        self._redo = QAction(look.undo_icon(palette, redo=True, ratio=ratio), self.tr("Redo"), self)
        self._redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self._redo.triggered.connect(self._on_redo)
        self._delete = QAction(self.tr("Delete"), self)
        self._delete.setShortcut(QKeySequence.StandardKey.Delete)
        self._delete.triggered.connect(self._delete_selected)
        for action in (self._undo, self._redo, self._delete):
            # Several charts may sit in one window: each answers only while it has focus.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def _tool_button(self, name: str, action: QAction | None = None) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setAutoRaise(True)
        if action is not None:
            button.setDefaultAction(action)
        button.setIconSize(QSize(22, 22))
        return button

    def _build_layout(self) -> None:
        self._view_buttons = QButtonGroup(self)
        views = QHBoxLayout()
        views.setSpacing(2)
        for view in View:
            button = QToolButton(self)
            button.setObjectName(f"faceChart{_VIEW_NAMES[view]}")
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self._view_buttons.addButton(button)
            button.clicked.connect(lambda _=False, v=view: self.set_current_view(v))
            views.addWidget(button)
        views.addStretch()

        self._tools = QWidget(self)
        self._tools.setObjectName("faceChartTools")
        tools = QHBoxLayout(self._tools)
        tools.setContentsMargins(0, 0, 0, 0)
        tools.setSpacing(2)
        self._tool_buttons = QButtonGroup(self)
        ink = self.palette().color(QPalette.ColorRole.ButtonText)
        ratio = self.devicePixelRatioF()
        tips = self._tool_tips()
        for tool in Tool:
            button = self._tool_button(f"tool{_TOOL_NAMES[tool]}")
            sample = _SAMPLES.get(tool)
            icon: QIcon = (
                look.select_icon(ink, ratio=ratio)
                if sample is None
                else look.marker_icon(sample, None, ratio=ratio)
            )
            button.setIcon(icon)
            button.setToolTip(tips[tool])
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, t=tool: self._set_tool(t))
            self._tool_buttons.addButton(button)
            tools.addWidget(button)
        tools.addStretch()
        delete = self._tool_button("faceChartDelete", self._delete)
        delete.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tools.addWidget(delete)
        tools.addWidget(self._tool_button("faceChartUndo", self._undo))
        tools.addWidget(self._tool_button("faceChartRedo", self._redo))

        self._hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        hint_font = self._hint.font()
        hint_font.setPointSizeF(hint_font.pointSizeF() * 0.9)
        self._hint.setFont(hint_font)
        self._legend.set_placeholder(self.tr("No markers on this view."))
        side = QVBoxLayout()
        side.setSpacing(4)
        side.addWidget(self._legend, 1)
        side.addWidget(self._hint)
        side_panel = QWidget(self)
        side_panel.setLayout(side)
        side.setContentsMargins(0, 0, 0, 0)
        # The legend takes two fifths of the width: room for a long word in any language.
        side_panel.setMinimumWidth(140)
        side_panel.setMaximumWidth(320)
        side_panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        body = QHBoxLayout()
        body.setSpacing(6)
        body.addWidget(self._canvas, 3)
        body.addWidget(side_panel, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(views)
        layout.addWidget(self._tools)
        layout.addLayout(body, 1)

    def _tool_tips(self) -> dict[Tool, str]:
        tips = {tool: kind_label(sample) for tool, sample in _SAMPLES.items()}
        return {Tool.SELECT: self.tr("Select and move markers"), **tips}

    def _hints(self) -> dict[Tool, str]:
        return {
            Tool.SELECT: self.tr(
                "Click a marker to select it, drag to move it; double-click or Enter edits it."
            ),
            Tool.INJECTION: self.tr("Click where the product was injected."),
            Tool.ZONE: self.tr("Click the spot to note as a problem zone."),
            Tool.AREA: self.tr("Hold the mouse button down and draw around the treated area."),
        }

    def _connect(self) -> None:
        self._canvas.drafted.connect(self._on_drafted)
        self._canvas.moved.connect(self._on_moved)
        self._canvas.selected.connect(self._on_canvas_selected)
        self._canvas.edit_requested.connect(self._edit)
        self._legend.itemSelectionChanged.connect(self._on_legend_selected)
        self._legend.itemActivated.connect(lambda _item: self._edit_selected())
        self._editor.accepted.connect(self._on_editor_accepted)
        self._editor.cancelled.connect(self._editor_closed)
        self._stack.indexChanged.connect(self._update_actions)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A click on the drawing while the editor is open keeps what was typed first."""
        if watched is self._canvas and event.type() == QEvent.Type.MouseButtonPress:
            self._editor.accept()
        return super().eventFilter(watched, event)

    # --- tools and selection ------------------------------------------------------------

    def _set_tool(self, tool: Tool) -> None:
        self._editor.accept()
        self._canvas.set_tool(tool)
        self._tool_buttons.buttons()[list(Tool).index(tool)].setChecked(True)
        self._hint.setText(self._hints()[tool])

    def _on_canvas_selected(self, index: int | None) -> None:
        self._legend.select_marker(index)
        self._update_actions()

    def _on_legend_selected(self) -> None:
        self._canvas.select(self._legend.selected_marker())

    # --- edits --------------------------------------------------------------------------

    def _push(self, text: str, chart: FaceChart, selected: int | None) -> None:
        before = ChartState(self._chart, self._view, self._canvas.selected_index())
        after = ChartState(chart, self._view, selected)
        self._stack.push(ChartEdit(text, before, after, self._apply))

    def _apply(self, state: ChartState) -> None:
        self._editor.cancel()
        self._chart = state.chart
        self._canvas.set_chart(state.chart, state.selected)
        self.set_current_view(state.view)
        self.changed.emit()

    def _on_drafted(self, marker: Marker) -> None:
        if self._read_only:
            return
        last = self._last_injection
        if isinstance(marker, InjectionPoint) and last is not None:
            # Several points of one product in a row are the rule: it is offered again.
            marker = replace(marker, product=last.product, dose=last.dose, depth=last.depth)
        self._editing = None
        self._canvas.set_draft(marker)
        self._open_editor(marker, len(self._chart.markers) + 1)

    def _edit_selected(self) -> None:
        selected = self._canvas.selected_index()
        if selected is not None:
            self._edit(selected)

    def _edit(self, index: int) -> None:
        if self._read_only:
            return
        self._editing = index
        self._open_editor(self._chart.markers[index], index + 1)

    def _open_editor(self, marker: Marker, number: int) -> None:
        anchor = self._canvas.widget_point(marker.anchor).toPoint()
        self._editor.open_for(marker, number, self._canvas.mapTo(self, anchor))
        self._update_actions()

    def _on_editor_accepted(self, marker: Marker) -> None:
        self._editor_closed()
        if isinstance(marker, InjectionPoint):
            self._last_injection = marker
        if self._editing is None:
            chart = self._chart.added(marker)
            self._push(self._added_text(marker), chart, len(chart.markers) - 1)
        elif marker != self._chart.markers[self._editing]:
            chart = self._chart.replaced(self._editing, marker)
            self._push(
                self.tr("Edit marker {number}").format(number=self._editing + 1),
                chart,
                self._editing,
            )

    def _added_text(self, marker: Marker) -> str:
        texts = {
            InjectionPoint: self.tr("Add injection point"),
            ProblemZone: self.tr("Add problem zone"),
            TreatedArea: self.tr("Add treated area"),
        }
        return texts[type(marker)]

    def _editor_closed(self) -> None:
        self._canvas.set_draft(None)
        self._canvas.setFocus()
        self._update_actions()

    def _on_moved(self, index: int, marker: Marker) -> None:
        if not self._read_only:
            text = self.tr("Move marker {number}").format(number=index + 1)
            self._push(text, self._chart.replaced(index, marker), index)

    def _delete_selected(self) -> None:
        selected = self._canvas.selected_index()
        if selected is None or self._read_only:
            return
        text = self.tr("Delete marker {number}").format(number=selected + 1)
        self._push(text, self._chart.removed(selected), None)

    def _on_undo(self) -> None:
        """Undo drops a marker still in the editor first: that is the newest thing."""
        if self._editor.is_open():
            self._editor.cancel()
        else:
            self._stack.undo()

    def _on_redo(self) -> None:
        self._editor.accept()
        self._stack.redo()

    # --- showing ------------------------------------------------------------------------

    def _refresh(self) -> None:
        labels = view_labels()
        for button, view in zip(self._view_buttons.buttons(), View, strict=True):
            count = len(self._chart.on_view(view))
            text = labels[view]
            if count:
                text = self.tr("{view} ({count})").format(view=labels[view], count=count)
            button.setText(text)
            button.setChecked(view == self._view)
        self._legend.show_markers(self._chart.on_view(self._view), self._canvas.selected_index())
        self._update_actions()

    def _update_actions(self) -> None:
        editable = not self._read_only
        self._undo.setEnabled(editable and (self._stack.canUndo() or self._editor.is_open()))
        self._redo.setEnabled(editable and self._stack.canRedo())
        self._delete.setEnabled(editable and self._canvas.selected_index() is not None)
        undo_text, redo_text = self._stack.undoText(), self._stack.redoText()
        self._undo.setToolTip(
            self.tr("Undo: {what}").format(what=undo_text) if undo_text else self.tr("Undo")
        )
        self._redo.setToolTip(
            self.tr("Redo: {what}").format(what=redo_text) if redo_text else self.tr("Redo")
        )
