"""Moving a data folder's salon from its SQLite file to a PostgreSQL server.

The folder is switched to the server (its server settings written) only after the copy
was verified; until then, and whatever fails, the folder still opens its SQLite file,
which is never written to and stays as the fallback.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from salon_crm.db.storage.data_dir import open_data_dir, open_server
from salon_crm.db.storage.salon_copy import (
    Progress,
    SalonCopyError,
    TableFigure,
    compare,
    copy_rows,
    figures,
)
from salon_crm.db.storage.server_settings import save_server, saved_url, with_password


@dataclass(frozen=True)
class MoveReport:
    tables: tuple[TableFigure, ...]
    seconds: float

    @property
    def rows(self) -> int:
        return sum(table.rows for table in self.tables)


def move_salon(data_dir: Path, url: str, password: str | None, progress: Progress) -> MoveReport:
    """Copy the folder's SQLite salon into the empty database at `url`, verify it and
    switch the folder to the server. Raises SalonCopyError or DataFolderError."""
    if saved_url(data_dir) is not None:
        raise SalonCopyError("this data folder's salon is already on a server")
    started = time.perf_counter()
    local = open_data_dir(data_dir)  # backed up and migrated first, like any opening
    server = open_server(with_password(url, password))
    try:
        # The SQLite transaction takes the file's write lock (see db.engine): nobody
        # adds a client there while it is being copied.
        # The check reads the server's rows back before they are committed: a copy that
        # differs is rolled back and leaves the server's tables empty.
        with local.engine.begin() as source, server.engine.begin() as target:
            copy_rows(source, target, progress)
            here = figures(source)
            compare(here, figures(target))
    finally:
        local.dispose()
        server.dispose()
    save_server(data_dir, url, password)
    return MoveReport(tuple(here.values()), time.perf_counter() - started)
