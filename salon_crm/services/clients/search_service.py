"""Finding clients: the one search field (names, phones, e-mails, numbers, barcodes) and
the client list's pages with filters and sorting."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from salon_crm.db.base import utc_now
from salon_crm.db.engine import Database
from salon_crm.db.queries import clients as client_queries
from salon_crm.domain.clients.client_filter import ClientFilter, ClientSort, Scope
from salon_crm.domain.clients.search_query import SearchPlan, clean_query, plan_search
from salon_crm.domain.common.keyboard_layouts import alternatives
from salon_crm.domain.common.phones import parse_phone
from salon_crm.domain.permissions import Permission
from salon_crm.services.clients.client_reading import load_rows
from salon_crm.services.clients.client_types import ClientRow
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.salon_context import ListContext, load_list_context
from salon_crm.services.core.unit_of_work import unit_of_work

T = TypeVar("T")


@dataclass(frozen=True)
class SearchResult:
    """`retyped_as` is set when nothing matched as typed and the other keyboard layout did;
    `near_ids` are the ids on the page found only with one typo forgiven (near matches)."""

    rows: tuple[ClientRow, ...]
    retyped_as: str | None = None
    near_ids: frozenset[int] = frozenset()


@dataclass(frozen=True)
class _Query:
    plan: SearchPlan | None
    exact_phone: str | None


def _query(text: str, context: ListContext) -> _Query:
    if not clean_query(text):
        return _Query(None, None)
    plan = plan_search(text)
    parsed = parse_phone(text, context.region) if plan.phone_digits else None
    return _Query(plan, parsed.e164 if parsed and parsed.valid else None)


def _first_reading(
    query: str, run: Callable[[str], T], found: Callable[[T], bool]
) -> tuple[T, str | None]:
    """`run` for the query as typed and, while it finds nothing, as typed on the other
    keyboard layouts; the result and the retyped text (None when as typed)."""
    result = run(query)
    typed = clean_query(query)
    if found(result) or not typed:
        return result, None
    for candidate in alternatives(typed):
        other = run(candidate)
        if found(other):
            return other, candidate
    return result, None


class SearchService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor

    @staticmethod
    def _today() -> date:
        return utc_now().astimezone().date()

    def search(
        self, query: str, *, scope: Scope = Scope.ACTIVE, limit: int = 50, offset: int = 0
    ) -> SearchResult:
        """The best matches for what was typed; nothing for an empty query."""
        if not clean_query(query):
            self._actor.require(Permission.CLIENTS_READ)
            return SearchResult(())
        return self.page(query, ClientFilter(scope=scope), limit=limit, offset=offset)

    def page(
        self,
        query: str,
        flt: ClientFilter,
        *,
        sort: ClientSort = ClientSort.RELEVANCE,
        descending: bool = False,
        limit: int = 100,
        offset: int = 0,
    ) -> SearchResult:
        """One page of the client list: every client matching the query (all of them
        for an empty query) and the filter, in the asked order."""
        self._actor.require(Permission.CLIENTS_READ)
        today = self._today()
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            context = load_list_context(session)
            connection = session.connection()

            def ids_for(text: str) -> client_queries.ClientPage:
                q = _query(text, context)
                return client_queries.select_client_ids(
                    connection,
                    plan=q.plan,
                    exact_phone=q.exact_phone,
                    flt=flt,
                    sort=sort,
                    descending=descending,
                    today=today,
                    limit=limit,
                    offset=offset,
                )

            if offset == 0:
                found, retyped = _first_reading(query, ids_for, lambda page: bool(page.ids))
            else:
                found, retyped = ids_for(query), None
            rows = load_rows(session, found.ids, context, today)
            return SearchResult(tuple(rows), retyped, found.near_ids)

    def count(self, query: str, flt: ClientFilter) -> int:
        """How many clients the list holds for this query and filter."""
        self._actor.require(Permission.CLIENTS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            context = load_list_context(session)

            def count_for(text: str) -> int:
                q = _query(text, context)
                return client_queries.count_clients(
                    session.connection(),
                    plan=q.plan,
                    exact_phone=q.exact_phone,
                    flt=flt,
                    today=self._today(),
                )

            return _first_reading(query, count_for, bool)[0]
