"""The demo salon's name tables, read from the JSON files in `salon_crm/demo/data/`.

The files are package data, read through importlib.resources, so an installed program
finds them as well as a checkout does. Their order matters: the generator draws from them
with a seeded random number generator, so reordering a list changes every demo salon.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from salon_crm.domain.common.enums import CustomFieldType


def read_json(name: str) -> Any:
    """One of the demo's data files, parsed."""
    text = resources.files("salon_crm.demo").joinpath("data", name).read_text(encoding="utf-8")
    return json.loads(text)


def _weighted(weights: dict[str, int]) -> tuple[str, ...]:
    """{"gmail.com": 3, "ukr.net": 2} → each item as many times as its weight, in order."""
    return tuple(item for item, weight in weights.items() for _ in range(weight))


@dataclass(frozen=True)
class Culture:
    """Names and habits of one group of clients; `language` is the preferred language."""

    language: str
    female_names: tuple[str, ...]
    male_names: tuple[str, ...]
    last_names: tuple[str, ...]  # masculine forms; `words.feminine` derives the others
    patronymics: tuple[tuple[str, str], ...]  # (masculine, feminine); empty: none used
    email_domains: tuple[str, ...]  # repeated by weight, for a plain choice
    notes: tuple[str, ...]
    visible_notes: tuple[str, ...]
    jobs: tuple[str, ...]
    mother: str  # a child's contact person's role
    medical_certificate: str  # the title of an expiring medical certificate


@dataclass(frozen=True)
class Place:
    country: str
    cities: tuple[str, ...]
    streets: tuple[str, ...]
    street_format: str  # {street}, {house}, {flat}
    passport_issuer: str


@dataclass(frozen=True)
class Mix:
    """One group of a salon's clients: their culture, where their phone and address are."""

    culture: Culture
    region: str
    weight: int


@dataclass(frozen=True)
class CustomField:
    key: str
    label: str
    field_type: CustomFieldType
    choices: tuple[str, ...]


@dataclass(frozen=True)
class SalonLists:
    tags: tuple[str, ...]
    regular_tag: dict[str, str]  # the "regular client" tag in each client language
    sources: tuple[str, ...]
    source_weights: tuple[int, ...]
    categories: tuple[str, ...]
    custom_fields: tuple[CustomField, ...]
    masters: tuple[str, ...]  # values of the favourite master field
    archive_reasons: tuple[str, ...]

    def field_id(self, key: str) -> int:
        """The id a custom field gets: they are written in order, from 1."""
        return next(i for i, f in enumerate(self.custom_fields, start=1) if f.key == key)

    def field_choices(self, key: str) -> tuple[str, ...]:
        return self.custom_fields[self.field_id(key) - 1].choices


@dataclass(frozen=True)
class Tables:
    cultures: dict[str, Culture]  # by language
    name_days: dict[str, tuple[int, int]]  # Polish name days: (month, day) by first name
    mobile_prefixes: dict[str, tuple[str, ...]]  # by region
    mixes: dict[str, tuple[Mix, ...]]  # by salon country
    places: dict[str, Place]  # by region
    transliteration: dict[str, dict[str, str]]  # "all", and extra rules by language
    lists: SalonLists
    salons: dict[str, dict[str, str]]  # the salon's requisites and staff names by country


def _culture(data: dict[str, Any]) -> Culture:
    return Culture(
        language=data["language"],
        female_names=tuple(data["female_names"]),
        male_names=tuple(data["male_names"]),
        last_names=tuple(data["last_names"]),
        patronymics=tuple((m, f) for m, f in data["patronymics"]),
        email_domains=_weighted(data["email_domains"]),
        notes=tuple(data["notes"]),
        visible_notes=tuple(data["visible_notes"]),
        jobs=tuple(data["jobs"]),
        mother=data["mother"],
        medical_certificate=data["medical_certificate"],
    )


def _lists(data: dict[str, Any]) -> SalonLists:
    return SalonLists(
        tags=tuple(data["tags"]),
        regular_tag=dict(data["regular_tag"]),
        sources=tuple(data["sources"]),
        source_weights=tuple(data["sources"].values()),
        categories=tuple(data["categories"]),
        custom_fields=tuple(
            CustomField(f["key"], f["label"], CustomFieldType(f["type"]), tuple(f["choices"]))
            for f in data["custom_fields"]
        ),
        masters=tuple(data["masters"]),
        archive_reasons=tuple(data["archive_reasons"]),
    )


@cache
def tables() -> Tables:
    read = (_culture(read_json(f"culture_{x}.json")) for x in ("uk", "ru", "pl"))
    cultures = {c.language: c for c in read}
    return Tables(
        cultures=cultures,
        name_days={name: (m, d) for name, (m, d) in read_json("name_days_pl.json").items()},
        mobile_prefixes={k: tuple(v) for k, v in read_json("mobile_prefixes.json").items()},
        mixes={
            country: tuple(Mix(cultures[m["culture"]], m["region"], m["weight"]) for m in mix)
            for country, mix in read_json("mixes.json").items()
        },
        places={
            region: Place(
                p["country"],
                tuple(p["cities"]),
                tuple(p["streets"]),
                p["street_format"],
                p["passport_issuer"],
            )
            for region, p in read_json("places.json").items()
        },
        transliteration=read_json("transliteration.json"),
        lists=_lists(read_json("salon_lists.json")),
        salons=read_json("salons.json"),
    )
