"""What a typed search query means: phone digits, an e-mail, whole words, short name
prefixes, and the words' sound skeletons."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from salon_crm.domain.common.sounds import skeleton
from salon_crm.domain.common.text import digits_only, fold, search_words

# Words this long are found anywhere inside a name, phone, e-mail or number; shorter ones
# only at the start of a name word (a substring of one or two letters matches everyone).
MIN_SUBSTRING = 3
MAX_QUERY_LENGTH = 100
_PHONE_LIKE = re.compile(r"^[\d\s+\-().]+$")
# Control characters (NUL among them), invisible format marks and lone surrogates are
# never part of a name, and SQLite cannot take some of them.
_UNSEARCHABLE = {"Cc", "Cf", "Cs"}


def clean_query(query: str) -> str:
    """What is searched for: the query without characters nobody can mean, trimmed."""
    return "".join(ch for ch in query if unicodedata.category(ch) not in _UNSEARCHABLE).strip()


@dataclass(frozen=True)
class SearchPlan:
    """`substrings` must each occur somewhere; `prefixes` must each start a name word.

    `typed` (trimmed, as typed) and `exact` (folded) are compared whole with client
    numbers, barcodes and e-mails; `first_word` ranks the clients whose name starts with
    it above those that only contain it. `email` (folded) is set for a query with an @:
    it is then one substring of an e-mail, whatever its parts. `sounds` holds the sound
    skeleton of each substring ("" for one that is not a name word), for matches across
    alphabets and spellings.
    """

    typed: str
    exact: str
    phone_digits: str
    substrings: tuple[str, ...]
    prefixes: tuple[str, ...]
    first_word: str
    email: str = ""
    sounds: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.substrings or self.prefixes or self.exact)


def plan_search(query: str) -> SearchPlan:
    text = clean_query(query)[:MAX_QUERY_LENGTH].strip()
    exact = fold(text)
    if text and _PHONE_LIKE.match(text):
        digits = digits_only(text)
        if len(digits) >= MIN_SUBSTRING:
            return SearchPlan(text, exact, digits, (digits,), (), "")
        return SearchPlan(text, exact, "", (), (), "")
    if "@" in text:
        email = "".join(exact.split())
        return SearchPlan(text, email, "", (), (), "", email=email)
    words = search_words(text)
    substrings = tuple(w for w in words if len(w) >= MIN_SUBSTRING)
    return SearchPlan(
        typed=text,
        exact=exact,
        phone_digits="",
        substrings=substrings,
        prefixes=tuple(w for w in words if len(w) < MIN_SUBSTRING),
        first_word=words[0] if words else "",
        sounds=tuple(skeleton(w) for w in substrings),
    )
