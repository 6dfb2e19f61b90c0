"""Every variable a document template may use, `{{group.name}}`, with its label (English
here, translated by the GUI under PLACEHOLDERS_CONTEXT) for the editor's picker.

Custom fields of the questionnaire add `client.custom.<key>` at run time: their labels
are the salon's own.
"""

from __future__ import annotations

from dataclasses import dataclass

from salon_crm.domain.common.translation import QT_TRANSLATE_NOOP

PLACEHOLDERS_CONTEXT = "Placeholders"
CUSTOM_PREFIX = "client.custom."


@dataclass(frozen=True)
class Placeholder:
    name: str
    label: str  # English; the GUI translates it, the command line prints it


def _p(name: str, label: str) -> Placeholder:
    return Placeholder(name, label)


P = QT_TRANSLATE_NOOP
CATALOGUE: tuple[Placeholder, ...] = (
    _p("client.number", P("Placeholders", "Client: number")),
    _p("client.full_name", P("Placeholders", "Client: full name")),
    _p("client.last_name", P("Placeholders", "Client: last name")),
    _p("client.first_name", P("Placeholders", "Client: first name")),
    _p("client.middle_name", P("Placeholders", "Client: middle name (patronymic)")),
    _p("client.birth_date", P("Placeholders", "Client: date of birth")),
    _p("client.phone", P("Placeholders", "Client: main phone")),
    _p("client.email", P("Placeholders", "Client: e-mail")),
    _p("client.address", P("Placeholders", "Client: home address")),
    _p("client.passport.series", P("Placeholders", "Client: passport series")),
    _p("client.passport.number", P("Placeholders", "Client: passport number")),
    _p("client.passport.issued_by", P("Placeholders", "Client: passport issued by")),
    _p("client.passport.issued_on", P("Placeholders", "Client: passport issued on")),
    _p(
        "client.passport.registration",
        P("Placeholders", "Client: registration address (passport)"),
    ),
    _p("salon.name", P("Placeholders", "Salon: name")),
    _p("salon.legal_name", P("Placeholders", "Salon: legal name")),
    _p("salon.legal_address", P("Placeholders", "Salon: legal address")),
    _p("salon.address", P("Placeholders", "Salon: address")),
    _p("salon.phone", P("Placeholders", "Salon: phone")),
    _p("salon.email", P("Placeholders", "Salon: e-mail")),
    _p("salon.registration_number", P("Placeholders", "Salon: registration number")),
    _p("salon.tax_number", P("Placeholders", "Salon: tax number")),
    _p("salon.bank_name", P("Placeholders", "Salon: bank")),
    _p("salon.bank_account", P("Placeholders", "Salon: bank account (IBAN)")),
    _p("salon.bank_code", P("Placeholders", "Salon: bank code")),
    _p("salon.signatory_name", P("Placeholders", "Salon: signatory")),
    _p("salon.signatory_position", P("Placeholders", "Salon: signatory's position")),
    _p("user.full_name", P("Placeholders", "Employee: full name")),
    _p("document.number", P("Placeholders", "Document: number")),
    _p("document.date", P("Placeholders", "Document: date (12 March 2026)")),
    _p("today", P("Placeholders", "Today (dd.mm.yyyy)")),
    _p("procedure.name", P("Placeholders", "Procedure: name")),
    _p("procedure.date", P("Placeholders", "Procedure: date")),
    _p("procedure.price", P("Placeholders", "Procedure: price")),
)
del P

BY_NAME = {placeholder.name: placeholder for placeholder in CATALOGUE}


def is_known(name: str, custom_keys: frozenset[str] = frozenset()) -> bool:
    if name in BY_NAME:
        return True
    return name.startswith(CUSTOM_PREFIX) and name.removeprefix(CUSTOM_PREFIX) in custom_keys
