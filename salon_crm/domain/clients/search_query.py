"""What a typed search query means: phone digits, whole words, short name prefixes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from salon_crm.domain.common.text import digits_only, fold, search_words

# Words this long are found anywhere inside a name, phone, e-mail or number; shorter ones
# only at the start of a name word (a substring of one or two letters matches everyone).
MIN_SUBSTRING = 3
MAX_QUERY_LENGTH = 100
_PHONE_LIKE = re.compile(r"^[\d\s+\-().]+$")


@dataclass(frozen=True)
class SearchPlan:
    """`substrings` must each occur somewhere; `prefixes` must each start a name word.

    `typed` (trimmed, as typed) and `exact` (folded) are compared whole with client
    numbers and barcodes; `first_word` ranks the
    clients whose name starts with it above those that only contain it.
    """

    typed: str
    exact: str
    phone_digits: str
    substrings: tuple[str, ...]
    prefixes: tuple[str, ...]
    first_word: str

    @property
    def is_empty(self) -> bool:
        return not (self.substrings or self.prefixes or self.exact)


def plan_search(query: str) -> SearchPlan:
    text = query.strip()[:MAX_QUERY_LENGTH]
    exact = fold(text)
    if text and _PHONE_LIKE.match(text):
        digits = digits_only(text)
        if len(digits) >= MIN_SUBSTRING:
            return SearchPlan(text, exact, digits, (digits,), (), "")
        return SearchPlan(text, exact, "", (), (), "")
    words = search_words(text)
    return SearchPlan(
        typed=text,
        exact=exact,
        phone_digits="",
        substrings=tuple(w for w in words if len(w) >= MIN_SUBSTRING),
        prefixes=tuple(w for w in words if len(w) < MIN_SUBSTRING),
        first_word=words[0] if words else "",
    )
