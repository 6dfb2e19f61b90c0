"""the health record, procedures with products and lots, and the money ledger

New tables for anamnesis versions (conditions, allergies), skin assessments, home care,
the procedure catalogue, products and lots, procedures with the lots used, and the
ledger. Clients get two flags that every role may see (has allergies, has
contraindications). The default procedure catalogue is written in, with its rules.

Revision ID: c9d4e2a6b8f1
Revises: a3c7e91b5d24
Create Date: 2026-12-01 22:37:35.039362
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from salon_crm.domain.health.procedure_catalogue import DEFAULT_PROCEDURES

# revision identifiers, used by Alembic.
revision: str = "c9d4e2a6b8f1"
down_revision: str | Sequence[str] | None = "a3c7e91b5d24"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "procedure_types",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("price_minor", sa.Integer(), nullable=False),
        sa.Column("blocks", sa.Text(), nullable=False),
        sa.Column("warns", sa.Text(), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procedure_types")),
        sa.UniqueConstraint("code", name=op.f("uq_procedure_types_code")),
    )
    op.create_table(
        "products",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("manufacturer", sa.String(length=200), nullable=False),
        sa.Column("substances", sa.Text(), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_products")),
    )
    op.create_table(
        "product_lots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("lot_number", sa.String(length=60), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("recalled_on", sa.Date(), nullable=True),
        sa.Column("recall_note", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_product_lots_product_id_products"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product_lots")),
        sa.UniqueConstraint("product_id", "lot_number", name=op.f("uq_product_lots_product_id")),
    )
    with op.batch_alter_table("product_lots", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_product_lots_lot_number"), ["lot_number"], unique=False
        )

    op.create_table(
        "anamneses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("complaints", sa.Text(), nullable=False),
        sa.Column("goals", sa.Text(), nullable=False),
        sa.Column("activity", sa.Text(), nullable=False),
        sa.Column("diet", sa.Text(), nullable=False),
        sa.Column("sleep", sa.Text(), nullable=False),
        sa.Column("smoking", sa.Text(), nullable=False),
        sa.Column("alcohol", sa.Text(), nullable=False),
        sa.Column("work_conditions", sa.Text(), nullable=False),
        sa.Column("chronic_diseases", sa.Text(), nullable=False),
        sa.Column("medications", sa.Text(), nullable=False),
        sa.Column("supplements", sa.Text(), nullable=False),
        sa.Column("surgeries", sa.Text(), nullable=False),
        sa.Column("blood_pressure", sa.String(length=20), nullable=False),
        sa.Column("cycle_notes", sa.Text(), nullable=False),
        sa.Column("infectious_diseases", sa.Text(), nullable=False),
        sa.Column("skin_conditions", sa.Text(), nullable=False),
        sa.Column("procedures_elsewhere", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("signed_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_anamneses_client_id_clients"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["signed_by_id"],
            ["users.id"],
            name=op.f("fk_anamneses_signed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_anamneses")),
        sa.UniqueConstraint("client_id", "version", name=op.f("uq_anamneses_client_id")),
    )
    with op.batch_alter_table("anamneses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_anamneses_client_id"), ["client_id"], unique=False)

    op.create_table(
        "home_care",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("product", sa.String(length=200), nullable=False),
        sa.Column("usage", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_home_care_client_id_clients"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name=op.f("fk_home_care_recorded_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_home_care")),
    )
    with op.batch_alter_table("home_care", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_home_care_client_id"), ["client_id"], unique=False)

    op.create_table(
        "procedures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("performed_at", sa.DateTime(), nullable=False),
        sa.Column("specialist_id", sa.Integer(), nullable=True),
        sa.Column("procedure_type_id", sa.Integer(), nullable=False),
        sa.Column("zones", sa.Text(), nullable=False),
        sa.Column("device_parameters", sa.Text(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("reaction", sa.Text(), nullable=False),
        sa.Column("recommendations", sa.Text(), nullable=False),
        sa.Column("home_care", sa.Text(), nullable=False),
        sa.Column("next_visit_on", sa.Date(), nullable=True),
        sa.Column("price_minor", sa.Integer(), nullable=False),
        sa.Column("discount_percent", sa.SmallInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("face_chart", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_procedures_client_id_clients"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["procedure_type_id"],
            ["procedure_types.id"],
            name=op.f("fk_procedures_procedure_type_id_procedure_types"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name=op.f("fk_procedures_recorded_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["specialist_id"],
            ["users.id"],
            name=op.f("fk_procedures_specialist_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procedures")),
    )
    with op.batch_alter_table("procedures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_procedures_client_id"), ["client_id"], unique=False)
        batch_op.create_index(
            "ix_procedures_client_performed", ["client_id", "performed_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_procedures_next_visit_on"), ["next_visit_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_procedures_performed_at"), ["performed_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_procedures_procedure_type_id"), ["procedure_type_id"], unique=False
        )

    op.create_table(
        "skin_assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("specialist_id", sa.Integer(), nullable=True),
        sa.Column("skin_type", sa.String(length=32), nullable=True),
        sa.Column("fitzpatrick", sa.SmallInteger(), nullable=True),
        sa.Column("glogau", sa.SmallInteger(), nullable=True),
        sa.Column("baumann", sa.String(length=4), nullable=False),
        sa.Column("turgor", sa.SmallInteger(), nullable=True),
        sa.Column("sensitivity", sa.SmallInteger(), nullable=True),
        sa.Column("pigmentation", sa.SmallInteger(), nullable=True),
        sa.Column("vascular", sa.SmallInteger(), nullable=True),
        sa.Column("acne_grade", sa.SmallInteger(), nullable=True),
        sa.Column("wrinkle_type", sa.String(length=32), nullable=True),
        sa.Column("wrinkle_depth", sa.SmallInteger(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("face_chart", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_skin_assessments_client_id_clients"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["specialist_id"],
            ["users.id"],
            name=op.f("fk_skin_assessments_specialist_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skin_assessments")),
    )
    with op.batch_alter_table("skin_assessments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_skin_assessments_client_id"), ["client_id"], unique=False
        )

    op.create_table(
        "anamnesis_allergies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("anamnesis_id", sa.Integer(), nullable=False),
        sa.Column("substance", sa.String(length=100), nullable=False),
        sa.Column("reaction", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["anamnesis_id"],
            ["anamneses.id"],
            name=op.f("fk_anamnesis_allergies_anamnesis_id_anamneses"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_anamnesis_allergies")),
    )
    with op.batch_alter_table("anamnesis_allergies", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_anamnesis_allergies_anamnesis_id"), ["anamnesis_id"], unique=False
        )

    op.create_table(
        "anamnesis_conditions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("anamnesis_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["anamnesis_id"],
            ["anamneses.id"],
            name=op.f("fk_anamnesis_conditions_anamnesis_id_anamneses"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_anamnesis_conditions")),
    )
    with op.batch_alter_table("anamnesis_conditions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_anamnesis_conditions_anamnesis_id"), ["anamnesis_id"], unique=False
        )

    op.create_table(
        "ledger",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("procedure_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_ledger_client_id_clients"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["procedure_id"],
            ["procedures.id"],
            name=op.f("fk_ledger_procedure_id_procedures"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name=op.f("fk_ledger_recorded_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger")),
    )
    with op.batch_alter_table("ledger", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ledger_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ledger_procedure_id"), ["procedure_id"], unique=False)

    op.create_table(
        "procedure_products",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("procedure_id", sa.Integer(), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.String(length=30), nullable=False),
        sa.ForeignKeyConstraint(
            ["lot_id"],
            ["product_lots.id"],
            name=op.f("fk_procedure_products_lot_id_product_lots"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["procedure_id"],
            ["procedures.id"],
            name=op.f("fk_procedure_products_procedure_id_procedures"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procedure_products")),
    )
    with op.batch_alter_table("procedure_products", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_procedure_products_lot_id"), ["lot_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_procedure_products_procedure_id"), ["procedure_id"], unique=False
        )

    with op.batch_alter_table("clients", schema=None) as batch_op:
        for flag in ("has_allergies", "has_contraindications"):
            batch_op.add_column(
                sa.Column(flag, sa.Boolean(), nullable=False, server_default=sa.false())
            )
    with op.batch_alter_table("clients", schema=None) as batch_op:
        for flag in ("has_allergies", "has_contraindications"):
            batch_op.alter_column(flag, server_default=None)
    _write_default_catalogue()


def _write_default_catalogue() -> None:
    types = sa.table(
        "procedure_types",
        sa.column("code", sa.String),
        sa.column("name", sa.String),
        sa.column("category", sa.String),
        sa.column("duration_minutes", sa.Integer),
        sa.column("price_minor", sa.Integer),
        sa.column("blocks", sa.Text),
        sa.column("warns", sa.Text),
        sa.column("is_active", sa.Boolean),
        sa.column("position", sa.Integer),
    )
    op.bulk_insert(
        types,
        [
            {
                "code": p.code,
                "name": "",
                "category": p.category.value,
                "duration_minutes": p.duration_minutes,
                "price_minor": 0,
                "blocks": json.dumps(sorted(p.blocks)),
                "warns": json.dumps(sorted(p.warns)),
                "is_active": True,
                "position": i,
            }
            for i, p in enumerate(DEFAULT_PROCEDURES)
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_column("has_contraindications")
        batch_op.drop_column("has_allergies")

    with op.batch_alter_table("procedure_products", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_procedure_products_procedure_id"))
        batch_op.drop_index(batch_op.f("ix_procedure_products_lot_id"))

    op.drop_table("procedure_products")
    with op.batch_alter_table("ledger", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ledger_procedure_id"))
        batch_op.drop_index(batch_op.f("ix_ledger_client_id"))

    op.drop_table("ledger")
    with op.batch_alter_table("anamnesis_conditions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_anamnesis_conditions_anamnesis_id"))

    op.drop_table("anamnesis_conditions")
    with op.batch_alter_table("anamnesis_allergies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_anamnesis_allergies_anamnesis_id"))

    op.drop_table("anamnesis_allergies")
    with op.batch_alter_table("skin_assessments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_skin_assessments_client_id"))

    op.drop_table("skin_assessments")
    with op.batch_alter_table("procedures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_procedures_procedure_type_id"))
        batch_op.drop_index(batch_op.f("ix_procedures_performed_at"))
        batch_op.drop_index(batch_op.f("ix_procedures_next_visit_on"))
        batch_op.drop_index("ix_procedures_client_performed")
        batch_op.drop_index(batch_op.f("ix_procedures_client_id"))

    op.drop_table("procedures")
    with op.batch_alter_table("home_care", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_home_care_client_id"))

    op.drop_table("home_care")
    with op.batch_alter_table("anamneses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_anamneses_client_id"))

    op.drop_table("anamneses")
    with op.batch_alter_table("product_lots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_product_lots_lot_number"))

    op.drop_table("product_lots")
    op.drop_table("products")
    op.drop_table("procedure_types")
