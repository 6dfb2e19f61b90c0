"""client last visit and created index

Revision ID: b364a265a481
Revises: 637f563d61d3
Create Date: 2026-11-22 17:59:03.702490
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "b364a265a481"
down_revision: str | Sequence[str] | None = "637f563d61d3"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_visit_on", sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f("ix_clients_created_at"), ["created_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_clients_last_visit_on"), ["last_visit_on"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clients_last_visit_on"))
        batch_op.drop_index(batch_op.f("ix_clients_created_at"))
        batch_op.drop_column("last_visit_on")
