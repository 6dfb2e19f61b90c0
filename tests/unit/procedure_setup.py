"""Clients, anamneses and catalogue rows for the procedure tests, written the shortest
way: clients through their service, anamnesis rows straight through the models."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from itertools import count

from sqlalchemy import func, select

from salon_crm.db.models import Anamnesis, AnamnesisAllergy, AnamnesisCondition
from salon_crm.domain.common.enums import ConsentPurpose
from salon_crm.services.clients.client_types import ClientInput, ConsentData, PhoneData
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.procedures.catalogue_types import ProductInput

_phones = count(1000)


def new_client(
    workspace: Workspace,
    actor: Actor,
    *,
    consent: bool = True,
    discount: int = 0,
    first_name: str = "Анна",
) -> int:
    consents = (ConsentData(ConsentPurpose.HEALTH_DATA, date.today() - timedelta(days=30)),)
    card = workspace.clients(actor).create(
        ClientInput(
            last_name="Коваль",
            first_name=first_name,
            phones=(PhoneData(f"067333{next(_phones):04d}"),),
            discount_percent=discount,
            consents=consents if consent else (),
        )
    )
    return card.id


def write_anamnesis(
    workspace: Workspace,
    client_id: int,
    *,
    conditions: Iterable[str] = (),
    allergies: Iterable[str] = (),
) -> None:
    """A new anamnesis version with these condition codes and allergies."""
    with workspace.db.session(user_id=None) as session:
        latest = session.scalar(
            select(func.max(Anamnesis.version)).where(Anamnesis.client_id == client_id)
        )
        anamnesis = Anamnesis(client_id=client_id, version=(latest or 0) + 1)
        anamnesis.conditions = [AnamnesisCondition(code=code) for code in conditions]
        anamnesis.allergies = [AnamnesisAllergy(substance=s) for s in allergies]
        session.add(anamnesis)


def procedure_type_id(workspace: Workspace, actor: Actor, code: str) -> int:
    return workspace.catalogue(actor).find_procedure_type(code).id


def add_product(
    workspace: Workspace, owner: Actor, name: str, *substances: str, manufacturer: str = ""
) -> int:
    data = ProductInput(name=name, manufacturer=manufacturer, substances=substances)
    return workspace.catalogue(owner).create_product(data).id


def at(day: date, hour: int = 11) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)
