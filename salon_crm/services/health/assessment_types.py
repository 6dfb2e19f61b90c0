"""Plain data of skin assessments and home care that crosses the service boundary, and the
scale history the chart draws, built from the assessments alone."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from salon_crm.domain.health.skin import SCALES, SkinType, WrinkleType

# The scales written in Roman numerals (Fitzpatrick's phototypes, Glogau's groups).
ROMAN_SCALES = frozenset({"fitzpatrick", "glogau"})


@dataclass(frozen=True)
class AssessmentInput:
    """The skin on one day; a numeric scale is None when not assessed (ranges in
    `domain/health/skin.SCALES`, whose keys are these fields' names). `assessed_on` None
    means today; `face_chart` is the chart's JSON, empty when none was drawn."""

    assessed_on: date | None = None
    skin_type: SkinType | None = None
    fitzpatrick: int | None = None
    glogau: int | None = None
    baumann: str = ""
    turgor: int | None = None
    sensitivity: int | None = None
    pigmentation: int | None = None
    vascular: int | None = None
    acne_grade: int | None = None
    wrinkle_type: WrinkleType | None = None
    wrinkle_depth: int | None = None
    description: str = ""
    face_chart: str = ""

    def scale_value(self, scale: str) -> int | None:
        """The value of a numeric scale by its name in SCALES."""
        value: int | None = getattr(self, scale)
        return value


@dataclass(frozen=True)
class AssessmentRow:
    """A stored assessment; `data.assessed_on` is always set. `correctable`: the acting
    user may still correct it (see AssessmentService.update)."""

    id: int
    client_id: int
    data: AssessmentInput
    specialist_id: int | None
    specialist_name: str
    recorded_at: datetime
    correctable: bool

    @property
    def assessed_on(self) -> date:
        assert self.data.assessed_on is not None
        return self.data.assessed_on


@dataclass(frozen=True)
class ScalePoint:
    assessed_on: date
    value: int
    assessment_id: int


@dataclass(frozen=True)
class ScaleSeries:
    """One numeric scale over the visits where it was assessed, oldest first."""

    scale: str
    low: int
    high: int
    points: tuple[ScalePoint, ...]

    @property
    def changed(self) -> bool:
        return len({point.value for point in self.points}) > 1


@dataclass(frozen=True)
class Visit:
    assessment_id: int
    assessed_on: date


@dataclass(frozen=True)
class ScaleHistory:
    """Every numeric scale in SCALES order (a scale never assessed has no points), and
    all the assessments, oldest first."""

    series: tuple[ScaleSeries, ...]
    visits: tuple[Visit, ...]

    @property
    def days(self) -> tuple[date, ...]:
        return tuple(dict.fromkeys(visit.assessed_on for visit in self.visits))

    def of(self, scale: str) -> ScaleSeries:
        return next(series for series in self.series if series.scale == scale)

    def value_at(self, scale: str, assessment_id: int) -> int | None:
        """The scale's value in one assessment (None: not assessed then)."""
        points = self.of(scale).points
        return next((p.value for p in points if p.assessment_id == assessment_id), None)

    @property
    def assessed(self) -> tuple[ScaleSeries, ...]:
        return tuple(series for series in self.series if series.points)


def scale_history(rows: Iterable[AssessmentRow]) -> ScaleHistory:
    """The history of the given assessments (in any order): the same day twice keeps both
    values, in the order they were recorded."""
    ordered = sorted(rows, key=lambda row: (row.assessed_on, row.recorded_at, row.id))
    series = tuple(
        ScaleSeries(
            scale,
            low,
            high,
            tuple(
                ScalePoint(row.assessed_on, value, row.id)
                for row in ordered
                if (value := row.data.scale_value(scale)) is not None
            ),
        )
        for scale, (low, high) in SCALES.items()
    )
    return ScaleHistory(series, tuple(Visit(row.id, row.assessed_on) for row in ordered))


@dataclass(frozen=True)
class HomeCareInput:
    """A product the client uses at home; `started_on` None means today."""

    product: str
    started_on: date | None = None
    usage: str = ""
    outcome: str = ""


@dataclass(frozen=True)
class HomeCareRow:
    id: int
    client_id: int
    data: HomeCareInput
    recorded_by_name: str
    recorded_at: datetime

    @property
    def started_on(self) -> date:
        assert self.data.started_on is not None
        return self.data.started_on
