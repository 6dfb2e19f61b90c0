"""The languages a client may prefer: stored as codes, shown by their names.

The names keep the questionnaire's translation context, where they were first written.
"""

from __future__ import annotations

from collections.abc import Mapping

from salon_crm.domain.common.translation import QT_TRANSLATE_NOOP

CONTEXT = "QuestionnaireDialog"

# In the order the questionnaire offers them.
LANGUAGE_NAMES: Mapping[str, str] = {
    "uk": QT_TRANSLATE_NOOP("QuestionnaireDialog", "Ukrainian"),
    "ru": QT_TRANSLATE_NOOP("QuestionnaireDialog", "Russian"),
    "pl": QT_TRANSLATE_NOOP("QuestionnaireDialog", "Polish"),
    "en": QT_TRANSLATE_NOOP("QuestionnaireDialog", "English"),
}


def is_language_code(value: str) -> bool:
    """A code the questionnaire offers, or empty (not stated)."""
    return value == "" or value in LANGUAGE_NAMES
