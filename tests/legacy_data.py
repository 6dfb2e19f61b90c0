"""Data as older versions of the program could leave it, for the rules that guard it now."""

from __future__ import annotations

from sqlalchemy import update

from salon_crm.db.models import Client, ClientPhone
from salon_crm.services.core.workspace import Workspace


def give_main_phone(workspace: Workspace, client_id: int, e164: str) -> None:
    """Set a client's main phone behind the rules: before archived clients kept theirs, a
    new card could take the main phone of someone in the archive."""
    with workspace.db.session(user_id=None) as session:
        session.execute(update(Client).where(Client.id == client_id).values(main_phone=e164))
        session.execute(
            update(ClientPhone)
            .where(ClientPhone.client_id == client_id, ClientPhone.is_main.is_(True))
            .values(e164=e164)
        )
