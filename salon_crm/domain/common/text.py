"""Text rules: cleaning what people type and folding it into search keys.

SQLite's own `lower()` and `LIKE` fold ASCII only, so every key the search compares is
built here, in Python, the same way for the stored rows and for the query.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode does not decompose into a base letter plus a mark.
_EXTRA_FOLDS = str.maketrans(
    {"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i", "ґ": "г"}
)
_APOSTROPHES = "'’ʼ`´‘"
_SEPARATORS = re.compile(r"[\s\-‐‑–—_.,;:/\\|()\[\]{}\"«»!?#№+*=<>&%$@^~]+")
_WHITESPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Casefold and strip diacritics: `Ёлкин` → `елкин`, `Łukasz` → `lukasz`, `Їжак` → `іжак`."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.translate(_EXTRA_FOLDS)
    for mark in _APOSTROPHES:
        bare = bare.replace(mark, "")
    return unicodedata.normalize("NFC", bare)


# Folding keeps Ukrainian є and і (and ї, folded to і) apart from е and и, but their code
# points sort after я; these put them where the alphabet has them: є after е, і after и.
_ALPHABET_ORDER = str.maketrans({"є": "е\uffff", "і": "и\uffff"})


def collation_key(folded: str) -> str:
    """A folded text rearranged to sort in alphabetical order (Ірина before Марина)."""
    return folded.translate(_ALPHABET_ORDER)


def search_words(text: str) -> list[str]:
    """The folded words of `text`, split on spaces and punctuation (a hyphen splits too)."""
    return [w for w in _SEPARATORS.split(fold(text)) if w]


def digits_only(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit() and ch.isascii())


def invisible_characters(text: str) -> list[str]:
    """Control and format characters (RTL overrides, zero-width joiners…) found in `text`."""
    return [ch for ch in text if unicodedata.category(ch) in {"Cc", "Cf", "Co", "Cs", "Cn"}]


def tidy(text: str) -> str:
    """Trim and collapse runs of white space; NFC so that `й` typed two ways is one letter."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)
