"""The client search index: SQLite FTS5 tables over Python-folded search keys.

Two virtual tables, both keyed by the client's id as rowid:

- `client_fts` (trigram tokenizer): names, phone digits, e-mails, numbers; any part of
  three or more characters matches. Names start with a space, so that " коваль" is a
  word start; e-mails are between spaces, so that " ira@example.com " is a whole address.
- `client_words` (unicode61 with prefix indexes): the name words and their sound
  skeletons as whole tokens, for one- and two-letter name prefixes, for matches across
  alphabets (a skeleton that starts with the typed word's) and for the words a typo
  stands for. A token look-up reads one short list, where a trigram phrase intersects
  the long lists of common trigrams ("enk", "nko"): the wider tiers of the search cost
  little next to the as-typed one.

And two plain tables for forgiving a typo: `client_vocabulary`, every name word and
skeleton with the number of clients using it, and `client_vocabulary_keys`, their
deletion keys (`domain.common.typos`).

The keys are folded in Python (`domain.text.fold`) because SQLite folds ASCII only. The
rows are rewritten from a session hook in the same transaction as the change, so the
index can never disagree with a committed client. This module is the only place that
knows the index is FTS5.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection, bindparam, event, text
from sqlalchemy.orm import Session, sessionmaker

from salon_crm.db.models.client_details import ClientEmail, ClientPhone
from salon_crm.db.models.clients import Client
from salon_crm.domain.clients.search_query import SearchPlan
from salon_crm.domain.common.names import sort_key
from salon_crm.domain.common.phones import search_digit_forms
from salon_crm.domain.common.sounds import skeleton
from salon_crm.domain.common.text import fold, search_words
from salon_crm.domain.common.typos import MIN_TYPO_LENGTH, deletion_keys, one_typo_apart

CREATE_STATEMENTS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS client_fts USING fts5("
    "names, phones, emails, codes, tokenize='trigram')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS client_words USING fts5("
    "words, sounds, tokenize='unicode61', prefix='1 2 3')",
    "CREATE TABLE IF NOT EXISTS client_vocabulary ("
    "word TEXT PRIMARY KEY, uses INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS client_vocabulary_keys ("
    "key TEXT NOT NULL, word TEXT NOT NULL, PRIMARY KEY (key, word)) WITHOUT ROWID",
)
DROP_STATEMENTS = (
    "DROP TABLE IF EXISTS client_fts",
    "DROP TABLE IF EXISTS client_words",
    "DROP TABLE IF EXISTS client_vocabulary",
    "DROP TABLE IF EXISTS client_vocabulary_keys",
)
INDEX_TABLE_PREFIXES = ("client_fts", "client_words", "client_vocabulary")
# Closes every phone form in the index, so "ends with these digits" is a trigram match.
PHONE_END = "#"
# A typed word has at most this many corrections (the most used words first).
MAX_CORRECTIONS = 12


@dataclass(frozen=True)
class ClientKeys:
    """What one client contributes to the index."""

    client_id: int
    names: str
    phones: str
    emails: str
    codes: str
    sounds: str

    @property
    def vocabulary(self) -> set[str]:
        """The words a typo in a query may stand for."""
        return _vocabulary_words(self.names, self.sounds)


def _vocabulary_words(names: str, sounds: str) -> set[str]:
    return {w for w in (*names.split(), *sounds.split()) if len(w) >= MIN_TYPO_LENGTH - 1}


def client_keys(
    client_id: int,
    *,
    names: Sequence[str],
    phones: Iterable[str],
    emails: Iterable[str],
    codes: Iterable[str],
) -> ClientKeys:
    words = [w for n in names for w in search_words(n)]
    sounds = [s for s in map(skeleton, words) if s]
    folded_emails = " ".join(fold(e) for e in emails)
    return ClientKeys(
        client_id=client_id,
        names=" " + " ".join(words),
        phones=" ".join(form + PHONE_END for e164 in phones for form in search_digit_forms(e164)),
        emails=f" {folded_emails} " if folded_emails else "",
        codes=" ".join(fold(c) for c in codes if c),
        sounds=" " + " ".join(sounds),
    )


def _select_in(sql: str, ids: Sequence[int]) -> Any:
    return text(sql).bindparams(bindparam("ids", value=list(ids), expanding=True))


def _remove(connection: Connection, ids: Sequence[int]) -> Counter[str]:
    """Delete these clients' index rows; the vocabulary words they used, counted."""
    used: Counter[str] = Counter()
    if not ids:
        return used
    # One rowid look-up each: FTS5 would scan the whole table for `rowid IN (...)`.
    for names, sounds in connection.execute(
        text(
            "SELECT w.words, w.sounds FROM json_each(:ids) AS j "
            "JOIN client_words AS w ON w.rowid = j.value"
        ),
        {"ids": json.dumps(list(ids))},
    ):
        used.update(_vocabulary_words(names or "", sounds or ""))
    rows = [{"id": i} for i in ids]
    connection.execute(text("DELETE FROM client_fts WHERE rowid = :id"), rows)
    connection.execute(text("DELETE FROM client_words WHERE rowid = :id"), rows)
    return used


