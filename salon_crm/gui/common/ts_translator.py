"""A QTranslator that reads Qt Linguist .ts files directly.

The .ts sources are the only translation files in the repository (compiled .qm files
are build output); reading them at start-up costs a few milliseconds and works the same
from a checkout, an editable install and a wheel.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QObject, QTranslator


def plural_index(language: str, n: int) -> int:
    """Which <numerusform> applies to `n` (the CLDR rules Qt Linguist uses)."""
    if language in {"ru", "uk"}:
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    if language == "pl":
        if n == 1:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


class TsTranslator(QTranslator):
    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = path.stem.rsplit("_", 1)[-1]
        self._messages: dict[tuple[str, str, str], list[str]] = {}
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            context_name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in {
                    "unfinished",
                    "obsolete",
                    "vanished",
                }:
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")]
                if not forms:
                    forms = [translation.text or ""]
                if not any(forms):
                    continue
                key = (
                    context_name,
                    message.findtext("source", ""),
                    message.findtext("comment", ""),
                )
                self._messages[key] = forms

    def __len__(self) -> int:
        return len(self._messages)

    def isEmpty(self) -> bool:
        return not self._messages

    def language(self) -> str:
        return self._language

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        forms = self._messages.get((context, source_text, disambiguation or ""))
        if forms is None:
            return None  # None, not "": Qt then falls back to the source text
        if n >= 0 and len(forms) > 1:
            return forms[min(plural_index(self._language, n), len(forms) - 1)]
        return forms[0]
