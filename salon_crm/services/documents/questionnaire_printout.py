"""The client's questionnaire on paper: every section the form has, with the values the
client gave (empty fields left out), the consents with their dates, the identity
documents and the salon's own fields. The private notes stay off the paper: they are for
the staff only, and a questionnaire is often handed to the client to check."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from salon_crm.domain.clients import languages
from salon_crm.domain.common import enum_texts
from salon_crm.domain.documents.document_blocks import Block, Heading, Run
from salon_crm.services.clients.client_types import (
    ClientCard,
    ConsentState,
    IdentityDocumentData,
    PhoneData,
)
from salon_crm.services.documents import printout_words as t
from salon_crm.services.documents.printout_parts import address_text, joined, section
from salon_crm.services.documents.printout_words import Words

E = TypeVar("E", bound=StrEnum)


def _named(words: Words, names: Mapping[E, str], member: E | None) -> str:
    return "" if member is None else words.tr(enum_texts.CONTEXT, names[member])


def questionnaire_blocks(card: ClientCard, words: Words) -> list[Block]:
    data = card.data
    w = words
    language = languages.LANGUAGE_NAMES.get(data.preferred_language)
    birth = w.day(data.birth_date)
    if birth and card.age is not None:
        birth = f"{birth} ({w(t.AGE)}: {card.age})"
    blocks = section(
        w(t.BASIC),
        (
            (w(t.CLIENT_NUMBER), card.number),
            (w(t.LAST_NAME), data.last_name),
            (w(t.FIRST_NAME), data.first_name),
            (w(t.MIDDLE_NAME), data.middle_name),
            (w(t.SALUTATION), data.salutation),
            (w(t.GENDER), _named(w, enum_texts.GENDER, data.gender)),
            (w(t.BIRTH_DATE), birth),
            (
                w(t.LANGUAGE),
                w.tr(languages.CONTEXT, language) if language else data.preferred_language,
            ),
            (w(t.COMPANY), data.company),
            (w(t.JOB_TITLE), data.job_title),
        ),
        w,
    )
    blocks += section(
        w(t.CONTACTS),
        (
            (w(t.PHONES), "\n".join(_phone(w, phone) for phone in card.phones)),
            (w(t.EMAIL), "\n".join(data.emails)),
            (
                w(t.SOCIAL),
                "\n".join(
                    f"{_named(w, enum_texts.SOCIAL_NETWORK, link.network)}: {link.handle}"
                    for link in data.social_links
                ),
            ),
        ),
        w,
    )
    blocks += section(
        w(t.ADDRESSES),
        (
            (_named(w, enum_texts.ADDRESS_KIND, address.kind), address_text(address))
            for address in data.addresses
        ),
        w,
    )
    blocks += _identity_documents(card, w)
    blocks += section(
        w(t.EXPIRING_DOCUMENTS),
        (
            (
                document.title or _named(w, enum_texts.EXPIRING_DOCUMENT_KIND, document.kind),
                joined(
                    document.number,
                    w.day(document.issued_on),
                    w(t.EXPIRES_ON, date=w.day(document.expires_on)) if document.expires_on else "",
                    document.note,
                ),
            )
            for document in data.expiring_documents
        ),
        w,
    )
    blocks += section(
        w(t.CONSENTS),
        (
            (_named(w, enum_texts.CONSENT_PURPOSE, consent.purpose), _consent(w, consent))
            for consent in card.consent_history
        ),
        w,
    )
    blocks += section(
        w(t.CONTACT_PERSONS),
        (
            (joined(person.name, person.role), joined(person.phone, person.email, person.note))
            for person in data.contact_persons
        ),
        w,
    )
    blocks += section(
        w(t.ADDITIONAL),
        (
            (w(t.CATEGORY), card.category),
            (w(t.SOURCE), card.source),
            (w(t.RESPONSIBLE), card.responsible),
            (w(t.GROUPS), ", ".join(card.tags)),
            (w(t.CLASS), _named(w, enum_texts.CLIENT_CLASS, data.client_class)),
            (w(t.DISCOUNT), str(data.discount_percent) if data.discount_percent else ""),
            (w(t.LOYALTY_CARD), data.loyalty_card),
            (w(t.VIP), w(t.YES) if data.is_vip else ""),
            (w(t.VISIBLE_NOTES), data.visible_notes),
        ),
        w,
    )
    blocks += section(w(t.CUSTOM_FIELDS), ((c.label, c.value) for c in card.custom), w)
    return blocks


def _phone(words: Words, phone: PhoneData) -> str:
    kind = _named(words, enum_texts.PHONE_KIND, phone.kind)
    messengers = [
        name
        for name, present in (
            ("Viber", phone.has_viber),
            ("Telegram", phone.has_telegram),
            ("WhatsApp", phone.has_whatsapp),
        )
        if present
    ]
    return joined(phone.display or phone.number, kind, *messengers, phone.note)


def _consent(words: Words, consent: ConsentState) -> str:
    return joined(
        words(t.GIVEN_ON, date=words.day(consent.given_on)),
        words(t.EXPIRES_ON, date=words.day(consent.expires_on)) if consent.expires_on else "",
        words(t.WITHDRAWN_ON, date=words.day(consent.withdrawn_on)) if consent.withdrawn_on else "",
        words(t.EVIDENCE, number=consent.evidence) if consent.evidence else "",
    )


def _identity_documents(card: ClientCard, words: Words) -> list[Block]:
    documents = card.data.identity_documents
    if not documents:
        return section(words(t.IDENTITY_DOCUMENTS), (), words)
    blocks: list[Block] = [Heading(1, (Run(words(t.IDENTITY_DOCUMENTS)),))]
    for document in documents:
        blocks += _identity_document(document, words)
    return blocks


def _identity_document(document: IdentityDocumentData, words: Words) -> list[Block]:
    w = words
    return section(
        _named(w, enum_texts.IDENTITY_DOCUMENT_KIND, document.kind),
        (
            (w(t.SERIES), document.series),
            (w(t.DOCUMENT_NUMBER), document.number),
            (w(t.ISSUED_ON), w.day(document.issued_on)),
            (w(t.ISSUED_BY), document.issued_by),
            (w(t.DEPARTMENT), document.department_code),
            (w(t.VALID_UNTIL), w.day(document.expires_on)),
            (w(t.REGISTERED), document.registration_address),
        ),
        w,
        level=2,
    )
