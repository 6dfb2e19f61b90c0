"""The generic audit: a session hook that writes one row per inserted, changed or deleted row.

A model opts in with `__audited__ = True` and may name columns to leave out of the trail
with `__audit_exclude__`. Services never write audit rows by hand; reads of sensitive
records are recorded with `record_read`.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Connection, event, insert, inspect
from sqlalchemy.orm import Mapper, Session, object_session
from sqlalchemy.orm.base import NO_VALUE

from salon_crm.db.base import Base, utc_now
from salon_crm.db.models.audit import AuditEntry
from salon_crm.db.models.client_owned import owner_column
from salon_crm.domain.common.enums import AuditAction

USER_KEY = "acting_user_id"


def _plain(value: Any) -> Any:
    if value is NO_VALUE or value is None:
        return None
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool | int | float | str):
        return value
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


def _changes(obj: object, action: AuditAction) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for key in _columns(obj):
        history = state.attrs[key].history
        if action is AuditAction.INSERT:
            value = getattr(obj, key)
            if value not in (None, "", False):
                changes[key] = [None, _plain(value)]
        elif action is AuditAction.DELETE:
            value = (
                history.unchanged[0]
                if history.unchanged
                else (history.deleted[0] if history.deleted else None)
            )
            if value not in (None, "", False):
                changes[key] = [_plain(value), None]
        elif history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if _plain(old) != _plain(new):
                changes[key] = [_plain(old), _plain(new)]
    return changes


def _relationship_changes(obj: object) -> dict[str, list[Any]]:
    """Many-to-many links (a client's tags) have no row of their own: record them on
    the owner as the names before and after."""
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
            sorted(str(getattr(o, "name", o)) for o in before),
            sorted(str(getattr(o, "name", o)) for o in after),
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
    connection.execute(
        insert(AuditEntry),
        {
            "at": utc_now(),
            "user_id": session.info.get(USER_KEY) if session is not None else None,
            "action": action,
            "table_name": type(obj).__table__.name,  # type: ignore[attr-defined]
            "row_id": _row_id(obj),
            "client_id": _client_id(obj),
            "changes": json.dumps(changes, ensure_ascii=False),
        },
    )


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
