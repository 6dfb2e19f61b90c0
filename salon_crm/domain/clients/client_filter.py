"""What the client list shows: which clients (scope, filters) and in which order."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from salon_crm.domain.common.enums import ClientClass


class Scope(StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"
    ALL = "all"


class ClientSort(StrEnum):
    RELEVANCE = "relevance"  # search rank when there is a query, else by name
    NUMBER = "number"
    NAME = "name"
    PHONE = "phone"
    BIRTH_DATE = "birth_date"
    CREATED = "created"
    LAST_VISIT = "last_visit"


@dataclass(frozen=True)
class ClientFilter:
    """All conditions must hold; None / False means "don't filter on this"."""

    scope: Scope = Scope.ACTIVE
    tag_id: int | None = None
    source_id: int | None = None
    category_id: int | None = None
    client_class: ClientClass | None = None
    vip: bool = False
    blacklisted: bool = False
    children: bool = False
    birthday_this_week: bool = False
    expired_documents: bool = False
    has_debt: bool = False  # the ledger says the client owes the salon
