"""Creating, correcting, archiving and restoring clients."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from salon_crm.db.base import Base, assign
from salon_crm.db.models import (
    Category,
    Client,
    ClientAddress,
    ClientEmail,
    ClientPhone,
    ClientSocialLink,
    ContactPerson,
    CustomFieldDefinition,
    CustomFieldValue,
    ExpiringDocument,
    IdentityDocument,
    Source,
    Tag,
    User,
)
from salon_crm.db.queries.counters import locked_counter
from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.errors import (
    ConflictError,
    FieldError,
    NotFoundError,
    ValidationError,
)
from salon_crm.domain.permissions import Permission
from salon_crm.services.clients.client_consents import apply_consents
from salon_crm.services.clients.client_history import load_lookups, read_trail
from salon_crm.services.clients.client_merge import merge_inputs
from salon_crm.services.clients.client_reading import (
    build_card,
    client_ref,
    custom_values_by_key,
    get_client,
    load_rows,
)
from salon_crm.services.clients.client_types import (
    ClientCard,
    ClientInput,
    ClientRow,
    PhoneOwner,
)
from salon_crm.services.clients.client_validation import clean_client, clean_phone
from salon_crm.services.clients.history_catalogue import HistoryLine, history_lines
from salon_crm.services.core.bound_service import BoundService
from salon_crm.services.core.client_owned import repoint
from salon_crm.services.core.list_links import missing_choices
from salon_crm.services.core.salon_context import SalonContext, load_context
from salon_crm.services.core.unit_of_work import unit_of_work

CLIENT_COUNTER = "client_number"
M = TypeVar("M", bound=Base)


def next_client_number(session: Session) -> str:
    """The counter of all clients ever created, skipping numbers typed in by hand."""
    counter = locked_counter(session, CLIENT_COUNTER)
    value = counter.value
    while True:
        value += 1
        taken = session.scalar(select(func.count()).where(Client.number == str(value)))
        if not taken:
            counter.value = value
            return str(value)


def _sync(
    collection: list[M],
    items: Sequence[Any],
    make: Callable[[], M],
    fill: Callable[[M, Any, int], None],
) -> None:
    """Make `collection` match `items` position by position, so unchanged rows stay
    untouched (and unaudited) and only real edits reach the trail."""
    for index, item in enumerate(items):
        if index >= len(collection):
            collection.append(make())
        fill(collection[index], item, index)
    del collection[len(items) :]


class ClientService(BoundService):
    """Every method is one transaction and checks the acting user's permission first."""

    # --- reading ---------------------------------------------------------------------------

    def card(self, client_id: int) -> ClientCard:
        self._actor.require(Permission.CLIENTS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            context = load_context(session)
            return build_card(session, get_client(session, client_id), context, self._today())

    def rows(self, ids: Sequence[int]) -> list[ClientRow]:
        self._actor.require(Permission.CLIENTS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            return load_rows(session, ids, load_context(session), self._today())

    def main_phone_owner(self, typed: str, *, except_id: int | None = None) -> PhoneOwner | None:
        """Whose main phone this is — a working client's, else an archived one's — for a
        warning while typing."""
        self._actor.require(Permission.CLIENTS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            context = load_context(session)
            e164, problems = clean_phone("phone_main", typed, context.region)
            if problems:
                return None
            owner = self._main_phone_owner(session, e164, except_id)
            if owner is None:
                return None
            return PhoneOwner(
                client_ref(owner, context.name_order), archived=owner.archived_at is not None
            )

    def id_of_number(self, number: str) -> int:
        """The id of the client (working or archived) with this client number."""
        self._actor.require(Permission.CLIENTS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            found = session.scalar(select(Client.id).where(Client.number == number.strip()))
        if found is None:
            raise NotFoundError(f"no client with number {number.strip()!r}")
        return found

    # --- writing ---------------------------------------------------------------------------

    def create(self, data: ClientInput) -> ClientCard:
        self._actor.require(Permission.CLIENTS_WRITE)
        with unit_of_work(self._db, self._actor) as session:
            context = load_context(session)
            client = Client(created_by_id=self._actor.user_id, created_at=self._clock())
            cleaned = self._validate(session, context, data, client_id=None)
            if not cleaned.number:
                cleaned = replace(cleaned, number=next_client_number(session))
            self._apply(session, client, cleaned)
            session.add(client)
            session.flush()
            return build_card(session, client, context, self._today())

    def validate(self, data: ClientInput, *, client_id: int | None = None) -> None:
        """Raise the ValidationError that saving `data` would, without saving anything;
        the form uses it to show its own problems and these in one go."""
        self._actor.require(Permission.CLIENTS_WRITE)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            self._validate(session, load_context(session), data, client_id=client_id)

    def update(self, client_id: int, data: ClientInput) -> ClientCard:
        self._actor.require(Permission.CLIENTS_WRITE)
        try:
            with unit_of_work(self._db, self._actor) as session:
                context = load_context(session)
                client = get_client(session, client_id)
                if data.expected_version not in (None, client.version_id):
                    raise ConflictError(f"client {client_id} was changed by someone else")
                cleaned = self._validate(session, context, data, client_id=client_id)
                if not cleaned.number:
                    cleaned = replace(cleaned, number=client.number)
                loaded_version = client.version_id
                self._apply(session, client, cleaned)
                # A save is a change of the card even when only its rows changed (a
                # passport, an address): "last changed" moves, and so does the version
                # (once), so a second workstation editing the card meanwhile is told.
                written = client.version_id != loaded_version  # flushed on the way
                if not written and not session.is_modified(client, include_collections=False):
                    flag_modified(client, "updated_by_id")
                session.flush()
                return build_card(session, client, context, self._today())
        except StaleDataError as error:
            raise ConflictError(f"client {client_id} was changed by someone else") from error

    def archive(self, client_id: int, *, reason: str) -> None:
        self._actor.require(Permission.CLIENTS_ARCHIVE)
        reason = reason.strip()
        if not reason:
            raise ValidationError([FieldError("archive_reason", msg.REASON_REQUIRED)])
        with unit_of_work(self._db, self._actor) as session:
            client = get_client(session, client_id)
            if client.archived_at is None:
                client.archived_at = self._clock()
                client.archive_reason = reason[:500]
                client.updated_by_id = self._actor.user_id

    def restore(self, client_id: int) -> None:
        """Back to the working list, unless the main phone has since gone to someone else."""
        self._actor.require(Permission.CLIENTS_ARCHIVE)
        with unit_of_work(self._db, self._actor) as session:
            context = load_context(session)
            client = get_client(session, client_id)
            if client.archived_at is None:
                return
            owner = self._phone_owner(session, client.main_phone, client.id)
            if owner is not None:
                raise ValidationError([self._duplicate_phone(owner, context)])
            client.archived_at = None
            client.archive_reason = ""
            client.merged_into_id = None
            client.updated_by_id = self._actor.user_id

    def call_done(self, client_id: int) -> date | None:
        """The planned call happened: the next one is a call period from today (or none)."""
        self._actor.require(Permission.CLIENTS_WRITE)
        with unit_of_work(self._db, self._actor) as session:
            client = get_client(session, client_id)
            period = client.call_period_days
            client.next_call_date = self._today() + timedelta(days=period) if period else None
            return client.next_call_date

    def history(self, client_id: int, *, limit: int = 1000) -> list[HistoryLine]:
        """Who changed what in the client's questionnaire, newest first, in people's words;
        the trails of cards merged into this one are part of it."""
        self._actor.require(Permission.CLIENTS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            get_client(session, client_id)
            entries = read_trail(session, client_id, limit=limit)
            lookups = load_lookups(session, entries, load_context(session).name_order)
        return history_lines(entries, client_id=client_id, lookups=lookups)

    def merge(
        self, survivor_id: int, duplicate_id: int, *, take_from_duplicate: frozenset[str]
    ) -> ClientCard:
        """Join a duplicate card into `survivor_id`, in one transaction.

        Single-valued fields named in `take_from_duplicate` (ClientInput attribute names,
        `custom.<key>` for custom fields) take the duplicate's value, the others keep the
        survivor's; phones, e-mails, addresses, links, tags, consents, documents and
        contact persons are united; rows declared to move on merge (children, cards merged
        earlier into the duplicate, and later procedures, photos, payments) move to the
        survivor; the duplicate is archived as merged and its history shows on the
        survivor's card.
        """
        self._actor.require(Permission.CLIENTS_MERGE)
        if survivor_id == duplicate_id:
            raise ValidationError([FieldError("duplicate", msg.PARENT_SELF)])
        with unit_of_work(self._db, self._actor) as session:
            context = load_context(session)
            survivor = get_client(session, survivor_id)
            duplicate = get_client(session, duplicate_id)
            today = self._today()
            keep = build_card(session, survivor, context, today).edit_input()
            other = build_card(session, duplicate, context, today).data
            merged = merge_inputs(keep, other, take_from_duplicate)
            # Archived first, so its main phone no longer blocks the survivor taking it.
            duplicate.archived_at = self._clock()
            duplicate.archive_reason = ""  # the card says "merged into …" from merged_into_id
            duplicate.merged_into_id = survivor.id
            duplicate.updated_by_id = self._actor.user_id
            session.flush()
            cleaned = self._validate(session, context, merged, client_id=survivor.id)
            self._apply(session, survivor, cleaned)
            repoint(session, from_id=duplicate.id, to_id=survivor.id)
            session.flush()
            return build_card(session, survivor, context, today)

    # --- internals ------------------------------------------------------------------------

    @staticmethod
    def _phone_owner(session: Session, e164: str | None, except_id: int | None) -> Client | None:
        if not e164:
            return None
        query = select(Client).where(Client.main_phone == e164, Client.archived_at.is_(None))
        if except_id is not None:
            query = query.where(Client.id != except_id)
        return session.scalars(query.limit(1)).first()

    @staticmethod
    def _archived_phone_owner(
        session: Session, e164: str | None, except_id: int | None
    ) -> Client | None:
        """The archived client (the latest archived, if several) whose main phone this is.

        Cards merged into another do not count: their phone went on with the survivor.
        """
        if not e164:
            return None
        # Through the phones' index: archived main phones have no index of their own.
        holders = select(ClientPhone.client_id).where(ClientPhone.e164 == e164)
        query = select(Client).where(
            Client.id.in_(holders),
            Client.main_phone == e164,
            Client.archived_at.is_not(None),
            Client.merged_into_id.is_(None),
        )
        if except_id is not None:
            query = query.where(Client.id != except_id)
        return session.scalars(query.order_by(Client.archived_at.desc()).limit(1)).first()

    @staticmethod
    def _duplicate_phone(owner: Client, context: SalonContext) -> FieldError:
        ref = client_ref(owner, context.name_order)
        archived = owner.archived_at is not None
        return FieldError(
            "phone_main",
            msg.PHONE_ARCHIVED_OWNER if archived else msg.PHONE_DUPLICATE,
            {
                "number": ref.number,
                "name": ref.full_name,
                "client_id": ref.id,
                "archived": archived,
            },
        )

    def _main_phone_owner(
        self, session: Session, e164: str, client_id: int | None
    ) -> Client | None:
        """Who else has this main phone. A main phone belongs to one client: a working
        client's is refused; so is an archived one's, unless this client already had it:
        a new card for someone in the archive would leave them unrestorable, and they
        would lose their history."""
        owner = self._phone_owner(session, e164, client_id)
        if owner is None and (
            client_id is None or get_client(session, client_id).main_phone != e164
        ):
            owner = self._archived_phone_owner(session, e164, client_id)
        return owner

    def _validate(
        self, session: Session, context: SalonContext, data: ClientInput, *, client_id: int | None
    ) -> ClientInput:
        stored_custom: dict[str, str] = {}
        if client_id is not None:
            stored_custom = custom_values_by_key(session, get_client(session, client_id))
        cleaned, errors = clean_client(
            data,
            region=context.region,
            today=self._today(),
            custom_rules=context.custom_rules,
            stored_custom=stored_custom,
            required=context.required_fields,
        )
        main = next((p for p in cleaned.phones if p.is_main), None)
        if main is not None and not any(e.field == "phone_main" for e in errors):
            owner = self._main_phone_owner(session, main.number, client_id)
            if owner is not None:
                errors.append(self._duplicate_phone(owner, context))
        if cleaned.number:
            holder = session.scalars(
                select(Client).where(Client.number == cleaned.number, Client.id != (client_id or 0))
            ).first()
            if holder is not None:
                errors.append(
                    FieldError(
                        "client_number",
                        msg.NUMBER_TAKEN,
                        {
                            "number": cleaned.number,
                            "name": client_ref(holder, context.name_order).full_name,
                        },
                    )
                )
        errors += self._check_links(session, cleaned, client_id)
        if errors:
            raise ValidationError(errors)
        return cleaned

    @staticmethod
    def _check_links(
        session: Session, data: ClientInput, client_id: int | None
    ) -> list[FieldError]:
        errors = missing_choices(
            session,
            (
                ("category", Category, data.category_id),
                ("source", Source, data.source_id),
                ("responsible_user", User, data.responsible_user_id),
            ),
            data.tag_ids,
        )
        if data.parent_id is not None:
            if data.parent_id == client_id:
                errors.append(FieldError("parent", msg.PARENT_SELF))
            else:
                seen: set[int] = set()
                current: int | None = data.parent_id
                while current is not None and current not in seen:
                    seen.add(current)
                    parent = session.get(Client, current)
                    if parent is None:
                        errors.append(FieldError("parent", msg.CHOICE_EXPECTED))
                        break
                    current = parent.parent_id
                if client_id is not None and client_id in seen:
                    errors.append(FieldError("parent", msg.PARENT_CYCLE))
        return errors

    def _apply(self, session: Session, client: Client, data: ClientInput) -> None:
        main = next((p for p in data.phones if p.is_main), None)
        month, day = data.name_day if data.name_day else (None, None)
        assign(
            client,
            number=data.number,
            first_name=data.first_name,
            last_name=data.last_name,
            middle_name=data.middle_name,
            salutation=data.salutation,
            gender=data.gender,
            birth_date=data.birth_date,
            name_day_month=month,
            name_day_day=day,
            preferred_language=data.preferred_language,
            company=data.company,
            job_title=data.job_title,
            main_phone=main.number if main else None,
            is_vip=data.is_vip,
            is_blacklisted=data.is_blacklisted,
            client_class=data.client_class,
            category_id=data.category_id,
            source_id=data.source_id,
            responsible_user_id=data.responsible_user_id,
            discount_percent=data.discount_percent,
            loyalty_card=data.loyalty_card,
            parent_id=data.parent_id,
            call_period_days=data.call_period_days,
            next_call_date=data.next_call_date,
            notes=data.notes,
            visible_notes=data.visible_notes,
        )
        client.updated_by_id = self._actor.user_id
        _sync(
            client.phones,
            data.phones,
            ClientPhone,
            lambda row, p, i: assign(
                row,
                position=i,
                kind=p.kind,
                e164=p.number,
                is_main=p.is_main,
                has_viber=p.has_viber,
                has_telegram=p.has_telegram,
                has_whatsapp=p.has_whatsapp,
                note=p.note,
            ),
        )
        _sync(
            client.emails,
            data.emails,
            ClientEmail,
            lambda r, e, i: assign(r, position=i, address=e),
        )
        _sync(
            client.addresses,
            data.addresses,
            ClientAddress,
            lambda r, a, i: assign(r, position=i, **vars(a)),
        )
        _sync(
            client.social_links,
            data.social_links,
            ClientSocialLink,
            lambda r, s, i: assign(r, position=i, network=s.network, handle=s.handle.strip()),
        )
        _sync(
            client.identity_documents,
            data.identity_documents,
            IdentityDocument,
            lambda r, d, _i: assign(r, **vars(d)),
        )
        _sync(
            client.expiring_documents,
            data.expiring_documents,
            ExpiringDocument,
            lambda r, d, _i: assign(r, **vars(d)),
        )
        _sync(
            client.contact_persons,
            data.contact_persons,
            ContactPerson,
            lambda r, p, i: assign(r, position=i, **vars(p)),
        )
        self._apply_consents(client, data)
        self._apply_custom(session, client, data)
        wanted_tags = set(data.tag_ids)
        if {t.id for t in client.tags} != wanted_tags:
            client.tags = list(session.scalars(select(Tag).where(Tag.id.in_(wanted_tags))))

    def _apply_consents(self, client: Client, data: ClientInput) -> None:
        """Untick withdraws (today), tick records a new consent, a changed date corrects
        the active one."""
        today = self._today()
        apply_consents(
            client,
            {c.purpose: c.given_on or today for c in data.consents},
            today=today,
            recorded_at=self._clock(),
            user_id=self._actor.user_id,
            terms={c.purpose: c for c in data.consents},
        )

    @staticmethod
    def _apply_custom(session: Session, client: Client, data: ClientInput) -> None:
        ids = {d.key: d.id for d in session.scalars(select(CustomFieldDefinition))}
        current = {v.field_id: v for v in client.custom_values}
        wanted = {ids[k]: v for k, v in data.custom_values.items() if k in ids}
        for field_id, row in current.items():
            if field_id not in wanted:
                client.custom_values.remove(row)
        for field_id, value in wanted.items():
            if field_id in current:
                assign(current[field_id], value=value)
            else:
                client.custom_values.append(CustomFieldValue(field_id=field_id, value=value))
