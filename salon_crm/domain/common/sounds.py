"""The sound skeleton of a name word: one key for its Cyrillic and Latin spellings.

`Ільїна`, `Ильина`, `Ilina` and `Ilyina` have one skeleton (`ilina`); so have `Щербак`,
`Shcherbak` and `Szczerbak`. Cyrillic is read with Ukrainian і/ї/є/ґ as Russian и/е/г and
written in Latin with translitua's Russian passport table; then the spellings of the
official Ukrainian (KMU 2010) and Russian tables and the Polish ones are rewritten to one
form. Only the search compares skeletons; names sort as they are written.
"""

from __future__ import annotations

import re

from translitua import RussianInternationalPassport, translit

_UKRAINIAN_AS_RUSSIAN = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г", "ь": "", "ъ": ""})
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# Longest first. Ш is 1 and Ч is 2, so that Щ is 12 in every spelling (shch, szcz).
_DIGRAPHS = {
    "szcz": "12",
    "shch": "12",
    "sh": "1",
    "sz": "1",
    "ch": "2",
    "cz": "2",
    "zh": "z",
    "kh": "h",
    "ts": "c",
}
_DIGRAPH = re.compile("|".join(_DIGRAPHS))
# KMU writes Г as h, the Russian table as g; и is y in one and i in the other; й is i
# after folding and j in Polish; Polish w is v.
_LETTERS = str.maketrans({"w": "v", "j": "i", "y": "i", "h": "g", "x": "ks", "q": "k"})
_NOT_KEY = re.compile("[^a-z12]")
_DOUBLES = re.compile(r"(.)\1+")


def skeleton(word: str) -> str:
    """The skeleton of one folded name word; empty for a word that is not all letters."""
    if not word.isalpha():
        return ""
    if _CYRILLIC.search(word):
        word = translit(word.translate(_UKRAINIAN_AS_RUSSIAN), RussianInternationalPassport)
    key = _DIGRAPH.sub(lambda m: _DIGRAPHS[m.group()], word.lower())
    key = _NOT_KEY.sub("", key.translate(_LETTERS))
    # є as ye/ie/je and е after a vowel as ye: both e (Yevheniia, Andreyevna).
    return _DOUBLES.sub(r"\1", key).replace("ie", "e")
