"""search across alphabets and with one typo forgiven

The trigram index gets a fifth column, the names' sound skeletons, and names and
e-mails are stored between spaces (word starts, whole addresses). Two plain tables hold
the name words and skeletons with their deletion keys, for forgiving a typo. The whole
index is rebuilt from the clients.

Downgrade goes back to the four-column index; the stored keys still work there.

Revision ID: a3c7e91b5d24
Revises: a3c7e5f1b9d2
Create Date: 2026-12-01 20:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from salon_crm.db.hooks import search_index

# revision identifiers, used by Alembic.
revision: str = "a3c7e91b5d24"
down_revision: str | Sequence[str] | None = "a3c7e5f1b9d2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PREVIOUS_INDEX = (
    "CREATE VIRTUAL TABLE client_fts USING fts5(names, phones, emails, codes, tokenize='trigram')"
)


def upgrade() -> None:
    for statement in search_index.DROP_STATEMENTS:
        op.execute(statement)
    for statement in search_index.CREATE_STATEMENTS:
        op.execute(statement)
    search_index.rebuild(op.get_bind())


def downgrade() -> None:
    op.execute("DROP TABLE client_vocabulary_keys")
    op.execute("DROP TABLE client_vocabulary")
    op.execute("ALTER TABLE client_fts RENAME TO client_fts_sounds")
    op.execute(_PREVIOUS_INDEX)
    op.execute(
        "INSERT INTO client_fts(rowid, names, phones, emails, codes) "
        "SELECT rowid, names, phones, emails, codes FROM client_fts_sounds"
    )
    op.execute("DROP TABLE client_fts_sounds")
