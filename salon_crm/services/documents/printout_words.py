"""The words of the printed questionnaire and cosmetology record, in the language chosen.

The services cannot use Qt, so every caption is declared here in English, marked for the
translation tools, and the caller passes the function that translates it
(`QCoreApplication.translate` in the GUI, a `.ts` reader on the command line); without
one the printout is in English. Captions the screens already show keep the screens'
contexts (the questionnaire's, the anamnesis's), so they read the same on paper and are
translated once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from salon_crm.domain.common.dates import format_day
from salon_crm.domain.common.money import Money, format_money
from salon_crm.domain.common.translation import QT_TRANSLATE_NOOP
from salon_crm.domain.health import health_texts as texts
from salon_crm.domain.health.face_chart import Depth, View
from salon_crm.domain.health.skin import SkinType, WrinkleType

# (context, English source) → the text in the printout's language.
Translate = Callable[[str, str], str]


def untranslated(context: str, text: str) -> str:
    del context
    return text


@dataclass(frozen=True)
class Text:
    context: str
    source: str


@dataclass(frozen=True)
class Words:
    """Translated captions, dates in the house format and money as `language` writes it."""

    language: str = "en"
    translate: Translate = untranslated

    def __call__(self, text: Text, /, **params: object) -> str:
        translated = self.translate(text.context, text.source)
        return translated.format(**params) if params else translated

    def tr(self, context: str, source: str) -> str:
        """A name the domain marks for translation (a condition, a substance, a list item)."""
        return self.translate(context, source)

    @staticmethod
    def day(value: date | datetime | None) -> str:
        return format_day(value)

    def money(self, amount: Money) -> str:
        return format_money(amount, self.language)


P = "Printouts"
Q = "QuestionnaireDialog"
A = "AnamnesisTexts"

PAGE = Text(P, QT_TRANSLATE_NOOP("Printouts", "Page {page} of {pages}"))
PRINTED = Text(P, QT_TRANSLATE_NOOP("Printouts", "Printed on {date} by {user}"))
NONE_RECORDED = Text(P, QT_TRANSLATE_NOOP("Printouts", "Nothing recorded"))
AGE = Text(P, QT_TRANSLATE_NOOP("Printouts", "Age"))
NAME_NUMBER = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "{name}, client No. {number}"))
CLIENT = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Client"))
CLIENT_NUMBER = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Client number"))
BIRTH_DATE = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Date of birth"))

# --- the questionnaire ----------------------------------------------------------------------

QUESTIONNAIRE_TITLE = Text(P, QT_TRANSLATE_NOOP("Printouts", "Client questionnaire"))
BASIC = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Basic"))
LAST_NAME = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Last name"))
FIRST_NAME = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "First name"))
MIDDLE_NAME = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Middle name"))
SALUTATION = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Salutation"))
GENDER = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Gender"))
LANGUAGE = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Preferred language"))
COMPANY = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Company"))
JOB_TITLE = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Job title"))
CONTACTS = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Contacts"))
PHONES = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Phones"))
EMAIL = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "E-mail"))
SOCIAL = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Social networks and web sites"))
ADDRESSES = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Addresses"))
CONTACT_PERSONS = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Contact persons"))
ADDITIONAL = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Additional"))
CATEGORY = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Category"))
SOURCE = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Source"))
RESPONSIBLE = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Responsible staff member"))
GROUPS = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Groups"))
CLASS = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Class"))
DISCOUNT = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Personal discount, %"))
LOYALTY_CARD = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Loyalty card"))
VIP = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "VIP"))
VISIBLE_NOTES = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Visible notes"))
CONSENTS = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Consents"))
IDENTITY_DOCUMENTS = Text(P, QT_TRANSLATE_NOOP("Printouts", "Identity documents"))
SERIES = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Series"))
DOCUMENT_NUMBER = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Document number"))
ISSUED_ON = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Date of issue"))
ISSUED_BY = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Issued by"))
DEPARTMENT = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Department code"))
VALID_UNTIL = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Valid until"))
REGISTERED = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Registered address"))
EXPIRING_DOCUMENTS = Text(
    Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Documents with an expiry date")
)
CUSTOM_FIELDS = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "Custom fields"))
GIVEN_ON = Text(P, QT_TRANSLATE_NOOP("Printouts", "given on {date}"))
WITHDRAWN_ON = Text(Q, QT_TRANSLATE_NOOP("QuestionnaireDialog", "withdrawn on {date}"))
EXPIRES_ON = Text(P, QT_TRANSLATE_NOOP("Printouts", "valid until {date}"))
EVIDENCE = Text(P, QT_TRANSLATE_NOOP("Printouts", "document {number}"))
YES = Text(P, QT_TRANSLATE_NOOP("Printouts", "yes"))

# --- the cosmetology record -----------------------------------------------------------------

RECORD_TITLE = Text(P, QT_TRANSLATE_NOOP("Printouts", "Cosmetology record"))
ALERT_TITLE = Text(P, QT_TRANSLATE_NOOP("Printouts", "Allergies and contraindications"))
ALLERGIES = Text(A, QT_TRANSLATE_NOOP("AnamnesisTexts", "Allergy: {allergies}"))
CONTRAINDICATIONS = Text(A, QT_TRANSLATE_NOOP("AnamnesisTexts", "Contraindications: {conditions}"))
NO_ALERT = Text(P, QT_TRANSLATE_NOOP("Printouts", "No allergies or contraindications recorded"))
ANAMNESIS = Text(P, QT_TRANSLATE_NOOP("Printouts", "Anamnesis"))
ANAMNESIS_VERSION = Text(
    P, QT_TRANSLATE_NOOP("Printouts", "Version {version}, signed on {date} by {user}")
)
CONDITIONS = Text(P, QT_TRANSLATE_NOOP("Printouts", "Conditions"))
SINCE_DAY = Text(P, QT_TRANSLATE_NOOP("Printouts", "since {date}"))
ASSESSMENTS = Text("HealthCardFeature", QT_TRANSLATE_NOOP("HealthCardFeature", "Skin assessments"))
ASSESSED = Text(P, QT_TRANSLATE_NOOP("Printouts", "{date}, {specialist}"))
SKIN_TYPE = Text(P, QT_TRANSLATE_NOOP("Printouts", "Skin type"))
BAUMANN = Text(P, QT_TRANSLATE_NOOP("Printouts", "Baumann type"))
WRINKLE_TYPE = Text(P, QT_TRANSLATE_NOOP("Printouts", "Wrinkle type"))
DESCRIPTION = Text(P, QT_TRANSLATE_NOOP("Printouts", "Description"))
PROCEDURES = Text(P, QT_TRANSLATE_NOOP("Printouts", "Procedures"))
DATE = Text(P, QT_TRANSLATE_NOOP("Printouts", "Date"))
PROCEDURE = Text(P, QT_TRANSLATE_NOOP("Printouts", "Procedure, zones and notes"))
PREPARATIONS = Text(P, QT_TRANSLATE_NOOP("Printouts", "Preparations: lot, expiry"))
SPECIALIST = Text(P, QT_TRANSLATE_NOOP("Printouts", "Specialist"))
PRICE = Text(P, QT_TRANSLATE_NOOP("Printouts", "Price"))
RECALLED = Text(P, QT_TRANSLATE_NOOP("Printouts", "RECALLED on {date}"))
REACTION = Text(P, QT_TRANSLATE_NOOP("Printouts", "Reaction: {text}"))
RESULT = Text(P, QT_TRANSLATE_NOOP("Printouts", "Result: {text}"))
HOME_CARE = Text("HealthCardFeature", QT_TRANSLATE_NOOP("HealthCardFeature", "Home care"))
SINCE = Text("HomeCarePanel", QT_TRANSLATE_NOOP("HomeCarePanel", "Since"))
PRODUCT = Text("HomeCarePanel", QT_TRANSLATE_NOOP("HomeCarePanel", "Product"))
USAGE = Text("HomeCarePanel", QT_TRANSLATE_NOOP("HomeCarePanel", "Usage"))
OUTCOME = Text("HomeCarePanel", QT_TRANSLATE_NOOP("HomeCarePanel", "Outcome"))

# The anamnesis's free-text fields as its form captions them (anamnesis_types.TEXT_FIELDS).
ANAMNESIS_FIELDS: dict[str, Text] = {
    "complaints": Text(A, QT_TRANSLATE_NOOP("AnamnesisTexts", "Complaints")),
    "goals": Text(A, QT_TRANSLATE_NOOP("AnamnesisTexts", "Goals")),
    "activity": Text(A, QT_TRANSLATE_NOOP("AnamnesisTexts", "Physical activity")),
    "diet": Text(A, QT_TRANSLATE_NOOP("AnamnesisTexts", "Diet")),
    "sleep": Text(A, QT_TRANSLATE_NOOP("AnamnesisTexts", "Sleep")),
    "smoking": Text(A, QT_TRANSLATE_NOOP("AnamnesisTexts", "Smoking")),
    "alcohol": Text(A, QT_TRANSLATE_NOOP("AnamnesisTexts", "Alcohol")),
    "work_conditions": Text(A, QT_TRANSLATE_NOOP("AnamnesisTexts", "Work conditions")),
    "chronic_diseases": Text(A, QT_TRANSLATE_NOOP("AnamnesisTexts", "Chronic diseases, details")),
    "medications": Text(
        A, QT_TRANSLATE_NOOP("AnamnesisTexts", "Medicines now and in the last 6 months")
    ),
    "supplements": Text(A, QT_TRANSLATE_NOOP("AnamnesisTexts", "Supplements and vitamins")),
    "surgeries": Text(A, QT_TRANSLATE_NOOP("AnamnesisTexts", "Surgeries, with dates")),
    "blood_pressure": Text(A, QT_TRANSLATE_NOOP("AnamnesisTexts", "Blood pressure")),
    "cycle_notes": Text(A, QT_TRANSLATE_NOOP("AnamnesisTexts", "Cycle notes")),
    "infectious_diseases": Text(A, QT_TRANSLATE_NOOP("AnamnesisTexts", "Infectious diseases")),
    "skin_conditions": Text(A, QT_TRANSLATE_NOOP("AnamnesisTexts", "Skin conditions")),
    "procedures_elsewhere": Text(
        A, QT_TRANSLATE_NOOP("AnamnesisTexts", "Procedures done elsewhere")
    ),
    "note": Text(A, QT_TRANSLATE_NOOP("AnamnesisTexts", "Note")),
}

# --- skin assessments and the face chart, as their screens say them ------------------------

S, F = texts.SKIN_CONTEXT, texts.FACE_CHART_CONTEXT
SCALE_NAMES: dict[str, Text] = {k: Text(S, v) for k, v in texts.SCALE_NAMES.items()}
SKIN_TYPES: dict[SkinType, Text] = {k: Text(S, v) for k, v in texts.SKIN_TYPES.items()}
WRINKLE_TYPES: dict[WrinkleType, Text] = {k: Text(S, v) for k, v in texts.WRINKLE_TYPES.items()}
VIEWS: dict[View, Text] = {k: Text(F, v) for k, v in texts.VIEWS.items()}
DEPTHS: dict[Depth, Text] = {k: Text(F, v) for k, v in texts.DEPTHS.items()}
INJECTION = Text(F, texts.INJECTION_POINT)
ZONE = Text(F, texts.PROBLEM_ZONE)
AREA = Text(F, texts.TREATED_AREA)
MARKER = Text(F, texts.MARKER_LINE)
