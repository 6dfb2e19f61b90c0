"""The rows of the demo clients: each client drawn from one seeded random generator.

Rows are plain dicts per table, collected batch by batch for `writing` to insert; the draw
order is part of the demo's contract (same seed, same clients), so a new field is drawn
after the existing ones, never between them.
"""

from __future__ import annotations

import random
import string
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from salon_crm.db.hooks import search_index
from salon_crm.demo.tables import Culture, tables
from salon_crm.demo.words import feminine, latin
from salon_crm.domain.common.barcodes import ean_check_digit
from salon_crm.domain.common.enums import (
    AddressKind,
    ClientClass,
    ConsentPurpose,
    ExpiringDocumentKind,
    Gender,
    IdentityDocumentKind,
    PhoneKind,
    SocialNetwork,
)
from salon_crm.domain.common.names import sort_key

HISTORY_DAYS = 3 * 365


@dataclass
class Batch:
    """Rows of one batch, per table, ready for executemany."""

    clients: list[dict[str, Any]]
    phones: list[dict[str, Any]]
    emails: list[dict[str, Any]]
    addresses: list[dict[str, Any]]
    social_links: list[dict[str, Any]]
    consents: list[dict[str, Any]]
    identity_documents: list[dict[str, Any]]
    expiring_documents: list[dict[str, Any]]
    contact_persons: list[dict[str, Any]]
    custom_values: list[dict[str, Any]]
    tags: list[dict[str, Any]]
    keys: list[search_index.ClientKeys]

    @classmethod
    def empty(cls) -> Batch:
        return cls([], [], [], [], [], [], [], [], [], [], [], [])


@dataclass(frozen=True)
class _Parent:
    """An adult client a later child client may be linked to."""

    client_id: int
    culture: Culture
    region: str
    last_name: str  # masculine form
    name: str
    phone: str


