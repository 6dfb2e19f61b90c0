"""The owner's set-up of the salon: requisites, currency, name order, lists and custom fields.

Kept in the database (not in per-machine settings) so that backups carry them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields, replace
from typing import Literal

from sqlalchemy import String, func, select

from salon_crm.db.engine import Database
from salon_crm.db.models import Category, CustomFieldDefinition, Salon, Source, Tag
from salon_crm.db.models.lists import NamedListItem
from salon_crm.domain.common import messages as msg
from salon_crm.domain.common import validation as rules
from salon_crm.domain.common.currencies import is_known_currency
from salon_crm.domain.common.enums import CustomFieldType, NameOrder
from salon_crm.domain.common.errors import FieldError, NotFoundError, ValidationError
from salon_crm.domain.common.phones import is_known_region
from salon_crm.domain.common.requisites import CHECKED_FIELDS, check_requisites
from salon_crm.domain.common.text import tidy
from salon_crm.domain.permissions import Permission
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.salon_context import (
    CURRENCY_KEY,
    NAME_ORDER_KEY,
    load_context,
    write_setting,
)
from salon_crm.services.core.unit_of_work import unit_of_work

ListKind = Literal["tags", "sources", "categories"]
_LIST_MODELS: dict[str, type[NamedListItem]] = {
    "tags": Tag,
    "sources": Source,
    "categories": Category,
}
_FIELD_KEY = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


@dataclass(frozen=True)
class SalonRequisites:
    name: str
    country: str
    legal_name: str = ""
    legal_address: str = ""
    actual_address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    registration_number: str = ""
    tax_number: str = ""
    extra_number: str = ""
    bank_name: str = ""
    bank_account: str = ""
    bank_code: str = ""
    signatory_name: str = ""
    signatory_position: str = ""


@dataclass(frozen=True)
class ListItem:
    id: int
    name: str
    position: int
    is_hidden: bool


@dataclass(frozen=True)
class CustomField:
    id: int
    key: str
    label: str
    field_type: CustomFieldType
    choices: tuple[str, ...]
    position: int
    is_hidden: bool
    is_required: bool = False


def _custom_field(d: CustomFieldDefinition) -> CustomField:
    return CustomField(
        d.id,
        d.key,
        d.label,
        d.field_type,
        tuple(json.loads(d.choices)),
        d.position,
        d.is_hidden,
        d.is_required,
    )


class SettingsService:
    """Everyone may read the salon's set-up (forms need the lists); only the owner changes it."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor

    # --- requisites and general ----------------------------------------------------------

    def requisites(self) -> SalonRequisites:
        with unit_of_work(self._db, self._actor) as session:
            salon = session.get(Salon, 1)
            if salon is None:
                raise NotFoundError("salon")
            return SalonRequisites(
                **{f.name: getattr(salon, f.name) for f in fields(SalonRequisites)}
            )

    def save_requisites(self, data: SalonRequisites) -> SalonRequisites:
        self._actor.require(Permission.SETTINGS_MANAGE)
        cleaned = SalonRequisites(**{f.name: tidy(getattr(data, f.name)) for f in fields(data)})
        cleaned = replace(cleaned, country=cleaned.country.upper())
        errors = rules.check_text("name", cleaned.name, limit=200, required=True)
        if not is_known_region(cleaned.country):
            errors.append(FieldError("country", msg.COUNTRY_UNKNOWN))
        if cleaned.email:
            errors += rules.check_email("email", cleaned.email)
        errors += check_requisites(
            cleaned.country, {name: getattr(cleaned, name) for name in CHECKED_FIELDS}
        )
        columns = Salon.__table__.columns
        for f in fields(cleaned):
            if f.name not in {"name", "email", "country"}:
                column_type = columns[f.name].type
                assert isinstance(column_type, String) and column_type.length
                errors += rules.check_text(
                    f.name, getattr(cleaned, f.name), limit=column_type.length
                )
        if errors:
            raise ValidationError(errors)
        with unit_of_work(self._db, self._actor) as session:
            salon = session.get(Salon, 1)
            if salon is None:
                raise NotFoundError("salon")
            for f in fields(cleaned):
                if getattr(salon, f.name) != getattr(cleaned, f.name):
                    setattr(salon, f.name, getattr(cleaned, f.name))
        return cleaned

    def name_order(self) -> NameOrder:
        with unit_of_work(self._db, self._actor) as session:
            return load_context(session).name_order

    def set_name_order(self, order: NameOrder) -> None:
        self._actor.require(Permission.SETTINGS_MANAGE)
        with unit_of_work(self._db, self._actor) as session:
            write_setting(session, NAME_ORDER_KEY, order.value)

    def currency(self) -> str:
        """The ISO 4217 code the salon counts in: the one set here, else its country's."""
        with unit_of_work(self._db, self._actor) as session:
            return load_context(session).currency

    def set_currency(self, code: str) -> str:
        """Set the salon's currency (any case, e.g. "pln"); returns the stored code."""
        self._actor.require(Permission.SETTINGS_MANAGE)
        code = tidy(code).upper()
        if not is_known_currency(code):
            raise ValidationError([FieldError("currency", msg.CURRENCY_UNKNOWN)])
        with unit_of_work(self._db, self._actor) as session:
            write_setting(session, CURRENCY_KEY, code)
        return code

    # --- lists ---------------------------------------------------------------------------

    def list_items(self, kind: ListKind, *, include_hidden: bool = False) -> list[ListItem]:
        model = _LIST_MODELS[kind]
        with unit_of_work(self._db, self._actor) as session:
            query = select(model).order_by(model.position, model.name)
            if not include_hidden:
                query = query.where(model.is_hidden.is_(False))
            return [ListItem(i.id, i.name, i.position, i.is_hidden) for i in session.scalars(query)]

    def save_list_item(
        self, kind: ListKind, *, name: str, item_id: int | None = None, is_hidden: bool = False
    ) -> ListItem:
        """Add (no id) or rename/hide an item. Items are hidden, never deleted: clients use them."""
        self._actor.require(Permission.SETTINGS_MANAGE)
        model = _LIST_MODELS[kind]
        name = tidy(name)
        errors = rules.check_text("name", name, limit=100, required=True)
        with unit_of_work(self._db, self._actor) as session:
            # Compared in Python: SQLite's lower() folds ASCII only, not «Постійні».
            others = session.scalars(select(model.name).where(model.id != (item_id or 0)))
            clash = any(other.casefold() == name.casefold() for other in others)
            if clash and not errors:
                errors.append(FieldError("name", msg.NAME_TAKEN))
            if errors:
                raise ValidationError(errors)
            if item_id is None:
                position = session.scalar(select(func.coalesce(func.max(model.position), 0))) or 0
                item = model(name=name, position=position + 1, is_hidden=is_hidden)
                session.add(item)
            else:
                found = session.get(model, item_id)
                if found is None:
                    raise NotFoundError(f"{kind} {item_id}")
                item = found
                item.name, item.is_hidden = name, is_hidden
            session.flush()
            return ListItem(item.id, item.name, item.position, item.is_hidden)

    def reorder_list(self, kind: ListKind, ids_in_order: list[int]) -> None:
        self._actor.require(Permission.SETTINGS_MANAGE)
        model = _LIST_MODELS[kind]
        with unit_of_work(self._db, self._actor) as session:
            for position, item_id in enumerate(ids_in_order, start=1):
                item = session.get(model, item_id)
                if item is not None and item.position != position:
                    item.position = position

    # --- custom fields -------------------------------------------------------------------

    def custom_fields(self, *, include_hidden: bool = False) -> list[CustomField]:
        with unit_of_work(self._db, self._actor) as session:
            query = select(CustomFieldDefinition).order_by(CustomFieldDefinition.position)
            if not include_hidden:
                query = query.where(CustomFieldDefinition.is_hidden.is_(False))
            return [_custom_field(d) for d in session.scalars(query)]

    def save_custom_field(
        self,
        *,
        key: str,
        label: str,
        field_type: CustomFieldType,
        choices: tuple[str, ...] = (),
        is_hidden: bool = False,
        is_required: bool = False,
        field_id: int | None = None,
    ) -> CustomField:
        """Add a field or change its label, choices, visibility or whether the
        questionnaire must have it (a hidden field is not asked for); its key and type stay."""
        self._actor.require(Permission.SETTINGS_MANAGE)
        label = tidy(label)
        choices = tuple(dict.fromkeys(tidy(c) for c in choices if tidy(c)))
        errors = rules.check_text("label", label, limit=200, required=True)
        for choice in choices:
            errors += rules.check_text("choices", choice, limit=200)
        if field_type is CustomFieldType.CHOICE and not choices:
            errors.append(FieldError("choices", msg.REQUIRED))
        with unit_of_work(self._db, self._actor) as session:
            if field_id is None:
                if not _FIELD_KEY.match(key):
                    errors.append(FieldError("key", msg.KEY_INVALID))
                elif session.scalar(select(func.count()).where(CustomFieldDefinition.key == key)):
                    errors.append(FieldError("key", msg.NAME_TAKEN))
            if errors:
                raise ValidationError(errors)
            if field_id is None:
                position = (
                    session.scalar(
                        select(func.coalesce(func.max(CustomFieldDefinition.position), 0))
                    )
                    or 0
                )
                definition = CustomFieldDefinition(
                    key=key, field_type=field_type, position=position + 1
                )
                session.add(definition)
            else:
                found = session.get(CustomFieldDefinition, field_id)
                if found is None:
                    raise NotFoundError(f"custom field {field_id}")
                definition = found
            definition.label = label
            definition.choices = json.dumps(list(choices), ensure_ascii=False)
            definition.is_hidden = is_hidden
            definition.is_required = is_required
            session.flush()
            return _custom_field(definition)

    def reorder_custom_fields(self, ids_in_order: list[int]) -> None:
        self._actor.require(Permission.SETTINGS_MANAGE)
        with unit_of_work(self._db, self._actor) as session:
            for position, field_id in enumerate(ids_in_order, start=1):
                definition = session.get(CustomFieldDefinition, field_id)
                if definition is not None and definition.position != position:
                    definition.position = position
