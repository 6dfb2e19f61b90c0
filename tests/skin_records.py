"""Clients for the skin assessment and home-care tests: with or without the consent to
the processing of health data."""

from __future__ import annotations

from datetime import date, timedelta

from salon_crm.domain.common.enums import ConsentPurpose
from salon_crm.services.clients.client_types import ClientInput, ConsentData, PhoneData
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace


def new_client(
    workspace: Workspace, actor: Actor, *, phone: str = "0671112233", consent: bool = True
) -> int:
    consents = (
        (ConsentData(ConsentPurpose.HEALTH_DATA, date.today() - timedelta(days=30)),)
        if consent
        else ()
    )
    card = workspace.clients(actor).create(
        ClientInput(
            last_name="Мельник", first_name="Оксана", phones=(PhoneData(phone),), consents=consents
        )
    )
    return card.id
