"""Per-machine interface state (window geometry, column widths, language, last login).

Declared keys with defaults in one place; salon-wide settings live in the database.
What this computer remembers of one salon (the last login, the clients opened last) is
kept per data folder, so opening another salon shows none of the first one's names;
geometry and columns belong to the computer and stay global.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", str, int, QByteArray)


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    default: T
    per_salon: bool = False  # kept apart for each data folder (`salon=` is then required)


LANGUAGE: Key[str] = Key("ui/language", "")
LAST_LOGIN: Key[str] = Key("ui/last_login", "", per_salon=True)
MAIN_GEOMETRY: Key[QByteArray] = Key("main_window/geometry", QByteArray())
MAIN_STATE: Key[QByteArray] = Key("main_window/state", QByteArray())
CLIENT_TABLE_HEADER: Key[QByteArray] = Key("client_list/header", QByteArray())
CLIENT_SPLITTER: Key[QByteArray] = Key("client_list/splitter", QByteArray())
CARD_GEOMETRY: Key[QByteArray] = Key("client_card/geometry", QByteArray())
QUESTIONNAIRE_GEOMETRY: Key[QByteArray] = Key("questionnaire/geometry", QByteArray())
PHOTO_COMPARE_GEOMETRY: Key[QByteArray] = Key("photo_compare/geometry", QByteArray())
PHOTO_EXPORT_FOLDER: Key[str] = Key("photo_compare/export_folder", "")
CLIENT_FILTERS_VISIBLE: Key[int] = Key("client_list/filters_visible", 1)
# Clients opened last on this computer, newest first: ids joined by commas.
RECENT_CLIENTS: Key[str] = Key("home/recent_clients", "", per_salon=True)
LOCK_AFTER_MINUTES: Key[int] = Key("security/lock_after_minutes", 15)
# The capture dialog: the camera used last (its CameraDevice.key), the resolution asked of
# it ("1280x720") and whether the preview is a mirror.
CAMERA_DEVICE: Key[str] = Key("camera/device", "")
CAMERA_RESOLUTION: Key[str] = Key("camera/resolution", "1280x720")
CAMERA_MIRROR: Key[int] = Key("camera/mirror", 1)
# The folder a photo file was last chosen from.
PHOTO_FOLDER: Key[str] = Key("photos/last_folder", "")
# The folder a document's PDF was last saved to.
DOCUMENT_FOLDER: Key[str] = Key("documents/save_folder", "")
# The template the fill-contract dialog offered last (its id in this salon; 0: none yet).
CONTRACT_TEMPLATE: Key[int] = Key("documents/last_template", 0, per_salon=True)


def store() -> QSettings:
    """The settings file of this machine's user (INI, so it is readable and portable)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "salon-crm", "salon-crm"
    )


def salon_group(data_dir: Path) -> str:
    """The settings group of one salon, named by its data folder's resolved path (hashed:
    a path holds characters a settings key cannot)."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"salons/{digest}"


def _stored_name(key: Key[Any], salon: Path | None) -> str:
    if not key.per_salon:
        return key.name
    if salon is None:
        raise ValueError(f"{key.name} is kept per salon: pass the salon's data folder")
    return f"{salon_group(salon)}/{key.name}"


@overload
def get(key: Key[QByteArray], *, salon: Path | None = None) -> QByteArray: ...
@overload
def get(key: Key[int], *, salon: Path | None = None) -> int: ...
@overload
def get(key: Key[str], *, salon: Path | None = None) -> str: ...
def get(key: Key[Any], *, salon: Path | None = None) -> Any:
    """The stored value, or the declared default if absent or unreadable. A per-salon key
    reads the value of the salon whose data folder is `salon`."""
    value = store().value(_stored_name(key, salon), key.default)
    if isinstance(key.default, QByteArray):
        return value if isinstance(value, QByteArray) else key.default
    if isinstance(key.default, int):
        try:
            return int(str(value))
        except ValueError:
            return key.default
    return key.default if value is None else str(value)


def put(key: Key[T], value: T, *, salon: Path | None = None) -> None:
    settings = store()
    settings.setValue(_stored_name(key, salon), value)
    if salon is not None and key.per_salon:
        # Beside the hashed group, the folder itself: the file stays readable to a person.
        settings.setValue(f"{salon_group(salon)}/data_folder", str(salon.resolve()))
