"""How the gallery orders a client's photos: the profile photo's history first, then the
clinical photos by procedure and day, newest first; which two photos a comparison puts
left and right; and the before/after pair offered without picking."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from salon_crm.domain.photos.photo_kinds import PhotoKind, PhotoZone
from salon_crm.services.photos.photo_types import PhotoRow

# Within a day, a procedure's before photos come first and its after photos last.
_KIND_ORDER = {PhotoKind.BEFORE: 0, PhotoKind.CLINICAL: 1, PhotoKind.AFTER: 2, PhotoKind.PROFILE: 3}


@dataclass(frozen=True)
class PhotoGroup:
    """The profile photo's history (`day` None), or the clinical photos of one procedure
    (`procedure` its row's names) or of one day without a procedure."""

    day: date | None
    procedure: PhotoRow | None  # a photo of the group, to name its procedure by
    photos: tuple[PhotoRow, ...]

    @property
    def is_profile(self) -> bool:
        return self.day is None


def group_photos(rows: Sequence[PhotoRow]) -> list[PhotoGroup]:
    profile = tuple(row for row in rows if row.kind is PhotoKind.PROFILE)
    groups: dict[tuple[date, int], list[PhotoRow]] = {}
    for row in rows:
        if row.kind is not PhotoKind.PROFILE:
            groups.setdefault(_group_key(row), []).append(row)
    found = [PhotoGroup(None, None, profile)] if profile else []
    for (day, procedure_id), photos in sorted(groups.items(), reverse=True):
        photos.sort(key=lambda row: (_KIND_ORDER[row.kind], _zone(row), row.id))
        found.append(PhotoGroup(day, photos[0] if procedure_id else None, tuple(photos)))
    return found


def _group_key(row: PhotoRow) -> tuple[date, int]:
    if row.procedure_id is not None:
        return row.procedure_on or row.taken_on, row.procedure_id
    return row.taken_on, 0


def _zone(row: PhotoRow) -> tuple[str, str]:
    return (row.zone.value if row.zone else "", row.zone_note.casefold())


def same_zone(first: PhotoRow, second: PhotoRow) -> bool:
    return _zone(first) == _zone(second) and (
        first.zone is not PhotoZone.CUSTOM or bool(first.zone_note)
    )


def in_comparison_order(first: PhotoRow, second: PhotoRow) -> tuple[PhotoRow, PhotoRow]:
    """The earlier photo left, the later right; on one day, before left of after."""
    left, right = sorted(
        (first, second), key=lambda row: (row.taken_on, _KIND_ORDER[row.kind], row.id)
    )
    return left, right


def latest_before_after(rows: Sequence[PhotoRow]) -> tuple[PhotoRow, PhotoRow] | None:
    """The newest after photo that has a before photo of its zone taken by its day, with
    the newest such before photo: what "Compare before/after" opens."""
    newest_first = sorted(rows, key=lambda row: (row.taken_on, row.id), reverse=True)
    for after in newest_first:
        if after.kind is not PhotoKind.AFTER:
            continue
        for before in newest_first:
            if (
                before.kind is PhotoKind.BEFORE
                and before.taken_on <= after.taken_on
                and same_zone(before, after)
            ):
                return before, after
    return None
