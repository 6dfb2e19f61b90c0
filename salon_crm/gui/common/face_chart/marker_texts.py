"""What the face chart says about its views and markers, in the interface language.

Built per call, not at import: the language can change while the program runs. The
English words are the domain's (health_texts), shared with the printed record.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salon_crm.domain.health import health_texts as texts
from salon_crm.domain.health.face_chart import (
    Depth,
    FaceChart,
    InjectionPoint,
    Marker,
    ProblemZone,
    TreatedArea,
    View,
)


def view_labels() -> dict[View, str]:
    return {view: _tr(text) for view, text in texts.VIEWS.items()}


def depth_labels() -> dict[Depth, str]:
    return {depth: _tr(text) for depth, text in texts.DEPTHS.items()}


def kind_label(marker: Marker) -> str:
    match marker:
        case InjectionPoint():
            return _tr(texts.INJECTION_POINT)
        case ProblemZone():
            return _tr(texts.PROBLEM_ZONE)
        case TreatedArea():
            return _tr(texts.TREATED_AREA)


def describe(marker: Marker) -> str:
    """One line for the legend and the tooltip: the kind, then whatever was written."""
    if isinstance(marker, InjectionPoint):
        depth = depth_labels()[marker.depth] if marker.depth else ""
        details = [marker.product, marker.dose, depth]
    else:
        details = [marker.note]
    written = ", ".join(text for text in details if text)
    if not written:
        return kind_label(marker)
    return _tr(texts.MARKER_LINE).format(kind=kind_label(marker), details=written)


def zones_summary(chart: FaceChart) -> str:
    """The procedure's zones as the chart has them, for its Zones line: the injected
    products with how many points each, then the zones' and areas' notes, in order."""
    counts: dict[str, int] = {}
    notes: list[str] = []
    for marker in chart.markers:
        if isinstance(marker, InjectionPoint):
            product = marker.product or kind_label(marker)
            counts[product] = counts.get(product, 0) + 1
        elif marker.note and marker.note not in notes:
            notes.append(marker.note)
    injected = [
        QCoreApplication.translate("FaceChartTexts", "{product} × {points}").format(
            product=product, points=points
        )
        for product, points in counts.items()
    ]
    return "; ".join([*injected, *notes])


def _tr(text: str) -> str:
    return QCoreApplication.translate(texts.FACE_CHART_CONTEXT, text)
