"""Photos for a demo salon, stored through the photo service like any others: a profile
photo for some clients, and before/after pairs of a zone at the latest procedure of some
clients with a history (the demo gives them the consent to clinical photos)."""

from __future__ import annotations

import random
from collections.abc import Iterable

from PIL.Image import Image

from salon_crm.demo.photo_art import portrait, skin_patch
from salon_crm.domain.photos.photo_kinds import PhotoKind, PhotoZone
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.photos.photo_types import PhotoDetails, RgbFrame

PORTRAIT_SHARE = 0.5
SERIES_SHARE = 0.6
ZONES = (PhotoZone.FRONT, PhotoZone.LEFT, PhotoZone.RIGHT)


def add_demo_photos(
    workspace: Workspace, owner: Actor, client_ids: Iterable[int], *, seed: int = 1
) -> int:
    """Photos for some of `client_ids`; returns how many were stored."""
    rng = random.Random(f"{seed}/photos")
    photos = workspace.photos(owner)
    procedures = workspace.procedures(owner)
    stored = 0
    for client_id in client_ids:
        if rng.random() < PORTRAIT_SHARE:
            photos.add_frame(client_id, _frame(portrait(rng)), PhotoDetails(PhotoKind.PROFILE))
            stored += 1
        visits = procedures.visits(client_id)
        if not visits or rng.random() >= SERIES_SHARE:
            continue
        zone, skin = rng.choice(ZONES), rng.randrange(1 << 30)
        for kind, redness in ((PhotoKind.BEFORE, 1.0), (PhotoKind.AFTER, 0.35)):
            details = PhotoDetails(kind, zone=zone, procedure_id=visits[0].id)
            photos.add_frame(client_id, _frame(skin_patch(skin, redness=redness)), details)
            stored += 1
    return stored


def _frame(image: Image) -> RgbFrame:
    return RgbFrame(image.width, image.height, image.tobytes())
