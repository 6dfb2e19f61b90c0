"""Turning stored clients into the plain rows and cards the screens show."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, selectinload

from salon_crm.db.models import (
    Category,
    Client,
    ClientDocument,
    ClientEmail,
    CustomFieldDefinition,
    ExpiringDocument,
    Source,
    User,
)
from salon_crm.db.models.lists import NamedListItem
from salon_crm.domain.common.enums import NameOrder
from salon_crm.domain.common.errors import NotFoundError
from salon_crm.domain.common.names import full_name
from salon_crm.domain.common.phones import format_phone
from salon_crm.services.clients.client_types import (
    AddressData,
    ClientCard,
    ClientInput,
    ClientRef,
    ClientRow,
    ConsentData,
    ConsentState,
    ContactPersonData,
    CustomValue,
    ExpiringDocumentData,
    IdentityDocumentData,
    PhoneData,
    SocialLinkData,
)
from salon_crm.services.core.salon_context import ListContext, SalonContext


def display_name(client: Client, order: NameOrder) -> str:
    return full_name(client.last_name, client.first_name, client.middle_name, order)


def client_ref(client: Client, order: NameOrder) -> ClientRef:
    return ClientRef(client.id, client.number, display_name(client, order))


def age_on(birth: date | None, today: date) -> int | None:
    if birth is None:
        return None
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


_ROW_COLUMNS = (
    Client.id,
    Client.number,
    Client.last_name,
    Client.first_name,
    Client.middle_name,
    Client.main_phone,
    Client.birth_date,
    Client.created_at,
    Client.last_visit_on,
    Client.photo_thumb,
    Client.is_vip,
    Client.is_blacklisted,
    Client.parent_id,
    Client.client_class,
    Client.archived_at,
    Client.has_allergies,
    Client.has_contraindications,
)


@lru_cache(maxsize=16_384)
def _formatted_phone(e164: str, region: str) -> str:
    # phonenumbers parses again on every call (~20 µs); list pages repeat the same numbers.
    return format_phone(e164, region)


def load_rows(
    session: Session, ids: Sequence[int], context: ListContext, today: date
) -> list[ClientRow]:
    """List rows for these client ids, in the order given (plain columns, no ORM objects:
    this runs on every keystroke of the search field)."""
    if not ids:
        return []
    first_email = (
        select(ClientEmail.address)
        .where(ClientEmail.client_id == Client.id)
        .order_by(ClientEmail.position)
        .limit(1)
        .scalar_subquery()
    )
    expired = exists().where(
        ExpiringDocument.client_id == Client.id, ExpiringDocument.expires_on < today
    )
    found = {
        row.id: row
        for row in session.execute(
            select(*_ROW_COLUMNS, first_email.label("email"), expired.label("expired")).where(
                Client.id.in_(ids)
            )
        )
    }
    order = context.name_order
    return [
        ClientRow(
            id=r.id,
            number=r.number,
            full_name=full_name(r.last_name, r.first_name, r.middle_name, order),
            main_phone=r.main_phone or "",
            main_phone_display=_formatted_phone(r.main_phone, context.region)
            if r.main_phone
            else "",
            email=r.email or "",
            birth_date=r.birth_date,
            created_at=r.created_at,
            last_visit_on=r.last_visit_on,
            is_vip=r.is_vip,
            is_blacklisted=r.is_blacklisted,
            is_child=r.parent_id is not None,
            has_expired_documents=bool(r.expired),
            client_class=r.client_class,
            archived=r.archived_at is not None,
            has_allergies=r.has_allergies,
            has_contraindications=r.has_contraindications,
            photo_thumb=r.photo_thumb,
        )
        for r in (found.get(client_id) for client_id in ids)
        if r is not None
    ]


def known_client(session: Session, client_id: int) -> Client:
    """The client's own row, for a use case that needs none of the questionnaire."""
    client = session.get(Client, client_id)
    if client is None:
        raise NotFoundError(f"client {client_id}")
    return client


def get_client(session: Session, client_id: int) -> Client:
    client = session.get(
        Client,
        client_id,
        options=[
            selectinload(Client.phones),
            selectinload(Client.emails),
            selectinload(Client.addresses),
            selectinload(Client.social_links),
            selectinload(Client.consents),
            selectinload(Client.identity_documents),
            selectinload(Client.expiring_documents),
            selectinload(Client.contact_persons),
            selectinload(Client.custom_values),
            selectinload(Client.tags),
        ],
    )
    if client is None:
        raise NotFoundError(f"client {client_id}")
    return client


