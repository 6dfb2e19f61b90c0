"""The English display names of the domain's closed lists, marked for translation.

One context ("EnumLabels") for all lists, so a translator sees them side by side; the
GUI and the history catalogue translate them with `QCoreApplication.translate("EnumLabels",
…)`.
"""

from __future__ import annotations

from collections.abc import Mapping

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
from salon_crm.domain.common.translation import QT_TRANSLATE_NOOP

CONTEXT = "EnumLabels"

GENDER: Mapping[Gender, str] = {
    Gender.FEMALE: QT_TRANSLATE_NOOP("EnumLabels", "Female"),
    Gender.MALE: QT_TRANSLATE_NOOP("EnumLabels", "Male"),
    Gender.OTHER: QT_TRANSLATE_NOOP("EnumLabels", "Other / not stated"),
}

PHONE_KIND: Mapping[PhoneKind, str] = {
    PhoneKind.MOBILE: QT_TRANSLATE_NOOP("EnumLabels", "Mobile"),
    PhoneKind.HOME: QT_TRANSLATE_NOOP("EnumLabels", "Home"),
    PhoneKind.WORK: QT_TRANSLATE_NOOP("EnumLabels", "Work"),
    PhoneKind.FAX: QT_TRANSLATE_NOOP("EnumLabels", "Fax"),
    PhoneKind.OTHER: QT_TRANSLATE_NOOP("EnumLabels", "Other"),
}

ADDRESS_KIND: Mapping[AddressKind, str] = {
    AddressKind.HOME: QT_TRANSLATE_NOOP("EnumLabels", "Home address"),
    AddressKind.WORK: QT_TRANSLATE_NOOP("EnumLabels", "Work address"),
    AddressKind.POSTAL: QT_TRANSLATE_NOOP("EnumLabels", "Postal address"),
    AddressKind.REGISTRATION: QT_TRANSLATE_NOOP("EnumLabels", "Registration address"),
}

# Brands are not marked: translating them finds nothing and leaves them as they are.
SOCIAL_NETWORK: Mapping[SocialNetwork, str] = {
    SocialNetwork.INSTAGRAM: "Instagram",
    SocialNetwork.FACEBOOK: "Facebook",
    SocialNetwork.TELEGRAM: "Telegram",
    SocialNetwork.TIKTOK: "TikTok",
    SocialNetwork.VK: QT_TRANSLATE_NOOP("EnumLabels", "VK"),
    SocialNetwork.WEBSITE: QT_TRANSLATE_NOOP("EnumLabels", "Web site"),
    SocialNetwork.OTHER: QT_TRANSLATE_NOOP("EnumLabels", "Other"),
}

CLIENT_CLASS: Mapping[ClientClass, str] = {
    ClientClass.A: QT_TRANSLATE_NOOP("EnumLabels", "A — key client"),
    ClientClass.B: QT_TRANSLATE_NOOP("EnumLabels", "B — regular client"),
    ClientClass.C: QT_TRANSLATE_NOOP("EnumLabels", "C — occasional client"),
}

CONSENT_PURPOSE: Mapping[ConsentPurpose, str] = {
    ConsentPurpose.PERSONAL_DATA: QT_TRANSLATE_NOOP("EnumLabels", "Processing of personal data"),
    ConsentPurpose.HEALTH_DATA: QT_TRANSLATE_NOOP(
        "EnumLabels", "Processing of health data (anamnesis, allergies)"
    ),
    ConsentPurpose.CLINICAL_PHOTOS: QT_TRANSLATE_NOOP(
        "EnumLabels", "Clinical photos in the cosmetology record"
    ),
    ConsentPurpose.MARKETING_PHOTOS: QT_TRANSLATE_NOOP(
        "EnumLabels", "Before/after photos in advertising and social networks"
    ),
    ConsentPurpose.MARKETING_SMS: QT_TRANSLATE_NOOP(
        "EnumLabels", "Advertising SMS and messenger messages"
    ),
    ConsentPurpose.MARKETING_EMAIL: QT_TRANSLATE_NOOP("EnumLabels", "Advertising e-mails"),
    ConsentPurpose.THIRD_PARTIES: QT_TRANSLATE_NOOP(
        "EnumLabels", "Sharing data with third parties"
    ),
    ConsentPurpose.NOTIFICATIONS: QT_TRANSLATE_NOOP(
        "EnumLabels", "Reminders and notifications about visits"
    ),
}

IDENTITY_DOCUMENT_KIND: Mapping[IdentityDocumentKind, str] = {
    IdentityDocumentKind.PASSPORT: QT_TRANSLATE_NOOP("EnumLabels", "Passport"),
    IdentityDocumentKind.ID_CARD: QT_TRANSLATE_NOOP("EnumLabels", "ID card"),
    IdentityDocumentKind.FOREIGN_PASSPORT: QT_TRANSLATE_NOOP(
        "EnumLabels", "Passport for travelling abroad"
    ),
    IdentityDocumentKind.OTHER: QT_TRANSLATE_NOOP("EnumLabels", "Other document"),
}

EXPIRING_DOCUMENT_KIND: Mapping[ExpiringDocumentKind, str] = {
    ExpiringDocumentKind.MEDICAL_CERTIFICATE: QT_TRANSLATE_NOOP(
        "EnumLabels", "Medical certificate"
    ),
    ExpiringDocumentKind.INSURANCE: QT_TRANSLATE_NOOP("EnumLabels", "Insurance"),
    ExpiringDocumentKind.SIGNED_CONSENT: QT_TRANSLATE_NOOP("EnumLabels", "Signed consent"),
    ExpiringDocumentKind.SAFETY_BRIEFING: QT_TRANSLATE_NOOP("EnumLabels", "Safety briefing"),
    ExpiringDocumentKind.OTHER: QT_TRANSLATE_NOOP("EnumLabels", "Other document"),
}
