"""The cosmetology record on paper, oldest entries first as a record is read: the client,
a box of allergies and contraindications that cannot be missed, the anamnesis, each skin
assessment with its face chart, every procedure with the lots used (one table whose header
repeats on each page), and the home care."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from salon_crm.domain.documents.document_blocks import (
    Alert,
    Block,
    ChartFigure,
    Fields,
    Heading,
    Paragraph,
    Run,
    Runs,
    Table,
)
from salon_crm.domain.health import conditions, procedure_catalogue, substances
from salon_crm.domain.health.face_chart import (
    FaceChart,
    InjectionPoint,
    Marker,
    ProblemZone,
    TreatedArea,
    View,
)
from salon_crm.domain.health.skin import SCALES, roman
from salon_crm.services.clients.client_types import ClientCard
from salon_crm.services.documents import printout_words as t
from salon_crm.services.documents.printout_parts import joined, nothing_recorded, section
from salon_crm.services.documents.printout_words import Words
from salon_crm.services.health.anamnesis_types import TEXT_FIELDS, AnamnesisRecord
from salon_crm.services.health.assessment_types import ROMAN_SCALES, AssessmentRow, HomeCareRow
from salon_crm.services.procedures.procedure_types import ProcedureDetail, UsedProduct

# Date, procedure with its zones and notes, preparations, specialist, price: a date and
# a price fit on one line, the lots (what a recall looks for) get the most room.
_PROCEDURE_SHARES = (60, 142, 148, 72, 60)


@dataclass(frozen=True)
class RecordData:
    """What the record prints, as the health services read it (newest first)."""

    card: ClientCard
    anamnesis: AnamnesisRecord | None
    assessments: Sequence[AssessmentRow]
    procedures: Sequence[ProcedureDetail]
    home_care: Sequence[HomeCareRow]


def record_blocks(record: RecordData, words: Words) -> list[Block]:
    w = words
    card = record.card
    birth = w.day(card.data.birth_date)
    blocks: list[Block] = [
        Fields(
            tuple(
                (label, value)
                for label, value in (
                    (w(t.CLIENT), card.full_name),
                    (w(t.CLIENT_NUMBER), card.number),
                    (w(t.BIRTH_DATE), birth),
                    (w(t.AGE), "" if card.age is None else str(card.age)),
                )
                if value
            )
        ),
        _alert(record.anamnesis, w),
    ]
    blocks += _anamnesis(record.anamnesis, w)
    blocks.append(Heading(1, (Run(w(t.ASSESSMENTS)),)))
    for assessment in reversed(record.assessments):
        blocks += _assessment(assessment, w)
    if not record.assessments:
        blocks.append(nothing_recorded(w))
    blocks.append(Heading(1, (Run(w(t.PROCEDURES)),)))
    blocks.append(_procedures(record.procedures, w) if record.procedures else nothing_recorded(w))
    blocks.append(Heading(1, (Run(w(t.HOME_CARE)),)))
    blocks.append(_home_care(record.home_care, w) if record.home_care else nothing_recorded(w))
    return blocks


def _substance(code: str, words: Words) -> str:
    name = substances.SUBSTANCES.get(code)
    return code if name is None else words.tr(substances.CONTEXT, name)


def _condition(code: str, words: Words) -> str:
    known = conditions.BY_CODE.get(code)
    return code if known is None else words.tr(conditions.CONTEXT, known.name)


def _alert(anamnesis: AnamnesisRecord | None, words: Words) -> Alert:
    lines: list[Runs] = []
    if anamnesis is not None:
        data = anamnesis.data
        if data.allergies:
            listed = ", ".join(
                f"{_substance(a.substance, words)} ({a.reaction})"
                if a.reaction
                else _substance(a.substance, words)
                for a in data.allergies
            )
            lines.append((Run(words(t.ALLERGIES, allergies=listed), bold=True),))
        if data.conditions:
            listed = ", ".join(_condition(c.code, words) for c in data.conditions)
            lines.append((Run(words(t.CONTRAINDICATIONS, conditions=listed), bold=True),))
    if not lines:
        lines.append((Run(words(t.NO_ALERT)),))
    return Alert(words(t.ALERT_TITLE), tuple(lines))


def _anamnesis(anamnesis: AnamnesisRecord | None, words: Words) -> list[Block]:
    w = words
    if anamnesis is None:
        return [Heading(1, (Run(w(t.ANAMNESIS)),)), nothing_recorded(w)]
    data = anamnesis.data
    signed = w(
        t.ANAMNESIS_VERSION,
        version=anamnesis.version,
        date=w.day(anamnesis.signed_at),
        user=anamnesis.signed_by,
    )
    blocks = section(
        w(t.ANAMNESIS),
        ((w(t.ANAMNESIS_FIELDS[name]), getattr(data, name)) for name in TEXT_FIELDS),
        w,
    )
    blocks.insert(1, Paragraph((Run(signed, italic=True),)))
    by_group: dict[conditions.ConditionGroup, list[str]] = {}
    for entry in data.conditions:
        known = conditions.BY_CODE.get(entry.code)
        if known is None:
            continue
        since = w(t.SINCE_DAY, date=w.day(entry.since)) if entry.since else ""
        text = _condition(entry.code, w)
        details = joined(since, entry.note)
        by_group.setdefault(known.group, []).append(f"{text} ({details})" if details else text)
    if by_group:
        blocks += section(
            w(t.CONDITIONS),
            (
                (w.tr(conditions.CONTEXT, conditions.GROUP_NAMES[group]), "\n".join(names))
                for group, names in by_group.items()
            ),
            w,
            level=2,
        )
    return blocks


def _assessment(row: AssessmentRow, words: Words) -> list[Block]:
    w = words
    data = row.data
    scales = []
    for scale in SCALES:
        value = data.scale_value(scale)
        if value is not None:
            shown = roman(value) if scale in ROMAN_SCALES else str(value)
            scales.append((w(t.SCALE_NAMES[scale]), shown))
    blocks = section(
        (
            w(t.ASSESSED, date=w.day(row.assessed_on), specialist=row.specialist_name)
            if row.specialist_name
            else w.day(row.assessed_on)
        ),
        (
            (w(t.SKIN_TYPE), w(t.SKIN_TYPES[data.skin_type]) if data.skin_type else ""),
            (w(t.BAUMANN), data.baumann),
            *scales,
            (
                w(t.WRINKLE_TYPE),
                w(t.WRINKLE_TYPES[data.wrinkle_type]) if data.wrinkle_type else "",
            ),
            (w(t.DESCRIPTION), data.description),
        ),
        w,
        level=2,
    )
    if data.face_chart:
        blocks.append(chart_figure(FaceChart.from_json(data.face_chart), w))
    return blocks


def chart_figure(chart: FaceChart, words: Words) -> ChartFigure:
    """The views that carry markers (the front alone for an empty chart), with a line
    for each marker under them."""
    views = [view for view in View if chart.on_view(view)] or [View.FRONT]
    return ChartFigure(
        chart,
        tuple((view, words(t.VIEWS[view])) for view in views),
        tuple(
            f"{number}. {_marker_text(marker, words)}"
            for number, marker in enumerate(chart.markers, start=1)
        ),
    )


def _marker_text(marker: Marker, words: Words) -> str:
    match marker:
        case InjectionPoint():
            kind = words(t.INJECTION)
            depth = words(t.DEPTHS[marker.depth]) if marker.depth else ""
            details = joined(marker.product, marker.dose, depth)
        case ProblemZone():
            kind, details = words(t.ZONE), marker.note
        case TreatedArea():
            kind, details = words(t.AREA), marker.note
    return words(t.MARKER, kind=kind, details=details) if details else kind


def _procedures(procedures: Sequence[ProcedureDetail], words: Words) -> Table:
    w = words
    header = tuple(
        (Run(w(text)),) for text in (t.DATE, t.PROCEDURE, t.PREPARATIONS, t.SPECIALIST, t.PRICE)
    )
    rows: list[tuple[Runs, ...]] = [header]
    for procedure in reversed(procedures):
        visit = procedure.visit
        rows.append(
            (
                (Run(w.day(visit.performed_at)),),
                _procedure(procedure, w),
                _preparations(procedure.products, w),
                (Run(visit.specialist),),
                (Run(w.money(visit.sold)),),
            )
        )
    return Table(tuple(rows), header=True, shares=_PROCEDURE_SHARES)


def _procedure(procedure: ProcedureDetail, words: Words) -> Runs:
    """The procedure's name in bold, the zones and what was noted under it."""
    visit = procedure.visit
    name = visit.procedure_custom_name or words.tr(
        procedure_catalogue.CONTEXT, visit.procedure_default_name
    )
    notes = (
        procedure.zones,
        procedure.device_parameters,
        words(t.REACTION, text=procedure.reaction) if procedure.reaction else "",
        words(t.RESULT, text=procedure.result) if procedure.result else "",
    )
    return (Run(name, bold=True), *(Run("\n" + note) for note in notes if note))


def _preparations(products: Sequence[UsedProduct], words: Words) -> Runs:
    """Each product in bold with its quantity, "lot, expiry" under it; a recalled lot
    says so."""
    runs: list[Run] = []
    for index, used in enumerate(products):
        if index:
            runs.append(Run("\n"))
        runs.append(Run(joined(used.product, used.quantity, separator=" — "), bold=True))
        # The column's header says "lot, expiry": words here would wrap the line in every
        # language but English and make a long record twice as long.
        lot = joined(used.lot_number, words.day(used.expires_on))
        if lot:
            runs.append(Run("\n" + lot))
        if used.recalled_on:
            runs.append(Run("\n" + words(t.RECALLED, date=words.day(used.recalled_on)), bold=True))
    return tuple(runs)


def _home_care(rows: Sequence[HomeCareRow], words: Words) -> Table:
    w = words
    header = tuple((Run(w(text)),) for text in (t.SINCE, t.PRODUCT, t.USAGE, t.OUTCOME))
    body = tuple(
        (
            (Run(w.day(row.started_on)),),
            (Run(row.data.product),),
            (Run(row.data.usage),),
            (Run(row.data.outcome),),
        )
        for row in reversed(rows)
    )
    return Table((header, *body), header=True)
