"""Per-machine interface state (window geometry, column widths, language, last login).

Declared keys with defaults in one place; salon-wide settings live in the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", str, int, QByteArray)


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    default: T


LANGUAGE: Key[str] = Key("ui/language", "")
LAST_LOGIN: Key[str] = Key("ui/last_login", "")
MAIN_GEOMETRY: Key[QByteArray] = Key("main_window/geometry", QByteArray())
MAIN_STATE: Key[QByteArray] = Key("main_window/state", QByteArray())
CLIENT_TABLE_HEADER: Key[QByteArray] = Key("client_list/header", QByteArray())
CLIENT_SPLITTER: Key[QByteArray] = Key("client_list/splitter", QByteArray())
CARD_GEOMETRY: Key[QByteArray] = Key("client_card/geometry", QByteArray())
QUESTIONNAIRE_GEOMETRY: Key[QByteArray] = Key("questionnaire/geometry", QByteArray())
CLIENT_FILTERS_VISIBLE: Key[int] = Key("client_list/filters_visible", 1)
# Clients opened last on this computer, newest first: ids joined by commas.
RECENT_CLIENTS: Key[str] = Key("home/recent_clients", "")
LOCK_AFTER_MINUTES: Key[int] = Key("security/lock_after_minutes", 15)


def store() -> QSettings:
    """The settings file of this machine's user (INI, so it is readable and portable)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "salon-crm", "salon-crm"
    )


@overload
def get(key: Key[QByteArray]) -> QByteArray: ...
@overload
def get(key: Key[int]) -> int: ...
@overload
def get(key: Key[str]) -> str: ...
def get(key: Key[Any]) -> Any:
    """The stored value, or the declared default if absent or unreadable."""
    value = store().value(key.name, key.default)
    if isinstance(key.default, QByteArray):
        return value if isinstance(value, QByteArray) else key.default
    if isinstance(key.default, int):
        try:
            return int(str(value))
        except ValueError:
            return key.default
    return key.default if value is None else str(value)


def put(key: Key[T], value: T) -> None:
    store().setValue(key.name, value)
