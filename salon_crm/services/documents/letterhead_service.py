"""The salon's logo on the letterhead of every document: any image the photo pipeline
reads (JPEG, PNG, HEIC…), kept in the media store as a PNG small enough for a header."""

from __future__ import annotations

import io

from sqlalchemy.orm import Session

from salon_crm.db.models import Salon
from salon_crm.domain.common.errors import NotFoundError
from salon_crm.domain.permissions import Permission
from salon_crm.services.core.bound_service import MediaBoundService
from salon_crm.services.core.unit_of_work import unit_of_work
from salon_crm.services.photos.photo_images import open_image

PNG = "image/png"
# A letterhead logo is 16 mm high: 600 pixels print it sharply at any size it is given.
LOGO_MAX_SIDE = 600
MAX_LOGO_BYTES = 5 * 1024 * 1024


class LetterheadService(MediaBoundService):
    def logo(self) -> bytes | None:
        """The logo as PNG, or None when the salon has none (or its file is gone)."""
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            digest = _salon(session).logo_sha256
        if digest is None:
            return None
        try:
            with self._media.open(digest) as handle:
                return handle.read()
        except OSError:
            return None

    def set_logo(self, data: bytes | None) -> bytes | None:
        """Make the image in `data` the logo (None removes it); PhotoRejectedError for a
        file that is not an image. Returns the PNG stored."""
        self._actor.require(Permission.SETTINGS_MANAGE)
        png = _logo_png(data) if data is not None else None
        with unit_of_work(self._db, self._actor) as session:
            salon = _salon(session)
            if salon.logo_sha256 is not None:
                self._media.release(session, salon.logo_sha256)
            salon.logo_sha256 = (
                self._media.add_bytes(session, png, mime_type=PNG, max_bytes=MAX_LOGO_BYTES).sha256
                if png is not None
                else None
            )
        return png


def _salon(session: Session) -> Salon:
    salon = session.get(Salon, 1)
    if salon is None:
        raise NotFoundError("salon")
    return salon


def _logo_png(data: bytes) -> bytes:
    """Any size and shape (a wide, low logo is the usual one), transparency kept."""
    image = open_image(data)
    image = image.convert("RGBA" if "A" in image.getbands() or image.mode == "P" else "RGB")
    image.thumbnail((LOGO_MAX_SIDE, LOGO_MAX_SIDE))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
