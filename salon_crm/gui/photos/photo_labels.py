"""The words a photo is shown with: its kind, its zone, and the one-line caption of a
comparison (kind · day · zone). Built per call: the language can change while the
program runs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salon_crm.domain.common.dates import format_day
from salon_crm.domain.photos.photo_kinds import PhotoKind, PhotoZone
from salon_crm.services.photos.photo_types import PhotoRow

CONTEXT = "PhotoLabels"


def kind_label(kind: PhotoKind) -> str:
    texts = {
        PhotoKind.PROFILE: QCoreApplication.translate(CONTEXT, "Profile"),
        PhotoKind.BEFORE: QCoreApplication.translate(CONTEXT, "Before"),
        PhotoKind.AFTER: QCoreApplication.translate(CONTEXT, "After"),
        PhotoKind.CLINICAL: QCoreApplication.translate(CONTEXT, "Clinical"),
    }
    return texts[kind]


def zone_label(zone: PhotoZone | None, note: str = "") -> str:
    """The zone's name; a custom zone is called by its note. Empty for no zone."""
    if zone is None:
        return ""
    if zone is PhotoZone.CUSTOM:
        return note or QCoreApplication.translate(CONTEXT, "Other zone")
    texts = {
        PhotoZone.FRONT: QCoreApplication.translate(CONTEXT, "Front"),
        PhotoZone.LEFT: QCoreApplication.translate(CONTEXT, "Left side"),
        PhotoZone.RIGHT: QCoreApplication.translate(CONTEXT, "Right side"),
        PhotoZone.TOP: QCoreApplication.translate(CONTEXT, "Top"),
    }
    return texts[zone]


def photo_caption(row: PhotoRow) -> str:
    """“Before · 12.03.2026 · Front”: what a compared or exported photo is labelled with."""
    parts = (kind_label(row.kind), format_day(row.taken_on), zone_label(row.zone, row.zone_note))
    return " · ".join(part for part in parts if part)
