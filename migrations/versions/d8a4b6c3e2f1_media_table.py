"""media table

One row per file of the content-addressed media folder: its size, type and how many
rows use it, so unused files can be collected.

Revision ID: d8a4b6c3e2f1
Revises: c5e1d2a7f9b3
Create Date: 2026-12-01 21:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "d8a4b6c3e2f1"
down_revision: str | Sequence[str] | None = "c5e1d2a7f9b3"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "media",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("mime_type", sa.String(length=100), nullable=False),
        sa.Column("references", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_media")),
    )


def downgrade() -> None:
    op.drop_table("media")
