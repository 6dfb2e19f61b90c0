"""The countries a salon can be in, named in the interface language: one list for the
first run, the requisites and the messages that name a country."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QCoreApplication, QLocale

from salon_crm.domain.common.translation import QT_TRANSLATE_NOOP

_CONTEXT = "Countries"
_NAMES = {
    "UA": QT_TRANSLATE_NOOP("Countries", "Ukraine"),
    "PL": QT_TRANSLATE_NOOP("Countries", "Poland"),
    "RU": QT_TRANSLATE_NOOP("Countries", "Russia"),
    "KZ": QT_TRANSLATE_NOOP("Countries", "Kazakhstan"),
    "BY": QT_TRANSLATE_NOOP("Countries", "Belarus"),
    "MD": QT_TRANSLATE_NOOP("Countries", "Moldova"),
    "GE": QT_TRANSLATE_NOOP("Countries", "Georgia"),
    "DE": QT_TRANSLATE_NOOP("Countries", "Germany"),
    "CZ": QT_TRANSLATE_NOOP("Countries", "Czechia"),
    "SK": QT_TRANSLATE_NOOP("Countries", "Slovakia"),
    "LT": QT_TRANSLATE_NOOP("Countries", "Lithuania"),
    "LV": QT_TRANSLATE_NOOP("Countries", "Latvia"),
    "EE": QT_TRANSLATE_NOOP("Countries", "Estonia"),
    "RO": QT_TRANSLATE_NOOP("Countries", "Romania"),
    "AM": QT_TRANSLATE_NOOP("Countries", "Armenia"),
    "AZ": QT_TRANSLATE_NOOP("Countries", "Azerbaijan"),
    "UZ": QT_TRANSLATE_NOOP("Countries", "Uzbekistan"),
    "IL": QT_TRANSLATE_NOOP("Countries", "Israel"),
}


def country_name(code: str) -> str:
    """The country's name; the code itself for a country not in the list."""
    name = _NAMES.get(code.upper())
    return QCoreApplication.translate(_CONTEXT, name) if name else code


def countries() -> list[tuple[str, str]]:
    """(code, name) of every country, in the alphabetical order of the names."""
    collator = QCollator(QLocale())
    named = [(code, country_name(code)) for code in _NAMES]
    return sorted(named, key=lambda item: collator.sortKey(item[1]))


def system_country(default: str = "UA") -> str:
    """The computer's own country when it is in the list."""
    code = QLocale.territoryToCode(QLocale.system().territory())
    return code if code in _NAMES else default
