"""A combo box to choose an entry of one of the salon's lists (category, source, the
staff member responsible), as the questionnaire and the templates for new cards offer it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from salon_crm.services.settings.settings_service import ListItem


def fill_list_combo(combo: QComboBox, items: Iterable[ListItem], current: int | None) -> None:
    """ "— not set —" first, then the entries; hidden entries are offered no more, but the
    one chosen already (`current`) stays."""
    combo.clear()
    combo.addItem(QCoreApplication.translate("ListChoice", "— not set —"), None)
    for item in items:
        if not item.is_hidden or item.id == current:
            combo.addItem(item.name, item.id)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
