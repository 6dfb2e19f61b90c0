"""Templates for new cards: presets of source, category, groups, discount, consents and
custom values that a new client's questionnaire starts from."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from salon_crm.db.base import assign
from salon_crm.db.engine import Database
from salon_crm.db.models import CardTemplate, Category, Source, Tag
from salon_crm.domain.common import messages as msg
from salon_crm.domain.common import validation as rules
from salon_crm.domain.common.enums import ConsentPurpose
from salon_crm.domain.common.errors import FieldError, NotFoundError, ValidationError
from salon_crm.domain.common.text import tidy
from salon_crm.domain.permissions import Permission
from salon_crm.services.clients.client_types import ClientInput, ConsentData
from salon_crm.services.clients.client_validation import clean_client, column_width
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.list_links import missing_choices
from salon_crm.services.core.salon_context import load_context
from salon_crm.services.core.unit_of_work import unit_of_work


@dataclass(frozen=True)
class CardTemplateData:
    """A template as edited and as stored (`id` None for a new one). `is_default` marks
    the one the chooser offers first."""

    name: str
    is_default: bool = False
    category_id: int | None = None
    source_id: int | None = None
    discount_percent: int = 0
    tag_ids: frozenset[int] = frozenset()
    consents: frozenset[ConsentPurpose] = frozenset()
    custom_values: Mapping[str, str] = field(default_factory=dict)
    id: int | None = None


def _data(row: CardTemplate) -> CardTemplateData:
    return CardTemplateData(
        name=row.name,
        is_default=row.is_default,
        category_id=row.category_id,
        source_id=row.source_id,
        discount_percent=row.discount_percent,
        tag_ids=frozenset(int(i) for i in json.loads(row.tag_ids)),
        consents=frozenset(ConsentPurpose(p) for p in json.loads(row.consents)),
        custom_values=dict(json.loads(row.custom_values)),
        id=row.id,
    )


def start_from(template: CardTemplateData, typed: ClientInput | None = None) -> ClientInput:
    """A new client's questionnaire from `template`, over what was already typed (the
    name or phone from the main search); the consents are given today unless changed."""
    base = typed or ClientInput()
    return replace(
        base,
        category_id=template.category_id,
        source_id=template.source_id,
        discount_percent=template.discount_percent,
        tag_ids=template.tag_ids,
        consents=tuple(ConsentData(p) for p in ConsentPurpose if p in template.consents),
        custom_values=dict(template.custom_values),
    )


class CardTemplateService:
    """Everyone who creates clients reads the templates; only the owner changes them.
    A template holds no client data, so deleting one is real (and audited)."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor

    def templates(self) -> list[CardTemplateData]:
        """By name; what no longer exists (a hidden list item stays valid) is dropped."""
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            tags = set(session.scalars(select(Tag.id)))
            found = session.scalars(select(CardTemplate)).all()
            result = [_data(row) for row in found]
            keys = set(load_context(session).custom_rules)
        result = [
            replace(
                t,
                tag_ids=t.tag_ids & tags,
                custom_values={k: v for k, v in t.custom_values.items() if k in keys},
            )
            for t in result
        ]
        return sorted(result, key=lambda t: t.name.casefold())

    def template_named(self, name: str) -> CardTemplateData:
        """The template called `name` (any letter case); NotFoundError if none is."""
        wanted = tidy(name).casefold()
        for template in self.templates():
            if template.name.casefold() == wanted:
                return template
        raise NotFoundError(f"card template {name!r}")

    def save_template(self, data: CardTemplateData) -> CardTemplateData:
        """Add (`id` None) or change a template; the questionnaire's own rules check the
        discount and the custom values. Marking one default unmarks the others."""
        self._actor.require(Permission.SETTINGS_MANAGE)
        name = tidy(data.name)
        errors = rules.check_text(
            "name", name, limit=column_width(CardTemplate, "name"), required=True
        )
        with unit_of_work(self._db, self._actor) as session:
            context = load_context(session)
            # Checked as a client's input would be; a template has no name or phone, so
            # only the messages about the preset parts are kept.
            probe = ClientInput(
                first_name="-",
                discount_percent=data.discount_percent,
                custom_values=data.custom_values,
            )
            cleaned, problems = clean_client(
                probe, region=context.region, today=date.today(), custom_rules=context.custom_rules
            )
            errors += [
                e
                for e in problems
                if e.field == "discount_percent" or e.field.startswith("custom.")
            ]
            others = session.scalars(
                select(CardTemplate.name).where(CardTemplate.id != (data.id or 0))
            )
            if name and any(other.casefold() == name.casefold() for other in others):
                errors.append(FieldError("name", msg.NAME_TAKEN))
            errors += self._check_links(session, data)
            if errors:
                raise ValidationError(errors)
            if data.id is None:
                row = CardTemplate()
            else:
                found = session.get(CardTemplate, data.id)
                if found is None:
                    raise NotFoundError(f"card template {data.id}")
                row = found
            if data.is_default:
                for other in session.scalars(
                    select(CardTemplate).where(CardTemplate.is_default.is_(True))
                ):
                    if other is not row:
                        other.is_default = False
            values = {
                "name": name,
                "is_default": data.is_default,
                "category_id": data.category_id,
                "source_id": data.source_id,
                "discount_percent": data.discount_percent,
                "tag_ids": json.dumps(sorted(data.tag_ids)),
                "consents": json.dumps(sorted(p.value for p in data.consents)),
                "custom_values": json.dumps(
                    dict(sorted(cleaned.custom_values.items())), ensure_ascii=False
                ),
            }
            assign(row, **values)
            session.add(row)
            session.flush()
            return _data(row)

    def delete_template(self, template_id: int) -> None:
        self._actor.require(Permission.SETTINGS_MANAGE)
        with unit_of_work(self._db, self._actor) as session:
            row = session.get(CardTemplate, template_id)
            if row is None:
                raise NotFoundError(f"card template {template_id}")
            session.delete(row)

    @staticmethod
    def _check_links(session: Session, data: CardTemplateData) -> list[FieldError]:
        return missing_choices(
            session,
            (("category", Category, data.category_id), ("source", Source, data.source_id)),
            data.tag_ids,
        )
