"""The value of every placeholder for one client: from the card, the salon's requisites,
the acting user, the document's number and day, and the procedure when there is one.
An empty value is "missing": the fill dialog asks for it, the command line names it."""

from __future__ import annotations

from datetime import date

from salon_crm.domain.common.dates import format_day, format_long_day
from salon_crm.domain.common.enums import IdentityDocumentKind
from salon_crm.domain.common.money import format_money
from salon_crm.domain.documents.placeholders import CUSTOM_PREFIX
from salon_crm.services.clients.client_types import AddressData, ClientCard, ClientInput
from salon_crm.services.procedures.procedure_types import VisitRow
from salon_crm.services.settings.settings_service import SalonRequisites

# A passport first; an ID card serves where a salon's clients carry those instead.
_IDENTITY_ORDER = (
    IdentityDocumentKind.PASSPORT,
    IdentityDocumentKind.ID_CARD,
    IdentityDocumentKind.FOREIGN_PASSPORT,
)


def _address(address: AddressData | None) -> str:
    if address is None:
        return ""
    parts = (address.postal_code, address.country, address.region, address.city, address.street)
    return ", ".join(part for part in parts if part.strip())


def identity_index(data: ClientInput) -> int | None:
    """Which of the client's identity documents a document prints (None: none fits)."""
    documents = data.identity_documents
    return next(
        (i for kind in _IDENTITY_ORDER for i, d in enumerate(documents) if d.kind is kind),
        None,
    )


def client_values(card: ClientCard) -> dict[str, str]:
    data = card.data
    main = next((p for p in card.phones if p.is_main), card.phones[0] if card.phones else None)
    index = identity_index(data)
    identity = None if index is None else data.identity_documents[index]
    values = {
        "client.number": card.number,
        "client.full_name": card.full_name,
        "client.last_name": data.last_name,
        "client.first_name": data.first_name,
        "client.middle_name": data.middle_name,
        "client.birth_date": format_day(data.birth_date),
        "client.phone": (main.display or main.number) if main else "",
        "client.email": data.emails[0] if data.emails else "",
        "client.address": _address(data.addresses[0] if data.addresses else None),
        "client.passport.series": identity.series if identity else "",
        "client.passport.number": identity.number if identity else "",
        "client.passport.issued_by": identity.issued_by if identity else "",
        "client.passport.issued_on": format_day(identity.issued_on) if identity else "",
        "client.passport.registration": identity.registration_address if identity else "",
    }
    values |= {CUSTOM_PREFIX + custom.key: custom.value for custom in card.custom}
    return values


def salon_values(requisites: SalonRequisites) -> dict[str, str]:
    r = requisites
    return {
        "salon.name": r.name,
        "salon.legal_name": r.legal_name or r.name,
        "salon.legal_address": r.legal_address,
        "salon.address": r.actual_address or r.legal_address,
        "salon.phone": r.phone,
        "salon.email": r.email,
        "salon.registration_number": r.registration_number,
        "salon.tax_number": r.tax_number,
        "salon.bank_name": r.bank_name,
        "salon.bank_account": r.bank_account,
        "salon.bank_code": r.bank_code,
        "salon.signatory_name": r.signatory_name,
        "salon.signatory_position": r.signatory_position,
    }


def document_values(
    *, number: str, day: date, language: str, user_name: str, procedure: VisitRow | None
) -> dict[str, str]:
    values = {
        "document.number": number,
        "document.date": format_long_day(day, language),
        "today": format_day(day),
        "user.full_name": user_name,
    }
    if procedure is not None:
        values |= {
            "procedure.name": procedure.procedure_name,
            "procedure.date": format_day(procedure.performed_at),
            "procedure.price": format_money(procedure.sold, language),
        }
    return values
