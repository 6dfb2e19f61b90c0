"""The client list's query: search match, filters, order and paging.

Only ids come back; the services turn them into rows. The search match comes from
`client_match`; the rest is portable SQL but for the few expressions each engine spells
its own way (`_Dialect`).
"""

from __future__ import annotations

from collections.abc import Collection, Generator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, text

from salon_crm.db.dialects import in_list, on_postgres
from salon_crm.db.queries import client_match
from salon_crm.domain.clients.client_filter import ClientFilter, ClientSort, Scope
from salon_crm.domain.clients.search_query import SearchPlan
from salon_crm.domain.common.ledger import EntryKind
from salon_crm.domain.common.text import collation_key

_SCOPES = {
    Scope.ACTIVE: "c.archived_at IS NULL",
    Scope.ARCHIVED: "c.archived_at IS NOT NULL",
    Scope.ALL: "1 = 1",
}
_ORDER = {
    ClientSort.NUMBER: "{number} {dir}, c.number {dir}",
    ClientSort.NAME: "c.sort_name {dir}",
    ClientSort.PHONE: "c.main_phone {dir}",
    ClientSort.BIRTH_DATE: "c.birth_date {dir} NULLS LAST",
    ClientSort.CREATED: "c.created_at {dir}",
    ClientSort.LAST_VISIT: "c.last_visit_on {dir} NULLS LAST",
}
# Up to this many matches in a rank are shown alphabetically; a larger group (everyone
# at gmail.com) newest first, read from the index a chunk at a time (see `_group`).
SORTED_GROUP_LIMIT = 5000
_END = "\U0010ffff"
# Above every client id: where reading the index newest first starts.
_NO_ID = 2**62


@dataclass(frozen=True)
class _Dialect:
    """The expressions SQLite and PostgreSQL spell differently."""

    # A client number's leading whole number, as SQLite's CAST reads it (0 if none).
    number: str
    # "MM-DD" of a date.
    month_day: str


_DIALECTS = {
    False: _Dialect(number="CAST(c.number AS INTEGER)", month_day="strftime('%m-%d', {})"),
    True: _Dialect(
        number=r"COALESCE(CAST(substring(c.number FROM '^\s*(-?[0-9]{1,18})') AS BIGINT), 0)",
        month_day="to_char({}, 'MM-DD')",
    ),
}


def _dialect(connection: Connection) -> _Dialect:
    return _DIALECTS[on_postgres(connection)]


def _filters(
    connection: Connection, flt: ClientFilter, today: date
) -> tuple[list[str], dict[str, Any]]:
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
            _dialect(connection).month_day.format("c.birth_date")
            + " IN ("
            + ", ".join(f":{n}" for n in names)
            + ")"
        )
        params.update(zip(names, days, strict=True))
    if flt.expired_documents:
        where.append("c.id IN (SELECT client_id FROM expiring_documents WHERE expires_on < :today)")
        params["today"] = today.isoformat()
    if flt.has_debt:
        where.append(_IN_DEBT)
    return where, params


# Sold and refunded raise what a client owes, paid lowers it (domain/common/ledger.py);
# summed over the ledger's client index, never stored.
_IN_DEBT = (
    "c.id IN (SELECT client_id FROM ledger GROUP BY client_id HAVING "
    f"sum(CASE kind WHEN '{EntryKind.PAID.value}' THEN -amount_minor ELSE amount_minor END) > 0)"
)


def _order(connection: Connection, sort: ClientSort, descending: bool) -> str:
    direction = "DESC" if descending else "ASC"
    if sort is ClientSort.RELEVANCE or sort not in _ORDER:
        return f"c.sort_name {direction}, c.id {direction}"
    number = _dialect(connection).number
    return _ORDER[sort].format(dir=direction, number=number) + ", c.sort_name, c.id"


