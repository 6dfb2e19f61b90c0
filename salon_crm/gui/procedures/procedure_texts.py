"""The catalogue's names, the client's conditions and substances, and a balance, as the
procedure screens say them in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salon_crm.domain.common.money import Money
from salon_crm.domain.health import conditions, procedure_catalogue, substances
from salon_crm.domain.health.procedure_catalogue import CATEGORY_NAMES, ProcedureCategory
from salon_crm.gui.common.form_parts import ERROR_COLOR
from salon_crm.gui.common.i18n import money_text
from salon_crm.services.procedures.procedure_types import Balance

# Colours with enough contrast on white (text) and for white text on them (chips).
DEBT_COLOR = ERROR_COLOR
CREDIT_COLOR = "#1e6b34"


def procedure_name(custom_name: str, default_name: str) -> str:
    """The salon's own name, else the default catalogue's name translated."""
    if custom_name:
        return custom_name
    return QCoreApplication.translate(procedure_catalogue.CONTEXT, default_name)


def category_name(category: ProcedureCategory) -> str:
    return QCoreApplication.translate(procedure_catalogue.CONTEXT, CATEGORY_NAMES[category])


def condition_name(code: str) -> str:
    condition = conditions.BY_CODE.get(code)
    return QCoreApplication.translate(conditions.CONTEXT, condition.name) if condition else code


def substance_name(substance: str) -> str:
    """A catalogue substance translated; free text as typed."""
    english = substances.SUBSTANCES.get(substance)
    return QCoreApplication.translate(substances.CONTEXT, english) if english else substance


def balance_text(balance: Balance) -> str:
    """`Debt 1 250,00 ₴`, `Credit 300,00 ₴`, or the zero amount when square."""
    amount = money_text(Money(abs(balance.balance.minor), balance.balance.currency))
    if balance.in_debt:
        return QCoreApplication.translate("ProcedureTexts", "Debt {amount}").format(amount=amount)
    if balance.in_credit:
        return QCoreApplication.translate("ProcedureTexts", "Credit {amount}").format(amount=amount)
    return amount


def balance_line(balance: Balance) -> str:
    """`Balance: Debt 1 250,00 ₴`, as the card's chip and the Procedures tab say it."""
    return QCoreApplication.translate("ProcedureTexts", "Balance: {balance}").format(
        balance=balance_text(balance)
    )


def balance_color(balance: Balance) -> str | None:
    """Red for a debt, green for a credit, None (the usual text colour) when square."""
    if balance.in_debt:
        return DEBT_COLOR
    if balance.in_credit:
        return CREDIT_COLOR
    return None
