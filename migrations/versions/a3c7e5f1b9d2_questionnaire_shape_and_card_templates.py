"""questionnaire shape and card templates

The owner may hide standard questionnaire fields and make fields required
(`questionnaire_fields`, and `is_required` on the custom fields, false for every existing
field), and keeps presets new cards start from (`card_templates`).

Revision ID: a3c7e5f1b9d2
Revises: 8f267b289f14
Create Date: 2026-12-08 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from salon_crm.db.storage.revision_helpers import recreate_mode

# revision identifiers, used by Alembic.
revision: str = "a3c7e5f1b9d2"
down_revision: str | Sequence[str] | None = "8f267b289f14"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "questionnaire_fields",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("is_hidden", sa.Boolean(), nullable=False),
        sa.Column("is_required", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_questionnaire_fields")),
    )
    op.create_table(
        "card_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("discount_percent", sa.Integer(), nullable=False),
        sa.Column("tag_ids", sa.Text(), nullable=False),
        sa.Column("consents", sa.Text(), nullable=False),
        sa.Column("custom_values", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["categories.id"],
            name=op.f("fk_card_templates_category_id_categories"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_card_templates_source_id_sources"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card_templates")),
        sa.UniqueConstraint("name", name=op.f("uq_card_templates_name")),
    )
    with op.batch_alter_table("custom_field_definitions") as batch_op:
        batch_op.add_column(sa.Column("is_required", sa.Boolean(), nullable=True))
    op.execute(
        sa.text("UPDATE custom_field_definitions SET is_required = :no").bindparams(no=False)
    )
    with op.batch_alter_table("custom_field_definitions", recreate=recreate_mode()) as batch_op:
        batch_op.alter_column("is_required", existing_type=sa.Boolean(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("custom_field_definitions") as batch_op:
        batch_op.drop_column("is_required")
    op.drop_table("card_templates")
    op.drop_table("questionnaire_fields")
