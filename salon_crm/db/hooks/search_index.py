"""The client search index: SQLite FTS5 tables over Python-folded search keys.

Two virtual tables, both keyed by the client's id as rowid:

- `client_fts` (trigram tokenizer): names, phone digits, e-mails, numbers; any part of
  three or more characters matches.
- `client_words` (unicode61 with prefix indexes): the name words, for one- and
  two-letter name prefixes, and to rank "starts with" above "contains".

The keys are folded in Python (`domain.text.fold`) because SQLite folds ASCII only. The
rows are rewritten from a session hook in the same transaction as the change, so the
index can never disagree with a committed client. This module is the only place that
knows the index is FTS5.
"""

from __future__ import annotations

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
from salon_crm.domain.common.text import fold, search_words

CREATE_STATEMENTS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS client_fts USING fts5("
    "names, phones, emails, codes, tokenize='trigram')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS client_words USING fts5("
    "words, tokenize='unicode61', prefix='1 2 3')",
)
DROP_STATEMENTS = (
    "DROP TABLE IF EXISTS client_fts",
    "DROP TABLE IF EXISTS client_words",
)
INDEX_TABLE_PREFIXES = ("client_fts", "client_words")
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


def client_keys(
    client_id: int,
    *,
    names: Sequence[str],
    phones: Iterable[str],
    emails: Iterable[str],
    codes: Iterable[str],
) -> ClientKeys:
    return ClientKeys(
        client_id=client_id,
        names=" ".join(w for n in names for w in search_words(n)),
        phones=" ".join(form + PHONE_END for e164 in phones for form in search_digit_forms(e164)),
        emails=" ".join(fold(e) for e in emails),
        codes=" ".join(fold(c) for c in codes if c),
    )


def write_keys(connection: Connection, keys: Sequence[ClientKeys]) -> None:
    if not keys:
        return
    ids = [{"id": k.client_id} for k in keys]
    connection.execute(text("DELETE FROM client_fts WHERE rowid = :id"), ids)
    connection.execute(text("DELETE FROM client_words WHERE rowid = :id"), ids)
    connection.execute(
        text(
            "INSERT INTO client_fts(rowid, names, phones, emails, codes) "
            "VALUES (:client_id, :names, :phones, :emails, :codes)"
        ),
        [k.__dict__ for k in keys],
    )
    connection.execute(
        text("INSERT INTO client_words(rowid, words) VALUES (:client_id, :names)"),
        [k.__dict__ for k in keys],
    )


def refresh_clients(connection: Connection, client_ids: Iterable[int]) -> None:
    """Rebuild the index rows of these clients from their current rows."""
    ids = sorted(set(client_ids))
    if not ids:
        return
    expanding = {"ids": ids}
    clients = connection.execute(
        text(
            "SELECT id, last_name, first_name, middle_name, number, loyalty_card "
            "FROM clients WHERE id IN :ids"
        ).bindparams(bindparam("ids", expanding=True)),
        expanding,
    ).all()
    phones: dict[int, list[str]] = {}
    for client_id, e164 in connection.execute(
        text("SELECT client_id, e164 FROM client_phones WHERE client_id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        expanding,
    ):
        phones.setdefault(client_id, []).append(e164)
    emails: dict[int, list[str]] = {}
    for client_id, address in connection.execute(
        text("SELECT client_id, address FROM client_emails WHERE client_id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        expanding,
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
    write_keys(connection, keys)
    present = {k.client_id for k in keys}
    gone = [{"id": i} for i in ids if i not in present]
    if gone:
        connection.execute(text("DELETE FROM client_fts WHERE rowid = :id"), gone)
        connection.execute(text("DELETE FROM client_words WHERE rowid = :id"), gone)


def rebuild(connection: Connection) -> None:
    """Rebuild the whole index (after a bulk load or a restore)."""
    connection.execute(text("DELETE FROM client_fts"))
    connection.execute(text("DELETE FROM client_words"))
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


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _match_substrings(plan: SearchPlan) -> str:
    if plan.phone_digits:
        return "{phones codes} : " + _phrase(plan.phone_digits)
    return " AND ".join(_phrase(w) for w in plan.substrings)


def _match_prefixes(words: Iterable[str]) -> str:
    return " AND ".join(_phrase(w) + " *" for w in words)


def exact_condition(plan: SearchPlan, exact_phone: str | None) -> tuple[str, dict[str, Any]]:
    """Clients whose number, barcode or a phone is exactly what was typed."""
    params = {
        "typed": plan.typed,
        "upper": plan.typed.upper(),
        "exact": plan.exact,
        "phone": exact_phone or "",
    }
    return (
        "(c.number IN (:typed, :upper, :exact) "
        "OR (c.loyalty_card <> '' AND c.loyalty_card = :exact) "
        "OR c.id IN (SELECT client_id FROM client_phones WHERE e164 = :phone))",
        params,
    )


def match_select(plan: SearchPlan) -> tuple[str, dict[str, Any]] | None:
    """A SELECT of the ids of clients matching every word; None when there are no words."""
    sets: list[str] = []
    params: dict[str, Any] = {}
    if plan.substrings:
        params["substrings"] = _match_substrings(plan)
        sets.append("SELECT rowid FROM client_fts WHERE client_fts MATCH :substrings")
    if plan.prefixes:
        params["prefixes"] = _match_prefixes(plan.prefixes)
        sets.append("SELECT rowid FROM client_words WHERE client_words MATCH :prefixes")
    if not sets:
        return None
    return " INTERSECT ".join(sets), params


def better_match(plan: SearchPlan) -> tuple[str, dict[str, Any]] | None:
    """The matches that rank first (a SELECT of client ids); None when all rank alike.

    Digits: a phone that ends with them. Words: a name word that starts with the first
    word typed (a short word matches only at the start anyway, so it needs no rank).
    """
    if plan.phone_digits:
        return (
            "SELECT rowid FROM client_fts WHERE client_fts MATCH :phone_end",
            {"phone_end": "{phones} : " + _phrase(plan.phone_digits + PHONE_END)},
        )
    if plan.substrings and plan.first_word:
        return (
            "SELECT rowid FROM client_words WHERE client_words MATCH :first_prefix",
            {"first_prefix": _match_prefixes([plan.first_word])},
        )
    return None
