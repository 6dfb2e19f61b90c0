"""Plain data that crosses the service boundary for clients: inputs, list rows, the card."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from salon_crm.domain.common.enums import (
    AddressKind,
    AuditAction,
    ClientClass,
    ConsentPurpose,
    ExpiringDocumentKind,
    Gender,
    IdentityDocumentKind,
    PhoneKind,
    SocialNetwork,
)


@dataclass(frozen=True)
class PhoneData:
    """A phone as typed (`number`) on input; as E.164 on output, `display` formatted."""

    number: str
    kind: PhoneKind = PhoneKind.MOBILE
    is_main: bool = False
    has_viber: bool = False
    has_telegram: bool = False
    has_whatsapp: bool = False
    note: str = ""
    display: str = ""


@dataclass(frozen=True)
class AddressData:
    kind: AddressKind = AddressKind.HOME
    country: str = ""
    region: str = ""
    city: str = ""
    street: str = ""
    postal_code: str = ""


@dataclass(frozen=True)
class SocialLinkData:
    network: SocialNetwork
    handle: str


@dataclass(frozen=True)
class IdentityDocumentData:
    kind: IdentityDocumentKind = IdentityDocumentKind.PASSPORT
    series: str = ""
    number: str = ""
    issued_on: date | None = None
    issued_by: str = ""
    department_code: str = ""
    expires_on: date | None = None
    registration_address: str = ""


@dataclass(frozen=True)
class ExpiringDocumentData:
    kind: ExpiringDocumentKind
    title: str = ""
    number: str = ""
    issued_on: date | None = None
    expires_on: date | None = None
    note: str = ""


@dataclass(frozen=True)
class ContactPersonData:
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""
    note: str = ""


@dataclass(frozen=True)
class ConsentData:
    """A consent the client has given; `given_on` None means today."""

    purpose: ConsentPurpose
    given_on: date | None = None
    # Carried by a merge onto the card kept: the consent's last day and its document.
    expires_on: date | None = None
    evidence_document_id: int | None = None


@dataclass(frozen=True)
class ClientInput:
    """Everything the questionnaire edits. `number` empty means "take the next one"."""

    first_name: str = ""
    last_name: str = ""
    middle_name: str = ""
    number: str = ""
    salutation: str = ""
    gender: Gender = Gender.FEMALE
    birth_date: date | None = None
    name_day: tuple[int, int] | None = None  # (month, day)
    preferred_language: str = ""
    company: str = ""
    job_title: str = ""
    phones: tuple[PhoneData, ...] = ()
    emails: tuple[str, ...] = ()
    addresses: tuple[AddressData, ...] = ()
    social_links: tuple[SocialLinkData, ...] = ()
    is_vip: bool = False
    is_blacklisted: bool = False
    client_class: ClientClass | None = None
    category_id: int | None = None
    source_id: int | None = None
    responsible_user_id: int | None = None
    discount_percent: int = 0
    loyalty_card: str = ""
    tag_ids: frozenset[int] = frozenset()
    parent_id: int | None = None
    call_period_days: int | None = None
    next_call_date: date | None = None
    notes: str = ""
    visible_notes: str = ""
    consents: tuple[ConsentData, ...] = ()
    identity_documents: tuple[IdentityDocumentData, ...] = ()
    expiring_documents: tuple[ExpiringDocumentData, ...] = ()
    contact_persons: tuple[ContactPersonData, ...] = ()
    custom_values: Mapping[str, str] = field(default_factory=dict)
    # The card's version_id when the form was opened; a newer one means someone else saved.
    expected_version: int | None = None


@dataclass(frozen=True)
class ClientRow:
    """One line of the client list or of search results."""

    id: int
    number: str
    full_name: str
    main_phone: str
    main_phone_display: str
    email: str
    birth_date: date | None
    created_at: datetime
    last_visit_on: date | None
    is_vip: bool
    is_blacklisted: bool
    is_child: bool
    has_expired_documents: bool
    client_class: ClientClass | None
    archived: bool
    # Whether the current anamnesis names allergies / conditions; every role sees these.
    has_allergies: bool = False
    has_contraindications: bool = False
    # The current profile photo's thumbnail, for PhotoService.profile_thumbnails.
    photo_thumb: str | None = None


@dataclass(frozen=True)
class ConsentState:
    purpose: ConsentPurpose
    given_on: date
    withdrawn_on: date | None
    expires_on: date | None
    note: str
    recorded_by: str
    # The number of the signed document that evidences the consent ("" when none).
    evidence: str = ""

    def is_current(self, today: date) -> bool:
        """Not withdrawn and not lapsed (as ClientConsent.is_current)."""
        return self.withdrawn_on is None and (self.expires_on is None or self.expires_on >= today)

    def lapsed(self, today: date) -> bool:
        return self.withdrawn_on is None and not self.is_current(today)


@dataclass(frozen=True)
class CustomValue:
    key: str
    label: str
    value: str


@dataclass(frozen=True)
class ClientRef:
    id: int
    number: str
    full_name: str


@dataclass(frozen=True)
class PhoneOwner:
    """Whose main phone a typed number already is: a working client's, or an archived
    one's, who is better restored than entered again."""

    client: ClientRef
    archived: bool


@dataclass(frozen=True)
class ClientCard:
    """The read view of one client. `edit_input()` gives the questionnaire's starting state."""

    id: int
    version_id: int
    full_name: str
    age: int | None
    data: ClientInput
    phones: tuple[PhoneData, ...]
    tags: tuple[str, ...]
    category: str
    source: str
    responsible: str
    consent_history: tuple[ConsentState, ...]
    custom: tuple[CustomValue, ...]
    parent: ClientRef | None
    children: tuple[ClientRef, ...]
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    archived_at: datetime | None
    archive_reason: str
    merged_into: ClientRef | None
    # Whether the current anamnesis names allergies / conditions; every role sees these.
    has_allergies: bool = False
    has_contraindications: bool = False
    photo_thumb: str | None = None  # the current profile photo's thumbnail

    @property
    def number(self) -> str:
        return self.data.number

    @property
    def main_phone(self) -> PhoneData | None:
        return next((p for p in self.phones if p.is_main), None)

    def expired_documents(self, today: date) -> tuple[ExpiringDocumentData, ...]:
        return tuple(
            d
            for d in self.data.expiring_documents
            if d.expires_on is not None and d.expires_on < today
        )

    def lapsed_consents(self, today: date) -> tuple[ConsentState, ...]:
        """The consents that ran out and were not given again: the card warns of them."""
        current = {c.purpose for c in self.data.consents}
        return tuple(
            c for c in self.consent_history if c.lapsed(today) and c.purpose not in current
        )

    def edit_input(self) -> ClientInput:
        return replace(self.data, expected_version=self.version_id)


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: object
    new: object


@dataclass(frozen=True)
class HistoryEntry:
    """One audited change of the client or one of its rows (`table` says which)."""

    at: datetime
    user: str
    action: AuditAction
    table: str
    client_id: int | None
    changes: tuple[FieldChange, ...]
    # Which row of a list was changed: its telling column and value at the time
    # ("e164", "+380…" for a phone); empty for the client's own row.
    label_field: str = ""
    label_value: object = None
