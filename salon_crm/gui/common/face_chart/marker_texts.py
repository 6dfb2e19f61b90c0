"""What the face chart says about its views and markers, in the interface language.

Built per call, not at import: the language can change while the program runs. The
context is written out in each call, since that is where the translation tools look.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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
    return {
        View.FRONT: QCoreApplication.translate("FaceChartTexts", "Front"),
        View.LEFT: QCoreApplication.translate("FaceChartTexts", "Left side"),
        View.RIGHT: QCoreApplication.translate("FaceChartTexts", "Right side"),
    }


def depth_labels() -> dict[Depth, str]:
    return {
        Depth.INTRADERMAL: QCoreApplication.translate("FaceChartTexts", "intradermal"),
        Depth.SUBCUTANEOUS: QCoreApplication.translate("FaceChartTexts", "subcutaneous"),
        Depth.SUPRAPERIOSTEAL: QCoreApplication.translate("FaceChartTexts", "supraperiosteal"),
        Depth.INTRAMUSCULAR: QCoreApplication.translate("FaceChartTexts", "intramuscular"),
    }


def kind_label(marker: Marker) -> str:
    match marker:
        case InjectionPoint():
            return QCoreApplication.translate("FaceChartTexts", "Injection point")
        case ProblemZone():
            return QCoreApplication.translate("FaceChartTexts", "Problem zone")
        case TreatedArea():
            return QCoreApplication.translate("FaceChartTexts", "Treated area")


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
    return QCoreApplication.translate("FaceChartTexts", "{kind}: {details}").format(
        kind=kind_label(marker), details=written
    )


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
