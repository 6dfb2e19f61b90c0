"""media blobs

The bytes of stored files for a server salon that keeps its media in the database
instead of a folder: one row per SHA-256, beside the `media` row that counts its
references. A SQLite salon keeps its folder and leaves this table empty.

Revision ID: e7c3a9f1b5d2
Revises: d2f6a8c4e1b7
Create Date: 2026-12-02 14:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "e7c3a9f1b5d2"
down_revision: str | Sequence[str] | None = "d2f6a8c4e1b7"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "media_blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_media_blobs")),
    )


def downgrade() -> None:
    op.drop_table("media_blobs")
