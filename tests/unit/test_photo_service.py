"""A client's photos through the service: the profile photo keeps its history, clinical
photos need their consent and a health role, advertising needs its own consent, nothing
is ever deleted."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from salon_crm.db.models import AuditEntry, MediaFile, Photo
from salon_crm.domain.common.enums import AuditAction, ConsentPurpose
from salon_crm.domain.common.errors import (
    ConsentRequiredError,
    NotFoundError,
    PermissionDeniedError,
)
from salon_crm.domain.photos.photo_kinds import PhotoKind, PhotoSource, PhotoZone
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.photos.photo_images import PhotoProblem, PhotoRejectedError
from salon_crm.services.photos.photo_types import PhotoDetails
from salon_crm.services.procedures.procedure_types import ProcedureInput
from tests.conftest import Staff
from tests.unit.photo_files import frame, solid, with_gps
from tests.unit.procedure_setup import at, new_client, procedure_type_id

PROFILE = PhotoDetails(PhotoKind.PROFILE)
BEFORE_FRONT = PhotoDetails(PhotoKind.BEFORE, zone=PhotoZone.FRONT)


def _consent(workspace: Workspace, staff: Staff, client: int, purpose: ConsentPurpose) -> None:
    workspace.consents(staff.admin).give(client, purpose)


def test_a_new_profile_photo_becomes_current_and_the_old_one_stays(
    workspace: Workspace, staff: Staff
) -> None:
    client = new_client(workspace, staff.admin)
    photos = workspace.photos(staff.admin)
    first = photos.add_frame(client, frame(color=(200, 0, 0)), PROFILE)
    second = photos.add_frame(client, frame(color=(0, 0, 200)), PROFILE)
    current = photos.current_profile(client)
    assert current is not None and current.id == second.id
    history = photos.photos(client)
    assert [(p.id, p.is_current_profile) for p in history] == [(second.id, True), (first.id, False)]
    assert workspace.clients(staff.admin).card(client).photo_thumb == second.thumb_sha256
    # The older one can be made current again; nothing was lost.
    photos.make_current_profile(first.id)
    assert photos.current_profile(client).id == first.id  # type: ignore[union-attr]
    assert Image.open(io.BytesIO(photos.image(second.id))).getpixel((5, 5))[2] > 180


def test_the_list_row_names_the_face_and_the_thumbnail_is_readable(
    workspace: Workspace, staff: Staff
) -> None:
    client = new_client(workspace, staff.admin)
    photo = workspace.photos(staff.admin).add_frame(client, frame(), PROFILE)
    (row,) = workspace.clients(staff.admin).rows([client])
    assert row.photo_thumb == photo.thumb_sha256
    faces = workspace.photos(staff.specialist).profile_thumbnails([photo.thumb_sha256, "0" * 64])
    assert list(faces) == [photo.thumb_sha256]
    assert Image.open(io.BytesIO(faces[photo.thumb_sha256])).width == 320


def test_removing_the_current_photo_hands_over_and_keeps_the_files(
    workspace: Workspace, staff: Staff
) -> None:
    client = new_client(workspace, staff.admin)
    photos = workspace.photos(staff.admin)
    older = photos.add_frame(client, frame(color=(10, 10, 10)), PROFILE)
    newer = photos.add_frame(client, frame(color=(250, 250, 250)), PROFILE)
    photos.remove(newer.id)
    assert photos.current_profile(client).id == older.id  # type: ignore[union-attr]
    assert [p.id for p in photos.photos(client)] == [older.id]
    with pytest.raises(NotFoundError):
        photos.image(newer.id)
    assert workspace.media.exists(newer.full_sha256)
    with workspace.db.session(user_id=None) as session:
        assert session.get(Photo, newer.id).removed_at is not None  # type: ignore[union-attr]
    photos.remove(older.id)
    assert photos.current_profile(client) is None
    assert workspace.clients(staff.admin).card(client).photo_thumb is None


def test_a_stored_file_is_a_clean_jpeg_counted_in_the_media_table(
    workspace: Workspace, staff: Staff, tmp_path: Path
) -> None:
    client = new_client(workspace, staff.admin)
    upload = tmp_path / "from-phone.jpg"
    upload.write_bytes(with_gps(solid(800, 600), orientation=6))
    photo = workspace.photos(staff.admin).add_file(client, upload, PROFILE)
    assert photo.source is PhotoSource.FILE and (photo.width, photo.height) == (600, 800)
    with workspace.media.open(photo.full_sha256) as stored_file:
        data = stored_file.read()
    stored = Image.open(io.BytesIO(data))
    assert stored.format == "JPEG" and not stored.getexif()
    assert photo.size == len(data)
    with workspace.db.session(user_id=None) as session:
        counts = {m.sha256: m.references for m in session.scalars(select(MediaFile))}
    assert counts == {photo.full_sha256: 1, photo.thumb_sha256: 1}


def test_a_bad_file_is_refused_with_its_reason_and_nothing_is_written(
    workspace: Workspace, staff: Staff, tmp_path: Path
) -> None:
    client = new_client(workspace, staff.admin)
    fake = tmp_path / "photo.jpg"
    fake.write_text("not a photo")
    photos = workspace.photos(staff.admin)
    with pytest.raises(PhotoRejectedError) as caught:
        photos.add_file(client, fake, PROFILE)
    assert caught.value.problem is PhotoProblem.NOT_AN_IMAGE
    with pytest.raises(PhotoRejectedError) as missing:
        photos.add_file(client, tmp_path / "gone.jpg", PROFILE)
    assert missing.value.problem is PhotoProblem.UNREADABLE
    assert photos.photos(client) == []
    with workspace.db.session(user_id=None) as session:
        assert workspace.media.digests(session) == []


def test_a_clinical_photo_needs_the_consent_and_a_health_role(
    workspace: Workspace, staff: Staff
) -> None:
    client = new_client(workspace, staff.admin)
    specialist = workspace.photos(staff.specialist)
    with pytest.raises(ConsentRequiredError) as caught:
        specialist.add_frame(client, frame(), BEFORE_FRONT)
    assert caught.value.purpose == ConsentPurpose.CLINICAL_PHOTOS.value
    _consent(workspace, staff, client, ConsentPurpose.CLINICAL_PHOTOS)
    with pytest.raises(PermissionDeniedError):
        workspace.photos(staff.admin).add_frame(client, frame(), BEFORE_FRONT)
    clinical = specialist.add_frame(client, frame(), BEFORE_FRONT)
    assert clinical.zone is PhotoZone.FRONT and clinical.taken_on == date.today()
    # The receptionist sees the profile photos only, and cannot open a clinical one.
    profile = workspace.photos(staff.admin).add_frame(client, frame(), PROFILE)
    assert [p.id for p in workspace.photos(staff.admin).photos(client)] == [profile.id]
    with pytest.raises(PermissionDeniedError):
        workspace.photos(staff.admin).thumbnail(clinical.id)
    assert {p.id for p in specialist.photos(client)} == {profile.id, clinical.id}


def test_reading_clinical_photos_is_audited(workspace: Workspace, staff: Staff) -> None:
    client = new_client(workspace, staff.admin)
    _consent(workspace, staff, client, ConsentPurpose.CLINICAL_PHOTOS)
    photos = workspace.photos(staff.specialist)
    clinical = photos.add_frame(client, frame(), BEFORE_FRONT)
    photos.photos(client)
    photos.image(clinical.id)
    with workspace.db.session(user_id=None) as session:
        reads = session.scalars(
            select(AuditEntry.row_id).where(
                AuditEntry.action == AuditAction.READ, AuditEntry.table_name == "photos"
            )
        ).all()
    assert sorted(reads) == sorted(["*", str(clinical.id)])


def test_a_photo_of_a_procedure_keeps_its_own_day(workspace: Workspace, staff: Staff) -> None:
    client = new_client(workspace, staff.admin)
    other = new_client(workspace, staff.admin, first_name="Ольга")
    _consent(workspace, staff, client, ConsentPurpose.CLINICAL_PHOTOS)
    kind = procedure_type_id(workspace, staff.owner, "biorevitalization")
    day = date.today() - timedelta(days=3)
    procedure = workspace.procedures(staff.specialist).record(
        client, ProcedureInput(procedure_type_id=kind, performed_at=at(day))
    )
    photos = workspace.photos(staff.specialist)
    details = PhotoDetails(PhotoKind.AFTER, zone=PhotoZone.LEFT, procedure_id=procedure.id)
    after = photos.add_frame(client, frame(), details)
    today = date.today()
    assert (after.taken_on, after.procedure_id, after.procedure_on) == (today, procedure.id, day)
    assert after.procedure_name == "Biorevitalization"
    _consent(workspace, staff, other, ConsentPurpose.CLINICAL_PHOTOS)
    with pytest.raises(NotFoundError):
        photos.add_frame(other, frame(), details)


def test_the_previous_photo_of_a_zone_is_found_for_the_ghost(
    workspace: Workspace, staff: Staff
) -> None:
    client = new_client(workspace, staff.admin)
    _consent(workspace, staff, client, ConsentPurpose.CLINICAL_PHOTOS)
    photos = workspace.photos(staff.specialist)
    old = date.today() - timedelta(days=40)
    photos.add_frame(client, frame(), PhotoDetails(PhotoKind.BEFORE, PhotoZone.LEFT, taken_on=old))
    front = photos.add_frame(
        client, frame(), PhotoDetails(PhotoKind.AFTER, PhotoZone.FRONT, taken_on=old)
    )
    neck = photos.add_frame(
        client, frame(), PhotoDetails(PhotoKind.CLINICAL, PhotoZone.CUSTOM, zone_note="Neck")
    )
    assert photos.latest_of_zone(client, PhotoZone.FRONT).id == front.id  # type: ignore[union-attr]
    assert photos.latest_of_zone(client, PhotoZone.CUSTOM, "Neck").id == neck.id  # type: ignore[union-attr]
    assert photos.latest_of_zone(client, PhotoZone.CUSTOM, "Hands") is None
    assert photos.latest_of_zone(client, PhotoZone.TOP) is None
    assert photos.latest_of_zone(client, PhotoZone.FRONT, before=old - timedelta(days=1)) is None


def test_advertising_needs_its_own_consent_and_ends_with_it(
    workspace: Workspace, staff: Staff
) -> None:
    client = new_client(workspace, staff.admin)
    _consent(workspace, staff, client, ConsentPurpose.CLINICAL_PHOTOS)
    photos = workspace.photos(staff.specialist)
    after = photos.add_frame(client, frame(), PhotoDetails(PhotoKind.AFTER, PhotoZone.FRONT))
    with pytest.raises(ConsentRequiredError) as caught:
        photos.set_marketing(after.id, True)
    assert caught.value.purpose == ConsentPurpose.MARKETING_PHOTOS.value
    _consent(workspace, staff, client, ConsentPurpose.MARKETING_PHOTOS)
    marked = photos.set_marketing(after.id, True)
    assert marked.marketing and marked.marketing_allowed
    workspace.consents(staff.admin).withdraw(client, ConsentPurpose.MARKETING_PHOTOS)
    again = photos.get(after.id)
    assert again.marketing and not again.marketing_allowed
    assert not photos.set_marketing(after.id, False).marketing


def test_merging_moves_the_photos_to_the_surviving_card(workspace: Workspace, staff: Staff) -> None:
    keep = new_client(workspace, staff.admin)
    duplicate = new_client(workspace, staff.admin, first_name="Ганна")
    photo = workspace.photos(staff.admin).add_frame(duplicate, frame(), PROFILE)
    workspace.clients(staff.owner).merge(keep, duplicate, take_from_duplicate=frozenset())
    assert [p.id for p in workspace.photos(staff.admin).photos(keep)] == [photo.id]


def test_a_file_opened_for_cropping_is_upright_and_saved_as_a_file_photo(
    workspace: Workspace, staff: Staff, tmp_path: Path
) -> None:
    client = new_client(workspace, staff.admin)
    upload = tmp_path / "turned.jpg"
    upload.write_bytes(with_gps(solid(640, 480), orientation=8))
    photos = workspace.photos(staff.admin)
    picture = photos.open_file(upload)
    assert (picture.width, picture.height) == (480, 640)
    cropped = type(picture)(480, 360, picture.data[: 480 * 360 * 3])
    photo = photos.add_frame(client, cropped, PROFILE, source=PhotoSource.FILE)
    assert (photo.source, photo.width, photo.height) == (PhotoSource.FILE, 480, 360)


def test_a_clinical_photo_is_corrected_later(workspace: Workspace, staff: Staff) -> None:
    client = new_client(workspace, staff.admin)
    other = new_client(workspace, staff.admin, first_name="Ольга")
    _consent(workspace, staff, client, ConsentPurpose.CLINICAL_PHOTOS)
    kind = procedure_type_id(workspace, staff.owner, "biorevitalization")
    procedure = workspace.procedures(staff.specialist).record(
        client, ProcedureInput(procedure_type_id=kind, performed_at=at(date.today()))
    )
    photos = workspace.photos(staff.specialist)
    before = photos.add_frame(client, frame(), BEFORE_FRONT)  # taken before it was recorded
    fixed = photos.update_details(
        before.id,
        PhotoDetails(
            PhotoKind.BEFORE, PhotoZone.CUSTOM, zone_note=" Neck ", procedure_id=procedure.id
        ),
    )
    assert (fixed.zone, fixed.zone_note, fixed.procedure_id) == (
        PhotoZone.CUSTOM,
        "Neck",
        procedure.id,
    )
    assert fixed.taken_on == before.taken_on
    theirs = workspace.procedures(staff.specialist).record(
        other, ProcedureInput(procedure_type_id=kind, performed_at=at(date.today()))
    )
    with pytest.raises(NotFoundError):
        photos.update_details(before.id, PhotoDetails(PhotoKind.AFTER, procedure_id=theirs.id))
    with pytest.raises(NotFoundError):
        photos.update_details(before.id, PhotoDetails(PhotoKind.PROFILE))


def test_a_gallery_batch_of_thumbnails_holds_what_the_role_may_see(
    workspace: Workspace, staff: Staff
) -> None:
    client = new_client(workspace, staff.admin)
    _consent(workspace, staff, client, ConsentPurpose.CLINICAL_PHOTOS)
    profile = workspace.photos(staff.admin).add_frame(client, frame(), PROFILE)
    clinical = workspace.photos(staff.specialist).add_frame(client, frame(), BEFORE_FRONT)
    removed = workspace.photos(staff.admin).add_frame(client, frame(color=(1, 2, 3)), PROFILE)
    workspace.photos(staff.admin).remove(removed.id)
    ids = [profile.id, clinical.id, removed.id, 9999]
    assert set(workspace.photos(staff.specialist).thumbnails(ids)) == {profile.id, clinical.id}
    seen = workspace.photos(staff.admin).thumbnails(ids)
    assert list(seen) == [profile.id]
    assert seen[profile.id] == workspace.photos(staff.admin).thumbnail(profile.id)


def test_whether_clinical_photos_may_be_taken_is_asked_before_taking_them(
    workspace: Workspace, staff: Staff
) -> None:
    client = new_client(workspace, staff.admin)
    photos = workspace.photos(staff.specialist)
    assert not photos.clinical_consent_given(client)
    _consent(workspace, staff, client, ConsentPurpose.CLINICAL_PHOTOS)
    assert photos.clinical_consent_given(client)
    with pytest.raises(PermissionDeniedError):
        workspace.photos(staff.admin).clinical_consent_given(client)