@dataclass(frozen=True)
class ClientPage:
    """One page of client ids; `near_ids` were found only with a typo forgiven."""

    ids: list[int]
    near_ids: frozenset[int] = frozenset()


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
) -> ClientPage:
    """One page of client ids. With a query and RELEVANCE order: exact number, phone and
    e-mail matches first, then names that start with the query, the better matches, the
    rest, matches across alphabets, and last the near matches (one typo forgiven)."""
    where, params = _filters(connection, flt, today)
    order = _order(connection, sort, descending)
    if plan is None or plan.is_empty:
        return ClientPage(_ids(connection, where, params, order, limit, offset))

    exact_sql, exact_params = client_match.exact_condition(connection, plan, exact_phone)
    params.update(exact_params)
    found = client_match.matching(plan)
    if sort is not ClientSort.RELEVANCE:
        found = client_match.forgive(connection, plan, found)
        condition = _any_match(connection, exact_sql, plan, found, params)
        ids = _ids(connection, [*where, condition], params, order, limit, offset)
        return ClientPage(ids, _near_on_page(connection, ids, exact_sql, found, params))

    wanted = offset + limit
    ordered = _ids(connection, [*where, exact_sql], params, order, wanted, 0)
    if not found.has_match or len(ordered) >= wanted:
        return ClientPage(ordered[offset:wanted])
    if found.typed is None:
        short = _short_words(connection, plan, found, ordered, where, params, wanted)
        return ClientPage(short[offset:wanted])

    pages = [ordered]
    if not (plan.phone_digits or plan.email):
        # Names that start with what was typed ("Шевченко Ол…"): an index range, in
        # name order, usually a whole page at once without touching the match set.
        name_start, range_params = _name_range(plan.exact)
        pages.append(
            _ids(connection, [*where, name_start], {**params, **range_params}, order, wanted, 0)
        )
    taken = set(_merge(pages))
    # A client already taken is left out of the groups after it; the near matches are
    # looked for only when the real ones do not fill the page.
    for tier in (found.better, found.typed, found.spelled):
        if tier is not None and len(taken) < wanted:
            group = _group(connection, tier, taken, where, params, wanted)
            pages.append(group)
            taken.update(group)
    near: list[int] = []
    if len(taken) < wanted:
        forgiven = client_match.forgive(connection, plan, found).forgiven
        if forgiven is not None:
            near = _group(connection, forgiven, taken, where, params, wanted)
            pages.append(near)
    ids = _merge(pages)[offset:wanted]
    return ClientPage(ids, frozenset(near).intersection(ids))


def _short_words(
    connection: Connection,
    plan: SearchPlan,
    found: client_match.Matching,
    ordered: list[int],
    where: list[str],
    params: dict[str, Any],
    wanted: int,
) -> list[int]:
    """Only short words: the name (as sorted: last first middle) starts with the first,
    the others start some name word. An index range, already in name order."""
    name_start, range_params = _name_range(plan.prefixes[0])
    in_range = [*where, name_start]
    range_params.update(params)
    if len(plan.prefixes) == 1:
        rest = _ids(connection, in_range, range_params, "c.sort_name, c.id", wanted, 0)
    else:
        # The range is read in name order through its index and the members kept: a
        # page of matches costs a few hundred rows even when thousands match.
        match = client_match.match_select(connection, [client_match.Tier(words=found.prefixes)])
        assert match is not None
        members = _id_set(connection, *match)
        rest = _walk(connection, in_range, range_params, "c.sort_name, c.id", members, wanted)
    return _merge([ordered, rest])


def _condition(
    connection: Connection,
    exact_sql: str,
    tiers: tuple[client_match.Tier | None, ...],
    params: dict[str, Any],
) -> str:
    """Exactly what was typed, or a match of any of `tiers`."""
    match = client_match.match_select(connection, tiers)
    if match is None:
        return exact_sql
    params.update(match[1])
    return f"({exact_sql} OR c.id IN ({match[0]}))"


