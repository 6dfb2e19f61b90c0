"""What the questionnaire needs before it can show, read in one call off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass

from salon_crm.services.clients.client_service import ClientService
from salon_crm.services.clients.client_types import ClientCard
from salon_crm.services.settings.questionnaire_layout import (
    QuestionnaireLayout,
    QuestionnaireLayoutService,
)
from salon_crm.services.settings.settings_service import CustomField, ListItem, SettingsService
from salon_crm.services.settings.user_service import StaffMember, UserService

DEFAULT_REGION = "UA"


@dataclass(frozen=True)
class QuestionnaireStart:
    """The client as stored (None for a new one) and the salon's lists the form offers;
    hidden list items are included, since a client who has one keeps it."""

    card: ClientCard | None
    region: str
    categories: tuple[ListItem, ...]
    sources: tuple[ListItem, ...]
    tags: tuple[ListItem, ...]
    staff: tuple[StaffMember, ...]
    custom_fields: tuple[CustomField, ...]
    layout: QuestionnaireLayout


def load_questionnaire_start(
    *,
    clients: ClientService,
    settings: SettingsService,
    users: UserService,
    client_id: int | None,
    layout: QuestionnaireLayoutService | None = None,
) -> QuestionnaireStart:
    """Everything the form shows at first: raises what the services raise (a client
    that is gone, a role that may not see it)."""
    card = clients.card(client_id) if client_id is not None else None
    return QuestionnaireStart(
        card=card,
        region=settings.requisites().country or DEFAULT_REGION,
        categories=tuple(settings.list_items("categories", include_hidden=True)),
        sources=tuple(settings.list_items("sources", include_hidden=True)),
        tags=tuple(settings.list_items("tags", include_hidden=True)),
        staff=tuple(users.staff_members()),
        custom_fields=tuple(settings.custom_fields()),
        layout=layout.layout() if layout is not None else QuestionnaireLayout(),
    )
