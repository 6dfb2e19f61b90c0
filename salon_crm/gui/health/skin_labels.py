"""The words of the skin assessment's scales in the user's language: the scales' names,
what each value means, the closed lists, Baumann's pairs, and the one-line summary the
list shows. Built per call: the language can change while the program runs."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from salon_crm.domain.common.translation import QT_TRANSLATE_NOOP
from salon_crm.domain.health import health_texts as texts
from salon_crm.domain.health.skin import SCALES, SkinType, WrinkleType, roman
from salon_crm.services.health.assessment_types import ROMAN_SCALES, AssessmentInput

CONTEXT = texts.SKIN_CONTEXT


# For the chart's legend and the list's summary, where room is short.
_SHORT_NAMES: Mapping[str, str] = {
    "fitzpatrick": QT_TRANSLATE_NOOP("SkinLabels", "Fitzpatrick"),
    "glogau": QT_TRANSLATE_NOOP("SkinLabels", "Glogau"),
    "turgor": QT_TRANSLATE_NOOP("SkinLabels", "Turgor"),
    "sensitivity": QT_TRANSLATE_NOOP("SkinLabels", "Sensitivity"),
    "pigmentation": QT_TRANSLATE_NOOP("SkinLabels", "Pigmentation"),
    "vascular": QT_TRANSLATE_NOOP("SkinLabels", "Vessels"),
    "acne_grade": QT_TRANSLATE_NOOP("SkinLabels", "Acne"),
    "wrinkle_depth": QT_TRANSLATE_NOOP("SkinLabels", "Wrinkles"),
}

_GRADES = (
    QT_TRANSLATE_NOOP("SkinLabels", "none"),
    QT_TRANSLATE_NOOP("SkinLabels", "mild"),
    QT_TRANSLATE_NOOP("SkinLabels", "moderate"),
    QT_TRANSLATE_NOOP("SkinLabels", "marked"),
)

# What each value means, lowest first.
_VALUES: Mapping[str, tuple[str, ...]] = {
    "fitzpatrick": (
        QT_TRANSLATE_NOOP("SkinLabels", "Very fair skin: always burns, never tans"),
        QT_TRANSLATE_NOOP("SkinLabels", "Fair skin: burns easily, tans little"),
        QT_TRANSLATE_NOOP("SkinLabels", "Light to beige skin: sometimes burns, tans gradually"),
        QT_TRANSLATE_NOOP("SkinLabels", "Olive skin: rarely burns, tans easily"),
        QT_TRANSLATE_NOOP("SkinLabels", "Brown skin: very rarely burns, tans deeply"),
        QT_TRANSLATE_NOOP("SkinLabels", "Dark brown to black skin: never burns"),
    ),
    "glogau": (
        QT_TRANSLATE_NOOP("SkinLabels", "No wrinkles: early photoageing, about 20–30 years"),
        QT_TRANSLATE_NOOP("SkinLabels", "Wrinkles in motion: lines with expression, about 30–40"),
        QT_TRANSLATE_NOOP("SkinLabels", "Wrinkles at rest: seen without expression, about 50"),
        QT_TRANSLATE_NOOP("SkinLabels", "Only wrinkles: lines all over, sagging, 60 and older"),
    ),
    "turgor": (
        QT_TRANSLATE_NOOP("SkinLabels", "markedly reduced"),
        QT_TRANSLATE_NOOP("SkinLabels", "reduced"),
        QT_TRANSLATE_NOOP("SkinLabels", "fair"),
        QT_TRANSLATE_NOOP("SkinLabels", "good"),
        QT_TRANSLATE_NOOP("SkinLabels", "very good"),
    ),
    "sensitivity": _GRADES,
    "pigmentation": _GRADES,
    "vascular": _GRADES,
    "acne_grade": (
        QT_TRANSLATE_NOOP("SkinLabels", "none"),
        QT_TRANSLATE_NOOP("SkinLabels", "comedones"),
        QT_TRANSLATE_NOOP("SkinLabels", "papules, a few pustules"),
        QT_TRANSLATE_NOOP("SkinLabels", "many papules and pustules"),
        QT_TRANSLATE_NOOP("SkinLabels", "nodules and cysts"),
    ),
    "wrinkle_depth": _GRADES,
}


# The words of Baumann's pairs, in the order of domain/health/skin.BAUMANN_PAIRS.
_BAUMANN_WORDS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("SkinLabels", "Oily"), QT_TRANSLATE_NOOP("SkinLabels", "Dry")),
    (QT_TRANSLATE_NOOP("SkinLabels", "Sensitive"), QT_TRANSLATE_NOOP("SkinLabels", "Resistant")),
    (
        QT_TRANSLATE_NOOP("SkinLabels", "Pigmented"),
        QT_TRANSLATE_NOOP("SkinLabels", "Non-pigmented"),
    ),
    (QT_TRANSLATE_NOOP("SkinLabels", "Wrinkle-prone"), QT_TRANSLATE_NOOP("SkinLabels", "Tight")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def not_assessed() -> str:
    return QCoreApplication.translate("SkinLabels", "not assessed")


def scale_name(scale: str) -> str:
    return _tr(texts.SCALE_NAMES[scale])


def short_name(scale: str) -> str:
    return _tr(_SHORT_NAMES[scale])


def value_number(scale: str, value: int) -> str:
    """The value as the scale is written: III for a phototype, 2 for a grade."""
    return roman(value) if scale in ROMAN_SCALES else str(value)


def value_meaning(scale: str, value: int) -> str:
    """What the value means, in words."""
    low, _high = SCALES[scale]
    return _tr(_VALUES[scale][value - low])


def value_text(scale: str, value: int) -> str:
    """A choice in the form: the Roman numeral alone (its meaning goes to the tooltip, the
    way the scales are written in the record), or "2 — moderate" for a grade."""
    if scale in ROMAN_SCALES:
        return roman(value)
    return f"{value} — {value_meaning(scale, value)}"


def skin_type_labels() -> dict[SkinType, str]:
    return {member: _tr(text) for member, text in texts.SKIN_TYPES.items()}


def wrinkle_type_labels() -> dict[WrinkleType, str]:
    return {member: _tr(text) for member, text in texts.WRINKLE_TYPES.items()}


def baumann_words() -> tuple[tuple[str, str], ...]:
    return tuple((_tr(first), _tr(second)) for first, second in _BAUMANN_WORDS)


def baumann_text(letters: str) -> str:
    return QCoreApplication.translate("SkinLabels", "Baumann type {letters}").format(
        letters=letters
    )


def summary(data: AssessmentInput) -> str:
    """The assessment in one line for the list: skin type, Baumann type, then each
    assessed scale by its short name and value."""
    parts: list[str] = []
    if data.skin_type is not None:
        parts.append(skin_type_labels()[data.skin_type])
    if data.baumann:
        parts.append(data.baumann)
    for scale in SCALES:
        value = data.scale_value(scale)
        if value is not None:
            parts.append(f"{short_name(scale)} {value_number(scale, value)}")
    if data.wrinkle_type is not None:
        parts.append(wrinkle_type_labels()[data.wrinkle_type])
    return " · ".join(parts)
