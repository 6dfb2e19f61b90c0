"""ledger balance index

The client list's "has debt" filter sums every client's ledger rows; an index holding
client, kind and amount lets SQLite sum them from the index alone, in client order,
instead of reading each row of the table.

Revision ID: e5b7c1d9a3f2
Revises: c9d4e2a6b8f1
Create Date: 2026-12-01 23:15:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = "e5b7c1d9a3f2"
down_revision: str | Sequence[str] | None = "c9d4e2a6b8f1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("ledger", schema=None) as batch_op:
        batch_op.create_index(
            "ix_ledger_client_kind_amount", ["client_id", "kind", "amount_minor"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("ledger", schema=None) as batch_op:
        batch_op.drop_index("ix_ledger_client_kind_amount")
