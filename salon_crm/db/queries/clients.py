"""The client list's query: search match, filters, order and paging.

Only ids come back; the services turn them into rows. The FTS parts come from
`search_index`; the rest is portable SQL except the birthday test (`strftime`) and
`json_each` for passing a set of ids.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Generator
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, text

from salon_crm.db.hooks import search_index
from salon_crm.domain.clients.client_filter import ClientFilter, ClientSort, Scope
from salon_crm.domain.clients.search_query import SearchPlan
from salon_crm.domain.common.text import collation_key

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
# Up to this many matches in a rank are shown alphabetically; a larger group (everyone
# at gmail.com) newest first, found by walking the clients from the newest down.
SORTED_GROUP_LIMIT = 5000
_END = "\U0010ffff"


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
        params["today"] = today.isoformat()
    return where, params


def _order(sort: ClientSort, descending: bool) -> str:
    direction = "DESC" if descending else "ASC"
    if sort is ClientSort.RELEVANCE or sort not in _ORDER:
        return f"c.sort_name {direction}, c.id {direction}"
    return _ORDER[sort].format(dir=direction) + ", c.sort_name, c.id"


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
    matches first, then the better matches, then the rest, each group by name."""
    where, params = _filters(flt, today)
    order = _order(sort, descending)
    if plan is None or plan.is_empty:
        return _ids(connection, where, params, order, limit, offset)

    exact_sql, exact_params = search_index.exact_condition(plan, exact_phone)
    params.update(exact_params)
    match = search_index.match_select(plan)
    if sort is not ClientSort.RELEVANCE:
        condition = exact_sql
        if match is not None:
            condition = f"({exact_sql} OR c.id IN ({match[0]}))"
            params.update(match[1])
        return _ids(connection, [*where, condition], params, order, limit, offset)

    wanted = offset + limit
    ordered = _ids(connection, [*where, exact_sql], params, order, wanted, 0)
    if match is None or len(ordered) >= wanted:
        return ordered[offset:wanted]
    if not plan.substrings:
        # Only short words: the name (as sorted: last first middle) starts with the first,
        # the others start some name word. An index range, already in name order.
        name_start, range_params = _name_range(plan.prefixes[0])
        in_range = [*where, name_start]
        range_params.update(params)
        if len(plan.prefixes) == 1:
            rest = _ids(connection, in_range, range_params, order, wanted, 0)
        else:
            members = _id_set(connection, *match)
            rest = _ordered_group(connection, members, in_range, range_params, wanted)
        return _merge([ordered, rest])[offset:wanted]

    pages = [ordered]
    if not plan.phone_digits:
        # Names that start with what was typed ("Шевченко Ол…"): an index range, in
        # name order, usually a whole page at once without touching the match set.
        name_start, range_params = _name_range(plan.exact)
        pages.append(
            _ids(connection, [*where, name_start], {**params, **range_params}, order, wanted, 0)
        )
    taken = set(_merge(pages))
    if len(taken) >= wanted:
        return _merge(pages)[offset:wanted]
    matching = _id_set(connection, *match)
    groups: list[set[int]] = []
    better = search_index.better_match(plan)
    if better is not None:
        groups.append(matching & _id_set(connection, *better))
    groups.append(matching)
    for group in groups:
        found = _ordered_group(connection, group - taken, where, params, wanted - len(taken))
        pages.append(found)
        taken.update(found)
        if len(taken) >= wanted:
            break
    return _merge(pages)[offset:wanted]


def _name_range(prefix: str) -> tuple[str, dict[str, Any]]:
    """Clients whose sort name starts with `prefix` (folded), as an index range."""
    start = collation_key(prefix)
    return (
        "c.sort_name >= :name_lo AND c.sort_name < :name_hi",
        {"name_lo": start, "name_hi": start + _END},
    )


def _merge(pages: list[list[int]]) -> list[int]:
    return list(dict.fromkeys(i for page in pages for i in page))


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
        match = search_index.match_select(plan)
        if match is None:
            where.append(exact_sql)
        else:
            where.append(f"({exact_sql} OR c.id IN ({match[0]}))")
            params.update(match[1])
    sql = "SELECT count(*) FROM clients c WHERE " + " AND ".join(where)
    return int(connection.execute(text(sql), params).scalar_one())


def _rows(
    connection: Connection, sql: str, params: dict[str, Any]
) -> Generator[tuple[Any, ...], None, None]:
    """Rows straight from the sqlite3 cursor: these queries return thousands of ids per
    keystroke, and SQLAlchemy's row objects would double the cost."""
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        yield from cursor.execute(sql, params)
    finally:
        cursor.close()


def _id_set(connection: Connection, sql: str, params: dict[str, Any]) -> set[int]:
    return {row[0] for row in _rows(connection, sql, params)}


def _ordered_group(
    connection: Connection,
    ids: Collection[int],
    where: list[str],
    params: dict[str, Any],
    wanted: int,
) -> list[int]:
    """The first `wanted` of `ids` that pass the filters: alphabetically, or for a
    group too large to sort at typing speed, newest first."""
    if not ids or wanted <= 0:
        return []
    if len(ids) <= SORTED_GROUP_LIMIT:
        condition = "c.id IN (SELECT value FROM json_each(:ids))"
        ids_param = {**params, "ids": json.dumps(list(ids))}
        return _ids(connection, [*where, condition], ids_param, "c.sort_name, c.id", wanted, 0)
    # Matches of a large group are spread evenly over the ids, so walking the ids from
    # the newest meets `wanted` of them after a few hundred rows.
    return _walk(connection, where, params, "c.id DESC", ids, wanted)


def _walk(
    connection: Connection,
    where: list[str],
    params: dict[str, Any],
    order: str,
    members: Collection[int],
    wanted: int,
) -> list[int]:
    """Read clients in `order` and keep the first `wanted` that are in `members`."""
    sql = "SELECT c.id FROM clients c WHERE " + " AND ".join(where) + f" ORDER BY {order}"
    found: list[int] = []
    rows = _rows(connection, sql, params)
    for (client_id,) in rows:
        if client_id in members:
            found.append(client_id)
            if len(found) >= wanted:
                break
    rows.close()
    return found


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
    return [row[0] for row in _rows(connection, sql, {**params, "limit": limit, "offset": offset})]
