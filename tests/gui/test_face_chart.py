"""The face chart widget: markers placed with the mouse, edited, moved, deleted, undone
and redone; each view keeps its own; read-only refuses every edit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QToolButton
from pytestqt.qtbot import QtBot

from salon_crm.domain.health.face_chart import (
    Depth,
    FaceChart,
    InjectionPoint,
    Marker,
    Point,
    ProblemZone,
    TreatedArea,
    View,
    outline_of,
)
from salon_crm.gui.common.face_chart import FaceChartView
from salon_crm.gui.common.face_chart.chart_canvas import ChartCanvas
from salon_crm.gui.common.face_chart.marker_editor import MarkerEditor
from salon_crm.gui.common.face_chart.marker_legend import MarkerLegend

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def chart_view(qtbot: QtBot) -> Iterator[FaceChartView]:
    view = FaceChartView()
    qtbot.addWidget(view)
    view.resize(420, 480)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    yield view


def _canvas(view: FaceChartView) -> ChartCanvas:
    canvas = view.findChild(ChartCanvas, "faceChartCanvas")
    assert canvas is not None
    return canvas


def _editor(view: FaceChartView) -> MarkerEditor:
    editor = view.findChild(MarkerEditor, "faceChartEditor")
    assert editor is not None
    return editor


def _field(view: FaceChartView, name: str) -> QLineEdit:
    field = _editor(view).findChild(QLineEdit, name)
    assert field is not None
    return field


def _button(view: FaceChartView, name: str) -> QToolButton:
    button = view.findChild(QToolButton, name)
    assert button is not None
    return button


def _at(view: FaceChartView, x: float, y: float) -> QPoint:
    return _canvas(view).widget_point(Point(x, y)).toPoint()


def _click(qtbot: QtBot, view: FaceChartView, x: float, y: float) -> None:
    qtbot.mouseClick(_canvas(view), LEFT, pos=_at(view, x, y))


def _place(qtbot: QtBot, view: FaceChartView, tool: str, x: float, y: float) -> None:
    qtbot.mouseClick(_button(view, tool), LEFT)
    _click(qtbot, view, x, y)


def _type_and_enter(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _near(point: Point, x: float, y: float) -> bool:
    """A click lands on a whole pixel: within a pixel of the drawing is where it was aimed."""
    return abs(point.x - x) < 0.01 and abs(point.y - y) < 0.01


def _legend_rows(view: FaceChartView) -> list[str]:
    legend = view.findChild(MarkerLegend, "faceChartLegend")
    assert legend is not None
    return [legend.item(row).text() for row in range(legend.count())]


def _draw(qtbot: QtBot, view: FaceChartView, points: list[tuple[float, float]]) -> None:
    canvas = _canvas(view)
    qtbot.mousePress(canvas, LEFT, pos=_at(view, *points[0]))
    for x, y in points[1:]:
        qtbot.mouseMove(canvas, _at(view, x, y))
    qtbot.mouseRelease(canvas, LEFT, pos=_at(view, *points[-1]))


def _undo(qtbot: QtBot, view: FaceChartView) -> None:
    qtbot.keyClick(_canvas(view), Qt.Key.Key_Z, CTRL)


def _redo(qtbot: QtBot, view: FaceChartView) -> None:
    qtbot.keyClick(_canvas(view), Qt.Key.Key_Z, CTRL | SHIFT)


def _sample() -> FaceChart:
    return FaceChart(
        (
            InjectionPoint(View.FRONT, Point(0.4, 0.3), "Botox", "4 U", Depth.INTRAMUSCULAR),
            ProblemZone(View.LEFT, Point(0.3, 0.6), "scar"),
            TreatedArea(View.FRONT, outline_of([(0.6, 0.5), (0.7, 0.5), (0.65, 0.6)]), "RF"),
        )
    )


# --- placing ------------------------------------------------------------------------------


def test_an_injection_point_is_placed_with_product_dose_and_depth(
    qtbot: QtBot, chart_view: FaceChartView
) -> None:
    _place(qtbot, chart_view, "toolInjection", 0.4, 0.3)
    editor = _editor(chart_view)
    assert editor.isVisible()
    product = _field(chart_view, "markerProduct")
    assert product.hasFocus()
    qtbot.keyClicks(product, "Botox")
    qtbot.keyClick(product, Qt.Key.Key_Tab)
    qtbot.keyClicks(_field(chart_view, "markerDose"), "4 U")
    depth = editor.findChild(QComboBox, "markerDepth")
    assert depth is not None
    depth.setFocus()
    qtbot.keyClick(depth, Qt.Key.Key_Down)
    with qtbot.waitSignal(chart_view.changed):
        qtbot.keyClick(depth, Qt.Key.Key_Return)

    assert not editor.isVisible()
    (marker,) = chart_view.chart().markers
    assert isinstance(marker, InjectionPoint)
    assert (marker.view, marker.product, marker.dose, marker.depth) == (
        View.FRONT,
        "Botox",
        "4 U",
        Depth.INTRADERMAL,
    )
    assert _near(marker.position, 0.4, 0.3)
    assert _legend_rows(chart_view) == ["Injection point: Botox, 4 U, intradermal"]
    assert chart_view.is_modified()


def test_escape_in_the_editor_drops_the_new_marker(qtbot: QtBot, chart_view: FaceChartView) -> None:
    _place(qtbot, chart_view, "toolInjection", 0.5, 0.5)
    with qtbot.assertNotEmitted(chart_view.changed):
        qtbot.keyClick(_field(chart_view, "markerProduct"), Qt.Key.Key_Escape)
    assert chart_view.chart().is_empty
    assert not _editor(chart_view).isVisible()
    assert not chart_view.is_modified()


def test_the_next_injection_point_offers_the_last_product_dose_and_depth(
    qtbot: QtBot, chart_view: FaceChartView
) -> None:
    _place(qtbot, chart_view, "toolInjection", 0.4, 0.3)
    qtbot.keyClicks(_field(chart_view, "markerProduct"), "Dysport")
    _type_and_enter(qtbot, _field(chart_view, "markerDose"), "10 U")
    _click(qtbot, chart_view, 0.6, 0.3)
    assert _field(chart_view, "markerProduct").text() == "Dysport"
    qtbot.keyClick(_field(chart_view, "markerProduct"), Qt.Key.Key_Return)
    first, second = chart_view.chart().markers
    assert isinstance(second, InjectionPoint)
    assert isinstance(first, InjectionPoint)
    assert (second.product, second.dose) == ("Dysport", "10 U")
    assert _near(second.position, 0.6, 0.3)


def test_a_click_beside_an_open_editor_keeps_what_was_typed(
    qtbot: QtBot, chart_view: FaceChartView
) -> None:
    _place(qtbot, chart_view, "toolZone", 0.3, 0.5)
    qtbot.keyClicks(_field(chart_view, "markerNote"), "Pigment spot")
    _click(qtbot, chart_view, 0.7, 0.5)
    qtbot.keyClick(_field(chart_view, "markerNote"), Qt.Key.Key_Escape)
    (zone,) = chart_view.chart().markers
    assert zone == ProblemZone(View.FRONT, zone.anchor, "Pigment spot")


def test_a_problem_zone_is_placed_with_a_note(qtbot: QtBot, chart_view: FaceChartView) -> None:
    _place(qtbot, chart_view, "toolZone", 0.35, 0.62)
    _type_and_enter(qtbot, _field(chart_view, "markerNote"), "Deep nasolabial fold")
    (zone,) = chart_view.chart().markers
    assert isinstance(zone, ProblemZone)
    assert zone.note == "Deep nasolabial fold"
    assert _near(zone.position, 0.35, 0.62)
    assert _legend_rows(chart_view) == ["Problem zone: Deep nasolabial fold"]


def test_a_treated_area_is_drawn_by_dragging(qtbot: QtBot, chart_view: FaceChartView) -> None:
    qtbot.mouseClick(_button(chart_view, "toolArea"), LEFT)
    corners = [(0.6, 0.45), (0.75, 0.45), (0.75, 0.6), (0.6, 0.6), (0.6, 0.46)]
    _draw(qtbot, chart_view, corners)
    _type_and_enter(qtbot, _field(chart_view, "markerNote"), "RF lifting")
    (area,) = chart_view.chart().markers
    assert isinstance(area, TreatedArea)
    assert area.note == "RF lifting"
    assert len(area.outline) >= 4
    xs, ys = [p.x for p in area.outline], [p.y for p in area.outline]
    assert _near(Point(min(xs), min(ys)), 0.6, 0.45)
    assert _near(Point(max(xs), max(ys)), 0.75, 0.6)


def test_a_click_with_the_area_tool_draws_nothing(qtbot: QtBot, chart_view: FaceChartView) -> None:
    _place(qtbot, chart_view, "toolArea", 0.5, 0.5)
    assert not _editor(chart_view).isVisible()
    assert chart_view.chart().is_empty


# --- undo, redo, move, edit, delete -------------------------------------------------------


def _two_zones(qtbot: QtBot, view: FaceChartView) -> None:
    for x, note in ((0.3, "first"), (0.7, "second")):
        _place(qtbot, view, "toolZone", x, 0.5)
        _type_and_enter(qtbot, _field(view, "markerNote"), note)


def test_undo_takes_the_last_marker_back_and_redo_puts_it_again(
    qtbot: QtBot, chart_view: FaceChartView
) -> None:
    _two_zones(qtbot, chart_view)
    placed = chart_view.chart()
    with qtbot.waitSignal(chart_view.changed):
        _undo(qtbot, chart_view)
    assert chart_view.chart().markers == placed.markers[:1]
    _redo(qtbot, chart_view)
    assert chart_view.chart() == placed
    _undo(qtbot, chart_view)
    qtbot.keyClick(_canvas(chart_view), Qt.Key.Key_Y, CTRL)
    assert chart_view.chart() == placed
    assert _button(chart_view, "faceChartUndo").toolTip() == "Undo: Add problem zone"


def test_undo_while_a_new_marker_is_in_the_editor_drops_only_that_marker(
    qtbot: QtBot, chart_view: FaceChartView
) -> None:
    undo = _button(chart_view, "faceChartUndo")
    _place(qtbot, chart_view, "toolZone", 0.3, 0.5)
    assert undo.isEnabled()
    qtbot.mouseClick(undo, LEFT)
    assert not _editor(chart_view).isVisible()
    assert chart_view.chart().is_empty
    assert not undo.isEnabled()

    _two_zones(qtbot, chart_view)
    _click(qtbot, chart_view, 0.5, 0.7)
    qtbot.mouseClick(undo, LEFT)
    assert [m.note for m in chart_view.chart().markers] == ["first", "second"]


def test_undoing_every_edit_leaves_the_chart_unmodified(
    qtbot: QtBot, chart_view: FaceChartView
) -> None:
    _two_zones(qtbot, chart_view)
    _undo(qtbot, chart_view)
    _undo(qtbot, chart_view)
    assert chart_view.chart().is_empty
    assert not chart_view.is_modified()
    assert not _button(chart_view, "faceChartUndo").isEnabled()


def test_a_marker_is_dragged_to_a_new_place_and_undo_brings_it_back(
    qtbot: QtBot, chart_view: FaceChartView
) -> None:
    chart_view.set_chart(_sample())
    qtbot.mouseClick(_button(chart_view, "toolSelect"), LEFT)
    _draw(qtbot, chart_view, [(0.4, 0.3), (0.45, 0.35), (0.5, 0.4)])
    moved = chart_view.chart().markers[0]
    assert isinstance(moved, InjectionPoint)
    assert _near(moved.position, 0.5, 0.4)
    assert moved.product == "Botox"
    _undo(qtbot, chart_view)
    assert chart_view.chart() == _sample()


def test_arrow_keys_nudge_the_selected_marker(qtbot: QtBot, chart_view: FaceChartView) -> None:
    chart_view.set_chart(_sample())
    _click(qtbot, chart_view, 0.4, 0.3)
    qtbot.keyClick(_canvas(chart_view), Qt.Key.Key_Right)
    assert chart_view.chart().markers[0].anchor == Point(0.405, 0.3)


def test_double_click_edits_a_marker_and_undo_restores_it(
    qtbot: QtBot, chart_view: FaceChartView
) -> None:
    chart_view.set_chart(_sample())
    qtbot.mouseDClick(_canvas(chart_view), LEFT, pos=_at(chart_view, 0.4, 0.3))
    dose = _field(chart_view, "markerDose")
    assert _field(chart_view, "markerProduct").text() == "Botox"
    assert dose.text() == "4 U"
    _type_and_enter(qtbot, dose, "6 U")
    edited = chart_view.chart().markers[0]
    assert isinstance(edited, InjectionPoint)
    assert (edited.product, edited.dose, edited.position) == ("Botox", "6 U", Point(0.4, 0.3))
    assert len(chart_view.chart().markers) == 3
    _undo(qtbot, chart_view)
    assert chart_view.chart() == _sample()


def test_enter_on_a_selected_area_edits_its_note(qtbot: QtBot, chart_view: FaceChartView) -> None:
    chart_view.set_chart(_sample())
    _click(qtbot, chart_view, 0.65, 0.53)
    qtbot.keyClick(_canvas(chart_view), Qt.Key.Key_Return)
    note = _field(chart_view, "markerNote")
    assert note.text() == "RF"
    _type_and_enter(qtbot, note, "RF, 3 passes")
    area = chart_view.chart().markers[2]
    assert isinstance(area, TreatedArea)
    assert area.note == "RF, 3 passes"


def test_delete_removes_the_selected_marker_and_undo_restores_it(
    qtbot: QtBot, chart_view: FaceChartView
) -> None:
    chart_view.set_chart(_sample())
    delete = _button(chart_view, "faceChartDelete")
    assert not delete.isEnabled()
    _click(qtbot, chart_view, 0.4, 0.3)
    assert delete.isEnabled()
    qtbot.keyClick(_canvas(chart_view), Qt.Key.Key_Delete)
    assert chart_view.chart().markers == _sample().markers[1:]
    assert not delete.isEnabled()
    _undo(qtbot, chart_view)
    assert chart_view.chart() == _sample()
    assert _canvas(chart_view).selected_index() == 0


def test_a_marker_picked_in_the_legend_is_deleted_from_there(
    qtbot: QtBot, chart_view: FaceChartView
) -> None:
    chart_view.set_chart(_sample())
    legend = chart_view.findChild(MarkerLegend, "faceChartLegend")
    assert legend is not None
    legend.setFocus()
    legend.setCurrentRow(1)
    assert _canvas(chart_view).selected_index() == 2
    qtbot.keyClick(legend, Qt.Key.Key_Delete)
    assert chart_view.chart().markers == _sample().markers[:2]


# --- views, read-only, the API ------------------------------------------------------------


def test_each_view_keeps_its_own_markers(qtbot: QtBot, chart_view: FaceChartView) -> None:
    _place(qtbot, chart_view, "toolZone", 0.5, 0.5)
    _type_and_enter(qtbot, _field(chart_view, "markerNote"), "front spot")
    qtbot.mouseClick(_button(chart_view, "faceChartLeft"), LEFT)
    assert chart_view.current_view() is View.LEFT
    assert _legend_rows(chart_view) == []
    _click(qtbot, chart_view, 0.3, 0.6)
    _type_and_enter(qtbot, _field(chart_view, "markerNote"), "left spot")
    assert _button(chart_view, "faceChartFront").text() == "Front (1)"
    assert _button(chart_view, "faceChartLeft").text() == "Left side (1)"
    assert _button(chart_view, "faceChartRight").text() == "Right side"

    qtbot.mouseClick(_button(chart_view, "faceChartFront"), LEFT)
    assert _legend_rows(chart_view) == ["Problem zone: front spot"]
    front, left = chart_view.chart().markers
    assert (front.view, left.view) == (View.FRONT, View.LEFT)


def test_switching_the_view_keeps_the_marker_in_the_editor(
    qtbot: QtBot, chart_view: FaceChartView
) -> None:
    _place(qtbot, chart_view, "toolInjection", 0.5, 0.4)
    qtbot.keyClicks(_field(chart_view, "markerProduct"), "Botox")
    qtbot.mouseClick(_button(chart_view, "faceChartLeft"), LEFT)
    assert not _editor(chart_view).isVisible()
    (marker,) = chart_view.chart().markers
    assert isinstance(marker, InjectionPoint)
    assert (marker.view, marker.product) == (View.FRONT, "Botox")
    assert chart_view.current_view() is View.LEFT


def test_undo_shows_the_view_it_changes(qtbot: QtBot, chart_view: FaceChartView) -> None:
    qtbot.mouseClick(_button(chart_view, "faceChartRight"), LEFT)
    _place(qtbot, chart_view, "toolZone", 0.5, 0.5)
    qtbot.keyClick(_field(chart_view, "markerNote"), Qt.Key.Key_Return)
    qtbot.mouseClick(_button(chart_view, "faceChartFront"), LEFT)
    _undo(qtbot, chart_view)
    assert chart_view.current_view() is View.RIGHT
    assert chart_view.chart().is_empty


def test_read_only_shows_markers_and_refuses_every_edit(qtbot: QtBot) -> None:
    view = FaceChartView(read_only=True)
    qtbot.addWidget(view)
    view.resize(420, 480)
    view.show()
    qtbot.waitExposed(view)
    view.set_chart(_sample())
    assert view.is_read_only()
    tools = view.findChild(QToolButton, "toolInjection")
    assert tools is not None
    assert not tools.isVisible()
    assert not _button(view, "faceChartUndo").isVisible()
    assert _legend_rows(view) == [
        "Injection point: Botox, 4 U, intramuscular",
        "Treated area: RF",
    ]
    canvas = _canvas(view)
    with qtbot.assertNotEmitted(view.changed):
        _draw(qtbot, view, [(0.4, 0.3), (0.5, 0.4), (0.6, 0.5)])
        qtbot.mouseDClick(canvas, LEFT, pos=_at(view, 0.4, 0.3))
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
        qtbot.keyClick(canvas, Qt.Key.Key_Delete)
        qtbot.keyClick(canvas, Qt.Key.Key_Left)
        _undo(qtbot, view)
    assert not _editor(view).isVisible()
    assert view.chart() == _sample()


def test_set_chart_shows_a_chart_that_chart_gives_back_with_a_fresh_history(
    qtbot: QtBot, chart_view: FaceChartView
) -> None:
    _two_zones(qtbot, chart_view)
    with qtbot.assertNotEmitted(chart_view.changed):
        chart_view.set_chart(_sample())
    assert chart_view.chart() == _sample()
    assert FaceChart.from_json(chart_view.chart().to_json()) == _sample()
    assert not chart_view.is_modified()
    _undo(qtbot, chart_view)
    assert chart_view.chart() == _sample()
    shown: list[Marker] = [m for _, m in _sample().on_view(View.FRONT)]
    assert len(_legend_rows(chart_view)) == len(shown)


def test_product_names_are_offered_while_typing(qtbot: QtBot, chart_view: FaceChartView) -> None:
    chart_view.set_product_names(["Juvederm Volift", "Restylane Kysse"])
    _place(qtbot, chart_view, "toolInjection", 0.5, 0.6)
    product = _field(chart_view, "markerProduct")
    completer = product.completer()
    assert completer is not None
    completer.setCompletionPrefix("kys")
    assert completer.currentCompletion() == "Restylane Kysse"
