"""The client list's query: search match, filters, order and paging in one SELECT.

Only ids come back; the services turn them into rows. The FTS parts come from
`search_index`; the rest is portable SQL except the birthday test (`strftime`).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, text

from salon_crm.db import search_index
from salon_crm.domain.client_filter import ClientFilter, ClientSort, Scope
from salon_crm.domain.search_query import SearchPlan

_SCOPES = {
    Scope.ACTIVE: "c.archived_at IS NULL",
    Scope.ARCHIVED: "c.archived_at IS NOT NULL",
    Scope.ALL: "1 = 1",
}
_ORDER = {
    ClientSort.NUMBER: "CAST(c.number AS INTEGER) {dir}, c.number {dir}",
    ClientSort.NAME: "c.sort_name {dir}",
    ClientSort.PHONE: "c.main_phone {dir}",
    ClientSort.BIRTH_DATE: "c.birth_date {dir} NULLS LAST",
    ClientSort.CREATED: "c.created_at {dir}",
    ClientSort.LAST_VISIT: "c.last_visit_on {dir} NULLS LAST",
}


def _filters(flt: ClientFilter, today: date) -> tuple[list[str], dict[str, Any]]:
    where = [_SCOPES[flt.scope]]
    params: dict[str, Any] = {}
    if flt.tag_id is not None:
        where.append("c.id IN (SELECT client_id FROM client_tags WHERE tag_id = :tag_id)")
        params["tag_id"] = flt.tag_id
    for column in ("source_id", "category_id"):
        value = getattr(flt, column)
        if value is not None:
            where.append(f"c.{column} = :{column}")
            params[column] = value
    if flt.client_class is not None:
        where.append("c.client_class = :client_class")
        params["client_class"] = flt.client_class.value
    if flt.vip:
        where.append("c.is_vip")
    if flt.blacklisted:
        where.append("c.is_blacklisted")
    if flt.children:
        where.append("c.parent_id IS NOT NULL")
    if flt.birthday_this_week:
        days = [(today + timedelta(days=n)).strftime("%m-%d") for n in range(7)]
        names = [f"bd{n}" for n in range(7)]
        where.append(
            "strftime('%m-%d', c.birth_date) IN (" + ", ".join(f":{n}" for n in names) + ")"
        )
        params.update(zip(names, days, strict=True))
    if flt.expired_documents:
        where.append("c.id IN (SELECT client_id FROM expiring_documents WHERE expires_on < :today)")
        params["today"] = today
    return where, params


def select_client_ids(
    connection: Connection,
    *,
    plan: SearchPlan | None,
    exact_phone: str | None,
    flt: ClientFilter,
    sort: ClientSort,
    descending: bool,
    today: date,
    limit: int,
    offset: int,
) -> list[int]:
    """One page of client ids. With a query and RELEVANCE order: exact number/phone
    matches first, then the better-ranked matches, then the rest, each by name."""
    where, params = _filters(flt, today)
    direction = "DESC" if descending else "ASC"
    if sort is ClientSort.RELEVANCE or sort not in _ORDER:
        order = f"c.sort_name {direction}"
    else:
        order = _ORDER[sort].format(dir=direction) + ", c.sort_name"
    order += ", c.id"
    if plan is None or plan.is_empty:
        return _ids(connection, where, params, order, limit, offset)

    exact_sql, exact_params = search_index.exact_condition(plan, exact_phone)
    match = search_index.match_condition(plan)
    params.update(exact_params)
    if sort is not ClientSort.RELEVANCE:
        condition = exact_sql if match is None else f"({exact_sql} OR {match[0]})"
        if match is not None:
            params.update(match[1])
        return _ids(connection, [*where, condition], params, order, limit, offset)

    # Exact hits are few and indexed: fetch them apart, so the main query can sort by
    # name alone (an index walk) whenever all other matches rank alike.
    exact_ids = _ids(connection, [*where, exact_sql], params, order, offset + limit, 0)
    rest: list[int] = []
    if match is not None and len(exact_ids) < offset + limit:
        params.update(match[1])
        rank = search_index.rank_expression(plan)
        if rank is not None:
            order = f"{rank[0]}, {order}"
            params.update(rank[1])
        rest = _ids(connection, [*where, match[0]], params, order, offset + limit, 0)
    seen = set(exact_ids)
    ordered = exact_ids + [i for i in rest if i not in seen]
    return ordered[offset : offset + limit]


def count_clients(
    connection: Connection,
    *,
    plan: SearchPlan | None,
    exact_phone: str | None,
    flt: ClientFilter,
    today: date,
) -> int:
    where, params = _filters(flt, today)
    if plan is not None and not plan.is_empty:
        exact_sql, exact_params = search_index.exact_condition(plan, exact_phone)
        params.update(exact_params)
        match = search_index.match_condition(plan)
        if match is None:
            where.append(exact_sql)
        else:
            where.append(f"({exact_sql} OR {match[0]})")
            params.update(match[1])
    sql = "SELECT count(*) FROM clients c WHERE " + " AND ".join(where)
    return int(connection.execute(text(sql), params).scalar_one())


def _ids(
    connection: Connection,
    where: list[str],
    params: dict[str, Any],
    order: str,
    limit: int,
    offset: int,
) -> list[int]:
    sql = (
        "SELECT c.id FROM clients c WHERE "
        + " AND ".join(where)
        + f" ORDER BY {order} LIMIT :limit OFFSET :offset"
    )
    rows = connection.execute(text(sql), {**params, "limit": limit, "offset": offset})
    return [row[0] for row in rows]
