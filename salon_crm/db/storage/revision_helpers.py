"""What revisions ask about the database they run on: SQLite or PostgreSQL.

Only for code inside a migration (alembic's `op` is bound to the running one).
"""

from __future__ import annotations

from typing import Literal

from alembic import op


def on_sqlite() -> bool:
    """Whether this migration runs on SQLite (FTS5, PRAGMAs, table copies) or PostgreSQL."""
    return op.get_bind().dialect.name == "sqlite"


def recreate_mode() -> Literal["always", "auto"]:
    """`recreate=` for a batch_alter_table that rebuilds a table on SQLite.

    SQLite copies the table (the migration runner keeps foreign keys off for that);
    PostgreSQL alters it in place, and could not drop a table others' foreign keys name.
    """
    return "always" if on_sqlite() else "auto"
