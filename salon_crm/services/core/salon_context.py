"""Salon-wide settings that services consult on every call (country, currency, name order,
fields)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from salon_crm.db.models import CustomFieldDefinition, QuestionnaireField, Salon, Setting
from salon_crm.domain.common.currencies import currency_for_country, is_known_currency
from salon_crm.domain.common.enums import NameOrder
from salon_crm.services.clients.client_validation import CustomFieldRule

NAME_ORDER_KEY = "name_order"
CURRENCY_KEY = "currency"
DEFAULT_REGION = "UA"


@dataclass(frozen=True)
class ListContext:
    """What showing clients in a list needs: the country (phones) and the name order."""

    region: str
    name_order: NameOrder


@dataclass(frozen=True)
class SalonContext(ListContext):
    currency: str  # ISO 4217; the country's own until the owner picks another
    custom_rules: dict[str, CustomFieldRule]
    # Standard questionnaire fields the owner made required (hidden ones never are).
    required_fields: frozenset[str] = frozenset()


def read_setting(session: Session, key: str, default: object) -> object:
    row = session.get(Setting, key)
    return default if row is None else json.loads(row.value)


def write_setting(session: Session, key: str, value: object) -> None:
    row = session.get(Setting, key)
    encoded = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value=encoded))
    elif row.value != encoded:
        row.value = encoded


def load_list_context(session: Session) -> ListContext:
    """One statement: the search reads it on every keystroke, and each statement is a
    round trip to a PostgreSQL server."""
    country, order = session.execute(
        select(
            select(Salon.country).where(Salon.id == 1).scalar_subquery(),
            select(Setting.value).where(Setting.key == NAME_ORDER_KEY).scalar_subquery(),
        )
    ).one()
    return ListContext(
        region=DEFAULT_REGION if country is None else country,
        name_order=NameOrder(
            NameOrder.LAST_FIRST_MIDDLE.value if order is None else str(json.loads(order))
        ),
    )


def load_context(session: Session) -> SalonContext:
    listing = load_list_context(session)
    region = listing.region
    currency = str(read_setting(session, CURRENCY_KEY, ""))
    definitions = session.scalars(select(CustomFieldDefinition)).all()
    return SalonContext(
        region=region,
        currency=currency if is_known_currency(currency) else currency_for_country(region),
        name_order=listing.name_order,
        custom_rules={
            d.key: CustomFieldRule(
                d.key,
                d.field_type,
                tuple(json.loads(d.choices)),
                required=d.is_required and not d.is_hidden,
            )
            for d in definitions
        },
        required_fields=frozenset(
            session.scalars(
                select(QuestionnaireField.key).where(
                    QuestionnaireField.is_required.is_(True),
                    QuestionnaireField.is_hidden.is_(False),
                )
            )
        ),
    )
