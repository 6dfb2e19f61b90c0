"""photos

A client's photos (the profile photo with its history, the clinical series by zone and
procedure), and the current profile thumbnail on the client row for the list.

Revision ID: f3a8c2d6e4b1
Revises: e5b7c1d9a3f2
Create Date: 2026-12-02 01:21:19.003487
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "f3a8c2d6e4b1"
down_revision: str | Sequence[str] | None = "e5b7c1d9a3f2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "photos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("zone", sa.String(length=32), nullable=True),
        sa.Column("zone_note", sa.String(length=100), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("procedure_id", sa.Integer(), nullable=True),
        sa.Column("full_sha256", sa.String(length=64), nullable=False),
        sa.Column("thumb_sha256", sa.String(length=64), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("marketing", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("removed_at", sa.DateTime(), nullable=True),
        sa.Column("removed_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_photos_client_id_clients"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_photos_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["full_sha256"],
            ["media.sha256"],
            name=op.f("fk_photos_full_sha256_media"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["procedure_id"],
            ["procedures.id"],
            name=op.f("fk_photos_procedure_id_procedures"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["removed_by_id"],
            ["users.id"],
            name=op.f("fk_photos_removed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["thumb_sha256"],
            ["media.sha256"],
            name=op.f("fk_photos_thumb_sha256_media"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photos")),
    )
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_photos_client_id"), ["client_id"], unique=False)
        batch_op.create_index(
            "ix_photos_client_kind_zone", ["client_id", "kind", "zone"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_photos_procedure_id"), ["procedure_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_photos_thumb_sha256"), ["thumb_sha256"], unique=False)

    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.add_column(sa.Column("photo_thumb", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_column("photo_thumb")

    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_photos_thumb_sha256"))
        batch_op.drop_index(batch_op.f("ix_photos_procedure_id"))
        batch_op.drop_index("ix_photos_client_kind_zone")
        batch_op.drop_index(batch_op.f("ix_photos_client_id"))

    op.drop_table("photos")
