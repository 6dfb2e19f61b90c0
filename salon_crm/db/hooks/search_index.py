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
index can never disagree with a committed client.

On PostgreSQL the same four tables are plain tables keyed by `client_id`, searched with
pg_trgm (see `search_terms`); this module and `search_terms` are the only places that know
which engine holds the index.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, event, text
from sqlalchemy.orm import Session, sessionmaker

from salon_crm.db.dialects import in_list, on_postgres
from salon_crm.db.models.client_details import ClientEmail, ClientPhone
from salon_crm.db.models.clients import Client
from salon_crm.domain.common.names import sort_key
from salon_crm.domain.common.phones import search_digit_forms
from salon_crm.domain.common.sounds import skeleton
from salon_crm.domain.common.text import fold, search_words
from salon_crm.domain.common.typos import MIN_TYPO_LENGTH, deletion_keys

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


def _remove(connection: Connection, ids: Sequence[int]) -> Counter[str]:
    """Delete these clients' index rows; the vocabulary words they used, counted."""
    used: Counter[str] = Counter()
    if not ids:
        return used
    if on_postgres(connection):
        condition, params = in_list(connection, "client_id", "ids", ids)
        for names, sounds in connection.execute(
            text(f"DELETE FROM client_words WHERE {condition} RETURNING words, sounds"), params
        ):
            used.update(_vocabulary_words(names, sounds))
        connection.execute(text(f"DELETE FROM client_fts WHERE {condition}"), params)
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


def _update_vocabulary(connection: Connection, change: Counter[str]) -> None:
    """Add each word's change in use; a word no client uses any more goes with its keys."""
    change = Counter({w: n for w, n in change.items() if n})
    if not change:
        return
    condition, params = in_list(connection, "word", "words", change)
    known = set(
        connection.execute(
            text(f"SELECT word FROM client_vocabulary WHERE {condition}"), params
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
    condition, params = in_list(connection, "word", "words", known)
    unused = list(
        connection.execute(
            text(f"SELECT word FROM client_vocabulary WHERE uses <= 0 AND {condition}"), params
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
        _insert(connection, keys)
    _update_vocabulary(connection, change)


def _insert(connection: Connection, keys: Sequence[ClientKeys]) -> None:
    rows = [k.__dict__ for k in keys]
    key = "rowid"
    if on_postgres(connection):
        # The words between spaces: a whole word is then "% ivan %" (see search_terms).
        rows = [{**row, "names": row["names"] + " ", "sounds": row["sounds"] + " "} for row in rows]
        key = "client_id"
    connection.execute(
        text(
            f"INSERT INTO client_fts({key}, names, phones, emails, codes) "
            "VALUES (:client_id, :names, :phones, :emails, :codes)"
        ),
        rows,
    )
    connection.execute(
        text(
            f"INSERT INTO client_words({key}, words, sounds) VALUES (:client_id, :names, :sounds)"
        ),
        rows,
    )


def refresh_clients(connection: Connection, client_ids: Iterable[int]) -> None:
    """Rebuild the index rows of these clients from their current rows."""
    ids = sorted(set(client_ids))
    if not ids:
        return
    # One parameter however many ids (a statement per count, expanded, was its own
    # plan each time); the same `ids` under both column names.
    by_id, params = in_list(connection, "id", "ids", ids)
    by_client, _same = in_list(connection, "client_id", "ids", ids)
    clients = connection.execute(
        text(
            "SELECT id, last_name, first_name, middle_name, number, loyalty_card "
            f"FROM clients WHERE {by_id}"
        ),
        params,
    ).all()
    phones: dict[int, list[str]] = {}
    for client_id, e164 in connection.execute(
        text(f"SELECT client_id, e164 FROM client_phones WHERE {by_client}"), params
    ):
        phones.setdefault(client_id, []).append(e164)
    emails: dict[int, list[str]] = {}
    for client_id, address in connection.execute(
        text(f"SELECT client_id, address FROM client_emails WHERE {by_client}"), params
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
