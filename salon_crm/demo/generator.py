"""Deterministic demo data: a salon, its three users and any number of realistic clients.

The same `seed`, `country` and `today` always give the same clients, phones, lists and
numbers (users' password hashes, their timestamps and the audit rows of their creation
are not: argon2 salts are random and `user_service` stamps the real time).

The name tables are data files (`tables`), the clients' rows are drawn in `client_rows`
and written with Core bulk inserts by `writing`; this module puts them together.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from salon_crm.db import bulk_load
from salon_crm.db.engine import Database
from salon_crm.db.models import User
from salon_crm.demo import writing
from salon_crm.demo.client_rows import HISTORY_DAYS, Batch, ClientRows
from salon_crm.demo.cosmetology_rows import CosmetologyBatch, CosmetologyRows
from salon_crm.demo.tables import tables
from salon_crm.domain.common.currencies import currency_for_country
from salon_crm.domain.common.enums import Role
from salon_crm.services.settings import user_service
from salon_crm.services.settings.user_service import UserService

# The default "today" of the generated salon. Fixed, so that two runs agree; pass the real
# date (`today=date.today()`) for demo data whose due calls and expiring documents are
# current.
REFERENCE_DATE = date(2025, 6, 2)
BATCH_SIZE = 2000
PASSWORD_LENGTH = 10
_PASSWORD_ALPHABET = "".join(
    ch for ch in string.ascii_letters + string.digits if ch not in "0OoIl1"
)


@dataclass(frozen=True)
class DemoUser:
    login: str
    role: Role
    password: str


def supported_countries() -> tuple[str, ...]:
    return tuple(tables().mixes)


def _password(rng: random.Random) -> str:
    return "".join(rng.choice(_PASSWORD_ALPHABET) for _ in range(PASSWORD_LENGTH))


def _demo_users(rng: random.Random) -> list[DemoUser]:
    return [
        DemoUser("owner", Role.OWNER, _password(rng)),
        DemoUser("admin", Role.ADMINISTRATOR, _password(rng)),
        DemoUser("cosmetologist", Role.SPECIALIST, _password(rng)),
    ]


def _create_users(db: Database, users: list[DemoUser], country: str) -> None:
    names = tables().salons[country]
    owner = user_service.setup_salon(
        db,
        salon_name=names["name"],
        country=country,
        login=users[0].login,
        password=users[0].password,
        full_name=names["owner"],
    )
    staff = UserService(db, owner)
    for user, name in zip(users[1:], (names["admin"], names["specialist"]), strict=True):
        staff.create_user(login=user.login, password=user.password, role=user.role, full_name=name)


def generate_demo(
    db: Database,
    *,
    clients: int,
    seed: int = 1,
    country: str = "UA",
    today: date = REFERENCE_DATE,
    progress: Callable[[int, int], None] | None = None,
    announce: Callable[[list[DemoUser]], None] | None = None,
) -> list[DemoUser]:
    """Fill an empty, migrated database with a demo salon; returns the users' logins.

    `today` is the salon's "now" for ages, due calls, expiring documents and the three
    years of history; it defaults to the fixed REFERENCE_DATE so runs are reproducible.
    `progress(done, total)` is called after each batch of clients.

    The users are created through `user_service` first (each in its own transaction);
    the lists and all the clients follow in one transaction, so a failure leaves the
    salon and its users but no half-written clients. `announce(users)` is called
    before the first user is written, so whoever runs the demo has the passwords of a
    salon that an interruption (Ctrl+C, a full disk) leaves behind.
    """
    country = country.strip().upper()
    if country not in supported_countries():
        known = ", ".join(supported_countries())
        raise ValueError(f"demo data exists for {known}, not {country}")
    if clients < 0:
        raise ValueError("clients must not be negative")
    writing.check_empty(db)
    rng = random.Random(seed)
    users = _demo_users(rng)
    if announce is not None:
        announce(users)
    _create_users(db, users, country)
    with db.engine.begin() as connection:
        user_table = writing.table(User)
        ids = dict(connection.execute(select(user_table.c.login, user_table.c.id)).all())
        generator = ClientRows(rng, country, today, [ids[u.login] for u in users])
        writing.write_lists(connection, country, today)
        cosmetology = CosmetologyRows(
            random.Random(f"{seed}/cosmetology"),
            today=today,
            start=today - timedelta(days=HISTORY_DAYS),
            currency=currency_for_country(country),
            type_ids=writing.procedure_type_ids(connection),
            specialist_ids=(ids["cosmetologist"], ids["owner"]),
        )
        writing.write_catalogue(connection, cosmetology)
        if progress is not None:
            progress(0, clients)
        # A stream of its own, so that the first clients of a small demo are the first
        # clients of a big one with the same seed.
        created = generator.created_times(clients, random.Random(f"{seed}/created"))
        for start in range(0, clients, BATCH_SIZE):
            batch, history = Batch.empty(), CosmetologyBatch()
            for client_id in range(start + 1, min(start + BATCH_SIZE, clients) + 1):
                generator.client(client_id, created[client_id - 1], batch)
                cosmetology.client(batch.clients[-1], history)
            writing.write_batch(connection, batch)
            writing.write_cosmetology(connection, history)
            if progress is not None:
                progress(min(start + BATCH_SIZE, clients), clients)
        writing.write_counter(connection, clients)
        bulk_load.continue_sequences(connection)
    bulk_load.settle(db.engine)
    return users
