"""One typo: a letter wrong, missing or added, or two neighbours swapped.

Words one typo apart share a deletion key (the word, or the word less one letter), so a
table of every known word's keys finds the candidates of a typed word in one look-up
(the SymSpell idea); `one_typo_apart` then keeps the true ones.
"""

from __future__ import annotations

# Shorter words are too close to too many others for a forgiven typo to mean anything.
MIN_TYPO_LENGTH = 4


def deletion_keys(word: str) -> set[str]:
    """The word and every form of it less one letter."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def one_typo_apart(a: str, b: str) -> bool:
    """Optimal-string-alignment distance exactly 1."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    start = 0
    while start < len(a) and a[start] == b[start]:
        start += 1
    if len(a) < len(b):
        return a[start:] == b[start + 1 :]
    if a[start + 1 :] == b[start + 1 :]:
        return True
    return (
        start + 1 < len(a)
        and a[start] == b[start + 1]
        and a[start + 1] == b[start]
        and a[start + 2 :] == b[start + 2 :]
    )
