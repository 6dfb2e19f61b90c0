"""The generic audit: a session hook that writes one row per inserted, changed or deleted row.

A model opts in with `__audited__ = True` and may name columns to leave out of the trail
with `__audit_exclude__`. Services never write audit rows by hand; reads of sensitive
records are recorded with `record_read`.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Connection, event, insert, inspect
from sqlalchemy.orm import Mapper, Session, object_session
from sqlalchemy.orm.base import NO_VALUE

from salon_crm.db.base import Base, utc_now
from salon_crm.db.hooks import change_notes
from salon_crm.db.models.audit import AuditEntry
from salon_crm.db.models.client_owned import owner_column
from salon_crm.domain.common.enums import AuditAction

USER_KEY = "acting_user_id"


def _plain(value: Any) -> Any:
    """A value as JSON can hold it and a person can read it: enums by value, dates in ISO,
    bytes by size and digest (a photo has no place in the trail), collections as sorted
    lists of plain values."""
    if value is NO_VALUE or value is None:
        return None
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
        return f"<{len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()[:16]}>"
    if isinstance(value, list | tuple | set | frozenset):
        items = [_plain(item) for item in value]
        return sorted(items, key=lambda item: (item is None, str(item)))
    return str(value)


def _audited(obj: object) -> bool:
    return bool(getattr(type(obj), "__audited__", False))


def _client_id(obj: object) -> int | None:
    """The client a row belongs to, as the registry of client-owned data declares it."""
    column = owner_column(type(obj).__table__.name)  # type: ignore[attr-defined]
    value = getattr(obj, column, None) if column else None
    return value if isinstance(value, int) else None


def _row_id(obj: object) -> str:
    """The primary key as text ("7", or "7/3" for a composite key); set once flushed."""
    key = inspect(type(obj)).primary_key_from_instance(obj)
    return "/".join(str(part) for part in key)


def _columns(obj: object) -> list[str]:
    excluded: frozenset[str] = getattr(type(obj), "__audit_exclude__", frozenset())
    return [c.key for c in inspect(type(obj)).column_attrs if c.key not in excluded]


def _default(obj: object, key: str) -> Any:
    """The column's scalar default (what a row holds when nobody said otherwise), or None."""
    default = inspect(type(obj)).column_attrs[key].columns[0].default
    return default.arg if default is not None and default.is_scalar else None


def _informative(obj: object, key: str, value: Any) -> bool:
    """Whether a value of a new or removed row says something: not empty, and not a zero
    or False that is merely the column's default. A new client with discount 0 and no VIP
    flag is noise in the trail; a 0 or False nobody defaults to (a call period of 0 days)
    is kept, and so is every enum, default or not (a phone's kind is a choice). Updates do
    not ask this: every change, 10 → 0 and True → False included, is recorded."""
    if value is None or value == "":
        return False
    if isinstance(value, bool | int | float) and not value:
        default = _default(obj, key)
        # bool is an int: a False is the default only of a False column, 0 of a 0 one.
        return default is None or type(default) is not type(value) or default != value
    return True


def _changes(obj: object, action: AuditAction) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for key in _columns(obj):
        history = state.attrs[key].history
        if action is AuditAction.INSERT:
            value = getattr(obj, key)
            if _informative(obj, key, value):
                changes[key] = [None, _plain(value)]
        elif action is AuditAction.DELETE:
            value = (
                history.unchanged[0]
                if history.unchanged
                else (history.deleted[0] if history.deleted else None)
            )
            if _informative(obj, key, value):
                changes[key] = [_plain(value), None]
        elif history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if _plain(old) != _plain(new):
                changes[key] = [_plain(old), _plain(new)]
    return changes


def _relationship_changes(obj: object) -> dict[str, list[Any]]:
    """Many-to-many links (a client's tags) have no row of their own: record them on
    the owner as the sorted names before and after."""
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for relationship in state.mapper.relationships:
        if relationship.secondary is None:
            continue
        history = state.attrs[relationship.key].history
        if not history.has_changes():
            continue
        after = [*history.unchanged, *history.added]
        before = [*history.unchanged, *history.deleted]
        changes[relationship.key] = [
            _plain([str(getattr(o, "name", o)) for o in before]),
            _plain([str(getattr(o, "name", o)) for o in after]),
        ]
    return changes


def _write(connection: Connection, obj: object, action: AuditAction) -> None:
    """One audit row for one inserted, updated or deleted row, on the flush's connection.

    Mapper events, not the session's lists: rows removed from a collection (a deleted
    phone, an orphan) are found only while the flush runs.
    """
    if not _audited(obj):
        return
    changes = _changes(obj, action)
    if action is AuditAction.UPDATE:
        changes.update(_relationship_changes(obj))
        if not changes:
            return
    session = object_session(obj)
    table: str = type(obj).__table__.name  # type: ignore[attr-defined]
    client_id = _client_id(obj)
    result = connection.execute(
        insert(AuditEntry),
        {
            "at": utc_now(),
            "user_id": session.info.get(USER_KEY) if session is not None else None,
            "action": action,
            "table_name": table,
            "row_id": _row_id(obj),
            "client_id": client_id,
            "changes": json.dumps(changes, ensure_ascii=False),
        },
    )
    key = result.inserted_primary_key
    assert key is not None, "a single-row insert knows its key"
    change_notes.note(session, table=table, client_id=client_id, audit_id=int(key[0]))


def _after_insert(_mapper: Mapper[Any], connection: Connection, target: object) -> None:
    _write(connection, target, AuditAction.INSERT)


def _after_update(_mapper: Mapper[Any], connection: Connection, target: object) -> None:
    _write(connection, target, AuditAction.UPDATE)


def _after_delete(_mapper: Mapper[Any], connection: Connection, target: object) -> None:
    _write(connection, target, AuditAction.DELETE)


def record_read(session: Session, *, table_name: str, row_id: str, client_id: int | None) -> None:
    """Note that the acting user looked at a sensitive record (the health record)."""
    session.add(
        AuditEntry(
            at=utc_now(),
            user_id=session.info.get(USER_KEY),
            action=AuditAction.READ,
            table_name=table_name,
            row_id=row_id,
            client_id=client_id,
            changes="{}",
        )
    )


def install() -> None:
    """Audit every mapped class that opts in (`__audited__`); safe to call repeatedly."""
    for name, listener in (
        ("after_insert", _after_insert),
        ("after_update", _after_update),
        ("after_delete", _after_delete),
    ):
        if not event.contains(Base, name, listener):
            event.listen(Base, name, listener, propagate=True)
