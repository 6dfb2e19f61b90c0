"""The few things SQLite and PostgreSQL say differently in the SQL this layer writes."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection


def on_postgres(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def in_list(
    connection: Connection, column: str, name: str, values: Iterable[object]
) -> tuple[str, dict[str, Any]]:
    """`column` is one of `values`, as one parameter however many there are: a JSON
    array on SQLite (a statement holds at most 32,766 parameters), an array on
    PostgreSQL."""
    if on_postgres(connection):
        return f"{column} = ANY(:{name})", {name: list(values)}
    return f"{column} IN (SELECT value FROM json_each(:{name}))", {name: json.dumps(list(values))}
