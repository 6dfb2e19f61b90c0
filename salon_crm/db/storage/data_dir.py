"""Opening a salon's data directory: the database upgraded to the current schema."""

from __future__ import annotations

from pathlib import Path

from salon_crm import paths
from salon_crm.db.engine import Database
from salon_crm.db.storage.migration_runner import upgrade_to_head


def open_data_dir(data_dir: Path) -> Database:
    """Create the directory if needed, back up and migrate the database, and open it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    db_path = paths.database_path(data_dir)
    upgrade_to_head(db_path, backup_dir=paths.backups_dir(data_dir))
    return Database.open_file(db_path)
