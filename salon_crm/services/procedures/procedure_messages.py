"""Field messages of the catalogue and procedure services, translated by the GUI under
the same context as every other field message (domain/common/messages.py)."""

from salon_crm.domain.common.translation import QT_TRANSLATE_NOOP

CONDITION_UNKNOWN = QT_TRANSLATE_NOOP("Validation", "Unknown condition code: {code}.")
DURATION_RANGE = QT_TRANSLATE_NOOP("Validation", "A duration is from {low} to {high} minutes.")
AMOUNT_NEGATIVE = QT_TRANSLATE_NOOP("Validation", "The amount cannot be negative.")
AMOUNT_NOT_POSITIVE = QT_TRANSLATE_NOOP("Validation", "The amount must be more than zero.")
SUBSTANCE_EMPTY = QT_TRANSLATE_NOOP("Validation", "A substance cannot be empty.")
CONDITION_BLOCKS = QT_TRANSLATE_NOOP(
    "Validation",
    "Ruled out by the client's condition: {condition_name}. Give a reason to go ahead.",
)
ALLERGY_BLOCKS = QT_TRANSLATE_NOOP(
    "Validation",
    "The client is allergic to {substance_name}, which {product} contains. "
    "Give a reason to go ahead.",
)
LOT_EXPIRED = QT_TRANSLATE_NOOP(
    "Validation", "Lot {lot} of {product} expired on {expires_on} and cannot be used."
)
LOT_RECALLED = QT_TRANSLATE_NOOP(
    "Validation", "Lot {lot} of {product} was recalled on {recalled_on} and cannot be used."
)
LOT_EXPIRY_DIFFERS = QT_TRANSLATE_NOOP(
    "Validation", "Lot {lot} of {product} is already recorded as expiring on {expires_on}."
)
PRODUCT_UNKNOWN = QT_TRANSLATE_NOOP(
    "Validation", "There is no product {name}; add it to the catalogue first."
)
PROCEDURE_INACTIVE = QT_TRANSLATE_NOOP("Validation", "This procedure is no longer offered.")
NEXT_VISIT_TOO_EARLY = QT_TRANSLATE_NOOP(
    "Validation", "The next visit cannot be before the procedure."
)
REFUND_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Validation", "A refund cannot be more than the client has paid."
)
