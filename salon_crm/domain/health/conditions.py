"""The catalogue of conditions an anamnesis records as codes, so that contraindication
rules can name them; the names are English here and translated by the GUI under the
context "HealthConditions" (ru, uk, pl in the translation files)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from salon_crm.domain.common.translation import QT_TRANSLATE_NOOP

CONTEXT = "HealthConditions"


class ConditionGroup(StrEnum):
    """The anamnesis sections the conditions are asked in, in the form's order."""

    PREGNANCY = "pregnancy"
    MEDICATION = "medication"
    IMPLANT = "implant"
    INFECTION = "infection"
    SKIN = "skin"
    CHRONIC = "chronic"
    RECENT = "recent"


@dataclass(frozen=True)
class Condition:
    code: str
    group: ConditionGroup
    name: str  # English; the GUI translates it under CONTEXT
    dated: bool = False  # the form asks since when (an implant, fillers done elsewhere)


def _c(code: str, group: ConditionGroup, name: str, *, dated: bool = False) -> Condition:
    return Condition(code, group, name, dated)


G = ConditionGroup

CONDITIONS: tuple[Condition, ...] = (
    _c("pregnancy", G.PREGNANCY, QT_TRANSLATE_NOOP("HealthConditions", "Pregnancy")),
    _c("breastfeeding", G.PREGNANCY, QT_TRANSLATE_NOOP("HealthConditions", "Breast-feeding")),
    _c("isotretinoin", G.MEDICATION, QT_TRANSLATE_NOOP("HealthConditions", "Isotretinoin")),
    _c(
        "anticoagulants",
        G.MEDICATION,
        QT_TRANSLATE_NOOP("HealthConditions", "Anticoagulants, aspirin"),
    ),
    _c("corticosteroids", G.MEDICATION, QT_TRANSLATE_NOOP("HealthConditions", "Corticosteroids")),
    _c(
        "photosensitising_drugs",
        G.MEDICATION,
        QT_TRANSLATE_NOOP("HealthConditions", "Photosensitising drugs"),
    ),
    _c(
        "immunosuppressants",
        G.MEDICATION,
        QT_TRANSLATE_NOOP("HealthConditions", "Immunosuppressants"),
    ),
    _c("pacemaker", G.IMPLANT, QT_TRANSLATE_NOOP("HealthConditions", "Pacemaker"), dated=True),
    _c(
        "metal_implants",
        G.IMPLANT,
        QT_TRANSLATE_NOOP("HealthConditions", "Metal implants"),
        dated=True,
    ),
    _c(
        "fillers_elsewhere",
        G.IMPLANT,
        QT_TRANSLATE_NOOP("HealthConditions", "Fillers done elsewhere"),
        dated=True,
    ),
    _c(
        "threads_elsewhere",
        G.IMPLANT,
        QT_TRANSLATE_NOOP("HealthConditions", "Threads done elsewhere"),
        dated=True,
    ),
    _c(
        "herpes_active",
        G.INFECTION,
        QT_TRANSLATE_NOOP("HealthConditions", "Herpes, active now"),
    ),
    _c("herpes_history", G.INFECTION, QT_TRANSLATE_NOOP("HealthConditions", "Herpes in the past")),
    _c("hepatitis", G.INFECTION, QT_TRANSLATE_NOOP("HealthConditions", "Hepatitis")),
    _c("hiv", G.INFECTION, QT_TRANSLATE_NOOP("HealthConditions", "HIV")),
    _c(
        "skin_infection",
        G.INFECTION,
        QT_TRANSLATE_NOOP("HealthConditions", "Skin infection or inflammation"),
    ),
    _c(
        "acute_illness",
        G.INFECTION,
        QT_TRANSLATE_NOOP("HealthConditions", "Acute illness, fever"),
    ),
    _c("keloid", G.SKIN, QT_TRANSLATE_NOOP("HealthConditions", "Keloid scar tendency")),
    _c("rosacea", G.SKIN, QT_TRANSLATE_NOOP("HealthConditions", "Rosacea, couperose")),
    _c("acne_active", G.SKIN, QT_TRANSLATE_NOOP("HealthConditions", "Active acne")),
    _c("psoriasis", G.SKIN, QT_TRANSLATE_NOOP("HealthConditions", "Psoriasis")),
    _c("eczema", G.SKIN, QT_TRANSLATE_NOOP("HealthConditions", "Eczema, dermatitis")),
    _c("epilepsy", G.CHRONIC, QT_TRANSLATE_NOOP("HealthConditions", "Epilepsy")),
    _c("diabetes", G.CHRONIC, QT_TRANSLATE_NOOP("HealthConditions", "Diabetes")),
    _c(
        "autoimmune",
        G.CHRONIC,
        QT_TRANSLATE_NOOP("HealthConditions", "Autoimmune disease"),
    ),
    _c("oncology", G.CHRONIC, QT_TRANSLATE_NOOP("HealthConditions", "Oncology")),
    _c(
        "bleeding_disorder",
        G.CHRONIC,
        QT_TRANSLATE_NOOP("HealthConditions", "Blood clotting disorder"),
    ),
    _c(
        "heart_disease",
        G.CHRONIC,
        QT_TRANSLATE_NOOP("HealthConditions", "Heart disease"),
    ),
    _c("hypertension", G.CHRONIC, QT_TRANSLATE_NOOP("HealthConditions", "High blood pressure")),
    _c("thyroid", G.CHRONIC, QT_TRANSLATE_NOOP("HealthConditions", "Thyroid disease")),
    _c(
        "neuromuscular",
        G.CHRONIC,
        QT_TRANSLATE_NOOP("HealthConditions", "Neuromuscular disease (myasthenia)"),
    ),
    _c("recent_tan", G.RECENT, QT_TRANSLATE_NOOP("HealthConditions", "Fresh tan, solarium")),
    _c(
        "recent_peel",
        G.RECENT,
        QT_TRANSLATE_NOOP("HealthConditions", "Peel or laser in the last 2 weeks"),
    ),
)

BY_CODE: Mapping[str, Condition] = {condition.code: condition for condition in CONDITIONS}

GROUP_NAMES: Mapping[ConditionGroup, str] = {
    G.PREGNANCY: QT_TRANSLATE_NOOP("HealthConditions", "Pregnancy and breast-feeding"),
    G.MEDICATION: QT_TRANSLATE_NOOP("HealthConditions", "Risk medicines"),
    G.IMPLANT: QT_TRANSLATE_NOOP("HealthConditions", "Implants and earlier procedures"),
    G.INFECTION: QT_TRANSLATE_NOOP("HealthConditions", "Infections"),
    G.SKIN: QT_TRANSLATE_NOOP("HealthConditions", "Skin conditions"),
    G.CHRONIC: QT_TRANSLATE_NOOP("HealthConditions", "Chronic diseases"),
    G.RECENT: QT_TRANSLATE_NOOP("HealthConditions", "Recently"),
}


def is_known(code: str) -> bool:
    return code in BY_CODE