_JSON_WORDS = "(SELECT value FROM json_each(:words))"


def _update_vocabulary(connection: Connection, change: Counter[str]) -> None:
    """Add each word's change in use; a word no client uses any more goes with its keys."""
    change = Counter({w: n for w, n in change.items() if n})
    if not change:
        return
    known = set(
        connection.execute(
            text(f"SELECT word FROM client_vocabulary WHERE word IN {_JSON_WORDS}"),
            {"words": json.dumps(list(change))},
        ).scalars()
    )
    new = [w for w, n in change.items() if w not in known and n > 0]
    if new:
        connection.execute(
            text("INSERT INTO client_vocabulary(word, uses) VALUES (:word, :uses)"),
            [{"word": w, "uses": change[w]} for w in new],
        )
        connection.execute(
            text("INSERT INTO client_vocabulary_keys(key, word) VALUES (:key, :word)"),
            [{"key": k, "word": w} for w in new for k in deletion_keys(w)],
        )
    changed = [{"word": w, "n": change[w]} for w in known]
    if not changed:
        return
    connection.execute(
        text("UPDATE client_vocabulary SET uses = uses + :n WHERE word = :word"), changed
    )
    unused = list(
        connection.execute(
            text(f"SELECT word FROM client_vocabulary WHERE uses <= 0 AND word IN {_JSON_WORDS}"),
            {"words": json.dumps(list(known))},
        ).scalars()
    )
    if unused:
        connection.execute(
            text("DELETE FROM client_vocabulary_keys WHERE key = :key AND word = :word"),
            [{"key": k, "word": w} for w in unused for k in deletion_keys(w)],
        )
        connection.execute(
            text("DELETE FROM client_vocabulary WHERE word = :word"), [{"word": w} for w in unused]
        )


def write_keys(
    connection: Connection, keys: Sequence[ClientKeys], gone: Sequence[int] = ()
) -> None:
    """Write these clients' index rows and drop those of the `gone` ones."""
    if not keys and not gone:
        return
    # `subtract`, not unary minus: `-counter` keeps only positive counts, so the words
    # taken away would be lost and the uses would only ever grow.
    change: Counter[str] = Counter()
    change.subtract(_remove(connection, [*(k.client_id for k in keys), *gone]))
    for k in keys:
        change.update(k.vocabulary)
    if keys:
        connection.execute(
            text(
                "INSERT INTO client_fts(rowid, names, phones, emails, codes) "
                "VALUES (:client_id, :names, :phones, :emails, :codes)"
            ),
            [k.__dict__ for k in keys],
        )
        connection.execute(
            text(
                "INSERT INTO client_words(rowid, words, sounds) "
                "VALUES (:client_id, :names, :sounds)"
            ),
            [k.__dict__ for k in keys],
        )
    _update_vocabulary(connection, change)


