"""Translated display names of the domain's closed lists (gender, phone kinds, consents…)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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

# One context ("EnumLabels") for all lists, so a translator sees them side by side; the
# literal calls are what lupdate finds. Built per call, not at import: the language can
# change while the program runs. Brand names (Instagram…) stay as they are.


def gender_labels() -> dict[Gender, str]:
    return {
        Gender.FEMALE: QCoreApplication.translate("EnumLabels", "Female"),
        Gender.MALE: QCoreApplication.translate("EnumLabels", "Male"),
        Gender.OTHER: QCoreApplication.translate("EnumLabels", "Other / not stated"),
    }


def phone_kind_labels() -> dict[PhoneKind, str]:
    return {
        PhoneKind.MOBILE: QCoreApplication.translate("EnumLabels", "Mobile"),
        PhoneKind.HOME: QCoreApplication.translate("EnumLabels", "Home"),
        PhoneKind.WORK: QCoreApplication.translate("EnumLabels", "Work"),
        PhoneKind.FAX: QCoreApplication.translate("EnumLabels", "Fax"),
        PhoneKind.OTHER: QCoreApplication.translate("EnumLabels", "Other"),
    }


def address_kind_labels() -> dict[AddressKind, str]:
    return {
        AddressKind.HOME: QCoreApplication.translate("EnumLabels", "Home address"),
        AddressKind.WORK: QCoreApplication.translate("EnumLabels", "Work address"),
        AddressKind.POSTAL: QCoreApplication.translate("EnumLabels", "Postal address"),
        AddressKind.REGISTRATION: QCoreApplication.translate("EnumLabels", "Registration address"),
    }


def social_network_labels() -> dict[SocialNetwork, str]:
    return {
        SocialNetwork.INSTAGRAM: "Instagram",
        SocialNetwork.FACEBOOK: "Facebook",
        SocialNetwork.TELEGRAM: "Telegram",
        SocialNetwork.TIKTOK: "TikTok",
        SocialNetwork.VK: QCoreApplication.translate("EnumLabels", "VK"),
        SocialNetwork.WEBSITE: QCoreApplication.translate("EnumLabels", "Web site"),
        SocialNetwork.OTHER: QCoreApplication.translate("EnumLabels", "Other"),
    }


def client_class_labels() -> dict[ClientClass, str]:
    return {
        ClientClass.A: QCoreApplication.translate("EnumLabels", "A — key client"),
        ClientClass.B: QCoreApplication.translate("EnumLabels", "B — regular client"),
        ClientClass.C: QCoreApplication.translate("EnumLabels", "C — occasional client"),
    }


def consent_labels() -> dict[ConsentPurpose, str]:
    return {
        ConsentPurpose.PERSONAL_DATA: QCoreApplication.translate(
            "EnumLabels", "Processing of personal data"
        ),
        ConsentPurpose.HEALTH_DATA: QCoreApplication.translate(
            "EnumLabels", "Processing of health data (anamnesis, allergies)"
        ),
        ConsentPurpose.CLINICAL_PHOTOS: QCoreApplication.translate(
            "EnumLabels", "Clinical photos in the cosmetology record"
        ),
        ConsentPurpose.MARKETING_PHOTOS: QCoreApplication.translate(
            "EnumLabels", "Before/after photos in advertising and social networks"
        ),
        ConsentPurpose.MARKETING_SMS: QCoreApplication.translate(
            "EnumLabels", "Advertising SMS and messenger messages"
        ),
        ConsentPurpose.MARKETING_EMAIL: QCoreApplication.translate(
            "EnumLabels", "Advertising e-mails"
        ),
        ConsentPurpose.THIRD_PARTIES: QCoreApplication.translate(
            "EnumLabels", "Sharing data with third parties"
        ),
        ConsentPurpose.NOTIFICATIONS: QCoreApplication.translate(
            "EnumLabels", "Reminders and notifications about visits"
        ),
    }


def identity_document_labels() -> dict[IdentityDocumentKind, str]:
    return {
        IdentityDocumentKind.PASSPORT: QCoreApplication.translate("EnumLabels", "Passport"),
        IdentityDocumentKind.ID_CARD: QCoreApplication.translate("EnumLabels", "ID card"),
        IdentityDocumentKind.FOREIGN_PASSPORT: QCoreApplication.translate(
            "EnumLabels", "Passport for travelling abroad"
        ),
        IdentityDocumentKind.OTHER: QCoreApplication.translate("EnumLabels", "Other document"),
    }


def expiring_document_labels() -> dict[ExpiringDocumentKind, str]:
    return {
        ExpiringDocumentKind.MEDICAL_CERTIFICATE: QCoreApplication.translate(
            "EnumLabels", "Medical certificate"
        ),
        ExpiringDocumentKind.INSURANCE: QCoreApplication.translate("EnumLabels", "Insurance"),
        ExpiringDocumentKind.SIGNED_CONSENT: QCoreApplication.translate(
            "EnumLabels", "Signed consent"
        ),
        ExpiringDocumentKind.SAFETY_BRIEFING: QCoreApplication.translate(
            "EnumLabels", "Safety briefing"
        ),
        ExpiringDocumentKind.OTHER: QCoreApplication.translate("EnumLabels", "Other document"),
    }
