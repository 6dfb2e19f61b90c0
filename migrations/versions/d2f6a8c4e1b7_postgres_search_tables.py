"""the client search index's tables on PostgreSQL

On SQLite the index is FTS5 (earlier revisions) and this revision does nothing. On
PostgreSQL the same Python-folded keys go into plain tables with the names FTS5's have,
so that the schema comparison skips them alike: `client_fts` and `client_words` keyed by
the client's id, with pg_trgm GIN indexes, which serve both "contains" and word-start
look-ups (a pattern after a space is padded like a word start), and the two vocabulary
tables for forgiving a typo, as on SQLite. The clients' sort names compare in code point
order, as SQLite compares them, whatever the server's locale.

Revision ID: d2f6a8c4e1b7
Revises: b8e3f5a7c1d4
Create Date: 2026-12-02 08:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from salon_crm.db.storage.revision_helpers import on_sqlite

# revision identifiers, used by Alembic.
revision: str = "d2f6a8c4e1b7"
down_revision: str | Sequence[str] | None = "b8e3f5a7c1d4"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TRIGRAM_COLUMNS = {
    "client_fts": ("names", "phones", "emails", "codes"),
    "client_words": ("words", "sounds"),
}
_CREATE = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    'ALTER TABLE clients ALTER COLUMN sort_name TYPE VARCHAR(310) COLLATE "C"',
    "CREATE TABLE client_fts (client_id INTEGER PRIMARY KEY REFERENCES clients(id) "
    "ON DELETE CASCADE, names TEXT NOT NULL, phones TEXT NOT NULL, emails TEXT NOT NULL, "
    "codes TEXT NOT NULL)",
    "CREATE TABLE client_words (client_id INTEGER PRIMARY KEY REFERENCES clients(id) "
    "ON DELETE CASCADE, words TEXT NOT NULL, sounds TEXT NOT NULL)",
    "CREATE TABLE client_vocabulary (word TEXT PRIMARY KEY, uses INTEGER NOT NULL)",
    "CREATE TABLE client_vocabulary_keys (key TEXT NOT NULL, word TEXT NOT NULL, "
    "PRIMARY KEY (key, word))",
    *(
        f"CREATE INDEX ix_{table}_{column}_trgm ON {table} USING gin ({column} gin_trgm_ops)"
        for table, columns in _TRIGRAM_COLUMNS.items()
        for column in columns
    ),
)


def upgrade() -> None:
    if on_sqlite():
        return
    for statement in _CREATE:
        op.execute(statement)


def downgrade() -> None:
    if on_sqlite():
        return
    # The extension stays: other databases' objects or an administrator may use it.
    for table in ("client_vocabulary_keys", "client_vocabulary", "client_words", "client_fts"):
        op.execute(f"DROP TABLE {table}")
    op.execute("ALTER TABLE clients ALTER COLUMN sort_name TYPE VARCHAR(310)")