def _user_name(session: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    user = session.get(User, user_id)
    return "" if user is None else (user.full_name or user.login)


def _document_numbers(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(
        select(ClientDocument.id, ClientDocument.number).where(ClientDocument.id.in_(wanted))
    )
    return {row_id: number for row_id, number in rows}


def _list_item_name(session: Session, model: type[NamedListItem], item_id: int | None) -> str:
    item = session.get(model, item_id) if item_id else None
    return item.name if item else ""


def _phones(client: Client, region: str) -> tuple[PhoneData, ...]:
    return tuple(
        PhoneData(
            number=p.e164,
            kind=p.kind,
            is_main=p.is_main,
            has_viber=p.has_viber,
            has_telegram=p.has_telegram,
            has_whatsapp=p.has_whatsapp,
            note=p.note,
            display=format_phone(p.e164, region),
        )
        for p in client.phones
    )


def _input_of(
    client: Client, phones: tuple[PhoneData, ...], custom_values: dict[str, str], today: date
) -> ClientInput:
    name_day = (
        (client.name_day_month, client.name_day_day)
        if client.name_day_month and client.name_day_day
        else None
    )
    return ClientInput(
        first_name=client.first_name,
        last_name=client.last_name,
        middle_name=client.middle_name,
        number=client.number,
        salutation=client.salutation,
        gender=client.gender,
        birth_date=client.birth_date,
        name_day=name_day,
        preferred_language=client.preferred_language,
        company=client.company,
        job_title=client.job_title,
        phones=phones,
        emails=tuple(e.address for e in client.emails),
        addresses=tuple(
            AddressData(a.kind, a.country, a.region, a.city, a.street, a.postal_code)
            for a in client.addresses
        ),
        social_links=tuple(SocialLinkData(s.network, s.handle) for s in client.social_links),
        is_vip=client.is_vip,
        is_blacklisted=client.is_blacklisted,
        client_class=client.client_class,
        category_id=client.category_id,
        source_id=client.source_id,
        responsible_user_id=client.responsible_user_id,
        discount_percent=client.discount_percent,
        loyalty_card=client.loyalty_card,
        tag_ids=frozenset(t.id for t in client.tags),
        parent_id=client.parent_id,
        call_period_days=client.call_period_days,
        next_call_date=client.next_call_date,
        notes=client.notes,
        visible_notes=client.visible_notes,
        consents=tuple(
            ConsentData(c.purpose, c.given_on, c.expires_on, c.evidence_document_id)
            for c in client.consents
            if c.is_current(today)
        ),
        identity_documents=tuple(
            IdentityDocumentData(
                d.kind,
                d.series,
                d.number,
                d.issued_on,
                d.issued_by,
                d.department_code,
                d.expires_on,
                d.registration_address,
            )
            for d in client.identity_documents
        ),
        expiring_documents=tuple(
            ExpiringDocumentData(d.kind, d.title, d.number, d.issued_on, d.expires_on, d.note)
            for d in client.expiring_documents
        ),
        contact_persons=tuple(
            ContactPersonData(p.name, p.role, p.phone, p.email, p.note)
            for p in client.contact_persons
        ),
        custom_values=custom_values,
    )


def custom_values_by_key(session: Session, client: Client) -> dict[str, str]:
    """The client's custom values keyed as the questionnaire keys them."""
    rows = session.execute(select(CustomFieldDefinition.id, CustomFieldDefinition.key))
    keys = {field_id: key for field_id, key in rows}
    return {keys[v.field_id]: v.value for v in client.custom_values}


def build_card(session: Session, client: Client, context: SalonContext, today: date) -> ClientCard:
    order = context.name_order
    definitions = {
        d.id: d
        for d in session.scalars(
            select(CustomFieldDefinition).order_by(CustomFieldDefinition.position)
        )
    }
    values = {v.field_id: v.value for v in client.custom_values}
    custom = tuple(
        CustomValue(d.key, d.label, values[d.id]) for d in definitions.values() if d.id in values
    )
    phones = _phones(client, context.region)
    evidence = _document_numbers(session, {c.evidence_document_id for c in client.consents})
    data = _input_of(client, phones, {definitions[k].key: v for k, v in values.items()}, today)
    parent = session.get(Client, client.parent_id) if client.parent_id else None
    merged = session.get(Client, client.merged_into_id) if client.merged_into_id else None
    children = session.scalars(
        select(Client).where(Client.parent_id == client.id).order_by(Client.sort_name)
    ).all()
    return ClientCard(
        id=client.id,
        version_id=client.version_id,
        full_name=display_name(client, order),
        age=age_on(client.birth_date, today),
        data=data,
        phones=phones,
        tags=tuple(t.name for t in client.tags),
        category=_list_item_name(session, Category, client.category_id),
        source=_list_item_name(session, Source, client.source_id),
        responsible=_user_name(session, client.responsible_user_id),
        consent_history=tuple(
            ConsentState(
                c.purpose,
                c.given_on,
                c.withdrawn_on,
                c.expires_on,
                c.note,
                _user_name(session, c.recorded_by_id),
                evidence.get(c.evidence_document_id or 0, ""),
            )
            for c in client.consents
        ),
        custom=custom,
        parent=client_ref(parent, order) if parent else None,
        children=tuple(client_ref(c, order) for c in children),
        created_at=client.created_at,
        created_by=_user_name(session, client.created_by_id),
        updated_at=client.updated_at,
        updated_by=_user_name(session, client.updated_by_id),
        archived_at=client.archived_at,
        archive_reason=client.archive_reason,
        merged_into=client_ref(merged, order) if merged else None,
        has_allergies=client.has_allergies,
        has_contraindications=client.has_contraindications,
        photo_thumb=client.photo_thumb,
    )
