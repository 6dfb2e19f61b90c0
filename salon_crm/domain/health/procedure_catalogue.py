"""The default catalogue of procedures a new salon starts with, and which conditions
block or warn for each. The owner edits the salon's copy; these rows are only the start.

Names are English and translated by the GUI under "ProcedureCatalogue"; a salon's own
procedure (or a renamed one) carries its own name instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from salon_crm.domain.common.translation import QT_TRANSLATE_NOOP

CONTEXT = "ProcedureCatalogue"


class ProcedureCategory(StrEnum):
    CARE = "care"
    PEEL = "peel"
    INJECTION = "injection"
    HARDWARE = "hardware"
    LASER = "laser"
    MASSAGE = "massage"


CATEGORY_NAMES: Mapping[ProcedureCategory, str] = {
    ProcedureCategory.CARE: QT_TRANSLATE_NOOP("ProcedureCatalogue", "Care and cleansing"),
    ProcedureCategory.PEEL: QT_TRANSLATE_NOOP("ProcedureCatalogue", "Peels"),
    ProcedureCategory.INJECTION: QT_TRANSLATE_NOOP("ProcedureCatalogue", "Injections"),
    ProcedureCategory.HARDWARE: QT_TRANSLATE_NOOP("ProcedureCatalogue", "Hardware"),
    ProcedureCategory.LASER: QT_TRANSLATE_NOOP("ProcedureCatalogue", "Laser and light"),
    ProcedureCategory.MASSAGE: QT_TRANSLATE_NOOP("ProcedureCatalogue", "Massage"),
}


@dataclass(frozen=True)
class DefaultProcedure:
    code: str
    name: str  # English; translated under CONTEXT
    category: ProcedureCategory
    duration_minutes: int
    blocks: frozenset[str]
    warns: frozenset[str]


_PREGNANCY = {"pregnancy", "breastfeeding"}
_INFECTION = {"herpes_active", "skin_infection", "acute_illness"}
_PEEL_RISKS = {"isotretinoin", "recent_tan", "recent_peel"}
_CURRENT = {"pacemaker", "metal_implants", "epilepsy", "oncology"}
_INJECTION_BLOCKS = _PREGNANCY | _INFECTION | {"bleeding_disorder", "oncology"}
_INJECTION_WARNS = {"anticoagulants", "autoimmune", "diabetes", "keloid", "immunosuppressants"}
_LIGHT_BLOCKS = (
    _PREGNANCY | _INFECTION | {"isotretinoin", "photosensitising_drugs", "recent_tan", "epilepsy"}
)


def _p(
    code: str,
    name: str,
    category: ProcedureCategory,
    minutes: int,
    blocks: set[str],
    warns: set[str],
) -> DefaultProcedure:
    return DefaultProcedure(code, name, category, minutes, frozenset(blocks), frozenset(warns))


C = ProcedureCategory

DEFAULT_PROCEDURES: tuple[DefaultProcedure, ...] = (
    _p(
        "facial_cleansing",
        QT_TRANSLATE_NOOP("ProcedureCatalogue", "Facial cleansing"),
        C.CARE,
        60,
        {"skin_infection", "herpes_active"},
        {"rosacea", "isotretinoin", "acne_active"},
    ),
    _p(
        "chemical_peel",
        QT_TRANSLATE_NOOP("ProcedureCatalogue", "Chemical peel"),
        C.PEEL,
        45,
        _PREGNANCY | _INFECTION | _PEEL_RISKS,
        {"photosensitising_drugs", "rosacea", "keloid", "corticosteroids", "diabetes"},
    ),
    _p(
        "microneedling",
        QT_TRANSLATE_NOOP("ProcedureCatalogue", "Microneedling"),
        C.HARDWARE,
        60,
        _INFECTION | {"isotretinoin", "keloid", "bleeding_disorder", "acne_active"},
        _PREGNANCY | {"anticoagulants", "autoimmune", "diabetes", "corticosteroids"},
    ),
    _p(
        "mesotherapy",
        QT_TRANSLATE_NOOP("ProcedureCatalogue", "Mesotherapy"),
        C.INJECTION,
        45,
        _INJECTION_BLOCKS,
        _INJECTION_WARNS,
    ),
    _p(
        "biorevitalization",
        QT_TRANSLATE_NOOP("ProcedureCatalogue", "Biorevitalization"),
        C.INJECTION,
        45,
        _INJECTION_BLOCKS,
        _INJECTION_WARNS,
    ),
    _p(
        "botulinum",
        QT_TRANSLATE_NOOP("ProcedureCatalogue", "Botulinum toxin injections"),
        C.INJECTION,
        30,
        _INJECTION_BLOCKS | {"neuromuscular"},
        _INJECTION_WARNS,
    ),
    _p(
        "filler_ha",
        QT_TRANSLATE_NOOP("ProcedureCatalogue", "Hyaluronic acid fillers"),
        C.INJECTION,
        60,
        _INJECTION_BLOCKS,
        _INJECTION_WARNS | {"fillers_elsewhere", "threads_elsewhere"},
    ),
    _p(
        "laser_hair_removal",
        QT_TRANSLATE_NOOP("ProcedureCatalogue", "Laser hair removal"),
        C.LASER,
        45,
        _LIGHT_BLOCKS,
        {"keloid", "diabetes", "recent_peel"},
    ),
    _p(
        "ipl",
        QT_TRANSLATE_NOOP("ProcedureCatalogue", "IPL photorejuvenation"),
        C.LASER,
        45,
        _LIGHT_BLOCKS,
        {"rosacea", "keloid", "recent_peel"},
    ),
    _p(
        "rf_lifting",
        QT_TRANSLATE_NOOP("ProcedureCatalogue", "RF lifting"),
        C.HARDWARE,
        60,
        _PREGNANCY | _CURRENT | {"skin_infection", "acute_illness"},
        {"fillers_elsewhere", "threads_elsewhere", "rosacea", "thyroid"},
    ),
    _p(
        "microcurrent",
        QT_TRANSLATE_NOOP("ProcedureCatalogue", "Microcurrent therapy"),
        C.HARDWARE,
        45,
        _PREGNANCY | _CURRENT | {"acute_illness"},
        {"threads_elsewhere", "heart_disease", "thyroid"},
    ),
    _p(
        "massage",
        QT_TRANSLATE_NOOP("ProcedureCatalogue", "Facial massage"),
        C.MASSAGE,
        45,
        {"skin_infection", "acute_illness", "herpes_active"},
        {"rosacea", "acne_active", "oncology", "threads_elsewhere", "hypertension"},
    ),
)

DEFAULT_BY_CODE: Mapping[str, DefaultProcedure] = {p.code: p for p in DEFAULT_PROCEDURES}
