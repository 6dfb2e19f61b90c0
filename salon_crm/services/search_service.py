"""Finding clients from one search field: names, phones, e-mails, numbers, barcodes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from salon_crm.db import search_index
from salon_crm.db.base import utc_now
from salon_crm.db.engine import Database
from salon_crm.domain.keyboard_layouts import alternatives
from salon_crm.domain.permissions import Permission
from salon_crm.domain.phones import parse_phone
from salon_crm.domain.search_query import plan_search
from salon_crm.services.actor import Actor
from salon_crm.services.client_reading import load_rows
from salon_crm.services.client_types import ClientRow
from salon_crm.services.salon_context import load_context


class SearchScope(StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"
    ALL = "all"


@dataclass(frozen=True)
class SearchResult:
    """`retyped_as` is set when nothing matched as typed and the other keyboard layout did."""

    rows: tuple[ClientRow, ...]
    retyped_as: str | None = None


class SearchService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor

    def search(
        self,
        query: str,
        *,
        scope: SearchScope = SearchScope.ACTIVE,
        limit: int = 50,
        offset: int = 0,
    ) -> SearchResult:
        self._actor.require(Permission.CLIENTS_READ)
        with self._db.session(user_id=self._actor.user_id) as session:
            context = load_context(session)
            connection = session.connection()

            def ids_for(text: str) -> list[int]:
                plan = plan_search(text)
                if plan.is_empty:
                    return []
                parsed = parse_phone(text, context.region) if plan.phone_digits else None
                return search_index.find_client_ids(
                    connection,
                    plan,
                    scope=scope.value,
                    exact_phone=parsed.e164 if parsed and parsed.valid else None,
                    limit=limit,
                    offset=offset,
                )

            ids = ids_for(query)
            retyped: str | None = None
            if not ids and offset == 0:
                for candidate in alternatives(query.strip()):
                    ids = ids_for(candidate)
                    if ids:
                        retyped = candidate
                        break
            today = utc_now().astimezone().date()
            rows = load_rows(session, ids, context, today)
            return SearchResult(tuple(rows), retyped)
