"""Where the program finds its files: bundled resources and the user's data directory.

`ui/`, `resources/` and `migrations/` sit at the top of the source tree and are installed
as the packages `salon_crm.ui`, `salon_crm.resources` and `salon_crm.migrations`
(pyproject's package-dir), so a checkout, an editable install and a wheel all resolve
them the same way through importlib.resources.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

import platformdirs

APP_NAME = "salon-crm"
DATA_DIR_ENV = "SALON_CRM_DATA_DIR"
DATABASE_FILE = "salon.db"
MEDIA_DIR = "media"
BACKUP_DIR = "backups"


def _package_dir(package: str) -> Path:
    return Path(str(files(package)))


def ui_dir() -> Path:
    return _package_dir("salon_crm.ui")


def resources_dir() -> Path:
    return _package_dir("salon_crm.resources")


def migrations_dir() -> Path:
    return _package_dir("salon_crm.migrations")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def face_chart_art(view: str) -> Path:
    """The face chart's drawing of one view (`front`, `left`, `right`)."""
    return resources_dir() / "face_chart" / f"{view}.svg"


def document_template(kind: str, language: str) -> Path:
    """A default document template's text (`service_contract`, `uk`)."""
    return resources_dir() / "templates" / f"{kind}.{language}.md"


def default_data_dir() -> Path:
    """`SALON_CRM_DATA_DIR` if set, else the platform's per-user data directory."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILE


def backups_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def logs_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


def media_dir(data_dir: Path) -> Path:
    return data_dir / MEDIA_DIR