def refresh_clients(connection: Connection, client_ids: Iterable[int]) -> None:
    """Rebuild the index rows of these clients from their current rows."""
    ids = sorted(set(client_ids))
    if not ids:
        return
    clients = connection.execute(
        _select_in(
            "SELECT id, last_name, first_name, middle_name, number, loyalty_card "
            "FROM clients WHERE id IN :ids",
            ids,
        )
    ).all()
    phones: dict[int, list[str]] = {}
    for client_id, e164 in connection.execute(
        _select_in("SELECT client_id, e164 FROM client_phones WHERE client_id IN :ids", ids)
    ):
        phones.setdefault(client_id, []).append(e164)
    emails: dict[int, list[str]] = {}
    for client_id, address in connection.execute(
        _select_in("SELECT client_id, address FROM client_emails WHERE client_id IN :ids", ids)
    ):
        emails.setdefault(client_id, []).append(address)
    keys = [
        client_keys(
            row.id,
            names=(row.last_name, row.first_name, row.middle_name),
            phones=phones.get(row.id, ()),
            emails=emails.get(row.id, ()),
            codes=(row.number, row.loyalty_card),
        )
        for row in clients
    ]
    present = {k.client_id for k in keys}
    write_keys(connection, keys, [i for i in ids if i not in present])


def rebuild(connection: Connection) -> None:
    """Rebuild the whole index (after a bulk load or a restore)."""
    for table in ("client_fts", "client_words", "client_vocabulary", "client_vocabulary_keys"):
        connection.execute(text(f"DELETE FROM {table}"))
    all_ids = [row[0] for row in connection.execute(text("SELECT id FROM clients"))]
    for start in range(0, len(all_ids), 5000):
        refresh_clients(connection, all_ids[start : start + 5000])


# --- keeping the index in step with the session -------------------------------------------


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Client):
            obj.sort_name = sort_key(
                obj.last_name or "", obj.first_name or "", obj.middle_name or ""
            )


def _touched_client_ids(session: Session) -> set[int]:
    ids: set[int] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Client):
            ids.add(obj.id)
        elif isinstance(obj, ClientPhone | ClientEmail) and obj.client_id is not None:
            ids.add(obj.client_id)
    return ids


def _after_flush(session: Session, _context: object) -> None:
    ids = _touched_client_ids(session)
    if ids:
        refresh_clients(session.connection(), ids)


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)


# --- querying ------------------------------------------------------------------------------

# As typed, a word may be in any column of the trigram table.
_TYPED = "{names phones emails codes} : "


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _starts_word(word: str, columns: str = "words") -> str:
    """A token of `columns` of client_words that starts with `word`."""
    return f"{{{columns}}} : {_phrase(word)} *"


def _all(terms: Iterable[str | None]) -> str | None:
    present = [t for t in terms if t]
    return " AND ".join(present) if present else None


@dataclass(frozen=True)
class Tier:
    """One set of matching clients: a trigram expression over client_fts, a token
    expression over client_words, or both (then a client must match both).

    With both, the index reads the trigram matches and keeps those among the token
    matches, unless `words_first`: for a token expression that few clients match (a
    name word starting with the first word typed), where the trigram side may be
    everyone at gmail.com. `contains` is a text the e-mails must hold whole: the trigram
    phrase is then only its selective start (see `_email_phrase`).
    """

    fts: str | None = None
    words: str | None = None
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
    prefixes: str | None = None

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


def _spelled_word(word: str, sound: str) -> str:
    if len(sound) < 3:
        return _starts_word(word)
    return f"({_starts_word(word)} OR {_starts_word(sound, 'sounds')})"


def matching(plan: SearchPlan) -> Matching:
    prefixes = _all(_starts_word(w) for w in plan.prefixes)
    if plan.phone_digits:
        typed = "{phones codes} : " + _phrase(plan.phone_digits)
        ends = "{phones} : " + _phrase(plan.phone_digits + PHONE_END)
        return Matching(typed=Tier(typed), better=Tier(f"{typed} AND {ends}"))
    if plan.email:
        return Matching(typed=email_tier(plan.email) if len(plan.email) >= 3 else None)
    if not plan.substrings:
        return Matching(typed=None, prefixes=prefixes)
    typed = " AND ".join(_TYPED + _phrase(w) for w in plan.substrings)
    spelled = None
    if any(len(s) >= 3 for s in plan.sounds):
        words = (_spelled_word(w, s) for w, s in zip(plan.substrings, plan.sounds, strict=True))
        spelled = Tier(words=_all([*words, prefixes]))
    better = None
    if len(plan.first_word) >= 2:
        starts = _all([_starts_word(plan.first_word), prefixes])
        better = Tier(typed, starts, words_first=True)
    return Matching(typed=Tier(typed, prefixes), spelled=spelled, better=better, prefixes=prefixes)


