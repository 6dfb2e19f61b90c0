"""Showing service errors in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salon_crm.domain.common.errors import FieldError
from salon_crm.domain.common.messages import CONTEXT
from salon_crm.gui.common.countries import country_name


def field_message(error: FieldError) -> str:
    """The error's message translated, with its parameters filled in (a `region` code
    as the country's name)."""
    template = QCoreApplication.translate(CONTEXT, error.template)
    params = dict(error.params)
    if isinstance(params.get("region"), str):
        params["region"] = country_name(params["region"])
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return error.message
