"""The client search index: SQLite FTS5 tables over Python-folded search keys.

Two virtual tables, both keyed by the client's id as rowid:

- `client_fts` (trigram tokenizer): names, phone digits, e-mails, numbers, and the names'
  sound skeletons; any part of three or more characters matches. Names and skeletons
  start with a space, so that " коваль" is a word start; e-mails are between spaces, so
  that " ira@example.com " is a whole address.
- `client_words` (unicode61 with prefix indexes): the name words, for one- and
  two-letter name prefixes.

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
from dataclasses import dataclass
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
    "names, phones, emails, codes, sounds, tokenize='trigram')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS client_words USING fts5("
    "words, tokenize='unicode61', prefix='1 2 3')",
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
            "SELECT f.names, f.sounds FROM json_each(:ids) AS j "
            "JOIN client_fts AS f ON f.rowid = j.value"
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
    change = -_remove(connection, [*(k.client_id for k in keys), *gone])
    for k in keys:
        change.update(k.vocabulary)
    if keys:
        connection.execute(
            text(
                "INSERT INTO client_fts(rowid, names, phones, emails, codes, sounds) "
                "VALUES (:client_id, :names, :phones, :emails, :codes, :sounds)"
            ),
            [k.__dict__ for k in keys],
        )
        connection.execute(
            text("INSERT INTO client_words(rowid, words) VALUES (:client_id, :names)"),
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

# As typed, a word may be in any column but the skeletons.
_TYPED = "{names phones emails codes} : "


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _match_prefixes(words: Iterable[str]) -> str:
    return " AND ".join(_phrase(w) + " *" for w in words)


@dataclass(frozen=True)
class Matching:
    """The index's expressions for one query, each wider than the one before.

    `typed`: every word as typed; `spelled`: also by sound (another alphabet or
    spelling); `forgiven`: also with one typo in a word (set by `forgive`). None when the
    query has nothing of that kind. `prefixes` (one- and two-letter words) apply to all
    of them; `better` picks the typed matches that rank first.
    """

    typed: str | None
    spelled: str | None
    prefixes: str | None
    better: str | None
    forgiven: str | None = None

    @property
    def widest(self) -> str | None:
        return self.forgiven or self.spelled or self.typed

    @property
    def has_match(self) -> bool:
        return self.typed is not None or self.prefixes is not None


def _spelled_word(word: str, sound: str) -> str:
    typed = _TYPED + _phrase(word)
    if len(sound) < 3:
        return typed
    return f"({typed} OR {{sounds}} : {_phrase(sound)})"


def matching(plan: SearchPlan) -> Matching:
    prefixes = _match_prefixes(plan.prefixes) if plan.prefixes else None
    if plan.phone_digits:
        return Matching(
            typed="{phones codes} : " + _phrase(plan.phone_digits),
            spelled=None,
            prefixes=None,
            better="{phones} : " + _phrase(plan.phone_digits + PHONE_END),
        )
    if plan.email:
        typed = "{emails} : " + _phrase(plan.email) if len(plan.email) >= 3 else None
        return Matching(typed=typed, spelled=None, prefixes=None, better=None)
    if not plan.substrings:
        return Matching(typed=None, spelled=None, prefixes=prefixes, better=None)
    typed = " AND ".join(_TYPED + _phrase(w) for w in plan.substrings)
    spelled = None
    if any(len(s) >= 3 for s in plan.sounds):
        spelled = " AND ".join(
            _spelled_word(w, s) for w, s in zip(plan.substrings, plan.sounds, strict=True)
        )
    # A name word starting with the first word: a space before it in the names column.
    better = None
    if len(plan.first_word) >= 2:
        better = f"{typed} AND {{names}} : {_phrase(' ' + plan.first_word)}"
    return Matching(typed=typed, spelled=spelled, prefixes=prefixes, better=better)


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
        alternatives = [_spelled_word(word, sound), *(_phrase(c) for c in dict.fromkeys(near))]
        terms.append(
            alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")"
        )
    return Matching(
        typed=found.typed,
        spelled=found.spelled,
        prefixes=found.prefixes,
        better=found.better,
        forgiven=" AND ".join(terms),
    )


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
        condition += (
            " OR c.id IN (SELECT rowid FROM client_fts WHERE client_fts MATCH :exact_email)"
        )
        params["exact_email"] = "{emails} : " + _phrase(f" {plan.email} ")
    return f"({condition})", params


def match_select(
    expression: str | None, prefixes: str | None, *, newest_first: int = 0
) -> tuple[str, dict[str, Any]] | None:
    """A SELECT of the ids of clients matching `expression` and every prefix; None when
    there is neither. With `newest_first`, only that many, the newest first, below the
    id given as :before."""
    params: dict[str, Any] = {}
    sql = ""
    if expression is not None:
        sql = "SELECT rowid FROM client_fts WHERE client_fts MATCH :expression"
        params["expression"] = expression
    if prefixes is not None:
        params["prefixes"] = prefixes
        words = "SELECT rowid FROM client_words WHERE client_words MATCH :prefixes"
        sql = f"{sql} AND rowid IN ({words})" if sql else words
    if not sql:
        return None
    if newest_first:
        sql += f" AND rowid < :before ORDER BY rowid DESC LIMIT {int(newest_first)}"
    return sql, params
