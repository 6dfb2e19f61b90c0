"""Filling the service contract for a client: what the record lacks is named, the PDF
carries the client's Cyrillic and Polish names and passport data exactly, every font is
embedded, the stored file is numbered 2026-0001… and a changed file is detected."""

from __future__ import annotations

import io
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from salon_crm.domain.documents.template_markup import MissingValuesError
from salon_crm.services.clients.client_types import ClientInput, IdentityDocumentData, PhoneData
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.documents.document_service import DocumentRequest, DocumentService
from salon_crm.services.photos.photo_images import PhotoRejectedError
from tests.conftest import Staff
from tests.stored_media import overwrite, stored_bytes

HANNA = ClientInput(
    last_name="Їжакова",
    first_name="Ґанна",
    middle_name="Євгенівна",
    birth_date=date(1990, 5, 24),
    phones=(PhoneData("0671234567", is_main=True),),
)
PASSPORT = IdentityDocumentData(
    series="КВ", number="123456", issued_on=date(2008, 6, 1), issued_by="Шевченківським РУ"
)


def _service(workspace: Workspace, staff: Staff) -> DocumentService:
    return DocumentService(workspace.db, staff.admin, workspace.media)


def _contract(workspace: Workspace, staff: Staff) -> int:
    return workspace.templates(staff.admin).templates()[0].id


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode()


def test_what_the_record_lacks_is_named_and_nothing_is_stored(
    workspace: Workspace, staff: Staff
) -> None:
    client = workspace.clients(staff.admin).create(HANNA).id
    service = _service(workspace, staff)
    request = DocumentRequest(client, _contract(workspace, staff))
    missing = service.missing(request)
    assert "client.passport.number" in missing and "client.full_name" not in missing
    with pytest.raises(MissingValuesError) as caught:
        service.make(request)
    assert "client.passport.number" in caught.value.names
    assert service.documents(client) == []


def test_the_contract_prints_the_client_exactly_and_is_stored_numbered(
    workspace: Workspace, staff: Staff, tmp_path: Path
) -> None:
    client = (
        workspace.clients(staff.admin)
        .create(ClientInput(**{**HANNA.__dict__, "identity_documents": (PASSPORT,)}))
        .id
    )
    service = _service(workspace, staff)
    request = DocumentRequest(
        client,
        _contract(workspace, staff),
        blank_missing=True,
        page_label="Сторінка {page} з {pages}",
    )
    first = service.make(request)
    second = service.make(request)
    year = date.today().year
    assert (first.number, second.number) == (f"{year}-0001", f"{year}-0002")
    data, intact = service.pdf(first.id)
    assert intact
    text = _text(data, tmp_path)
    assert "Їжакова Ґанна Євгенівна" in text and "КВ 123456" in text
    assert f"№ {year}-0001" in text and "Сторінка 1 з" in text
    fonts = subprocess.run(
        ["pdffonts", str(tmp_path / "out.pdf")], capture_output=True, check=True, text=True
    ).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line and "DejaVu" in line for line in fonts)
    assert [d.number for d in service.documents(client)] == [second.number, first.number]


def test_a_changed_file_is_detected(workspace: Workspace, staff: Staff) -> None:
    client = workspace.clients(staff.admin).create(HANNA).id
    service = _service(workspace, staff)
    stored = service.make(DocumentRequest(client, _contract(workspace, staff), blank_missing=True))
    edited = stored_bytes(workspace, stored.sha256).replace(b"%%EOF", b"%%EOF\n% edited")
    overwrite(workspace, stored.sha256, edited)
    assert service.pdf(stored.id)[1] is False


def test_a_polish_client_in_a_polish_template(
    workspace: Workspace, staff: Staff, tmp_path: Path
) -> None:
    client = (
        workspace.clients(staff.admin)
        .create(
            ClientInput(
                first_name="Łucja", last_name="Źdźbło-Żółć", phones=(PhoneData("0671234599"),)
            )
        )
        .id
    )
    service = workspace.templates(staff.owner)
    template = service.templates()[0]
    service.save(template.id, "# Umowa {{document.number}}\n\n{{client.full_name}}, ąćęłńóśźż\n")
    pdf = _service(workspace, staff).preview(DocumentRequest(client, template.id))
    assert "Źdźbło-Żółć Łucja, ąćęłńóśźż" in _text(pdf, tmp_path)


def _images(pdf: bytes, tmp_path: Path) -> int:
    path = tmp_path / "logo.pdf"
    path.write_bytes(pdf)
    listing = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, check=True, text=True
    ).stdout.splitlines()[2:]
    return len(listing)


def test_the_salon_logo_heads_every_document_until_removed(
    workspace: Workspace, staff: Staff, tmp_path: Path
) -> None:
    logo = io.BytesIO()
    Image.new("RGB", (400, 200), (200, 40, 90)).save(logo, format="JPEG")
    letterhead = workspace.letterhead(staff.owner)
    stored = letterhead.set_logo(logo.getvalue())
    assert stored is not None and stored.startswith(b"\x89PNG")
    client = workspace.clients(staff.admin).create(HANNA).id
    request = DocumentRequest(client, _contract(workspace, staff), blank_missing=True)
    pdf = _service(workspace, staff).preview(request)
    pages = subprocess.run(
        ["pdfinfo", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    page_count = int(next(x for x in pages.splitlines() if x.startswith("Pages:")).split()[1])
    assert _images(pdf, tmp_path) == page_count
    letterhead.set_logo(None)
    assert letterhead.logo() is None
    assert _images(_service(workspace, staff).preview(request), tmp_path) == 0


def test_a_logo_that_is_not_an_image_is_refused(workspace: Workspace, staff: Staff) -> None:
    with pytest.raises(PhotoRejectedError):
        workspace.letterhead(staff.owner).set_logo(b"%PDF-1.7 not a picture")
    assert workspace.letterhead(staff.owner).logo() is None


def test_a_small_wide_logo_with_transparency_is_kept_as_it_is(
    workspace: Workspace, staff: Staff
) -> None:
    logo = io.BytesIO()
    Image.new("RGBA", (400, 80), (200, 40, 90, 0)).save(logo, format="PNG")
    stored = workspace.letterhead(staff.owner).set_logo(logo.getvalue())
    assert stored is not None
    with Image.open(io.BytesIO(stored)) as kept:
        assert kept.size == (400, 80) and kept.mode == "RGBA"