def _corrections(connection: Connection, words: set[str]) -> dict[str, list[str]]:
    """For each word, the known words one typo away, the most used first."""
    keys = {k for w in words for k in deletion_keys(w)}
    if not keys:
        return {}
    candidates = connection.execute(
        text(
            "SELECT DISTINCT v.word, v.uses FROM client_vocabulary_keys k "
            "JOIN client_vocabulary v ON v.word = k.word "
            f"WHERE k.key IN {_JSON_WORDS} ORDER BY v.uses DESC, v.word"
        ),
        {"words": json.dumps(sorted(keys))},
    ).all()
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
    terms = []
    for word, sound in zip(plan.substrings, plan.sounds, strict=True):
        near = [
            *corrections.get(word, ()),
            *(corrections.get(sound, ()) if word in eligible else ()),
        ]
        # A correction is a whole known word or skeleton: an exact token of either column.
        alternatives = [
            _spelled_word(word, sound),
            *("{words sounds} : " + _phrase(c) for c in dict.fromkeys(near)),
        ]
        terms.append(
            alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")"
        )
    return replace(found, forgiven=Tier(words=_all([*terms, found.prefixes])))


def _email_phrase(text: str) -> str:
    """The part of an e-mail text the trigram index looks up: up to the @ and the
    domain's first letter when there is one. The domain's trigrams ("gma", "com") are in
    every other address, and a phrase costs what all its trigrams' lists cost."""
    local, at, domain = text.partition("@")
    return f"{local}@{domain[:1]}" if at and len(local) >= 2 else text


def email_tier(text: str) -> Tier:
    """E-mails that hold `text` whole (folded, with the spaces that mark an address's
    ends if given)."""
    return Tier("{emails} : " + _phrase(_email_phrase(text)), contains=text)


def exact_condition(plan: SearchPlan, exact_phone: str | None) -> tuple[str, dict[str, Any]]:
    """Clients whose number, barcode, a phone or an e-mail is exactly what was typed."""
    params = {
        "typed": plan.typed,
        "upper": plan.typed.upper(),
        "exact": plan.exact,
        "phone": exact_phone or "",
    }
    condition = (
        "c.number IN (:typed, :upper, :exact) "
        "OR (c.loyalty_card <> '' AND c.loyalty_card = :exact) "
        "OR c.id IN (SELECT client_id FROM client_phones WHERE e164 = :phone)"
    )
    if plan.email:
        whole = match_select([email_tier(f" {plan.email} ")], names="exact")
        assert whole is not None
        condition += f" OR c.id IN ({whole[0]})"
        params.update(whole[1])
    return f"({condition})", params


def _tier_select(tier: Tier, key: str, params: dict[str, Any]) -> str:
    words = f"SELECT rowid AS id FROM client_words WHERE client_words MATCH :{key}_words"
    if tier.words is not None:
        params[f"{key}_words"] = tier.words
    if tier.fts is None:
        return words
    params[f"{key}_fts"] = tier.fts
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


def match_select(
    tiers: Iterable[Tier | None], *, newest_first: int = 0, names: str = "tier"
) -> tuple[str, dict[str, Any]] | None:
    """A SELECT of the ids (column `id`) of clients matching any of `tiers`; None when
    there is none. With `newest_first`, only that many, the newest first, below the id
    given as :before. `names` starts the names of its parameters."""
    params: dict[str, Any] = {}
    parts = [_tier_select(t, f"{names}{n}", params) for n, t in enumerate(tiers) if t is not None]
    if not parts:
        return None
    if not newest_first:
        return " UNION ".join(parts), params
    page = f" ORDER BY id DESC LIMIT {int(newest_first)}"
    if len(parts) == 1:
        return parts[0] + " AND rowid < :before" + page, params
    return "SELECT id FROM (" + " UNION ".join(parts) + ") WHERE id < :before" + page, params
