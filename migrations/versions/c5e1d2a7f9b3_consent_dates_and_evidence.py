"""consent dates and evidence

A consent now records the day it was given (entered, not the moment it was typed in),
the day it was withdrawn, who recorded it and when, and an optional link to the document
that evidences it. Its rows are evidence and refuse a deletion of their client (RESTRICT).
Existing rows get their days from the stored moments, in this computer's time zone.

Revision ID: c5e1d2a7f9b3
Revises: 70904a00bb54
Create Date: 2026-12-01 21:05:00
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

from salon_crm.db.storage.revision_helpers import recreate_mode

# revision identifiers, used by Alembic.
revision: str = "c5e1d2a7f9b3"
down_revision: str | Sequence[str] | None = "70904a00bb54"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CLIENT_FK = "fk_client_consents_client_id_clients"
USER_FK = "fk_client_consents_recorded_by_id_users"


def _local_day(stored: str | datetime | None) -> date | None:
    if stored is None:
        return None
    moment = stored if isinstance(stored, datetime) else datetime.fromisoformat(stored)
    return moment.replace(tzinfo=UTC).astimezone().date()


def upgrade() -> None:
    with op.batch_alter_table("client_consents") as batch_op:
        batch_op.add_column(sa.Column("given_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("withdrawn_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("recorded_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("recorded_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("evidence_document_id", sa.Integer(), nullable=True))
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT id, given_at, withdrawn_at FROM client_consents")
    ).all()
    if rows:
        connection.execute(
            sa.text(
                "UPDATE client_consents SET given_on = :given, withdrawn_on = :withdrawn, "
                "recorded_at = given_at WHERE id = :id"
            ),
            [
                {
                    "id": r.id,
                    "given": _local_day(r.given_at),
                    "withdrawn": _local_day(r.withdrawn_at),
                }
                for r in rows
            ],
        )
    with op.batch_alter_table("client_consents", recreate=recreate_mode()) as batch_op:
        batch_op.drop_column("given_at")
        batch_op.drop_column("withdrawn_at")
        batch_op.alter_column("given_on", existing_type=sa.Date(), nullable=False)
        batch_op.alter_column("recorded_at", existing_type=sa.DateTime(), nullable=False)
        batch_op.drop_constraint(CLIENT_FK, type_="foreignkey")
        batch_op.create_foreign_key(
            CLIENT_FK, "clients", ["client_id"], ["id"], ondelete="RESTRICT"
        )
        batch_op.create_foreign_key(
            USER_FK, "users", ["recorded_by_id"], ["id"], ondelete="SET NULL"
        )


def downgrade() -> None:
    with op.batch_alter_table("client_consents") as batch_op:
        batch_op.add_column(sa.Column("given_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("withdrawn_at", sa.DateTime(), nullable=True))
    op.execute(
        "UPDATE client_consents SET given_at = recorded_at, "
        "withdrawn_at = CASE WHEN withdrawn_on IS NULL THEN NULL "
        "ELSE withdrawn_on || ' 12:00:00.000000' END"
    )
    with op.batch_alter_table("client_consents", recreate=recreate_mode()) as batch_op:
        batch_op.drop_constraint(USER_FK, type_="foreignkey")
        batch_op.drop_constraint(CLIENT_FK, type_="foreignkey")
        batch_op.create_foreign_key(CLIENT_FK, "clients", ["client_id"], ["id"], ondelete="CASCADE")
        batch_op.alter_column("given_at", existing_type=sa.DateTime(), nullable=False)
        batch_op.drop_column("evidence_document_id")
        batch_op.drop_column("recorded_by_id")
        batch_op.drop_column("recorded_at")
        batch_op.drop_column("withdrawn_on")
        batch_op.drop_column("given_on")