def _any_match(
    connection: Connection,
    exact_sql: str,
    plan: SearchPlan,
    found: client_match.Matching,
    params: dict[str, Any],
) -> str:
    """Every client the relevance pages hold, as one condition."""
    if found.typed is not None or found.prefixes is None:
        return _condition(connection, exact_sql, found.every, params)
    # Only short words: the name starts with the first, the others start a name word.
    name_start, range_params = _name_range(plan.prefixes[0])
    params.update(range_params)
    if len(plan.prefixes) > 1:
        words = client_match.Tier(words=found.prefixes)
        name_start += " AND " + _condition(connection, "0 = 1", (words,), params)
    return f"({exact_sql} OR ({name_start}))"


def _near_on_page(
    connection: Connection,
    ids: list[int],
    exact_sql: str,
    found: client_match.Matching,
    params: dict[str, Any],
) -> frozenset[int]:
    """The ids of a page (in any order) that only a forgiven typo brought."""
    if found.forgiven is None or not ids:
        return frozenset()
    real = {**params}
    condition = _condition(connection, exact_sql, found.real, real)
    sure = _in_ids(connection, ids, [condition], real, "c.id", len(ids))
    return frozenset(ids) - set(sure)


def _group(
    connection: Connection,
    tier: client_match.Tier,
    taken: set[int],
    where: list[str],
    params: dict[str, Any],
    wanted: int,
) -> list[int]:
    """The matches of `tier` not yet taken that pass the
    filters, enough to fill `wanted` with `taken`: alphabetically, or for a group too
    large to sort at typing speed, newest first. The index gives the matches newest
    first a chunk at a time, so everyone at gmail.com costs one chunk, not a million."""
    wanted -= len(taken)
    match = client_match.match_select(connection, [tier], newest_first=SORTED_GROUP_LIMIT + 1)
    assert match is not None
    sql, match_params = match
    if on_postgres(connection):
        return _group_on_server(connection, match, taken, where, params, wanted)
    before = _NO_ID
    chosen: list[int] = []
    while len(chosen) < wanted:
        chunk = [row[0] for row in _rows(connection, sql, {**match_params, "before": before})]
        fresh = [i for i in chunk if i not in taken]
        if before == _NO_ID and len(chunk) <= SORTED_GROUP_LIMIT:
            return _in_ids(connection, fresh, where, params, "c.sort_name, c.id", wanted)
        passing = set(_in_ids(connection, fresh, where, params, "c.id DESC", wanted))
        chosen.extend(i for i in fresh if i in passing)
        if len(chunk) <= SORTED_GROUP_LIMIT:
            break
        before = chunk[-1]
    return chosen[:wanted]


