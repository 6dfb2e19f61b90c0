"""The scales of a skin assessment: closed lists stored by value and the numeric scales'
ranges, so forms, charts and validation agree on them."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum


class SkinType(StrEnum):
    NORMAL = "normal"
    DRY = "dry"
    OILY = "oily"
    COMBINATION = "combination"
    SENSITIVE = "sensitive"


class WrinkleType(StrEnum):
    NONE = "none"
    FINE = "fine"  # fine-lined, dehydration
    EXPRESSION = "expression"  # mimic wrinkles
    GRAVITATIONAL = "gravitational"  # deformational, sagging
    COMBINED = "combined"


# Inclusive ranges of the numeric scales (Fitzpatrick phototype I–VI, Glogau I–IV; the
# others are the salon's 0-none … N-marked grading).
SCALES: Mapping[str, tuple[int, int]] = {
    "fitzpatrick": (1, 6),
    "glogau": (1, 4),
    "turgor": (1, 5),
    "sensitivity": (0, 3),
    "pigmentation": (0, 3),
    "vascular": (0, 3),
    "acne_grade": (0, 4),
    "wrinkle_depth": (0, 3),
}

# Baumann's type is four letters, one from each pair: oily/dry, sensitive/resistant,
# pigmented/non-pigmented, wrinkled/tight.
BAUMANN_PAIRS: tuple[tuple[str, str], ...] = (("O", "D"), ("S", "R"), ("P", "N"), ("W", "T"))


def is_baumann(text: str) -> bool:
    return len(text) == 4 and all(
        letter in pair for letter, pair in zip(text.upper(), BAUMANN_PAIRS, strict=True)
    )


def roman(value: int) -> str:
    """I–VI as the Fitzpatrick and Glogau scales are written."""
    return ("I", "II", "III", "IV", "V", "VI")[value - 1]
