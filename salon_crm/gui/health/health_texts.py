"""The health record in the user's words: condition and substance names translated, the
anamnesis fields' captions and groups, the warning line of the card."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from salon_crm.domain.health import conditions, substances
from salon_crm.services.health.anamnesis_types import AllergyEntry, HealthAlert

CONTEXT = "AnamnesisTexts"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def condition_name(code: str) -> str:
    known = conditions.BY_CODE.get(code)
    return code if known is None else QCoreApplication.translate(conditions.CONTEXT, known.name)


def group_name(group: conditions.ConditionGroup) -> str:
    return QCoreApplication.translate(conditions.CONTEXT, conditions.GROUP_NAMES[group])


def substance_name(substance: str) -> str:
    """A catalogue substance by its translated name, any other as the client said it."""
    name = substances.SUBSTANCES.get(substance)
    return substance if name is None else QCoreApplication.translate(substances.CONTEXT, name)


def allergy_text(allergy: AllergyEntry) -> str:
    """«Лидокаин (анафилаксия)», or the substance alone when no reaction was noted."""
    name = substance_name(allergy.substance)
    return f"{name} ({allergy.reaction})" if allergy.reaction else name


def field_groups() -> Sequence[tuple[str, Sequence[tuple[str, str]]]]:
    """The anamnesis's free-text fields as the card shows them: (group, ((field, caption)…))."""
    return (
        (
            _tr("Complaints and goals"),
            (("complaints", _tr("Complaints")), ("goals", _tr("Goals"))),
        ),
        (
            _tr("Lifestyle"),
            (
                ("activity", _tr("Physical activity")),
                ("diet", _tr("Diet")),
                ("sleep", _tr("Sleep")),
                ("smoking", _tr("Smoking")),
                ("alcohol", _tr("Alcohol")),
                ("work_conditions", _tr("Work conditions")),
            ),
        ),
        (
            _tr("Health"),
            (
                ("chronic_diseases", _tr("Chronic diseases")),
                ("medications", _tr("Medicines now and in the last 6 months")),
                ("supplements", _tr("Supplements and vitamins")),
                ("surgeries", _tr("Surgeries and implants")),
                ("blood_pressure", _tr("Blood pressure")),
                ("cycle_notes", _tr("Cycle")),
                ("infectious_diseases", _tr("Infectious diseases")),
                ("skin_conditions", _tr("Skin conditions")),
            ),
        ),
        (
            _tr("Other"),
            (
                ("procedures_elsewhere", _tr("Procedures done elsewhere")),
                ("note", _tr("Note")),
            ),
        ),
    )


def banner_text(alert: HealthAlert) -> str:
    """The card's red line: the allergies and contraindications themselves for a role that
    reads health data, only that there are some for the others."""
    if not alert.detailed:
        if alert.has_allergies and alert.has_contraindications:
            return _tr("Has allergies and contraindications — details for the specialist")
        if alert.has_allergies:
            return _tr("Has allergies — details for the specialist")
        return _tr("Has contraindications — details for the specialist")
    parts: list[str] = []
    if alert.allergies:
        listed = ", ".join(allergy_text(a) for a in alert.allergies)
        parts.append(_tr("Allergy: {allergies}").format(allergies=listed))
    if alert.condition_codes:
        listed = ", ".join(condition_name(code) for code in alert.condition_codes)
        parts.append(_tr("Contraindications: {conditions}").format(conditions=listed))
    return " · ".join(parts)
