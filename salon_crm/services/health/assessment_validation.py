"""Checking a skin assessment or a home-care entry before it is stored: every problem at
once, by field."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from enum import StrEnum
from typing import TypeVar

from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.errors import FieldError, ValidationError
from salon_crm.domain.common.validation import NOTES_LIMIT, check_past_date, check_text
from salon_crm.domain.health import skin_messages
from salon_crm.domain.health.face_chart import FaceChart
from salon_crm.domain.health.skin import SCALES, SkinType, WrinkleType, is_baumann, roman
from salon_crm.services.health.assessment_types import (
    ROMAN_SCALES,
    AssessmentInput,
    HomeCareInput,
)

# A face chart is a few hundred markers and strokes; far more is not a chart.
FACE_CHART_LIMIT = 2_000_000
PRODUCT_LIMIT = 200  # the column's length
USAGE_LIMIT = 2_000

E = TypeVar("E", bound=StrEnum)


def clean_assessment(data: AssessmentInput, *, today: date) -> AssessmentInput:
    """`data` tidied (date filled in, Baumann upper-cased, text stripped), or a
    ValidationError naming each field that is wrong."""
    errors: list[FieldError] = []
    assessed_on = data.assessed_on or today
    errors += check_past_date("assessed_on", assessed_on, today=today)
    for scale, (low, high) in SCALES.items():
        value = data.scale_value(scale)
        if value is not None and (isinstance(value, bool) or not low <= value <= high):
            shown = (roman(low), roman(high)) if scale in ROMAN_SCALES else (low, high)
            errors.append(
                FieldError(scale, skin_messages.SCALE_RANGE, {"low": shown[0], "high": shown[1]})
            )
    skin_type = _choice("skin_type", SkinType, data.skin_type, errors)
    wrinkle_type = _choice("wrinkle_type", WrinkleType, data.wrinkle_type, errors)
    baumann = data.baumann.strip().upper()
    if baumann and not is_baumann(baumann):
        errors.append(FieldError("baumann", skin_messages.BAUMANN_INVALID))
    description = data.description.strip()
    errors += check_text("description", description, limit=NOTES_LIMIT, multiline=True)
    face_chart = data.face_chart.strip()
    if face_chart and not _is_chart(face_chart):
        errors.append(FieldError("face_chart", skin_messages.FACE_CHART_INVALID))
    if errors:
        raise ValidationError(errors)
    return replace(
        data,
        assessed_on=assessed_on,
        skin_type=skin_type,
        wrinkle_type=wrinkle_type,
        baumann=baumann,
        description=description,
        face_chart=face_chart,
    )


def clean_home_care(data: HomeCareInput, *, today: date) -> HomeCareInput:
    errors: list[FieldError] = []
    started_on = data.started_on or today
    errors += check_past_date("started_on", started_on, today=today)
    product = " ".join(data.product.split())
    errors += check_text("product", product, limit=PRODUCT_LIMIT, required=True)
    usage = data.usage.strip()
    errors += check_text("usage", usage, limit=USAGE_LIMIT, multiline=True)
    outcome = data.outcome.strip()
    errors += check_text("outcome", outcome, limit=NOTES_LIMIT, multiline=True)
    if errors:
        raise ValidationError(errors)
    return HomeCareInput(product=product, started_on=started_on, usage=usage, outcome=outcome)


def _choice(field: str, kind: type[E], value: str | None, errors: list[FieldError]) -> E | None:
    """A closed-list value as its enum (a front end may pass the stored text)."""
    if value is None:
        return None
    try:
        return kind(value)
    except ValueError:
        errors.append(FieldError(field, msg.CHOICE_EXPECTED))
        return None


def _is_chart(text: str) -> bool:
    if len(text) > FACE_CHART_LIMIT:
        return False
    try:
        FaceChart.from_json(text)
    except ValueError:
        return False
    return True
