"""document templates and client documents

Document templates with their versions, and the registry of documents filled for
clients. A salon set up before gets the default templates in its language.

Revision ID: a1d6f4b8c2e9
Revises: f3a8c2d6e4b1
Create Date: 2026-12-02 02:54:47.864500
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from salon_crm import paths
from salon_crm.domain.documents.template_kinds import DEFAULT_NAMES, language_of_country

# revision identifiers, used by Alembic.
revision: str = "a1d6f4b8c2e9"
down_revision: str | Sequence[str] | None = "f3a8c2d6e4b1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "document_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_templates")),
    )
    op.create_table(
        "document_template_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_document_template_versions_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["document_templates.id"],
            name=op.f("fk_document_template_versions_template_id_document_templates"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_template_versions")),
        sa.UniqueConstraint(
            "template_id", "version", name=op.f("uq_document_template_versions_template_id")
        ),
    )
    with op.batch_alter_table("document_template_versions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_document_template_versions_template_id"), ["template_id"], unique=False
        )

    op.create_table(
        "client_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("template_version_id", sa.Integer(), nullable=True),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("signed", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_client_documents_client_id_clients"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_client_documents_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["pdf_sha256"],
            ["media.sha256"],
            name=op.f("fk_client_documents_pdf_sha256_media"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["template_version_id"],
            ["document_template_versions.id"],
            name=op.f("fk_client_documents_template_version_id_document_template_versions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_documents")),
        sa.UniqueConstraint("number", name=op.f("uq_client_documents_number")),
    )
    with op.batch_alter_table("client_documents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_client_documents_client_id"), ["client_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_client_documents_template_version_id"),
            ["template_version_id"],
            unique=False,
        )
    _write_default_templates()


def _write_default_templates() -> None:
    """The defaults in the salon's language, when there is a salon (a new database gets
    them at setup). Plain tables: a migration must not follow later models."""
    bind = op.get_bind()
    country = bind.execute(sa.text("SELECT country FROM salon LIMIT 1")).scalar()
    if country is None:
        return
    language = language_of_country(str(country))
    templates = sa.table(
        "document_templates",
        sa.column("id", sa.Integer),
        sa.column("kind", sa.String),
        sa.column("name", sa.String),
        sa.column("language", sa.String),
        sa.column("position", sa.Integer),
        sa.column("is_active", sa.Boolean),
        sa.column("created_at", sa.DateTime),
    )
    versions = sa.table(
        "document_template_versions",
        sa.column("template_id", sa.Integer),
        sa.column("version", sa.Integer),
        sa.column("body", sa.Text),
        sa.column("created_at", sa.DateTime),
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    for position, (kind, name) in enumerate(DEFAULT_NAMES.get(language, {}).items()):
        path = paths.document_template(kind.value, language)
        if not path.is_file():
            continue
        template_id = bind.execute(
            templates.insert()
            .values(
                kind=kind.value,
                name=name,
                language=language,
                position=position,
                is_active=True,
                created_at=now,
            )
            .returning(templates.c.id)
        ).scalar_one()
        bind.execute(
            versions.insert().values(
                template_id=template_id,
                version=1,
                body=path.read_text(encoding="utf-8"),
                created_at=now,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("client_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_documents_template_version_id"))
        batch_op.drop_index(batch_op.f("ix_client_documents_client_id"))

    op.drop_table("client_documents")
    with op.batch_alter_table("document_template_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_template_versions_template_id"))

    op.drop_table("document_template_versions")
    op.drop_table("document_templates")
