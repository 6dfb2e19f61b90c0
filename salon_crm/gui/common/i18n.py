"""Choosing and installing the interface language (ru, uk, pl, en)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from salon_crm import paths
from salon_crm.domain.common.money import Money, format_money
from salon_crm.gui.common.ts_translator import TsTranslator

LANGUAGES = ("en", "ru", "uk", "pl")
# Each language named in itself, as a language menu shows it.
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "uk": "Українська", "pl": "Polski"}

_installed: list[QTranslator] = []


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def install_language(language: str) -> None:
    """Replace the installed translators with those of `language` (also Qt's own dialogs)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no QCoreApplication")
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return
    qt_own = QTranslator(app)
    if qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        QCoreApplication.installTranslator(qt_own)
        _installed.append(qt_own)
    source = paths.translations_dir() / f"salon_crm_{language}.ts"
    if source.exists():
        ours = TsTranslator(source, app)
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)


def current_language() -> str:
    return QLocale().name().split("_")[0]


def money_text(amount: Money) -> str:
    """An amount as the interface language writes it."""
    return format_money(amount, current_language())
