"""What a search looks for in the index, and how each engine is asked for it.

The search builds its tiers (`search_index.matching`) from these few terms, never from
SQL; each engine renders them its own way:

- SQLite: an FTS5 MATCH expression over the trigram table (`client_fts`) or the word
  table (`client_words`);
- PostgreSQL: LIKE patterns over the same Python-folded keys, served by pg_trgm GIN
  indexes. The word table's keys are stored between spaces there (" ivan petrov "), so
  that a word's start is "% iv%" and a whole word "% ivan %".

Both engines find the same clients: FTS5's trigram table matches nothing for a text
shorter than three characters, and neither does the PostgreSQL rendering.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

# FTS5's trigram tokenizer matches no text shorter than a trigram.
TRIGRAM = 3


@dataclass(frozen=True)
class Has:
    """`text` occurs in one of `columns` of the trigram table."""

    columns: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class Starts:
    """A word of one of `columns` of the word table starts with `text`."""

    columns: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class Word:
    """A word of one of `columns` of the word table is `text`, whole."""

    columns: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class AllOf:
    terms: tuple[Term, ...]


@dataclass(frozen=True)
class AnyOf:
    terms: tuple[Term, ...]


Term = Has | Starts | Word | AllOf | AnyOf


def all_of(terms: Sequence[Term | None]) -> Term | None:
    present = tuple(t for t in terms if t is not None)
    if not present:
        return None
    return present[0] if len(present) == 1 else AllOf(present)


def any_of(terms: Sequence[Term]) -> Term:
    return terms[0] if len(terms) == 1 else AnyOf(tuple(terms))


# --- SQLite: FTS5 ---------------------------------------------------------------------------


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def fts5(term: Term) -> str:
    """The FTS5 MATCH expression of `term`."""
    if isinstance(term, AllOf):
        return " AND ".join(fts5(t) for t in term.terms)
    if isinstance(term, AnyOf):
        return "(" + " OR ".join(fts5(t) for t in term.terms) + ")"
    columns = "{" + " ".join(term.columns) + "} : "
    star = " *" if isinstance(term, Starts) else ""
    return columns + _phrase(term.text) + star


# --- PostgreSQL: LIKE over pg_trgm -----------------------------------------------------------


def like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _pattern(term: Has | Starts | Word) -> str:
    body = like_escaped(term.text)
    if isinstance(term, Has):
        return f"%{body}%"
    if isinstance(term, Starts):
        return f"% {body}%"
    return f"% {body} %"


class LikeRenderer:
    """Renders terms as SQL conditions for PostgreSQL, collecting their parameters
    under names that start with `key`."""

    def __init__(self, key: str, params: dict[str, Any]) -> None:
        self._key = key
        self._params = params

    def condition(self, term: Term) -> str:
        if isinstance(term, AllOf):
            return "(" + " AND ".join(self.condition(t) for t in term.terms) + ")"
        if isinstance(term, AnyOf):
            return "(" + " OR ".join(self.condition(t) for t in term.terms) + ")"
        if isinstance(term, Has) and len(term.text) < TRIGRAM:
            return "FALSE"
        name = f"{self._key}_{len(self._params)}"
        self._params[name] = _pattern(term)
        return "(" + " OR ".join(f"{c} LIKE :{name}" for c in term.columns) + ")"