def _group_on_server(
    connection: Connection,
    match: tuple[str, dict[str, Any]],
    taken: set[int],
    where: list[str],
    params: dict[str, Any],
    wanted: int,
) -> list[int]:
    """`_group` on PostgreSQL, a chunk per statement: the chunk's ids stay on the
    server, where sending thousands of them back as an array for the filters and the
    order cost more than the match itself (4 ms for everyone at ukr.net). Each row
    brings the chunk's size and its oldest id, and no id when none passes."""
    sql, match_params = match
    taken_condition, taken_param = in_list(connection, "c.id", "group_taken", sorted(taken))
    passing = " AND ".join([*where, f"NOT {taken_condition}"])
    # Either branch runs, as the chunk's size says; each reads its clients by key
    # (as a join, PostgreSQL merged the chunk with all the clients in id order).
    in_chunk = "c.id = ANY(ARRAY(SELECT id FROM chunk))"
    statement = (
        f"WITH chunk AS MATERIALIZED ({sql}), "
        "size AS (SELECT count(*) AS n, min(id) AS oldest FROM chunk) "
        "SELECT size.n, size.oldest, p.id FROM size LEFT JOIN LATERAL ("
        "(SELECT c.id, c.sort_name AS name_key, c.id AS id_key FROM clients c "
        f"WHERE size.n <= :group_sorted AND {in_chunk} AND {passing} "
        "ORDER BY c.sort_name, c.id LIMIT :group_wanted) UNION ALL "
        "(SELECT c.id, NULL, -c.id FROM clients c "
        f"WHERE size.n > :group_sorted AND {in_chunk} AND {passing} "
        "ORDER BY c.id DESC LIMIT :group_wanted)"
        ") p ON true ORDER BY p.name_key, p.id_key"
    )
    statement_params = {**params, **match_params, **taken_param, "group_wanted": wanted}
    before, sorted_limit = _NO_ID, SORTED_GROUP_LIMIT
    chosen: list[int] = []
    while len(chosen) < wanted:
        rows = connection.execute(
            text(statement), {**statement_params, "before": before, "group_sorted": sorted_limit}
        ).all()
        size, oldest = rows[0][0], rows[0][1]
        chosen.extend(row[2] for row in rows if row[2] is not None)
        if size <= SORTED_GROUP_LIMIT:
            break
        # Only the first chunk may be small enough to be shown alphabetically.
        before, sorted_limit = oldest, -1
    return chosen[:wanted]


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
    """How many clients the pages of `select_client_ids` hold in all."""
    where, params = _filters(connection, flt, today)
    if plan is not None and not plan.is_empty:
        exact_sql, exact_params = client_match.exact_condition(connection, plan, exact_phone)
        params.update(exact_params)
        found = client_match.forgive(connection, plan, client_match.matching(plan))
        where.append(_any_match(connection, exact_sql, plan, found, params))
    sql = "SELECT count(*) FROM clients c WHERE " + " AND ".join(where)
    return int(connection.execute(text(sql), params).scalar_one())


def _rows(
    connection: Connection, sql: str, params: dict[str, Any]
) -> Generator[tuple[Any, ...], None, None]:
    """Rows straight from the sqlite3 cursor: these queries return thousands of ids per
    keystroke, and SQLAlchemy's row objects would double the cost. (psycopg names its
    parameters another way: PostgreSQL's rows come through SQLAlchemy.)"""
    if on_postgres(connection):
        yield from connection.execute(text(sql), params)
        return
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        yield from cursor.execute(sql, params)
    finally:
        cursor.close()


def _id_set(connection: Connection, sql: str, params: dict[str, Any]) -> set[int]:
    return {row[0] for row in _rows(connection, sql, params)}


def _in_ids(
    connection: Connection,
    ids: Collection[int],
    where: list[str],
    params: dict[str, Any],
    order: str,
    wanted: int,
) -> list[int]:
    """The first `wanted` of `ids` that pass the filters, in `order`."""
    if not ids or wanted <= 0:
        return []
    condition, ids_param = in_list(connection, "c.id", "ids", ids)
    params = {**params, **ids_param}
    if on_postgres(connection) and not order.startswith("c.id"):
        # Read them by key, then sort them: left to itself, PostgreSQL walked the name
        # index from "А" on and filtered every client it passed until it had a page
        # (30-110 ms at 100,000 clients for a group of 1,000-5,000 ids).
        picked = f"WITH picked AS MATERIALIZED (SELECT * FROM clients c WHERE {condition}) "
        return _ids(connection, where, params, order, wanted, 0, table="picked", with_=picked)
    return _ids(connection, [*where, condition], params, order, wanted, 0)


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
    *,
    table: str = "clients",
    with_: str = "",
) -> list[int]:
    """The ids of `table` (the clients, or the rows of a CTE that `with_` defines) as `c`
    in the conditions and the order."""
    sql = (
        f"{with_}SELECT c.id FROM {table} c WHERE "
        + " AND ".join(where)
        + f" ORDER BY {order} LIMIT :limit OFFSET :offset"
    )
    return [row[0] for row in _rows(connection, sql, {**params, "limit": limit, "offset": offset})]
