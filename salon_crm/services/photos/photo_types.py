"""What the photo service takes and gives back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from salon_crm.domain.photos.photo_kinds import PhotoKind, PhotoSource, PhotoZone


@dataclass(frozen=True)
class RgbFrame:
    """A picture from the camera as it is: `width`×`height` pixels of 3 bytes (R, G, B),
    rows top to bottom with no padding. It was never a file, so it needs none of a file's
    checks, only the size limits."""

    width: int
    height: int
    data: bytes


@dataclass(frozen=True)
class PhotoDetails:
    """What a photo shows. `zone` is for clinical photos (CUSTOM with `zone_note` naming
    it); `taken_on` defaults to today (an "after" photo of a procedure may come weeks
    after it)."""

    kind: PhotoKind
    zone: PhotoZone | None = None
    zone_note: str = ""
    taken_on: date | None = None
    procedure_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class PhotoRow:
    """One stored photo. `marketing` is the mark a user set; `marketing_allowed` is whether
    the photo may be used in advertising today (marked, and the consent still active)."""

    id: int
    client_id: int
    kind: PhotoKind
    zone: PhotoZone | None
    zone_note: str
    taken_on: date
    created_at: datetime
    created_by: str
    procedure_id: int | None
    procedure_custom_name: str
    procedure_default_name: str  # the catalogue's English name: the GUI translates it
    procedure_on: date | None
    width: int
    height: int
    size: int
    full_sha256: str
    thumb_sha256: str
    source: PhotoSource
    marketing: bool
    marketing_allowed: bool
    note: str
    is_current_profile: bool

    @property
    def procedure_name(self) -> str:
        return self.procedure_custom_name or self.procedure_default_name
