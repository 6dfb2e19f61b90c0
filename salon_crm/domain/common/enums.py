"""Closed lists of the salon's vocabulary, stored as their string values."""

from enum import StrEnum


class Role(StrEnum):
    OWNER = "owner"
    ADMINISTRATOR = "administrator"  # the receptionist
    SPECIALIST = "specialist"  # the cosmetologist


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class PhoneKind(StrEnum):
    MOBILE = "mobile"
    HOME = "home"
    WORK = "work"
    FAX = "fax"
    OTHER = "other"


class AddressKind(StrEnum):
    HOME = "home"
    WORK = "work"
    POSTAL = "postal"
    REGISTRATION = "registration"


class SocialNetwork(StrEnum):
    INSTAGRAM = "instagram"
    FACEBOOK = "facebook"
    TELEGRAM = "telegram"
    TIKTOK = "tiktok"
    VK = "vk"
    WEBSITE = "website"
    OTHER = "other"


class ClientClass(StrEnum):
    A = "A"
    B = "B"
    C = "C"


class ConsentPurpose(StrEnum):
    """Separate purposes, as GDPR Art. 9 and 152-FZ want health data and photos consented
    to apart from ordinary personal data; the order is the questionnaire's."""

    PERSONAL_DATA = "personal_data"
    HEALTH_DATA = "health_data"
    CLINICAL_PHOTOS = "clinical_photos"
    # Stored as "photo_use" since the first version, when it was the only photo consent.
    MARKETING_PHOTOS = "photo_use"
    MARKETING_SMS = "marketing_sms"
    MARKETING_EMAIL = "marketing_email"
    THIRD_PARTIES = "third_parties"
    NOTIFICATIONS = "notifications"


class IdentityDocumentKind(StrEnum):
    PASSPORT = "passport"
    ID_CARD = "id_card"
    FOREIGN_PASSPORT = "foreign_passport"
    OTHER = "other"


class ExpiringDocumentKind(StrEnum):
    MEDICAL_CERTIFICATE = "medical_certificate"
    INSURANCE = "insurance"
    SIGNED_CONSENT = "signed_consent"
    SAFETY_BRIEFING = "safety_briefing"
    OTHER = "other"


class CustomFieldType(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    BOOLEAN = "boolean"
    CHOICE = "choice"


class NameOrder(StrEnum):
    """How a full name is displayed; the questionnaire always keeps the parts."""

    LAST_FIRST_MIDDLE = "last_first_middle"
    FIRST_MIDDLE_LAST = "first_middle_last"
    FIRST_LAST = "first_last"


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    READ = "read"
