"""The salon's uploaded PDF forms: uploading (refused for a file with nothing to fill or a
password), the mapping the owner sets once (unknown fields and placeholders refused by
name), renaming and retiring, and filling a form for a client into a document on the
card that reads back exactly in `pdftotext`."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from salon_crm.domain.common.enums import CustomFieldType
from salon_crm.domain.common.errors import PermissionDeniedError, ValidationError
from salon_crm.pdf.pdf_forms import PdfFormError, PdfFormProblem
from salon_crm.services.clients.client_types import ClientInput, IdentityDocumentData, PhoneData
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.documents import form_service
from tests.conftest import Staff
from tests.pdf_form_files import FLAT, Box, encrypted, form_pdf, nested, plain_pdf, with_xfa

NESTED = [Box("LastName", 60, 700), Box("FirstName", 60, 650), Box("Paszport", 60, 600),
          Box("Uwagi", 60, 520, height=60, multiline=True)]  # fmt: skip
LAST, FIRST, PASSPORT, NOTES = (f"F[0].Page_1[0].{b.name}[0]" for b in NESTED)


def _client(workspace: Workspace, staff: Staff, last: str, first: str) -> int:
    passport = IdentityDocumentData(series="КВ", number="654321", issued_on=date(2010, 3, 4))
    data = ClientInput(
        last_name=last,
        first_name=first,
        phones=(PhoneData("0671234567", is_main=True),),
        identity_documents=(passport,),
    )
    return workspace.clients(staff.admin).create(data).id


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "filled.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode()


def test_an_uploaded_form_comes_with_a_mapping_guessed_from_its_field_names(
    workspace: Workspace, staff: Staff
) -> None:
    forms = workspace.forms(staff.owner)
    row = forms.upload("  Zgoda RODO ", encrypted(nested(form_pdf(NESTED)), ""))

    assert (row.name, row.field_count, row.mapped_count, row.is_active) == (
        "Zgoda RODO",
        4,
        3,
        True,
    )
    fields = forms.fields(row.id)
    assert [(f.name, f.field.page, f.placeholder) for f in fields] == [
        (LAST, 1, "client.last_name"),
        (FIRST, 1, "client.first_name"),
        (PASSPORT, 1, "client.passport.number"),
        (NOTES, 1, None),
    ]
    assert workspace.forms(staff.admin).forms() == [row]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (plain_pdf(), PdfFormProblem.NO_FORM),
        (encrypted(form_pdf(FLAT), "secret"), PdfFormProblem.PASSWORD),
        (b"%PDF-1.4 broken", PdfFormProblem.DAMAGED),
    ],
    ids=["no fields", "password", "damaged"],
)
def test_a_file_with_nothing_to_fill_is_refused_and_nothing_kept(
    workspace: Workspace, staff: Staff, data: bytes, problem: PdfFormProblem
) -> None:
    forms = workspace.forms(staff.owner)
    with pytest.raises(PdfFormError) as caught:
        forms.upload("Form", data)
    assert caught.value.problem is problem
    assert forms.forms(include_inactive=True) == []


def test_a_too_large_file_or_an_empty_name_is_refused(
    workspace: Workspace, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    forms = workspace.forms(staff.owner)
    with pytest.raises(ValidationError) as caught:
        forms.upload("   ", form_pdf(FLAT))
    assert caught.value.for_field("name")
    monkeypatch.setattr(form_service, "MAX_FORM_BYTES", 1000)
    with pytest.raises(ValidationError) as caught:
        forms.upload("Form", form_pdf(FLAT))
    assert caught.value.for_field("pdf")
    assert forms.forms() == []


def test_only_the_owner_uploads_and_maps(workspace: Workspace, staff: Staff) -> None:
    with pytest.raises(PermissionDeniedError):
        workspace.forms(staff.admin).upload("Form", form_pdf(FLAT))
    row = workspace.forms(staff.owner).upload("Form", form_pdf(FLAT))
    with pytest.raises(PermissionDeniedError):
        workspace.forms(staff.admin).set_mapping(row.id, {"name": "client.full_name"})


def test_the_mapping_is_saved_and_bad_fields_and_placeholders_are_named(
    workspace: Workspace, staff: Staff
) -> None:
    workspace.settings(staff.owner).save_custom_field(
        key="pesel", label="PESEL", field_type=CustomFieldType.TEXT
    )
    forms = workspace.forms(staff.owner)
    row = forms.upload("Form", form_pdf(FLAT))
    assert forms.mapping(row.id) == {"name": "client.full_name"}

    with pytest.raises(ValidationError) as caught:
        forms.set_mapping(
            row.id, {"name": "client.ful_name", "surname": "client.last_name", "city": "salon.name"}
        )
    assert {e.field for e in caught.value.errors} == {"name", "surname"}
    assert "client.ful_name" in str(caught.value)
    assert forms.mapping(row.id) == {"name": "client.full_name"}

    saved = forms.set_mapping(
        row.id, {"name": "{{client.last_name}}", "city": "client.custom.pesel", "notes": ""}
    )
    assert saved == {"name": "client.last_name", "city": "client.custom.pesel"}
    assert forms.mapping(row.id) == saved
    assert forms.forms()[0].mapped_count == 2


def test_a_form_is_renamed_and_retired_never_deleted(workspace: Workspace, staff: Staff) -> None:
    forms = workspace.forms(staff.owner)
    uploaded = form_pdf(FLAT)
    first = forms.upload("Umowa", uploaded)
    second = forms.upload("Zgoda", with_xfa(form_pdf(FLAT)))

    assert forms.rename(first.id, "Umowa 2026").name == "Umowa 2026"
    assert not forms.set_active(second.id, False).is_active
    assert [r.name for r in forms.forms()] == ["Umowa 2026"]
    assert [r.name for r in forms.forms(include_inactive=True)] == ["Umowa 2026", "Zgoda"]
    assert forms.find(" zgoda ").id == second.id
    assert forms.pdf(first.id) == uploaded


@pytest.mark.parametrize(
    ("last", "first"), [("Щёткина", "Юлия"), ("Źdźbło-Żółć", "Łucja"), ("Їжакова", "Ґанна")]
)
def test_a_form_filled_for_a_client_is_stored_on_the_card_with_its_form(
    workspace: Workspace, staff: Staff, tmp_path: Path, last: str, first: str
) -> None:
    row = workspace.forms(staff.owner).upload("Zgoda RODO", nested(form_pdf(NESTED)))
    client = _client(workspace, staff, last, first)
    forms = workspace.forms(staff.admin)
    assert [f.name for f in forms.empty_values(client, row.id)] == []

    stored = forms.fill(client, row.id)

    assert stored.form_id == row.id and stored.title == "Zgoda RODO"
    documents = workspace.documents(staff.admin)
    assert [d.form_id for d in documents.documents(client)] == [row.id]
    data, intact = documents.pdf(stored.id)
    assert intact
    text = _text(data, tmp_path)
    for value in (last, first, "654321"):
        assert value in text


def test_the_mapped_values_a_client_lacks_are_named(workspace: Workspace, staff: Staff) -> None:
    row = workspace.forms(staff.owner).upload("Zgoda", nested(form_pdf(NESTED)))
    client = (
        workspace.clients(staff.admin)
        .create(ClientInput(first_name="Ольга", phones=(PhoneData("0671234568"),)))
        .id
    )

    empty = workspace.forms(staff.admin).empty_values(client, row.id)

    assert [f.placeholder for f in empty] == ["client.last_name", "client.passport.number"]


def test_a_check_box_is_ticked_when_its_placeholder_has_a_value(
    workspace: Workspace, staff: Staff, tmp_path: Path
) -> None:
    boxes = [Box("email_ok", 60, 700, check=False), Box("passport_ok", 60, 650, check=False)]
    forms = workspace.forms(staff.owner)
    row = forms.upload("Zgody", form_pdf(boxes))
    assert [f.field.check_box for f in forms.fields(row.id)] == [True, True]
    forms.set_mapping(row.id, {"email_ok": "client.email", "passport_ok": "client.passport.number"})
    client = (
        workspace.clients(staff.admin)
        .create(
            ClientInput(
                first_name="Ольга", phones=(PhoneData("0671234569"),), emails=("o@example.com",)
            )
        )
        .id
    )

    stored = workspace.forms(staff.admin).fill(client, row.id)

    data, _intact = workspace.documents(staff.admin).pdf(stored.id)
    assert _text(data, tmp_path).count("✓") == 1


def test_two_forms_never_share_a_name_so_the_command_line_finds_the_right_one(
    workspace: Workspace, staff: Staff
) -> None:
    forms = workspace.forms(staff.owner)
    assert not forms.has_forms()
    first = forms.upload("Umowa", form_pdf(FLAT))
    assert forms.has_forms()
    with pytest.raises(ValidationError) as caught:
        forms.upload(" umowa ", form_pdf(FLAT))
    assert [e.field for e in caught.value.errors] == ["name"]
    other = forms.upload("Umowa 2", form_pdf(FLAT))
    with pytest.raises(ValidationError):
        forms.rename(other.id, "UMOWA")
    forms.set_active(first.id, False)
    assert forms.has_forms()  # "Umowa 2" is still active
    assert forms.find("umowa").id == first.id
