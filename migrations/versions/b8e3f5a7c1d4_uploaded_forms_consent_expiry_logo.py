"""uploaded forms, consent expiry, salon logo

The fillable PDF forms a salon uploads with the placeholder each field takes, the form a
document was made from, the last day of a consent signed on a template valid for some
months, and the logo on the letterhead.

Revision ID: b8e3f5a7c1d4
Revises: a1d6f4b8c2e9
Create Date: 2026-12-02 06:05:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "b8e3f5a7c1d4"
down_revision: str | Sequence[str] | None = "a1d6f4b8c2e9"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "document_forms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("field_map", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_document_forms_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["pdf_sha256"],
            ["media.sha256"],
            name=op.f("fk_document_forms_pdf_sha256_media"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_forms")),
    )
    with op.batch_alter_table("client_consents") as batch_op:
        batch_op.add_column(sa.Column("expires_on", sa.Date(), nullable=True))
    with op.batch_alter_table("client_documents") as batch_op:
        batch_op.add_column(sa.Column("form_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_client_documents_form_id"), ["form_id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_client_documents_form_id_document_forms"),
            "document_forms",
            ["form_id"],
            ["id"],
            ondelete="RESTRICT",
        )
    with op.batch_alter_table("document_templates") as batch_op:
        batch_op.add_column(sa.Column("consent_valid_months", sa.Integer(), nullable=True))
    with op.batch_alter_table("salon") as batch_op:
        batch_op.add_column(sa.Column("logo_sha256", sa.String(length=64), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_salon_logo_sha256_media"),
            "media",
            ["logo_sha256"],
            ["sha256"],
            ondelete="RESTRICT",
        )


def downgrade() -> None:
    with op.batch_alter_table("salon") as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_salon_logo_sha256_media"), type_="foreignkey")
        batch_op.drop_column("logo_sha256")
    with op.batch_alter_table("document_templates") as batch_op:
        batch_op.drop_column("consent_valid_months")
    with op.batch_alter_table("client_documents") as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_client_documents_form_id_document_forms"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_client_documents_form_id"))
        batch_op.drop_column("form_id")
    with op.batch_alter_table("client_consents") as batch_op:
        batch_op.drop_column("expires_on")
    op.drop_table("document_forms")
