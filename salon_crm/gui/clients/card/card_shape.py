"""The card as the owner's questionnaire shape shows it: hidden fields left out.

Only what is drawn changes; the card the view keeps (for editing, archiving, merging)
is the stored one, whole.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from salon_crm.services.clients.client_types import ClientCard
from salon_crm.services.settings.questionnaire_layout import QuestionnaireLayout

# What each hideable field blanks in the card's input (ClientInput attribute → empty).
_INPUT_BLANKS: dict[str, dict[str, Any]] = {
    "middle_name": {"middle_name": ""},
    "salutation": {"salutation": ""},
    "birth_date": {"birth_date": None},
    "name_day": {"name_day": None},
    "preferred_language": {"preferred_language": ""},
    "company": {"company": ""},
    "job_title": {"job_title": ""},
    "client_class": {"client_class": None},
    "marks": {"is_vip": False, "is_blacklisted": False},
    "discount_percent": {"discount_percent": 0},
    "loyalty_card": {"loyalty_card": ""},
    "call_period_days": {"call_period_days": None},
    "next_call_date": {"next_call_date": None},
    "notes": {"notes": ""},
    "visible_notes": {"visible_notes": ""},
    "email": {"emails": ()},
    "social_links": {"social_links": ()},
    "addresses": {"addresses": ()},
    "identity_document": {"identity_documents": ()},
    "expiring_documents": {"expiring_documents": ()},
    "contact_persons": {"contact_persons": ()},
}
# …and in the card's own read-outs.
_CARD_BLANKS: dict[str, dict[str, Any]] = {
    "category": {"category": ""},
    "source": {"source": ""},
    "responsible_user": {"responsible": ""},
    "tags": {"tags": ()},
    "family": {"parent": None, "children": ()},
}


def shown_card(card: ClientCard, layout: QuestionnaireLayout) -> ClientCard:
    """`card` with the hidden fields empty, so the card's drawing skips them. (Gender
    always has a value: the view asks `layout` about it itself.)"""
    data: dict[str, Any] = {}
    own: dict[str, Any] = {}
    for key in layout.hidden:
        data.update(_INPUT_BLANKS.get(key, {}))
        own.update(_CARD_BLANKS.get(key, {}))
    if not data and not own:
        return card
    return replace(card, data=replace(card.data, **data), **own)
