"""The demo salon's cosmetology: products and lots, and for a share of the clients a
health-data consent, anamnesis versions, skin assessments, home care, procedures with
the lots used, and the ledger of what they bought and paid.

Drawn from a random stream of its own, after each client, so a demo's clients are the
same with or without their history. Procedures a client's conditions block are never
drawn, nor products with a substance the client is allergic to: the demo's record is one
a careful specialist would have kept.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Any

from salon_crm.demo.tables import read_json
from salon_crm.domain.common.enums import ConsentPurpose, Gender
from salon_crm.domain.common.ledger import EntryKind
from salon_crm.domain.common.money import Money, exponent
from salon_crm.domain.health.face_chart import Depth, FaceChart, InjectionPoint, Point, View
from salon_crm.domain.health.procedure_catalogue import DEFAULT_PROCEDURES
from salon_crm.domain.health.skin import SkinType, WrinkleType

SHARE_WITH_HISTORY = 0.45
LOTS_PER_PRODUCT = 5
LOT_MONTHS = 9  # a new lot of each product arrives this often
SHELF_MONTHS = 24
# Popularity of the procedures, in the catalogue's order.
WEIGHTS = {
    "facial_cleansing": 20,
    "chemical_peel": 10,
    "microneedling": 6,
    "mesotherapy": 7,
    "biorevitalization": 6,
    "botulinum": 9,
    "filler_ha": 5,
    "laser_hair_removal": 8,
    "ipl": 4,
    "rf_lifting": 5,
    "microcurrent": 4,
    "massage": 16,
}
# (condition, probability, youngest, oldest age it is drawn for)
CONDITION_ODDS = (
    ("pregnancy", 0.02, 20, 42),
    ("breastfeeding", 0.02, 20, 42),
    ("isotretinoin", 0.015, 16, 35),
    ("anticoagulants", 0.04, 50, 99),
    ("herpes_history", 0.12, 0, 99),
    ("rosacea", 0.06, 25, 99),
    ("acne_active", 0.08, 0, 30),
    ("keloid", 0.02, 0, 99),
    ("metal_implants", 0.02, 30, 99),
    ("fillers_elsewhere", 0.05, 25, 99),
    ("hypertension", 0.08, 45, 99),
    ("thyroid", 0.04, 25, 99),
)
# Where injections go on the front view of the face chart, per procedure: (x, y, dose).
INJECTION_POINTS = {
    "botulinum": (
        (0.5, 0.36, "10 U"),
        (0.42, 0.27, "4 U"),
        (0.5, 0.25, "4 U"),
        (0.58, 0.27, "4 U"),
        (0.27, 0.43, "6 U"),
        (0.73, 0.43, "6 U"),
    ),
    "filler_ha": ((0.46, 0.645, "0.2 ml"), (0.54, 0.645, "0.2 ml"), (0.4, 0.6, "0.3 ml")),
}
DEPTHS = {"botulinum": Depth.INTRAMUSCULAR, "filler_ha": Depth.SUBCUTANEOUS}
ALLERGY_ODDS = (("lidocaine", 0.03), ("latex", 0.02), ("fragrance", 0.03), ("nickel", 0.02))


@dataclass(frozen=True)
class DemoProduct:
    name: str
    manufacturer: str
    unit: str
    substances: tuple[str, ...]
    procedures: tuple[str, ...]
    doses: tuple[str, ...]


@dataclass(frozen=True)
class CosmetologyTables:
    products: tuple[DemoProduct, ...]
    prices: dict[str, dict[str, int]]  # currency → procedure code → major units
    phrases: dict[str, dict[str, tuple[str, ...]]]  # language → kind → phrases
    reactions: dict[str, dict[str, str]]  # language → allergen → the reaction it gave


@cache
def cosmetology_tables() -> CosmetologyTables:
    data = read_json("cosmetology.json")
    return CosmetologyTables(
        products=tuple(
            DemoProduct(
                p["name"],
                p["manufacturer"],
                p["unit"],
                tuple(p["substances"]),
                tuple(p["procedures"]),
                tuple(p["dose"]),
            )
            for p in data["products"]
        ),
        prices=data["prices"],
        phrases={
            language: {
                kind: tuple(items) for kind, items in kinds.items() if kind != "allergy_reactions"
            }
            for language, kinds in data["phrases"].items()
        },
        reactions={
            language: kinds["allergy_reactions"] for language, kinds in data["phrases"].items()
        },
    )


@dataclass(frozen=True)
class Lot:
    id: int
    product: int  # index into the products
    number: str
    arrives: date
    expires: date


@dataclass
class CosmetologyBatch:
    """Rows of one batch of clients, per table, with their ids given here."""

    consents: list[dict[str, Any]] = field(default_factory=list)
    anamneses: list[dict[str, Any]] = field(default_factory=list)
    conditions: list[dict[str, Any]] = field(default_factory=list)
    allergies: list[dict[str, Any]] = field(default_factory=list)
    assessments: list[dict[str, Any]] = field(default_factory=list)
    home_care: list[dict[str, Any]] = field(default_factory=list)
    procedures: list[dict[str, Any]] = field(default_factory=list)
    procedure_products: list[dict[str, Any]] = field(default_factory=list)
    ledger: list[dict[str, Any]] = field(default_factory=list)


def _months(day: date, months: int) -> date:
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, min(day.day, 28))


class CosmetologyRows:
    """The catalogue's demo rows and each client's history, from one random stream."""

    def __init__(
        self,
        rng: random.Random,
        *,
        today: date,
        start: date,
        currency: str,
        type_ids: dict[str, int],
        specialist_ids: tuple[int, ...],
    ) -> None:
        self.rng = rng
        self.today = today
        self.currency = currency
        self.type_ids = type_ids
        self.specialists = specialist_ids
        self.tables = cosmetology_tables()
        self.lots = self._draw_lots(start)
        self.next_id: dict[str, int] = {}

    def _id(self, table: str) -> int:
        self.next_id[table] = self.next_id.get(table, 0) + 1
        return self.next_id[table]

    # -- the catalogue --

    def _draw_lots(self, start: date) -> tuple[Lot, ...]:
        lots: list[Lot] = []
        for index, product in enumerate(self.tables.products):
            prefix = "".join(word[0] for word in product.name.split()[:2]).upper()
            for n in range(LOTS_PER_PRODUCT):
                arrives = _months(start, n * LOT_MONTHS - 3)
                number = f"{prefix}{arrives.year % 100:02d}{self.rng.randrange(1000, 9999)}"
                lots.append(
                    Lot(len(lots) + 1, index, number, arrives, _months(arrives, SHELF_MONTHS))
                )
        return tuple(lots)

    def catalogue_rows(self) -> dict[str, list[dict[str, Any]]]:
        """Products and lots; the last lot of the first filler is recalled, so the demo
        shows a recall on the cards of those who received it."""
        recalled = next(
            lot for lot in reversed(self.lots) if lot.product == 0 and lot.arrives < self.today
        )
        return {
            "products": [
                {
                    "id": i,
                    "name": p.name,
                    "manufacturer": p.manufacturer,
                    "unit": p.unit,
                    "substances": json.dumps(list(p.substances), ensure_ascii=False),
                    "is_active": True,
                }
                for i, p in enumerate(self.tables.products, start=1)
            ],
            "lots": [
                {
                    "id": lot.id,
                    "product_id": lot.product + 1,
                    "lot_number": lot.number,
                    "expires_on": lot.expires,
                    "recalled_on": self.today - timedelta(days=3) if lot is recalled else None,
                    "recall_note": "Manufacturer's notice" if lot is recalled else "",
                }
                for lot in self.lots
            ],
        }

    def price(self, code: str) -> Money:
        major = self.tables.prices.get(self.currency, self.tables.prices["UAH"])[code]
        return Money(major * 10 ** exponent(self.currency), self.currency)

    # -- one client --

    def client(self, row: dict[str, Any], batch: CosmetologyBatch) -> None:
        """Draw the client's history into `batch` and note its results on `row` (the
        client's own row, not yet written): last visit and the health flags."""
        row["last_visit_on"] = None
        row["has_allergies"] = False
        row["has_contraindications"] = False
        if row["archived_at"] is not None or self.rng.random() >= SHARE_WITH_HISTORY:
            return
        created: datetime = row["created_at"]
        visits = self._visit_days(created.date())
        if not visits:
            return
        language = row["preferred_language"]
        phrases = self.tables.phrases[language]
        client_id = row["id"]
        # Signed together at the first visit: the health record and its photos.
        batch.consents.extend(
            {
                "client_id": client_id,
                "purpose": purpose,
                "given_on": visits[0],
                "withdrawn_on": None,
                "note": "",
                "recorded_at": _at(visits[0], 9),
            }
            for purpose in (ConsentPurpose.HEALTH_DATA, ConsentPurpose.CLINICAL_PHOTOS)
        )
        age = self._age(row, visits[0])
        conditions = [
            code
            for code, odds, youngest, oldest in CONDITION_ODDS
            if youngest <= age <= oldest
            and (row["gender"] is Gender.FEMALE or code not in {"pregnancy", "breastfeeding"})
            and self.rng.random() < odds
        ]
        allergies = [code for code, odds in ALLERGY_ODDS if self.rng.random() < odds]
        self._anamnesis(client_id, 1, visits[0], conditions, allergies, language, batch)
        # Each visit is drawn under the anamnesis of its day.
        in_force = [conditions] * len(visits)
        if len(visits) > 3 and self.rng.random() < 0.3:
            # A review: a pregnancy is over, the rest stays.
            conditions = [c for c in conditions if c not in {"pregnancy", "breastfeeding"}]
            self._anamnesis(client_id, 2, visits[3], conditions, allergies, language, batch)
            in_force[3:] = [conditions] * (len(visits) - 3)
        row["has_allergies"] = bool(allergies)
        row["has_contraindications"] = bool(conditions)
        for n, day in enumerate(visits):
            if n % 4 == 0:
                self._assessment(client_id, day, age, phrases, batch)
            self._procedure(row, day, in_force[n], allergies, phrases, batch)
        if self.rng.random() < 0.3:
            for day in self.rng.sample(visits, min(len(visits), self.rng.randint(1, 3))):
                batch.home_care.append(
                    {
                        "id": self._id("home_care"),
                        "client_id": client_id,
                        "started_on": day,
                        "product": self.rng.choice(phrases["home_care"]),
                        "usage": "",
                        "outcome": self.rng.choice(phrases["outcomes"]),
                        "recorded_by_id": self.specialists[0],
                        "recorded_at": _at(day, 12),
                    }
                )
        row["last_visit_on"] = visits[-1]
        last = batch.procedures[-1]
        if (self.today - visits[-1]).days < 90 and self.rng.random() < 0.5:
            last["next_visit_on"] = self.today + timedelta(days=self.rng.randrange(-10, 40))

    def _visit_days(self, first: date) -> list[date]:
        count = self.rng.choices(range(1, 16), weights=range(15, 0, -1))[0]
        span = (self.today - first).days
        if span < 1:
            return []
        return sorted({first + timedelta(days=self.rng.randrange(span)) for _ in range(count)})

    def _age(self, row: dict[str, Any], on: date) -> int:
        birth: date | None = row["birth_date"]
        return 35 if birth is None else (on - birth).days // 365

    def _anamnesis(
        self,
        client_id: int,
        version: int,
        day: date,
        conditions: list[str],
        allergies: list[str],
        language: str,
        batch: CosmetologyBatch,
    ) -> None:
        anamnesis_id = self._id("anamneses")
        pick = self.rng.choice
        phrases = self.tables.phrases[language]
        reactions = self.tables.reactions[language]
        batch.anamneses.append(
            {
                "id": anamnesis_id,
                "client_id": client_id,
                "version": version,
                "complaints": pick(phrases["complaints"]),
                "goals": pick(phrases["goals"]),
                "activity": pick(phrases["activity"]),
                "sleep": pick(phrases["sleep"]),
                "smoking": pick(phrases["smoking"]),
                "alcohol": pick(phrases["alcohol"]),
                "medications": pick(phrases["medications"]) if self.rng.random() < 0.4 else "",
                "blood_pressure": f"{self.rng.randrange(105, 140)}/{self.rng.randrange(65, 90)}",
                "signed_at": _at(day, 10),
                "signed_by_id": self.specialists[0],
            }
        )
        batch.conditions.extend(
            {"id": self._id("conditions"), "anamnesis_id": anamnesis_id, "code": code}
            for code in conditions
        )
        batch.allergies.extend(
            {
                "id": self._id("allergies"),
                "anamnesis_id": anamnesis_id,
                "substance": code,
                "reaction": reactions.get(code, ""),
            }
            for code in allergies
        )

    def _assessment(
        self,
        client_id: int,
        day: date,
        age: int,
        phrases: dict[str, tuple[str, ...]],
        batch: CosmetologyBatch,
    ) -> None:
        rng = self.rng
        glogau = min(4, max(1, (age - 15) // 12 + rng.choice((0, 0, 1))))
        batch.assessments.append(
            {
                "id": self._id("assessments"),
                "client_id": client_id,
                "assessed_on": day,
                "specialist_id": self.specialists[0],
                "skin_type": rng.choice(list(SkinType)),
                "fitzpatrick": rng.choices(range(1, 7), (10, 35, 35, 12, 5, 3))[0],
                "glogau": glogau,
                "baumann": "".join(rng.choice(pair) for pair in ("OD", "SR", "PN", "WT")),
                "turgor": max(1, 5 - glogau + rng.choice((-1, 0, 0, 1))),
                "sensitivity": rng.randrange(4),
                "pigmentation": rng.randrange(4),
                "vascular": rng.randrange(3),
                "acne_grade": rng.choices(range(5), (50, 25, 15, 7, 3))[0],
                "wrinkle_type": WrinkleType.NONE if glogau == 1 else rng.choice(list(WrinkleType)),
                "wrinkle_depth": min(3, glogau - 1),
                "description": rng.choice(phrases["descriptions"]),
                "recorded_at": _at(day, 10),
            }
        )

    def _procedure(
        self,
        row: dict[str, Any],
        day: date,
        conditions: list[str],
        allergies: list[str],
        phrases: dict[str, tuple[str, ...]],
        batch: CosmetologyBatch,
    ) -> None:
        rng = self.rng
        allowed = [p.code for p in DEFAULT_PROCEDURES if not p.blocks & set(conditions)]
        code = rng.choices(allowed, [WEIGHTS[c] for c in allowed])[0]
        procedure_id = self._id("procedures")
        at = _at(day, rng.randrange(9, 19), rng.choice((0, 15, 30, 45)))
        price = self.price(code)
        discount = row["discount_percent"]
        batch.procedures.append(
            {
                "id": procedure_id,
                "client_id": row["id"],
                "performed_at": at,
                "specialist_id": rng.choice(self.specialists),
                "procedure_type_id": self.type_ids[code],
                "result": rng.choice(phrases["results"]),
                "reaction": rng.choice(phrases["reactions"]),
                "recommendations": rng.choice(phrases["recommendations"]),
                "next_visit_on": None,
                "face_chart": "",
                "price_minor": price.minor,
                "discount_percent": discount,
                "currency": self.currency,
                "recorded_at": at,
                "recorded_by_id": self.specialists[0],
            }
        )
        used = self._products(code, allergies)
        if code in INJECTION_POINTS and used:
            product = self.tables.products[used[0]].name
            batch.procedures[-1]["face_chart"] = FaceChart(
                tuple(
                    InjectionPoint(View.FRONT, Point(x, y), product, dose, DEPTHS[code])
                    for x, y, dose in INJECTION_POINTS[code]
                )
            ).to_json()
        for index in used:
            lot = self._lot(index, day)
            if lot is not None:
                batch.procedure_products.append(
                    {
                        "id": self._id("procedure_products"),
                        "procedure_id": procedure_id,
                        "lot_id": lot.id,
                        "quantity": rng.choice(self.tables.products[index].doses),
                    }
                )
        sold = price.after_discount(discount)
        self._ledger(row["id"], procedure_id, EntryKind.SOLD, sold, at, batch)
        paid = sold
        draw = rng.random()
        if draw < 0.04:  # paid part, owes the rest
            paid = Money(sold.minor // 2 // 100 * 100, sold.currency)
        elif draw < 0.06:  # paid ahead for the next visit
            paid = sold + price
        if paid.minor:
            self._ledger(row["id"], procedure_id, EntryKind.PAID, paid, at, batch)

    def _products(self, code: str, allergies: list[str]) -> list[int]:
        suitable = [
            i
            for i, p in enumerate(self.tables.products)
            if code in p.procedures and not set(p.substances) & set(allergies)
        ]
        return self.rng.sample(suitable, min(len(suitable), self.rng.choice((1, 1, 2))))

    def _lot(self, product: int, day: date) -> Lot | None:
        """The product's newest lot that had arrived and not expired by `day`."""
        usable = [
            lot for lot in self.lots if lot.product == product and lot.arrives <= day < lot.expires
        ]
        return usable[-1] if usable else None

    def _ledger(
        self,
        client_id: int,
        procedure_id: int | None,
        kind: EntryKind,
        amount: Money,
        at: datetime,
        batch: CosmetologyBatch,
    ) -> None:
        batch.ledger.append(
            {
                "client_id": client_id,
                "procedure_id": procedure_id,
                "kind": kind,
                "amount_minor": amount.minor,
                "currency": amount.currency,
                "at": at,
                "note": "",
            }
        )


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), UTC)
