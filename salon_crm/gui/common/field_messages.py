"""Showing service errors in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salon_crm.domain.common.errors import FieldError
from salon_crm.domain.common.messages import CONTEXT


def field_message(error: FieldError) -> str:
    """The error's message translated, with its parameters filled in."""
    template = QCoreApplication.translate(CONTEXT, error.template)
    try:
        return template.format(**error.params)
    except (KeyError, IndexError, ValueError):
        return error.message
