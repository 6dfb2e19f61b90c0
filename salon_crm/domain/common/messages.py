"""The English texts of field-level validation messages (translated by the GUI)."""

from salon_crm.domain.common.translation import QT_TRANSLATE_NOOP

CONTEXT = "Validation"

REQUIRED = QT_TRANSLATE_NOOP("Validation", "This field is required.")
TOO_LONG = QT_TRANSLATE_NOOP("Validation", "Too long: at most {limit} characters.")
BAD_CHARACTERS = QT_TRANSLATE_NOOP(
    "Validation", "Contains invisible or control characters; please retype it."
)
NAME_NO_LETTERS = QT_TRANSLATE_NOOP("Validation", "A name must contain letters.")
NAME_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Type a first or a last name (one is enough).")
PHONE_UNPARSEABLE = QT_TRANSLATE_NOOP(
    "Validation", "Not a phone number. Type it with the country code, e.g. {example}."
)
PHONE_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "This number is not valid for {region}. Check the digits, e.g. {example}."
)
PHONE_DUPLICATE = QT_TRANSLATE_NOOP(
    "Validation", "This phone already belongs to client No. {number}, {name}."
)
PHONE_ARCHIVED_OWNER = QT_TRANSLATE_NOOP(
    "Validation", "This phone belongs to archived client No. {number}, {name}."
)
PHONE_REPEATED = QT_TRANSLATE_NOOP("Validation", "The same number is entered twice.")
EMAIL_INVALID = QT_TRANSLATE_NOOP("Validation", "Not an e-mail address (name@example.com).")
DATE_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "The date cannot be in the future.")
DATE_TOO_EARLY = QT_TRANSLATE_NOOP("Validation", "The date must be after {year}.")
NUMBER_TAKEN = QT_TRANSLATE_NOOP("Validation", "Client number {number} is already used by {name}.")
NUMBER_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "Use letters, digits and - / . only, up to {limit} characters."
)
BARCODE_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "A card barcode has 8 or 13 digits (EAN-8 / EAN-13)."
)
BARCODE_CHECKSUM = QT_TRANSLATE_NOOP(
    "Validation", "The check digit is wrong: the barcode was mistyped."
)
DISCOUNT_RANGE = QT_TRANSLATE_NOOP("Validation", "A discount is between 0 and 100%.")
NUMBER_EXPECTED = QT_TRANSLATE_NOOP("Validation", "A number is expected.")
DATE_EXPECTED = QT_TRANSLATE_NOOP("Validation", "A date is expected (dd.mm.yyyy).")
CHOICE_EXPECTED = QT_TRANSLATE_NOOP("Validation", "Pick one of the offered values.")
NAME_DAY_INVALID = QT_TRANSLATE_NOOP("Validation", "No such day in the calendar.")
EXPIRY_BEFORE_ISSUE = QT_TRANSLATE_NOOP(
    "Validation", "The expiry date is before the date of issue."
)
URL_INVALID = QT_TRANSLATE_NOOP("Validation", "Not a link or a profile name.")
PARENT_SELF = QT_TRANSLATE_NOOP("Validation", "A client cannot be their own parent.")
PARENT_CYCLE = QT_TRANSLATE_NOOP("Validation", "This link would make a family loop.")
LOGIN_TAKEN = QT_TRANSLATE_NOOP("Validation", "This login is already taken.")
LOGIN_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "Use 3–32 Latin letters, digits, dot, dash or underscore."
)
PASSWORD_SHORT = QT_TRANSLATE_NOOP("Validation", "At least {limit} characters.")
COUNTRY_UNKNOWN = QT_TRANSLATE_NOOP("Validation", "Unknown country code.")
NAME_TAKEN = QT_TRANSLATE_NOOP("Validation", "This name is already in the list.")
KEY_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "Use Latin letters, digits and underscores, starting with a letter."
)
REASON_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Please give a reason.")
LAST_OWNER = QT_TRANSLATE_NOOP("Validation", "The salon must keep at least one active owner.")
PASSWORDS_DIFFER = QT_TRANSLATE_NOOP("Validation", "The passwords do not match.")
MONEY_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "Not an amount of money. Type it like 1250 or 1 250,50."
)
MONEY_DECIMALS = QT_TRANSLATE_NOOP("Validation", "At most {digits} digits after the comma.")
MONEY_WHOLE = QT_TRANSLATE_NOOP(
    "Validation", "This currency has no fractions: type a whole number."
)
MONEY_TOO_LARGE = QT_TRANSLATE_NOOP("Validation", "This amount is too large.")
MONEY_OTHER_CURRENCY = QT_TRANSLATE_NOOP(
    "Validation", "This amount is in {currency}; the salon counts in {expected}."
)
CURRENCY_UNKNOWN = QT_TRANSLATE_NOOP("Validation", "Unknown currency code.")
PLACEHOLDER_UNKNOWN = QT_TRANSLATE_NOOP(
    "Validation", "Unknown placeholder {name}: pick it from the list of placeholders."
)
PLACEHOLDER_UNCLOSED = QT_TRANSLATE_NOOP("Validation", "A placeholder is not closed: “{text}”.")
CONSENT_MONTHS_RANGE = QT_TRANSLATE_NOOP(
    "Validation", "A consent holds for 1 to {limit} months, or until withdrawn."
)
FORM_FIELD_UNKNOWN = QT_TRANSLATE_NOOP("Validation", "The form has no field {name}.")
FILE_TOO_LARGE = QT_TRANSLATE_NOOP("Validation", "The file is larger than {limit} MB.")
