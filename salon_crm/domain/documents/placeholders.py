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


# Spelt out in every entry: lupdate finds QT_TRANSLATE_NOOP by its name, not an alias.
CATALOGUE: tuple[Placeholder, ...] = (
    _p("client.number", QT_TRANSLATE_NOOP("Placeholders", "Client: number")),
    _p("client.full_name", QT_TRANSLATE_NOOP("Placeholders", "Client: full name")),
    _p("client.last_name", QT_TRANSLATE_NOOP("Placeholders", "Client: last name")),
    _p("client.first_name", QT_TRANSLATE_NOOP("Placeholders", "Client: first name")),
    _p("client.middle_name", QT_TRANSLATE_NOOP("Placeholders", "Client: middle name (patronymic)")),
    _p("client.birth_date", QT_TRANSLATE_NOOP("Placeholders", "Client: date of birth")),
    _p("client.phone", QT_TRANSLATE_NOOP("Placeholders", "Client: main phone")),
    _p("client.email", QT_TRANSLATE_NOOP("Placeholders", "Client: e-mail")),
    _p("client.address", QT_TRANSLATE_NOOP("Placeholders", "Client: home address")),
    _p("client.passport.series", QT_TRANSLATE_NOOP("Placeholders", "Client: passport series")),
    _p("client.passport.number", QT_TRANSLATE_NOOP("Placeholders", "Client: passport number")),
    _p(
        "client.passport.issued_by", QT_TRANSLATE_NOOP("Placeholders", "Client: passport issued by")
    ),
    _p(
        "client.passport.issued_on", QT_TRANSLATE_NOOP("Placeholders", "Client: passport issued on")
    ),
    _p(
        "client.passport.registration",
        QT_TRANSLATE_NOOP("Placeholders", "Client: registration address (passport)"),
    ),
    _p("salon.name", QT_TRANSLATE_NOOP("Placeholders", "Salon: name")),
    _p("salon.legal_name", QT_TRANSLATE_NOOP("Placeholders", "Salon: legal name")),
    _p("salon.legal_address", QT_TRANSLATE_NOOP("Placeholders", "Salon: legal address")),
    _p("salon.address", QT_TRANSLATE_NOOP("Placeholders", "Salon: address")),
    _p("salon.phone", QT_TRANSLATE_NOOP("Placeholders", "Salon: phone")),
    _p("salon.email", QT_TRANSLATE_NOOP("Placeholders", "Salon: e-mail")),
    _p(
        "salon.registration_number", QT_TRANSLATE_NOOP("Placeholders", "Salon: registration number")
    ),
    _p("salon.tax_number", QT_TRANSLATE_NOOP("Placeholders", "Salon: tax number")),
    _p("salon.bank_name", QT_TRANSLATE_NOOP("Placeholders", "Salon: bank")),
    _p("salon.bank_account", QT_TRANSLATE_NOOP("Placeholders", "Salon: bank account (IBAN)")),
    _p("salon.bank_code", QT_TRANSLATE_NOOP("Placeholders", "Salon: bank code")),
    _p("salon.signatory_name", QT_TRANSLATE_NOOP("Placeholders", "Salon: signatory")),
    _p(
        "salon.signatory_position", QT_TRANSLATE_NOOP("Placeholders", "Salon: signatory's position")
    ),
    _p("user.full_name", QT_TRANSLATE_NOOP("Placeholders", "Employee: full name")),
    _p("document.number", QT_TRANSLATE_NOOP("Placeholders", "Document: number")),
    _p("document.date", QT_TRANSLATE_NOOP("Placeholders", "Document: date (12 March 2026)")),
    _p("today", QT_TRANSLATE_NOOP("Placeholders", "Today (dd.mm.yyyy)")),
    _p("procedure.name", QT_TRANSLATE_NOOP("Placeholders", "Procedure: name")),
    _p("procedure.date", QT_TRANSLATE_NOOP("Placeholders", "Procedure: date")),
    _p("procedure.price", QT_TRANSLATE_NOOP("Placeholders", "Procedure: price")),
)

BY_NAME = {placeholder.name: placeholder for placeholder in CATALOGUE}


def is_known(name: str, custom_keys: frozenset[str] = frozenset()) -> bool:
    if name in BY_NAME:
        return True
    return name.startswith(CUSTOM_PREFIX) and name.removeprefix(CUSTOM_PREFIX) in custom_keys
