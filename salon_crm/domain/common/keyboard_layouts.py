"""Retyping a query as if it had been typed on the other keyboard layout.

`Bdfy` typed with the English layout active was meant as `Иван`; `Шмфт` the other way is
`Ivan`. The maps follow the standard Windows/X11 Russian and Ukrainian ЙЦУКЕН layouts on a
US QWERTY keyboard.
"""

from __future__ import annotations

_LATIN = "`qwertyuiop[]asdfghjkl;'zxcvbnm,./~QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>?"
_RUSSIAN = "ёйцукенгшщзхъфывапролджэячсмитьбю.ЁЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ,"
_UKRAINIAN = "'йцукенгшщзхїфівапролджєячсмитьбю.₴ЙЦУКЕНГШЩЗХЇФІВАПРОЛДЖЄЯЧСМИТЬБЮ,"

LAYOUTS: dict[str, str] = {"ru": _RUSSIAN, "uk": _UKRAINIAN}


def latin_to(layout: str, text: str) -> str:
    """What `text`, typed on the Latin layout, reads as on the Cyrillic `layout`."""
    return text.translate(str.maketrans(_LATIN, LAYOUTS[layout]))


def cyrillic_to_latin(layout: str, text: str) -> str:
    """What `text`, typed on the Cyrillic `layout`, reads as on the Latin layout."""
    return text.translate(str.maketrans(LAYOUTS[layout], _LATIN))


def alternatives(text: str) -> list[str]:
    """Other readings of `text` across the EN↔RU and EN↔UK layouts, most likely first."""
    results: list[str] = []
    has_latin = any("a" <= ch.lower() <= "z" for ch in text)
    has_cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in text)
    for layout in ("ru", "uk"):
        if has_latin and not has_cyrillic:
            candidate = latin_to(layout, text)
        elif has_cyrillic and not has_latin:
            candidate = cyrillic_to_latin(layout, text)
        else:
            continue
        if candidate != text and candidate not in results:
            results.append(candidate)
    return results
