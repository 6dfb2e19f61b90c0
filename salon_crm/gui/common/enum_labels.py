"""Translated display names of the domain's closed lists (gender, phone kinds, consents…).

The English names live in `domain/common/enum_texts.py` (the history catalogue needs them
without Qt); these functions translate them. Built per call, not at import: the language
can change while the program runs.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from salon_crm.domain.clients import languages
from salon_crm.domain.common import enum_texts
from salon_crm.domain.common.enums import (
    AddressKind,
    ClientClass,
    ConsentPurpose,
    ExpiringDocumentKind,
    Gender,
    IdentityDocumentKind,
    PhoneKind,
    SocialNetwork,
)

E = TypeVar("E", bound=StrEnum)


def _translated(texts: Mapping[E, str]) -> dict[E, str]:
    return {
        member: QCoreApplication.translate(enum_texts.CONTEXT, text)
        for member, text in texts.items()
    }


def gender_labels() -> dict[Gender, str]:
    return _translated(enum_texts.GENDER)


def phone_kind_labels() -> dict[PhoneKind, str]:
    return _translated(enum_texts.PHONE_KIND)


def address_kind_labels() -> dict[AddressKind, str]:
    return _translated(enum_texts.ADDRESS_KIND)


def social_network_labels() -> dict[SocialNetwork, str]:
    return _translated(enum_texts.SOCIAL_NETWORK)


def client_class_labels() -> dict[ClientClass, str]:
    return _translated(enum_texts.CLIENT_CLASS)


def consent_labels() -> dict[ConsentPurpose, str]:
    return _translated(enum_texts.CONSENT_PURPOSE)


def identity_document_labels() -> dict[IdentityDocumentKind, str]:
    return _translated(enum_texts.IDENTITY_DOCUMENT_KIND)


def expiring_document_labels() -> dict[ExpiringDocumentKind, str]:
    return _translated(enum_texts.EXPIRING_DOCUMENT_KIND)


def language_labels() -> dict[str, str]:
    """The languages a client may prefer, code → name, in the questionnaire's order."""
    return {
        code: QCoreApplication.translate(languages.CONTEXT, name)
        for code, name in languages.LANGUAGE_NAMES.items()
    }


def language_name(value: str) -> str:
    """A stored preferred language by its name; text stored before codes were, as it is."""
    return language_labels().get(value, value)