class ClientRows:
    """Draws every client from one `random.Random`, in client-number order."""

    def __init__(
        self, rng: random.Random, country: str, today: date, user_ids: Sequence[int]
    ) -> None:
        self.rng = rng
        self.today = today
        self.user_ids = user_ids  # owner, administrator, specialist
        mix = tables().mixes[country]
        self.mix = [(m.culture, m.region) for m in mix]
        self.mix_weights = [m.weight for m in mix]
        self.lists = tables().lists
        self.phones_taken: set[str] = set()
        self.emails_taken: set[str] = set()
        self.cards_taken: set[str] = set()
        self.parents: list[_Parent] = []

    # -- small draws --

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def mobile(self, region: str) -> str:
        prefixes = tables().mobile_prefixes[region]
        while True:
            number = f"{self.rng.choice(prefixes)}{self.rng.randrange(10_000_000):07d}"
            if number not in self.phones_taken:
                self.phones_taken.add(number)
                return number

    def created_times(self, count: int, rng: random.Random) -> list[datetime]:
        """Creation times over the last three years, more of them recently, oldest first."""
        start = datetime.combine(self.today - timedelta(days=HISTORY_DAYS), time(), UTC)
        times: list[datetime] = []
        for _ in range(count):
            day = int(HISTORY_DAYS * rng.random() ** 0.8)
            seconds = rng.randrange(6 * 3600, 18 * 3600)
            times.append(start + timedelta(days=day, seconds=seconds))
        times.sort()
        return times

    def email(self, first: str, last: str, birth: date | None, culture: Culture) -> str:
        given, family = latin(first, culture.language), latin(last, culture.language)
        pattern = self.rng.randrange(5)
        if pattern == 0:
            local = f"{given}.{family}"
        elif pattern == 1 and birth is not None:
            local = f"{given}{family}{birth.year % 100:02d}"
        elif pattern == 2:
            local = f"{given[:1]}.{family}"
        elif pattern == 3:
            local = f"{family}.{given}{self.rng.randrange(1, 100)}"
        else:
            local = f"{given}_{family[:6]}"
        domain = self.rng.choice(culture.email_domains)
        address = f"{local}@{domain}"
        while address in self.emails_taken:
            address = f"{local}{self.rng.randrange(1, 1000)}@{domain}"
        self.emails_taken.add(address)
        return address

    def loyalty_card(self) -> str:
        while True:
            # 20–29: the in-store range of EAN-13, free for a salon's own cards.
            body = f"2{self.rng.randrange(10)}{self.rng.randrange(10**10):010d}"
            if body not in self.cards_taken:
                self.cards_taken.add(body)
                return body + str(ean_check_digit(body))

    def birth_date(self, *, child: bool) -> date | None:
        if child:
            years = self.rng.uniform(12, 17.9)
        elif self.chance(0.15):
            return None
        else:
            years = self.rng.triangular(16, 80.9, 34)
        return self.today - timedelta(days=int(years * 365.25) + 1)

    def moment(self, after: datetime, *, max_days: int) -> datetime:
        """A time after `after`, never later than the end of `today`."""
        end = datetime.combine(self.today, time(18), UTC)
        span = max(0, min(max_days * 86400, int((end - after).total_seconds())))
        return after + timedelta(seconds=self.rng.randrange(span + 1))

    # -- one client --

    def client(self, client_id: int, created: datetime, batch: Batch) -> None:
        rng = self.rng
        culture, region = rng.choices(self.mix, self.mix_weights)[0]
        parent: _Parent | None = None
        if self.parents and self.chance(0.02):
            parent = rng.choice(self.parents)
            culture, region = parent.culture, parent.region
        gender = Gender.FEMALE if self.chance(0.88) else Gender.MALE
        female = gender is Gender.FEMALE
        first = rng.choice(culture.female_names if female else culture.male_names)
        family = parent.last_name if parent else rng.choice(culture.last_names)
        last = feminine(family, culture.language) if female else family
        middle = ""
        if culture.patronymics and self.chance(0.85):
            middle = rng.choice(culture.patronymics)[1 if female else 0]
        birth = self.birth_date(child=parent is not None)
        age = None if birth is None else (self.today - birth).days / 365.25
        name_day = (
            tables().name_days.get(first) if culture.language == "pl" and self.chance(0.9) else None
        )

        main_phone = self.mobile(region)
        phone_numbers = [main_phone]
        viber = region == "UA"
        batch.phones.append(
            self._phone(client_id, 0, main_phone, True, PhoneKind.MOBILE, viber=viber)
        )
        if self.chance(0.12):
            second = self.mobile(region)
            phone_numbers.append(second)
            kind = rng.choice((PhoneKind.MOBILE, PhoneKind.WORK, PhoneKind.HOME))
            batch.phones.append(self._phone(client_id, 1, second, False, kind, viber=False))

        emails: list[str] = []
        if self.chance(0.65):
            emails.append(self.email(first, last, birth, culture))
            batch.emails.append({"client_id": client_id, "position": 0, "address": emails[0]})
        card = self.loyalty_card() if self.chance(0.3) else ""
        number = str(client_id)
        staff = self.user_ids[0] if self.chance(0.2) else self.user_ids[1]

        call_period: int | None = None
        next_call: date | None = None
        if self.chance(0.15):
            call_period = rng.choice((21, 30, 45, 60, 90))
            next_call = self.today + timedelta(days=rng.randrange(-14, 60))

        archived_at: datetime | None = None
        archive_reason = ""
        if parent is None and self.chance(0.01):
            archived_at = self.moment(created, max_days=400)
            archive_reason = rng.choice(self.lists.archive_reasons)

        batch.clients.append(
            {
                "id": client_id,
                "number": number,
                "last_name": last,
                "first_name": first,
                "middle_name": middle,
                "sort_name": sort_key(last, first, middle),
                "salutation": "",
                "gender": gender,
                "birth_date": birth,
                "name_day_month": name_day[0] if name_day else None,
                "name_day_day": name_day[1] if name_day else None,
                "preferred_language": culture.language,
                "company": "",
                "job_title": rng.choice(culture.jobs) if self.chance(0.08) and female else "",
                "main_phone": main_phone,
                "is_vip": self.chance(0.03),
                "is_blacklisted": self.chance(0.01),
                "client_class": rng.choices(
                    (ClientClass.A, ClientClass.B, ClientClass.C, None), (10, 30, 20, 40)
                )[0],
                "category_id": rng.randrange(1, len(self.lists.categories) + 1)
                if self.chance(0.5)
                else None,
                "source_id": rng.choices(
                    range(1, len(self.lists.sources) + 1), self.lists.source_weights
                )[0]
                if self.chance(0.7)
                else None,
                "responsible_user_id": self.user_ids[2] if self.chance(0.3) else None,
                "discount_percent": rng.choice((5, 10, 15, 20)) if self.chance(0.15) else 0,
                "loyalty_card": card,
                "parent_id": parent.client_id if parent else None,
                "call_period_days": call_period,
                "next_call_date": next_call,
                "notes": rng.choice(culture.notes) if self.chance(0.2) else "",
                "visible_notes": rng.choice(culture.visible_notes) if self.chance(0.02) else "",
                "archived_at": archived_at,
                "archive_reason": archive_reason,
                "created_at": created,
                "created_by_id": staff,
                "updated_at": created,
                "updated_by_id": staff,
                "version_id": 1,
            }
        )
        batch.keys.append(
            search_index.client_keys(
                client_id,
                names=(last, first, middle),
                phones=phone_numbers,
                emails=emails,
                codes=(number, card),
            )
        )
        if parent is not None:
            batch.contact_persons.append(
                {
                    "client_id": client_id,
                    "position": 0,
                    "name": parent.name,
                    "role": culture.mother,
                    "phone": parent.phone,
                    "email": "",
                    "note": "",
                }
            )
        elif female and age is not None and 28 <= age <= 55 and archived_at is None:
            self.parents.append(
                _Parent(client_id, culture, region, family, f"{last} {first}", main_phone)
            )

        self.details(client_id, created, culture, region, first, last, emails, batch)

    def _phone(
        self, client_id: int, position: int, e164: str, main: bool, kind: PhoneKind, *, viber: bool
    ) -> dict[str, Any]:
        return {
            "client_id": client_id,
            "position": position,
            "kind": kind,
            "e164": e164,
            "is_main": main,
            "has_viber": viber and self.chance(0.6),
            "has_telegram": self.chance(0.4),
            "has_whatsapp": self.chance(0.3),
            "note": "",
        }

    def details(
        self,
        client_id: int,
        created: datetime,
        culture: Culture,
        region: str,
        first: str,
        last: str,
        emails: list[str],
        batch: Batch,
    ) -> None:
        rng = self.rng
        if self.chance(0.85):
            self.consents(client_id, created, has_email=bool(emails), batch=batch)
        if self.chance(0.6):
            regular = self.lists.tags.index(self.lists.regular_tag[culture.language]) + 1
            count = rng.choice((1, 1, 2, 3))
            chosen = set(rng.sample(range(1, len(self.lists.tags) + 1), count))
            if self.chance(0.3):
                chosen.add(regular)
            batch.tags.extend({"client_id": client_id, "tag_id": t} for t in sorted(chosen))
        if self.chance(0.35):
            batch.custom_values.append(
                {
                    "client_id": client_id,
                    "field_id": self.lists.field_id("skin_type"),
                    "value": rng.choice(self.lists.field_choices("skin_type")),
                }
            )
        if self.chance(0.2):
            batch.custom_values.append(
                {
                    "client_id": client_id,
                    "field_id": self.lists.field_id("favourite_master"),
                    "value": rng.choice(self.lists.masters),
                }
            )
        if self.chance(0.5):
            batch.custom_values.append(
                {
                    "client_id": client_id,
                    "field_id": self.lists.field_id("first_visit"),
                    "value": created.date().isoformat(),
                }
            )
        if self.chance(0.2):
            place = tables().places[region]
            street = place.street_format.format(
                street=rng.choice(place.streets),
                house=rng.randrange(1, 120),
                flat=rng.randrange(1, 200),
            )
            if region == "PL":
                postal = f"{rng.randrange(100):02d}-{rng.randrange(1000):03d}"
            elif region == "UA":
                postal = f"{rng.randrange(1000, 100_000):05d}"
            else:
                postal = f"{rng.randrange(100_000, 1_000_000):06d}"
            batch.addresses.append(
                {
                    "client_id": client_id,
                    "position": 0,
                    "kind": AddressKind.HOME,
                    "country": place.country,
                    "region": "",
                    "city": rng.choice(place.cities),
                    "street": street,
                    "postal_code": postal,
                }
            )
        if self.chance(0.25):
            handle = f"@{latin(first, culture.language)}.{latin(last, culture.language)}"
            batch.social_links.append(
                {
                    "client_id": client_id,
                    "position": 0,
                    "network": SocialNetwork.INSTAGRAM,
                    "handle": handle[:40],
                }
            )
        if self.chance(0.05):
            batch.identity_documents.append(self.identity_document(client_id, region))
        if self.chance(0.07):
            batch.expiring_documents.append(self.expiring_document(client_id, culture))

    def consents(self, client_id: int, given: datetime, *, has_email: bool, batch: Batch) -> None:
        purposes = [ConsentPurpose.PERSONAL_DATA]
        for purpose, probability in (
            (ConsentPurpose.MARKETING_SMS, 0.6),
            (ConsentPurpose.MARKETING_EMAIL, 0.45 if has_email else 0.0),
            (ConsentPurpose.NOTIFICATIONS, 0.7),
            (ConsentPurpose.MARKETING_PHOTOS, 0.3),
            (ConsentPurpose.THIRD_PARTIES, 0.05),
        ):
            if self.chance(probability):
                purposes.append(purpose)
        for purpose in purposes:
            withdrawn = None
            if purpose is not ConsentPurpose.PERSONAL_DATA and self.chance(0.05):
                withdrawn = self.moment(given, max_days=600)
            batch.consents.append(
                {
                    "client_id": client_id,
                    "purpose": purpose,
                    "given_on": given.date(),
                    "withdrawn_on": withdrawn.date() if withdrawn else None,
                    "note": "",
                    "recorded_at": given,
                }
            )

    def identity_document(self, client_id: int, region: str) -> dict[str, Any]:
        rng = self.rng
        issued = self.today - timedelta(days=rng.randrange(200, 5000))
        row: dict[str, Any] = {
            "client_id": client_id,
            "kind": IdentityDocumentKind.PASSPORT,
            "series": "",
            "number": "",
            "issued_on": issued,
            "issued_by": "",
            "department_code": "",
            "expires_on": None,
            "registration_address": "",
        }
        if region == "UA":
            row.update(
                kind=IdentityDocumentKind.ID_CARD,
                number=f"{rng.randrange(10**9):09d}",
                issued_by=f"{rng.randrange(1000, 9999)}",
                expires_on=issued + timedelta(days=3652),
            )
        elif region == "RU":
            row.update(
                series=f"{rng.randrange(10, 99)} {rng.randrange(10, 99)}",
                number=f"{rng.randrange(10**6):06d}",
                issued_by=tables().places[region].passport_issuer,
                department_code=f"{rng.randrange(100, 999)}-{rng.randrange(1000):03d}",
            )
        else:
            letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
            row.update(
                kind=IdentityDocumentKind.ID_CARD,
                series=letters,
                number=f"{rng.randrange(10**6):06d}",
                issued_by=tables().places[region].passport_issuer,
                expires_on=issued + timedelta(days=3652),
            )
        return row

    def expiring_document(self, client_id: int, culture: Culture) -> dict[str, Any]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.3:
            expires = self.today - timedelta(days=rng.randrange(1, 365))
        elif roll < 0.55:
            expires = self.today + timedelta(days=rng.randrange(0, 31))
        else:
            expires = self.today + timedelta(days=rng.randrange(31, 400))
        kind = rng.choices(
            (
                ExpiringDocumentKind.MEDICAL_CERTIFICATE,
                ExpiringDocumentKind.SIGNED_CONSENT,
                ExpiringDocumentKind.INSURANCE,
            ),
            (6, 3, 1),
        )[0]
        return {
            "client_id": client_id,
            "kind": kind,
            "title": culture.medical_certificate
            if kind is ExpiringDocumentKind.MEDICAL_CERTIFICATE
            else "",
            "number": f"{rng.randrange(10**6):06d}",
            "issued_on": expires - timedelta(days=365),
            "expires_on": expires,
            "note": "",
        }
