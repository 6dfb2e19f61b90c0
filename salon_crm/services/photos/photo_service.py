"""A client's photos: adding them from the camera or a file, the gallery, the profile
photo and its history, the previous photo of a zone, the mark for advertising.

The profile photo is the questionnaire's (PHOTOS_READ / PHOTOS_WRITE). A clinical photo
shows the skin the health record describes: reading it also needs HEALTH_READ (a listing
that includes clinical photos, and opening one full size, are audited as reads), adding
one needs HEALTH_WRITE and the client's consent to clinical photos. Marking a photo for
advertising needs the separate consent to the use of photos in advertising; a photo so
marked stops being usable the day that consent is withdrawn.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from PIL.Image import Image
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from salon_crm.db.hooks.audit import record_read
from salon_crm.db.models import Client, MediaFile, Photo, Procedure, ProcedureType
from salon_crm.db.queries.client_marks import mark_client
from salon_crm.db.queries.health import has_active_consent
from salon_crm.db.storage.media_store import MediaError
from salon_crm.domain.common.enums import ConsentPurpose
from salon_crm.domain.common.errors import ConsentRequiredError, NotFoundError
from salon_crm.domain.common.text import tidy
from salon_crm.domain.permissions import Permission
from salon_crm.domain.photos import photo_rules as rules
from salon_crm.domain.photos.photo_kinds import PhotoKind, PhotoSource, PhotoZone
from salon_crm.services.clients.client_reading import known_client
from salon_crm.services.core.bound_service import MediaBoundService
from salon_crm.services.core.unit_of_work import unit_of_work
from salon_crm.services.health.health_records import user_names
from salon_crm.services.photos import photo_images as images
from salon_crm.services.photos.photo_types import PhotoDetails, PhotoRow, RgbFrame
from salon_crm.services.procedures.catalogue_rows import default_name

TABLE = "photos"
JPEG = "image/jpeg"
# The stored JPEG of a 4096-pixel photo stays well under this; the limit guards the store.
_MAX_STORED = rules.MAX_FILE_BYTES


def _read_permission(kind: PhotoKind) -> tuple[Permission, ...]:
    return (
        (Permission.PHOTOS_READ, Permission.HEALTH_READ)
        if kind.is_clinical
        else (Permission.PHOTOS_READ,)
    )


def _write_permission(kind: PhotoKind) -> tuple[Permission, ...]:
    return (
        (Permission.PHOTOS_WRITE, Permission.HEALTH_WRITE)
        if kind.is_clinical
        else (Permission.PHOTOS_WRITE,)
    )


class PhotoService(MediaBoundService):
    # --- adding ----------------------------------------------------------------------------

    def add_frame(
        self,
        client_id: int,
        frame: RgbFrame,
        details: PhotoDetails,
        *,
        source: PhotoSource = PhotoSource.CAMERA,
    ) -> PhotoRow:
        """A picture taken with the camera, or a file's picture from `open_file`, as the
        user cropped it."""
        self._require(_write_permission(details.kind))
        return self._add(client_id, images.decode_frame(frame), details, source)

    def clinical_consent_given(self, client_id: int) -> bool:
        """Whether clinical photos may be taken of the client today (the Photos tab asks
        before the camera opens, not after the picture is taken)."""
        self._require(_write_permission(PhotoKind.CLINICAL))
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            known_client(session, client_id)
            return has_active_consent(
                session, client_id, ConsentPurpose.CLINICAL_PHOTOS, on=self._today()
            )

    def open_file(self, path: Path) -> RgbFrame:
        """A photo file's picture, upright and with its metadata gone, to crop before
        `add_frame`; a file the program refuses raises PhotoRejectedError saying why."""
        self._actor.require(Permission.PHOTOS_WRITE)
        image = images.decode_file(_read_limited(path))
        return RgbFrame(image.width, image.height, image.tobytes())

    def add_file(self, client_id: int, path: Path, details: PhotoDetails) -> PhotoRow:
        """A photo file stored as it is (the command line's import)."""
        self._require(_write_permission(details.kind))
        image = images.decode_file(_read_limited(path))
        return self._add(client_id, image, details, PhotoSource.FILE)

    def _add(
        self, client_id: int, image: Image, details: PhotoDetails, source: PhotoSource
    ) -> PhotoRow:
        encoded = images.encode(image)  # before the transaction: it holds the write lock
        with unit_of_work(self._db, self._actor) as session:
            known_client(session, client_id)
            if details.kind.is_clinical and not has_active_consent(
                session, client_id, ConsentPurpose.CLINICAL_PHOTOS, on=self._today()
            ):
                raise ConsentRequiredError(ConsentPurpose.CLINICAL_PHOTOS.value, client_id)
            if details.kind.is_clinical:
                self._check_procedure(session, client_id, details.procedure_id)
            # The day it was taken, not the procedure's: an "after" photo comes weeks later.
            taken_on = details.taken_on or self._today()
            full = self._media.add_bytes(
                session, encoded.full, mime_type=JPEG, max_bytes=_MAX_STORED
            )
            thumb = self._media.add_bytes(
                session, encoded.thumbnail, mime_type=JPEG, max_bytes=_MAX_STORED
            )
            clinical = details.kind.is_clinical
            photo = Photo(
                client_id=client_id,
                kind=details.kind,
                zone=(details.zone or PhotoZone.FRONT) if clinical else None,
                zone_note=tidy(details.zone_note)[:100] if clinical else "",
                taken_on=taken_on,
                procedure_id=details.procedure_id if clinical else None,
                full_sha256=full.sha256,
                thumb_sha256=thumb.sha256,
                width=encoded.width,
                height=encoded.height,
                source=source,
                note=tidy(details.note)[:500],
                created_at=self._clock(),
                created_by_id=self._actor.user_id,
            )
            session.add(photo)
            session.flush()
            if details.kind is PhotoKind.PROFILE:
                self._make_current(session, photo)
            return self._rows(session, [photo])[0]

    @staticmethod
    def _check_procedure(session: Session, client_id: int, procedure_id: int | None) -> None:
        """A photo belongs to one of its own client's procedures, or to none."""
        if procedure_id is None:
            return
        procedure = session.get(Procedure, procedure_id)
        if procedure is None or procedure.client_id != client_id:
            raise NotFoundError(f"procedure {procedure_id} of client {client_id}")

    # --- reading ---------------------------------------------------------------------------

    def photos(self, client_id: int) -> list[PhotoRow]:
        """The client's photos, newest first; the clinical ones only for a role that reads
        health data (and then the reading is audited)."""
        self._actor.require(Permission.PHOTOS_READ)
        clinical = self._actor.can(Permission.HEALTH_READ)
        with unit_of_work(self._db, self._actor, read_only=not clinical) as session:
            known_client(session, client_id)
            query = self._visible(client_id).order_by(Photo.taken_on.desc(), Photo.id.desc())
            if not clinical:
                query = query.where(Photo.kind == PhotoKind.PROFILE)
            found = list(session.scalars(query))
            if any(photo.kind.is_clinical for photo in found):
                record_read(session, table_name=TABLE, row_id="*", client_id=client_id)
            return self._rows(session, found)

    def get(self, photo_id: int) -> PhotoRow:
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            return self._rows(session, [self._readable(session, photo_id)])[0]

    def current_profile(self, client_id: int) -> PhotoRow | None:
        self._actor.require(Permission.PHOTOS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            photo = _current(session, known_client(session, client_id))
            return None if photo is None else self._rows(session, [photo])[0]

    def latest_of_zone(
        self, client_id: int, zone: PhotoZone, zone_note: str = "", *, before: date | None = None
    ) -> PhotoRow | None:
        """The newest clinical photo of a zone (taken by `before`, if given): the one a new
        photo of the zone is lined up with."""
        self._require(_read_permission(PhotoKind.CLINICAL))
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            known_client(session, client_id)
            query = self._visible(client_id).where(
                Photo.kind != PhotoKind.PROFILE, Photo.zone == zone
            )
            if zone is PhotoZone.CUSTOM:
                query = query.where(Photo.zone_note == tidy(zone_note))
            if before is not None:
                query = query.where(Photo.taken_on <= before)
            photo = session.scalar(query.order_by(Photo.taken_on.desc(), Photo.id.desc()).limit(1))
            return None if photo is None else self._rows(session, [photo])[0]

    def image(self, photo_id: int) -> bytes:
        """The stored full-size JPEG; opening a clinical one is audited."""
        with unit_of_work(self._db, self._actor) as session:
            photo = self._readable(session, photo_id)
            if photo.kind.is_clinical:
                record_read(
                    session, table_name=TABLE, row_id=str(photo.id), client_id=photo.client_id
                )
            digest = photo.full_sha256
        return self._file(digest)

    def thumbnail(self, photo_id: int) -> bytes:
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            digest = self._readable(session, photo_id).thumb_sha256
        return self._file(digest)

    def thumbnails(self, photo_ids: Iterable[int]) -> dict[int, bytes]:
        """The thumbnails of many photos in one call (a gallery's batch); a photo the
        actor may not see, or one removed meanwhile, is left out."""
        self._actor.require(Permission.PHOTOS_READ)
        wanted = set(photo_ids)
        if not wanted:
            return {}
        clinical = self._actor.can(Permission.HEALTH_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            query = select(Photo.id, Photo.thumb_sha256).where(
                Photo.id.in_(wanted), Photo.removed_at.is_(None)
            )
            if not clinical:
                query = query.where(Photo.kind == PhotoKind.PROFILE)
            digests = {photo_id: digest for photo_id, digest in session.execute(query)}
        return {photo_id: self._file(digest) for photo_id, digest in digests.items()}

    def profile_thumbnails(self, digests: Iterable[str]) -> dict[str, bytes]:
        """The thumbnails of current profile photos named by `ClientRow.photo_thumb`, for a
        list's faces; a digest that is no such photo (or whose file is missing) is left
        out."""
        self._actor.require(Permission.PHOTOS_READ)
        wanted = set(digests)
        if not wanted:
            return {}
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            known = set(
                session.scalars(
                    select(Photo.thumb_sha256).where(
                        Photo.thumb_sha256.in_(wanted),
                        Photo.kind == PhotoKind.PROFILE,
                        Photo.removed_at.is_(None),
                    )
                )
            )
        found = {}
        for digest in known:
            try:
                found[digest] = self._file(digest)
            except MediaError:
                continue  # a missing file shows as the initials, the integrity check reports it
        return found

    # --- changing --------------------------------------------------------------------------

    def set_marketing(self, photo_id: int, marked: bool) -> PhotoRow:
        """Mark a photo usable (or no longer) in advertising; marking needs the consent."""
        with unit_of_work(self._db, self._actor) as session:
            photo = self._writable(session, photo_id)
            if marked and not has_active_consent(
                session, photo.client_id, ConsentPurpose.MARKETING_PHOTOS, on=self._today()
            ):
                raise ConsentRequiredError(ConsentPurpose.MARKETING_PHOTOS.value, photo.client_id)
            photo.marketing = marked
            session.flush()
            return self._rows(session, [photo])[0]

    def update_details(self, photo_id: int, details: PhotoDetails) -> PhotoRow:
        """Correct what a clinical photo shows (kind, zone, procedure, note); its day
        stays unless `details.taken_on` says otherwise. A profile photo stays one."""
        with unit_of_work(self._db, self._actor) as session:
            photo = self._writable(session, photo_id)
            if photo.kind.is_clinical != details.kind.is_clinical:
                raise NotFoundError(f"clinical photo {photo_id}")
            if photo.kind.is_clinical:
                self._check_procedure(session, photo.client_id, details.procedure_id)
                photo.kind = details.kind
                photo.zone = details.zone or PhotoZone.FRONT
                photo.zone_note = tidy(details.zone_note)[:100]
                photo.procedure_id = details.procedure_id
            photo.note = tidy(details.note)[:500]
            if details.taken_on is not None:
                photo.taken_on = details.taken_on
            session.flush()
            return self._rows(session, [photo])[0]

    def make_current_profile(self, photo_id: int) -> PhotoRow:
        """Show an earlier profile photo again; the newer ones stay in the history."""
        with unit_of_work(self._db, self._actor) as session:
            photo = self._writable(session, photo_id)
            if photo.kind is not PhotoKind.PROFILE:
                raise NotFoundError(f"profile photo {photo_id}")
            self._make_current(session, photo)
            return self._rows(session, [photo])[0]

    def remove(self, photo_id: int) -> None:
        """Hide a photo from the card; its row and files stay (nothing with a history is
        deleted). A removed current profile photo hands over to the newest other one."""
        with unit_of_work(self._db, self._actor) as session:
            photo = self._writable(session, photo_id)
            photo.removed_at = self._clock()
            photo.removed_by_id = self._actor.user_id
            session.flush()
            client = known_client(session, photo.client_id)
            if photo.kind is PhotoKind.PROFILE and client.photo_thumb == photo.thumb_sha256:
                successor = session.scalar(
                    self._visible(photo.client_id)
                    .where(Photo.kind == PhotoKind.PROFILE)
                    .order_by(Photo.id.desc())
                    .limit(1)
                )
                thumb = None if successor is None else successor.thumb_sha256
                mark_client(session, photo.client_id, photo_thumb=thumb)

    # --- helpers ---------------------------------------------------------------------------

    def _require(self, permissions: Sequence[Permission]) -> None:
        for permission in permissions:
            self._actor.require(permission)

    @staticmethod
    def _visible(client_id: int) -> Select[Photo]:
        return select(Photo).where(Photo.client_id == client_id, Photo.removed_at.is_(None))

    def _readable(self, session: Session, photo_id: int) -> Photo:
        photo = session.get(Photo, photo_id)
        if photo is None or photo.removed_at is not None:
            raise NotFoundError(f"photo {photo_id}")
        self._require(_read_permission(photo.kind))
        return photo

    def _writable(self, session: Session, photo_id: int) -> Photo:
        photo = self._readable(session, photo_id)
        self._require(_write_permission(photo.kind))
        return photo

    @staticmethod
    def _make_current(session: Session, photo: Photo) -> None:
        mark_client(session, photo.client_id, photo_thumb=photo.thumb_sha256)

    def _file(self, digest: str) -> bytes:
        with self._media.open(digest) as handle:
            return handle.read()

    def _rows(self, session: Session, photos: Sequence[Photo]) -> list[PhotoRow]:
        names = user_names(session, {photo.created_by_id for photo in photos})
        procedures = _procedures(session, {p.procedure_id for p in photos if p.procedure_id})
        digests = {photo.full_sha256 for photo in photos}
        sizes = {
            digest: size
            for digest, size in session.execute(
                select(MediaFile.sha256, MediaFile.size).where(MediaFile.sha256.in_(digests))
            )
        }
        clients = {photo.client_id for photo in photos}
        current = {
            client_id: thumb
            for client_id, thumb in session.execute(
                select(Client.id, Client.photo_thumb).where(Client.id.in_(clients))
            )
        }
        consented = {
            client_id: has_active_consent(
                session, client_id, ConsentPurpose.MARKETING_PHOTOS, on=self._today()
            )
            for client_id in {photo.client_id for photo in photos if photo.marketing}
        }
        rows = []
        for photo in photos:
            custom, default, on = procedures.get(photo.procedure_id or 0, ("", "", None))
            rows.append(
                PhotoRow(
                    id=photo.id,
                    client_id=photo.client_id,
                    kind=photo.kind,
                    zone=photo.zone,
                    zone_note=photo.zone_note,
                    taken_on=photo.taken_on,
                    created_at=photo.created_at,
                    created_by=names.get(photo.created_by_id or 0, ""),
                    procedure_id=photo.procedure_id,
                    procedure_custom_name=custom,
                    procedure_default_name=default,
                    procedure_on=on,
                    width=photo.width,
                    height=photo.height,
                    size=sizes.get(photo.full_sha256, 0),
                    full_sha256=photo.full_sha256,
                    thumb_sha256=photo.thumb_sha256,
                    source=photo.source,
                    marketing=photo.marketing,
                    marketing_allowed=photo.marketing and consented.get(photo.client_id, False),
                    note=photo.note,
                    is_current_profile=photo.kind is PhotoKind.PROFILE
                    and current.get(photo.client_id) == photo.thumb_sha256,
                )
            )
        return rows


def _procedures(session: Session, ids: set[int]) -> dict[int, tuple[str, str, date | None]]:
    """Each procedure's name as the salon typed it, its catalogue name (English, for
    the GUI to translate) and its day."""
    if not ids:
        return {}
    found = session.execute(
        select(Procedure.id, Procedure.performed_at, ProcedureType.name, ProcedureType.code)
        .join(ProcedureType, ProcedureType.id == Procedure.procedure_type_id)
        .where(Procedure.id.in_(ids))
    )
    return {
        procedure_id: (name, default_name(code), performed_at.astimezone().date())
        for procedure_id, performed_at, name, code in found
    }


def _current(session: Session, client: Client) -> Photo | None:
    if client.photo_thumb is None:
        return None
    return session.scalar(
        select(Photo)
        .where(
            Photo.client_id == client.id,
            Photo.kind == PhotoKind.PROFILE,
            Photo.thumb_sha256 == client.photo_thumb,
            Photo.removed_at.is_(None),
        )
        .order_by(Photo.id.desc())
        .limit(1)
    )


def _read_limited(path: Path) -> bytes:
    """The file's bytes, refused by its size before reading."""
    try:
        if path.stat().st_size > rules.MAX_FILE_BYTES:
            raise images.file_too_large()
        with path.open("rb") as handle:
            return handle.read(rules.MAX_FILE_BYTES + 1)
    except OSError as error:
        raise images.PhotoRejectedError(images.PhotoProblem.UNREADABLE) from error
