"""Health codes said in the user's language (conditions, their groups, substances) and
the red line that warns of a client's allergies and contraindications, for every screen
that shows them (the card, the procedure form)."""

from __future__ import annotations

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
