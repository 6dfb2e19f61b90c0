"""The catalogues' names in the interface language: procedures and their categories,
conditions and their groups, substances (a code of the substance catalogue, or free text)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salon_crm.domain.common.text import fold
from salon_crm.domain.health import conditions, procedure_catalogue, substances
from salon_crm.domain.health.conditions import ConditionGroup
from salon_crm.domain.health.procedure_catalogue import ProcedureCategory
from salon_crm.services.procedures.catalogue_types import ProcedureTypeRow


def procedure_name(row: ProcedureTypeRow) -> str:
    """The salon's own name, else the default catalogue's translated."""
    if row.custom_name:
        return row.custom_name
    return QCoreApplication.translate(procedure_catalogue.CONTEXT, row.default_name)


def default_procedure_name(row: ProcedureTypeRow) -> str:
    """The default catalogue's name translated ("" for the salon's own procedure)."""
    if not row.default_name:
        return ""
    return QCoreApplication.translate(procedure_catalogue.CONTEXT, row.default_name)


def in_use_text(active: bool) -> str:
    """The catalogue tables' "In use" column."""
    if active:
        return QCoreApplication.translate("CatalogueLabels", "Yes")
    return QCoreApplication.translate("CatalogueLabels", "No")


def category_labels() -> dict[ProcedureCategory, str]:
    return {
        category: QCoreApplication.translate(procedure_catalogue.CONTEXT, name)
        for category, name in procedure_catalogue.CATEGORY_NAMES.items()
    }


def condition_name(code: str) -> str:
    condition = conditions.BY_CODE.get(code)
    if condition is None:
        return code
    return QCoreApplication.translate(conditions.CONTEXT, condition.name)


def group_name(group: ConditionGroup) -> str:
    return QCoreApplication.translate(conditions.CONTEXT, conditions.GROUP_NAMES[group])


def substance_label(value: str) -> str:
    """A product's substance as shown: the catalogue's name translated, free text as typed."""
    name = substances.SUBSTANCES.get(value)
    return QCoreApplication.translate(substances.CONTEXT, name) if name else value


def substance_value(typed: str) -> str:
    """What to store for a typed substance: the catalogue's code when the text names one
    (in the interface language or in English), else the text itself."""
    wanted = " ".join(fold(typed).split())
    for code, name in substances.SUBSTANCES.items():
        if wanted in (fold(name), fold(substance_label(code)), code):
            return code
    return " ".join(typed.split())
