"""Alembic environment: the models' metadata, batch mode for SQLite, search index ignored.

Run from code (`salon_crm.db.storage.migration_runner`), which passes an open connection inside
its foreign-keys-off transaction as `config.attributes["connection"]`. Run standalone
(an `alembic` command with a config of your own), it opens `sqlalchemy.url` or the
default database itself, through the same protocol.
"""

from __future__ import annotations

from pathlib import Path

from alembic import context
from sqlalchemy import Connection, make_url

import salon_crm.db.models  # noqa: F401 - registers every table on Base.metadata
from salon_crm import paths
from salon_crm.db.base import Base
from salon_crm.db.storage import migration_runner

config = context.config
target_metadata = Base.metadata


def _database_path() -> Path:
    url = config.get_main_option("sqlalchemy.url")
    if url:
        database = make_url(url).database
        if not database:
            raise ValueError(f"sqlalchemy.url names no database file: {url}")
        return Path(database)
    return paths.database_path(paths.default_data_dir())


def run_migrations_offline() -> None:
    """Print the SQL instead of running it (`alembic upgrade --sql`)."""
    context.configure(
        url=config.get_main_option("sqlalchemy.url") or f"sqlite:///{_database_path()}",
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        **migration_runner.context_options(),
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_on(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        **migration_runner.context_options(),
    )
    # Inside the runner's transaction this opens none of its own: all or nothing.
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    given = config.attributes.get(migration_runner.CONNECTION_ATTRIBUTE)
    if given is None:
        migration_runner.run_migration(_database_path(), run_migrations_on)
    else:
        run_migrations_on(given)
