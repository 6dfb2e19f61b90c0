"""The face chart's data: markers on a view, changed as values, written to and read from
JSON exactly, and garbled JSON refused with a message instead of half a chart."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

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

TRIANGLE = outline_of([(0.2, 0.2), (0.4, 0.2), (0.3, 0.4)])


def _sample() -> FaceChart:
    return FaceChart(
        (
            InjectionPoint(View.FRONT, Point(0.5, 0.3), "Botox", "4 U", Depth.INTRAMUSCULAR),
            ProblemZone(View.LEFT, Point(0.25, 0.6), "Рубець після акне"),
            TreatedArea(View.RIGHT, TRIANGLE, "RF"),
            InjectionPoint(View.FRONT, Point(0.45, 0.62)),
        )
    )


# --- values ---------------------------------------------------------------------------------


def test_a_new_chart_is_empty_and_adding_makes_a_new_one() -> None:
    empty = FaceChart()
    chart = empty.added(ProblemZone(View.FRONT, Point(0.1, 0.1)))
    assert empty.is_empty
    assert not chart.is_empty
    assert len(chart.markers) == 1


def test_removed_and_replaced_leave_the_original_as_it_was() -> None:
    chart = _sample()
    zone = ProblemZone(View.FRONT, Point(0.9, 0.9), "new")
    assert chart.removed(1).markers == (chart.markers[0], *chart.markers[2:])
    assert chart.replaced(2, zone).markers[2] == zone
    assert chart == _sample()
    with pytest.raises(IndexError):
        chart.removed(4)


def test_on_view_gives_each_views_markers_with_their_chart_index() -> None:
    chart = _sample()
    assert [i for i, _ in chart.on_view(View.FRONT)] == [0, 3]
    assert [i for i, _ in chart.on_view(View.LEFT)] == [1]
    assert [i for i, _ in chart.on_view(View.RIGHT)] == [2]


def test_a_point_outside_the_drawing_is_refused_and_clamped_on_request() -> None:
    with pytest.raises(ValueError, match=r"outside 0\.\.1"):
        Point(1.2, 0.5)
    with pytest.raises(ValueError, match=r"outside 0\.\.1"):
        Point(0.5, float("nan"))
    assert Point.clamped(-0.3, 1.7) == Point(0.0, 1.0)


def test_moving_a_point_stops_at_the_edge() -> None:
    marker = InjectionPoint(View.FRONT, Point(0.9, 0.1))
    assert marker.moved(0.3, -0.05).position == Point(1.0, 0.05)


def test_a_treated_area_moves_whole_and_keeps_its_shape_at_the_edge() -> None:
    area = TreatedArea(View.FRONT, TRIANGLE)
    moved = area.moved(-0.5, 0.1)
    # It could go only 0.2 to the left before its leftmost point met the edge.
    assert moved.outline == outline_of([(0.0, 0.3), (0.2, 0.3), (0.1, 0.5)])


def test_a_treated_area_needs_three_points() -> None:
    with pytest.raises(ValueError, match="at least 3"):
        TreatedArea(View.FRONT, outline_of([(0.1, 0.1), (0.2, 0.2)]))


def test_an_areas_number_sits_in_the_middle_of_its_bounds() -> None:
    assert TreatedArea(View.FRONT, TRIANGLE).anchor == Point(0.3, 0.3)


# --- JSON -------------------------------------------------------------------------------------


def test_json_is_compact_versioned_and_leaves_defaults_out() -> None:
    chart = FaceChart((ProblemZone(View.FRONT, Point(0.5, 0.25)),))
    assert chart.to_json() == '{"v":1,"markers":[{"kind":"zone","view":"front","at":[0.5,0.25]}]}'


def test_json_keeps_letters_of_every_language_readable() -> None:
    assert "Рубець після акне" in _sample().to_json()


def test_sample_round_trips() -> None:
    chart = _sample()
    assert FaceChart.from_json(chart.to_json()) == chart


_coordinate = st.floats(min_value=0.0, max_value=1.0)
_points = st.builds(Point, _coordinate, _coordinate)
_views = st.sampled_from(View)
_texts = st.text(max_size=30)
_markers = st.one_of(
    st.builds(
        InjectionPoint,
        _views,
        _points,
        _texts,
        _texts,
        st.one_of(st.none(), st.sampled_from(Depth)),
    ),
    st.builds(ProblemZone, _views, _points, _texts),
    st.builds(TreatedArea, _views, st.lists(_points, min_size=3, max_size=12).map(tuple), _texts),
)


@given(st.lists(_markers, max_size=8))
def test_any_chart_round_trips_through_json(markers: list[Marker]) -> None:
    chart = FaceChart(tuple(markers))
    text = chart.to_json()
    assert FaceChart.from_json(text) == chart
    assert FaceChart.from_json(text).to_json() == text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "not JSON"),
        ("{not json", "not JSON"),
        ("[1, 2]", "a JSON object"),
        ('{"markers": []}', "unknown face chart version None"),
        ('{"v": 2, "markers": []}', "unknown face chart version 2"),
        ('{"v": 1}', "list of markers"),
        ('{"v": 1, "markers": [7]}', "marker 1: a marker is a JSON object"),
        ('{"v": 1, "markers": [{"kind": "tattoo", "view": "front"}]}', "unknown marker kind"),
        ('{"v": 1, "markers": [{"kind": "zone", "view": "top", "at": [0, 0]}]}', "unknown view"),
        ('{"v": 1, "markers": [{"kind": "zone", "view": "left"}]}', "a position is"),
        ('{"v": 1, "markers": [{"kind": "zone", "view": "left", "at": [0.5, 1.5]}]}', "0..1"),
        ('{"v": 1, "markers": [{"kind": "zone", "view": "left", "at": ["a", 0]}]}', "a number"),
        ('{"v": 1, "markers": [{"kind": "zone", "view": "left", "at": [true, 0]}]}', "a number"),
        (
            '{"v": 1, "markers": [{"kind": "zone", "view": "left", "at": [0, 0], "note": 5}]}',
            "note is text",
        ),
        (
            '{"v": 1, "markers": [{"kind": "injection", "view": "front", "at": [0, 0],'
            ' "depth": "deep"}]}',
            "unknown depth",
        ),
        (
            '{"v": 1, "markers": [{"kind": "area", "view": "front", "outline": [[0, 0]]}]}',
            "at least 3",
        ),
        ('{"v": 1, "markers": [{"kind": "area", "view": "front", "outline": 3}]}', "an outline"),
    ],
)
def test_garbled_json_is_refused_with_a_plain_message(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        FaceChart.from_json(text)


def test_the_message_names_the_marker_that_is_wrong() -> None:
    document = json.loads(_sample().to_json())
    document["markers"][2]["view"] = "back"
    with pytest.raises(ValueError, match="marker 3: unknown view 'back'"):
        FaceChart.from_json(json.dumps(document))
