"""Which clients a search matches: the index's tiers for a query, as SQL for its engine.

The tiers are built from `search_terms` (what to look for, engine-blind) and rendered
here for the index `search_index` keeps: FTS5 MATCH on SQLite, pg_trgm LIKE on
PostgreSQL, over the same Python-folded keys, so both find the same clients.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection, text

from salon_crm.db.dialects import in_list, on_postgres
from salon_crm.db.hooks.search_index import PHONE_END
from salon_crm.db.hooks.search_terms import (
    TRIGRAM,
    AllOf,
    Has,
    LikeRenderer,
    Starts,
    Term,
    Word,
    all_of,
    any_of,
    fts5,
)
from salon_crm.domain.clients.search_query import SearchPlan
from salon_crm.domain.common.typos import MIN_TYPO_LENGTH, deletion_keys, one_typo_apart

# A typed word has at most this many corrections (the most used words first).
MAX_CORRECTIONS = 12
# As typed, a word may be in any column of the trigram table.
_TYPED = ("names", "phones", "emails", "codes")


def _starts_word(word: str, column: str = "words") -> Starts:
    return Starts((column,), word)


@dataclass(frozen=True)
class Tier:
    """One set of matching clients: a term over the trigram table (`fts`), a term over
    the word table (`words`), or both (then a client must match both).

    With both, SQLite reads the trigram matches and keeps those among the word
    matches, unless `words_first`: for a word term that few clients match (a name word
    starting with the first word typed), where the trigram side may be everyone at
    gmail.com. `contains` is a text the e-mails must hold whole: the trigram term is
    then only its selective start (see `_email_phrase`).
    """

    fts: Term | None = None
    words: Term | None = None
    words_first: bool = False
    contains: str | None = None


@dataclass(frozen=True)
class Matching:
    """The index's tiers for one query, in the order their matches rank.

    `better`: the typed matches that rank first (a name word starts with the first word,
    a phone ends with the digits); `typed`: every word as typed, anywhere; `spelled`:
    every word as the start of a name word or of its sound skeleton (another alphabet or
    spelling); `forgiven`: also one typo in a word (set by `forgive`). The one- and
    two-letter words (`prefixes`) are part of each tier. None when the query has no
    tier of that kind.
    """

    typed: Tier | None
    spelled: Tier | None = None
    better: Tier | None = None
    forgiven: Tier | None = None
    prefixes: Term | None = None

    @property
    def has_match(self) -> bool:
        return self.typed is not None or self.prefixes is not None

    @property
    def real(self) -> tuple[Tier | None, ...]:
        """The tiers of true matches (no forgiven typo)."""
        return (self.typed, self.spelled)

    @property
    def every(self) -> tuple[Tier | None, ...]:
        """The tiers of every match shown: the true ones and the near ones."""
        return (self.typed, self.spelled, self.forgiven)


def _spelled_word(word: str, sound: str) -> Term:
    if len(sound) < TRIGRAM:
        return _starts_word(word)
    return any_of([_starts_word(word), _starts_word(sound, "sounds")])


def matching(plan: SearchPlan) -> Matching:
    prefixes = all_of([_starts_word(w) for w in plan.prefixes])
    if plan.phone_digits:
        digits = Has(("phones", "codes"), plan.phone_digits)
        ends = Has(("phones",), plan.phone_digits + PHONE_END)
        return Matching(typed=Tier(digits), better=Tier(AllOf((digits, ends))))
    if plan.email:
        return Matching(typed=email_tier(plan.email) if len(plan.email) >= TRIGRAM else None)
    if not plan.substrings:
        return Matching(typed=None, prefixes=prefixes)
    typed = all_of([Has(_TYPED, w) for w in plan.substrings])
    spelled = None
    if any(len(s) >= TRIGRAM for s in plan.sounds):
        words = [_spelled_word(w, s) for w, s in zip(plan.substrings, plan.sounds, strict=True)]
        spelled = Tier(words=all_of([*words, prefixes]))
    better = None
    if len(plan.first_word) >= 2:
        starts = all_of([_starts_word(plan.first_word), prefixes])
        better = Tier(typed, starts, words_first=True)
    return Matching(typed=Tier(typed, prefixes), spelled=spelled, better=better, prefixes=prefixes)


def _corrections(connection: Connection, words: set[str]) -> dict[str, list[str]]:
    """For each word, the known words one typo away, the most used first."""
    keys = {k for w in words for k in deletion_keys(w)}
    if not keys:
        return {}
    condition, params = in_list(connection, "k.key", "words", sorted(keys))
    rows = connection.execute(
        text(
            "SELECT DISTINCT v.word, v.uses FROM client_vocabulary_keys k "
            f"JOIN client_vocabulary v ON v.word = k.word WHERE {condition}"
        ),
        params,
    ).all()
    # Ties in code point order, as Python compares text, whatever the server's locale.
    candidates = sorted(rows, key=lambda row: (-row[1], row[0]))
    return {w: [c for c, _ in candidates if one_typo_apart(w, c)][:MAX_CORRECTIONS] for w in words}


def forgive(connection: Connection, plan: SearchPlan, found: Matching) -> Matching:
    """`found` with `forgiven` set when a name word of the query may hold one typo."""
    if plan.phone_digits or plan.email or not plan.substrings:
        return found
    eligible = {
        w: s
        for w, s in zip(plan.substrings, plan.sounds, strict=True)
        if len(w) >= MIN_TYPO_LENGTH and w.isalpha()
    }
    corrections = _corrections(
        connection, {*eligible, *(s for s in eligible.values() if len(s) >= MIN_TYPO_LENGTH)}
    )
    if not any(corrections.values()):
        return found
    terms: list[Term | None] = []
    for word, sound in zip(plan.substrings, plan.sounds, strict=True):
        near = [
            *corrections.get(word, ()),
            *(corrections.get(sound, ()) if word in eligible else ()),
        ]
        # A correction is a whole known word or skeleton: a whole word of either column.
        terms.append(
            any_of(
                [
                    _spelled_word(word, sound),
                    *(Word(("words", "sounds"), c) for c in dict.fromkeys(near)),
                ]
            )
        )
    return replace(found, forgiven=Tier(words=all_of([*terms, found.prefixes])))


def _email_phrase(text: str) -> str:
    """The part of an e-mail text the trigram index looks up: up to the @ and the
    domain's first letter when there is one. The domain's trigrams ("gma", "com") are in
    every other address, and a phrase costs what all its trigrams' lists cost."""
    local, at, domain = text.partition("@")
    return f"{local}@{domain[:1]}" if at and len(local) >= 2 else text


