"""The health record in the user's words: condition and substance names translated, the
anamnesis fields' captions and groups, the warning line of the card."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from salon_crm.domain.health import conditions, substances
from salon_crm.services.health.anamnesis_types import AllergyEntry, HealthAlert


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


def field_captions() -> dict[str, str]:
    """The anamnesis's free-text fields by name, as the form and the card caption them."""

    return {
        "complaints": QCoreApplication.translate("AnamnesisTexts", "Complaints"),
        "goals": QCoreApplication.translate("AnamnesisTexts", "Goals"),
        "activity": QCoreApplication.translate("AnamnesisTexts", "Physical activity"),
        "diet": QCoreApplication.translate("AnamnesisTexts", "Diet"),
        "sleep": QCoreApplication.translate("AnamnesisTexts", "Sleep"),
        "smoking": QCoreApplication.translate("AnamnesisTexts", "Smoking"),
        "alcohol": QCoreApplication.translate("AnamnesisTexts", "Alcohol"),
        "work_conditions": QCoreApplication.translate("AnamnesisTexts", "Work conditions"),
        "chronic_diseases": QCoreApplication.translate(
            "AnamnesisTexts", "Chronic diseases, details"
        ),
        "medications": QCoreApplication.translate(
            "AnamnesisTexts", "Medicines now and in the last 6 months"
        ),
        "supplements": QCoreApplication.translate("AnamnesisTexts", "Supplements and vitamins"),
        "surgeries": QCoreApplication.translate("AnamnesisTexts", "Surgeries, with dates"),
        "blood_pressure": QCoreApplication.translate("AnamnesisTexts", "Blood pressure"),
        "cycle_notes": QCoreApplication.translate("AnamnesisTexts", "Cycle notes"),
        "infectious_diseases": QCoreApplication.translate("AnamnesisTexts", "Infectious diseases"),
        "skin_conditions": QCoreApplication.translate("AnamnesisTexts", "Skin conditions"),
        "procedures_elsewhere": QCoreApplication.translate(
            "AnamnesisTexts", "Procedures done elsewhere"
        ),
        "note": QCoreApplication.translate("AnamnesisTexts", "Note"),
    }


def field_groups() -> Sequence[tuple[str, Sequence[tuple[str, str]]]]:
    """The free-text fields as the card shows them: (group, ((field, caption)…))."""
    captions = field_captions()
    groups = (
        (
            QCoreApplication.translate("AnamnesisTexts", "Complaints and goals"),
            ("complaints", "goals"),
        ),
        (
            QCoreApplication.translate("AnamnesisTexts", "Lifestyle"),
            ("activity", "diet", "sleep", "smoking", "alcohol", "work_conditions"),
        ),
        (
            QCoreApplication.translate("AnamnesisTexts", "Health"),
            (
                "chronic_diseases",
                "medications",
                "supplements",
                "surgeries",
                "blood_pressure",
                "cycle_notes",
                "infectious_diseases",
                "skin_conditions",
            ),
        ),
        (
            QCoreApplication.translate("AnamnesisTexts", "Other"),
            ("procedures_elsewhere", "note"),
        ),
    )
    return tuple((title, tuple((f, captions[f]) for f in fields)) for title, fields in groups)


def banner_text(alert: HealthAlert) -> str:
    """The card's red line: the allergies and contraindications themselves for a role that
    reads health data, only that there are some for the others."""
    if not alert.detailed:
        if alert.has_allergies and alert.has_contraindications:
            return QCoreApplication.translate(
                "AnamnesisTexts", "Has allergies and contraindications — details for the specialist"
            )
        if alert.has_allergies:
            return QCoreApplication.translate(
                "AnamnesisTexts", "Has allergies — details for the specialist"
            )
        return QCoreApplication.translate(
            "AnamnesisTexts", "Has contraindications — details for the specialist"
        )
    parts: list[str] = []
    if alert.allergies:
        listed = ", ".join(allergy_text(a) for a in alert.allergies)
        parts.append(
            QCoreApplication.translate("AnamnesisTexts", "Allergy: {allergies}").format(
                allergies=listed
            )
        )
    if alert.condition_codes:
        listed = ", ".join(condition_name(code) for code in alert.condition_codes)
        parts.append(
            QCoreApplication.translate("AnamnesisTexts", "Contraindications: {conditions}").format(
                conditions=listed
            )
        )
    return " · ".join(parts)
