"""preferred language as code

The questionnaire stored the preferred language as its name in the user's interface
language ("Українська", "Russian", "Polski"…); it now stores the code (uk, ru, pl, en)
and shows the name in whatever language the reader uses. Names in any of the four
interface languages, in any letter case, become their code. Anything else (free text
typed while the field was editable) is left as it is: it is what someone wrote, and the
questionnaire shows it and asks for a language from the list when the card is next saved.

Downgrade changes no data: a code is a valid value for the old program too, shown as typed.

Revision ID: 8f267b289f14
Revises: d8a4b6c3e2f1
Create Date: 2026-11-23 10:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "8f267b289f14"
down_revision: str | Sequence[str] | None = "d8a4b6c3e2f1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Each language's name as the questionnaire offered it in en, uk, ru and pl, and as it
# names itself; written out here so this revision means the same whatever the program
# later calls them.
_NAMES = {
    "uk": ("Ukrainian", "Українська", "Украинский", "Ukraiński"),
    "ru": ("Russian", "Російська", "Русский", "Rosyjski"),
    "pl": ("Polish", "Польська", "Польский", "Polski"),
    "en": ("English", "Англійська", "Английский", "Angielski"),
}
_CODES = {name.casefold(): code for code, names in _NAMES.items() for name in (code, *names)}


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT id, preferred_language FROM clients WHERE preferred_language != ''")
    ).all()
    updates = [
        {"id": row.id, "code": code}
        for row in rows
        for code in (_CODES.get(row.preferred_language.strip().casefold()),)
        if code is not None and code != row.preferred_language
    ]
    if updates:
        connection.execute(
            sa.text("UPDATE clients SET preferred_language = :code WHERE id = :id"), updates
        )


def downgrade() -> None:
    """No data to change back (see the module's docstring)."""
