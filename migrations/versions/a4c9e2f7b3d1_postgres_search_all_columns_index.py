"""one trigram index over the client search table's four columns together

On SQLite this revision does nothing (FTS5 indexes the four columns as one table). On
PostgreSQL a word typed as is may be in any of the trigram table's columns: as a LIKE on
each of them, a search read four indexes and rechecked four texts for each of its
thousands of candidates (everyone at ukr.net). This GIN index is over the four joined by
a control character, which never reaches a query, so that no match spans two columns
(see `salon_crm.db.hooks.search_terms`).

Revision ID: a4c9e2f7b3d1
Revises: e7c3a9f1b5d2
Create Date: 2026-12-02 16:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from salon_crm.db.storage.revision_helpers import on_sqlite

# revision identifiers, used by Alembic.
revision: str = "a4c9e2f7b3d1"
down_revision: str | Sequence[str] | None = "e7c3a9f1b5d2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if on_sqlite():
        return
    op.execute(
        "CREATE INDEX ix_client_fts_all_trgm ON client_fts USING gin ("
        r"(names || E'\x01' || phones || E'\x01' || emails || E'\x01' || codes) gin_trgm_ops)"
    )


def downgrade() -> None:
    if on_sqlite():
        return
    op.execute("DROP INDEX ix_client_fts_all_trgm")
