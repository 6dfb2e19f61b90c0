"""The words a photo is shown with: its kind, its zone, and the one-line caption of a
comparison (kind · day · zone). Built per call: the language can change while the
program runs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salon_crm.domain.common.dates import format_day
from salon_crm.domain.health import procedure_catalogue
from salon_crm.domain.photos.photo_kinds import PhotoKind, PhotoZone
from salon_crm.services.photos.photo_types import PhotoRow


def kind_label(kind: PhotoKind) -> str:
    texts = {
        PhotoKind.PROFILE: QCoreApplication.translate("PhotoLabels", "Profile"),
        PhotoKind.BEFORE: QCoreApplication.translate("PhotoLabels", "Before"),
        PhotoKind.AFTER: QCoreApplication.translate("PhotoLabels", "After"),
        PhotoKind.CLINICAL: QCoreApplication.translate("PhotoLabels", "Clinical"),
    }
    return texts[kind]


def zone_label(zone: PhotoZone | None, note: str = "") -> str:
    """The zone's name; a custom zone is called by its note. Empty for no zone."""
    if zone is None:
        return ""
    if zone is PhotoZone.CUSTOM:
        return note or QCoreApplication.translate("PhotoLabels", "Other zone")
    texts = {
        PhotoZone.FRONT: QCoreApplication.translate("PhotoLabels", "Front"),
        PhotoZone.LEFT: QCoreApplication.translate("PhotoLabels", "Left side"),
        PhotoZone.RIGHT: QCoreApplication.translate("PhotoLabels", "Right side"),
        PhotoZone.TOP: QCoreApplication.translate("PhotoLabels", "Top"),
    }
    return texts[zone]


def photo_caption(row: PhotoRow) -> str:
    """“Before · 12.03.2026 · Front”: what a compared or exported photo is labelled with."""
    parts = (kind_label(row.kind), format_day(row.taken_on), zone_label(row.zone, row.zone_note))
    return " · ".join(part for part in parts if part)


def procedure_title(row: PhotoRow) -> str:
    """The procedure of a photo as the salon named it, else the catalogue's name
    translated."""
    if row.procedure_custom_name:
        return row.procedure_custom_name
    return QCoreApplication.translate(procedure_catalogue.CONTEXT, row.procedure_default_name)
