"""The English words of the skin assessment and the face chart that both the screens and
the printed record show, marked for translation under the screens' contexts: the GUI
translates them with Qt, the printout with the translation its caller passes."""

from __future__ import annotations

from collections.abc import Mapping

from salon_crm.domain.common.translation import QT_TRANSLATE_NOOP
from salon_crm.domain.health.face_chart import Depth, View
from salon_crm.domain.health.skin import SkinType, WrinkleType

SKIN_CONTEXT = "SkinLabels"
FACE_CHART_CONTEXT = "FaceChartTexts"

SCALE_NAMES: Mapping[str, str] = {
    "fitzpatrick": QT_TRANSLATE_NOOP("SkinLabels", "Fitzpatrick phototype"),
    "glogau": QT_TRANSLATE_NOOP("SkinLabels", "Glogau photoageing"),
    "turgor": QT_TRANSLATE_NOOP("SkinLabels", "Turgor"),
    "sensitivity": QT_TRANSLATE_NOOP("SkinLabels", "Sensitivity"),
    "pigmentation": QT_TRANSLATE_NOOP("SkinLabels", "Pigmentation"),
    "vascular": QT_TRANSLATE_NOOP("SkinLabels", "Vascular changes"),
    "acne_grade": QT_TRANSLATE_NOOP("SkinLabels", "Acne grade"),
    "wrinkle_depth": QT_TRANSLATE_NOOP("SkinLabels", "Wrinkle depth"),
}

SKIN_TYPES: Mapping[SkinType, str] = {
    SkinType.NORMAL: QT_TRANSLATE_NOOP("SkinLabels", "Normal"),
    SkinType.DRY: QT_TRANSLATE_NOOP("SkinLabels", "Dry"),
    SkinType.OILY: QT_TRANSLATE_NOOP("SkinLabels", "Oily"),
    SkinType.COMBINATION: QT_TRANSLATE_NOOP("SkinLabels", "Combination"),
    SkinType.SENSITIVE: QT_TRANSLATE_NOOP("SkinLabels", "Sensitive"),
}

WRINKLE_TYPES: Mapping[WrinkleType, str] = {
    WrinkleType.NONE: QT_TRANSLATE_NOOP("SkinLabels", "No wrinkles"),
    WrinkleType.FINE: QT_TRANSLATE_NOOP("SkinLabels", "Fine lines (dehydration)"),
    WrinkleType.EXPRESSION: QT_TRANSLATE_NOOP("SkinLabels", "Expression lines"),
    WrinkleType.GRAVITATIONAL: QT_TRANSLATE_NOOP("SkinLabels", "Gravitational (sagging)"),
    WrinkleType.COMBINED: QT_TRANSLATE_NOOP("SkinLabels", "Combined"),
}

VIEWS: Mapping[View, str] = {
    View.FRONT: QT_TRANSLATE_NOOP("FaceChartTexts", "Front"),
    View.LEFT: QT_TRANSLATE_NOOP("FaceChartTexts", "Left side"),
    View.RIGHT: QT_TRANSLATE_NOOP("FaceChartTexts", "Right side"),
}

DEPTHS: Mapping[Depth, str] = {
    Depth.INTRADERMAL: QT_TRANSLATE_NOOP("FaceChartTexts", "intradermal"),
    Depth.SUBCUTANEOUS: QT_TRANSLATE_NOOP("FaceChartTexts", "subcutaneous"),
    Depth.SUPRAPERIOSTEAL: QT_TRANSLATE_NOOP("FaceChartTexts", "supraperiosteal"),
    Depth.INTRAMUSCULAR: QT_TRANSLATE_NOOP("FaceChartTexts", "intramuscular"),
}

INJECTION_POINT = QT_TRANSLATE_NOOP("FaceChartTexts", "Injection point")
PROBLEM_ZONE = QT_TRANSLATE_NOOP("FaceChartTexts", "Problem zone")
TREATED_AREA = QT_TRANSLATE_NOOP("FaceChartTexts", "Treated area")
# A marker's one line: its kind, then what was written about it.
MARKER_LINE = QT_TRANSLATE_NOOP("FaceChartTexts", "{kind}: {details}")
