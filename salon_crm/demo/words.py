"""Grammar the name tables need: feminine surnames and Latin spellings of Cyrillic names."""

from __future__ import annotations

from functools import cache

from salon_crm.demo.tables import tables
from salon_crm.domain.common.text import fold

_MASCULINE_TO_FEMININE = (
    ("ський", "ська"),
    ("цький", "цька"),
    ("ский", "ская"),
    ("цкий", "цкая"),
    ("ой", "ая"),
    ("ый", "ая"),
    ("ий", "а"),
)


def feminine(last: str, language: str) -> str:
    """The feminine form of a masculine surname (unchanged where the language has none)."""
    if language == "pl":
        for ending in ("ski", "cki", "dzki"):
            if last.endswith(ending):
                return last[:-1] + "a"
        return last
    for masculine, female in _MASCULINE_TO_FEMININE:
        if last.endswith(masculine):
            return last[: -len(masculine)] + female
    if last.endswith(("ов", "ев", "ёв", "ин", "ын", "ін", "їн")):
        return last + "а"
    # -енко, -ук, -ів, -их, consonant endings of foreign names: the same for women.
    return last


@cache
def _translations() -> tuple[dict[int, str], dict[int, str]]:
    rules = tables().transliteration
    return str.maketrans(rules["all"]), str.maketrans(rules["ru"])


def latin(word: str, language: str) -> str:
    """An ASCII spelling for e-mail addresses and social handles."""
    common, russian = _translations()
    lowered = word.lower()
    if language == "ru":
        lowered = lowered.translate(russian)
    return "".join(ch for ch in fold(lowered.translate(common)) if ch.isascii() and ch.isalnum())
