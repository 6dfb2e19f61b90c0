"""search across alphabets and with one typo forgiven

The word index gets a second column, the names' sound skeletons, and the trigram index
stores names and e-mails between spaces (word starts, whole addresses). Two plain
tables hold the name words and skeletons with their deletion keys, for forgiving a
typo. The whole index is rebuilt from the clients.

Downgrade goes back to the one-column word index; the stored keys still work there.

Revision ID: a3c7e91b5d24
Revises: a3c7e5f1b9d2
Create Date: 2026-12-01 20:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from salon_crm.db.hooks import search_index
from salon_crm.db.storage.revision_helpers import on_sqlite

# revision identifiers, used by Alembic.
revision: str = "a3c7e91b5d24"
down_revision: str | Sequence[str] | None = "a3c7e5f1b9d2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PREVIOUS_WORDS = (
    "CREATE VIRTUAL TABLE client_words USING fts5(words, tokenize='unicode61', prefix='1 2 3')"
)


def upgrade() -> None:
    # FTS5 is SQLite's: PostgreSQL's twin of the index comes in a revision of its own.
    if not on_sqlite():
        return
    for statement in search_index.DROP_STATEMENTS:
        op.execute(statement)
    for statement in search_index.CREATE_STATEMENTS:
        op.execute(statement)
    search_index.rebuild(op.get_bind())


def downgrade() -> None:
    if not on_sqlite():
        return
    op.execute("DROP TABLE client_vocabulary_keys")
    op.execute("DROP TABLE client_vocabulary")
    op.execute("ALTER TABLE client_words RENAME TO client_words_sounds")
    op.execute(_PREVIOUS_WORDS)
    op.execute(
        "INSERT INTO client_words(rowid, words) SELECT rowid, words FROM client_words_sounds"
    )
    op.execute("DROP TABLE client_words_sounds")
