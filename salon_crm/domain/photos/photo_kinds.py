"""What a photo of a client is: the profile photo, or a clinical one (before or after a
procedure, or any other) of a zone, and how it reached the program."""

from __future__ import annotations

from enum import StrEnum


class PhotoKind(StrEnum):
    PROFILE = "profile"
    BEFORE = "before"
    AFTER = "after"
    # A clinical photo that is neither (an assessment, progress between visits).
    CLINICAL = "clinical"

    @property
    def is_clinical(self) -> bool:
        return self is not PhotoKind.PROFILE


class PhotoZone(StrEnum):
    """The zone and angle of a clinical photo; CUSTOM carries a name of its own."""

    FRONT = "front"
    LEFT = "left"
    RIGHT = "right"
    TOP = "top"
    CUSTOM = "custom"


class PhotoSource(StrEnum):
    CAMERA = "camera"
    FILE = "file"
