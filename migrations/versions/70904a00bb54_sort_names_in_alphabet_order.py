"""sort names in alphabet order

Ukrainian є and і (and ї) sorted after я because the sort key compared code points; the
key now places them after е and и. Every stored sort name is rewritten.

Revision ID: 70904a00bb54
Revises: b364a265a481
Create Date: 2026-11-22 18:38:01.506169
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

from salon_crm.domain.common.text import collation_key, fold

# revision identifiers, used by Alembic.
revision: str = "70904a00bb54"
down_revision: str | Sequence[str] | None = "b364a265a481"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _rewrite(key: Callable[[str], str]) -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT id, last_name, first_name, middle_name FROM clients")
    ).all()
    updates = [
        {
            "id": r.id,
            "key": key(" ".join(p for p in (r.last_name, r.first_name, r.middle_name) if p)),
        }
        for r in rows
    ]
    if updates:
        connection.execute(sa.text("UPDATE clients SET sort_name = :key WHERE id = :id"), updates)


def upgrade() -> None:
    _rewrite(lambda name: collation_key(fold(name)))


def downgrade() -> None:
    _rewrite(fold)
