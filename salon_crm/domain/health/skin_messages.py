"""The English texts of the skin assessment's and home care's field messages (translated
by the GUI under the validation messages' context)."""

from salon_crm.domain.common.translation import QT_TRANSLATE_NOOP

SCALE_RANGE = QT_TRANSLATE_NOOP("Validation", "Pick a value from {low} to {high}.")
BAUMANN_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "Choose one letter of each pair (O/D, S/R, P/N, W/T), or none at all."
)
FACE_CHART_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "The face chart could not be read; please draw it again."
)
ASSESSMENT_LOCKED = QT_TRANSLATE_NOOP(
    "Validation",
    "An assessment can be corrected only on the day it was recorded, by its author or "
    "the owner. Record a new assessment instead.",
)