def email_tier(text: str) -> Tier:
    """E-mails that hold `text` whole (folded, with the spaces that mark an address's
    ends if given)."""
    return Tier(Has(("emails",), _email_phrase(text)), contains=text)


def exact_condition(
    connection: Connection, plan: SearchPlan, exact_phone: str | None
) -> tuple[str, dict[str, Any]]:
    """Clients whose number, barcode, a phone or an e-mail is exactly what was typed.

    One set of ids, each part an index look-up: as an OR of the parts over the clients,
    PostgreSQL guessed that half the clients would pass the phones' subquery and
    filtered every client in name order (200 ms at 100,000 clients, for one match)."""
    params = {
        "typed": plan.typed,
        "upper": plan.typed.upper(),
        "exact": plan.exact,
        "phone": exact_phone or "",
    }
    parts = [
        "SELECT id FROM clients WHERE number IN (:typed, :upper, :exact)",
        "SELECT id FROM clients WHERE loyalty_card <> '' AND loyalty_card = :exact",
        "SELECT client_id FROM client_phones WHERE e164 = :phone",
    ]
    if plan.email:
        whole = match_select(connection, [email_tier(f" {plan.email} ")], names="exact")
        assert whole is not None
        parts.append(whole[0])
        params.update(whole[1])
    return "c.id IN (" + " UNION ALL ".join(parts) + ")", params


def _sqlite_tier(tier: Tier, key: str, params: dict[str, Any]) -> str:
    words = f"SELECT rowid AS id FROM client_words WHERE client_words MATCH :{key}_words"
    if tier.words is not None:
        params[f"{key}_words"] = fts5(tier.words)
    if tier.fts is None:
        return words
    params[f"{key}_fts"] = fts5(tier.fts)
    fts = f"SELECT rowid AS id FROM client_fts WHERE client_fts MATCH :{key}_fts"
    if tier.contains is not None:
        params[f"{key}_contains"] = tier.contains
        fts += f" AND instr(emails, :{key}_contains) > 0"
    if tier.words is None:
        return fts
    # `+rowid`: filter one side's matches by the other's; as a plain `rowid IN`, SQLite
    # would run the whole match of one side once for each match of the other instead.
    if tier.words_first:
        return f"{words} AND +rowid IN ({fts})"
    return f"{fts} AND +rowid IN ({words})"


def _postgres_tier(tier: Tier, key: str, params: dict[str, Any]) -> str:
    like = LikeRenderer(key, params)
    conditions = []
    if tier.fts is not None:
        conditions.append(like.condition(tier.fts))
    if tier.contains is not None:
        params[f"{key}_contains"] = tier.contains
        conditions.append(f"strpos(f.emails, :{key}_contains) > 0")
    if tier.words is not None:
        conditions.append(like.condition(tier.words))
    if tier.fts is None:
        source = "client_words w"
    elif tier.words is None:
        source = "client_fts f"
    else:
        source = "client_fts f JOIN client_words w USING (client_id)"
    return f"SELECT client_id AS id FROM {source} WHERE " + " AND ".join(conditions)


def match_select(
    connection: Connection,
    tiers: Iterable[Tier | None],
    *,
    newest_first: int = 0,
    names: str = "tier",
) -> tuple[str, dict[str, Any]] | None:
    """A SELECT of the ids (column `id`) of clients matching any of `tiers`; None when
    there is none. With `newest_first`, only that many, the newest first, below the id
    given as :before. `names` starts the names of its parameters."""
    params: dict[str, Any] = {}
    render = _postgres_tier if on_postgres(connection) else _sqlite_tier
    parts = [render(t, f"{names}{n}", params) for n, t in enumerate(tiers) if t is not None]
    if not parts:
        return None
    if not newest_first:
        return " UNION ".join(parts), params
    page = f" ORDER BY id DESC LIMIT {int(newest_first)}"
    if len(parts) == 1 and not on_postgres(connection):
        return parts[0] + " AND rowid < :before" + page, params
    return (
        "SELECT id FROM (" + " UNION ".join(parts) + ") AS matched WHERE id < :before" + page,
        params,
    )
