"""Joining two questionnaires into one: chosen single values, united lists."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import fields, replace
from typing import TypeVar

from salon_crm.services.clients.client_types import ClientInput, PhoneData

T = TypeVar("T")

# Many-valued sections are united rather than chosen.
UNITED = frozenset(
    {
        "phones",
        "emails",
        "addresses",
        "social_links",
        "tag_ids",
        "consents",
        "identity_documents",
        "expiring_documents",
        "contact_persons",
        "custom_values",
    }
)
# The survivor keeps its number (the duplicate's is still taken by the archived card), and
# the merged form is saved against the survivor's current version.
_NOT_CHOSEN = UNITED | {"number", "expected_version"}
SCALAR_FIELDS = tuple(f.name for f in fields(ClientInput) if f.name not in _NOT_CHOSEN)
# Single values the user chooses between; "main_phone" picks whose main phone stays main.
MERGEABLE_FIELDS = (*SCALAR_FIELDS, "main_phone")


def _unite(
    first: Iterable[T], second: Iterable[T], *, key: Callable[[T], object] = lambda item: item
) -> tuple[T, ...]:
    """Both lists without repeats, the first's item winning where both have one with the
    same key (the item itself unless said otherwise)."""
    by_key: dict[object, T] = {}
    for item in (*first, *second):
        by_key.setdefault(key(item), item)
    return tuple(by_key.values())


def _phones(keep: ClientInput, other: ClientInput, main_from_other: bool) -> tuple[PhoneData, ...]:
    by_number: dict[str, PhoneData] = {}
    main_source = other if main_from_other else keep
    main = next((p for p in main_source.phones if p.is_main), None)
    for phone in (*keep.phones, *other.phones):
        if phone.number not in by_number:
            by_number[phone.number] = replace(phone, is_main=False)
    if main is not None:
        by_number[main.number] = replace(by_number[main.number], is_main=True)
    ordered = sorted(by_number.values(), key=lambda p: not p.is_main)
    return tuple(replace(p, display="") for p in ordered)


def merge_inputs(keep: ClientInput, other: ClientInput, take: frozenset[str]) -> ClientInput:
    """`keep` with the fields named in `take` from `other` and every list united."""
    chosen = {name: getattr(other, name) for name in SCALAR_FIELDS if name in take}
    custom = dict(other.custom_values)
    custom.update(
        {
            k: v
            for k, v in keep.custom_values.items()
            if f"custom.{k}" not in take or k not in custom
        }
    )
    return replace(
        keep,
        **chosen,
        phones=_phones(keep, other, "main_phone" in take),
        emails=_unite(keep.emails, other.emails),
        addresses=_unite(keep.addresses, other.addresses),
        social_links=_unite(keep.social_links, other.social_links),
        tag_ids=keep.tag_ids | other.tag_ids,
        consents=_unite(keep.consents, other.consents, key=lambda c: c.purpose),
        identity_documents=_unite(keep.identity_documents, other.identity_documents),
        expiring_documents=_unite(keep.expiring_documents, other.expiring_documents),
        contact_persons=_unite(keep.contact_persons, other.contact_persons),
        custom_values=custom,
    )
