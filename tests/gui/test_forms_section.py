"""Settings → PDF forms: an uploaded form's fields are listed with the placeholder each
takes, picking one and saving stores the mapping; a file with nothing to fill is refused
in the banner; the fill dialog names what the client lacks and stores the document."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from salon_crm.gui.common.field_errors import Prompts, UnsavedChoice
from salon_crm.gui.documents.form_fill_dialog import FormFillDialog, open_form_fill_dialog
from salon_crm.gui.documents.forms_section import FormsSection
from salon_crm.services.clients.client_types import ClientInput, PhoneData
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff
from tests.pdf_form_files import FLAT, Box, form_pdf, nested, plain_pdf

FIELDS = [Box("LastName", 60, 700), Box("Paszport", 60, 650), Box("Uwagi", 60, 600)]


def _section(qtbot: QtBot, workspace: Workspace, actor: Actor, **kwargs: bool) -> FormsSection:
    prompts = Prompts()
    prompts.unsaved_changes = lambda parent, section: UnsavedChoice.DISCARD  # type: ignore[method-assign]
    section = FormsSection(workspace.forms(actor), workspace.templates(actor), prompts, **kwargs)
    qtbot.addWidget(section)
    return section


def test_the_table_shows_the_fields_and_a_picked_placeholder_is_saved(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    row = workspace.forms(staff.owner).upload("Zgoda", nested(form_pdf(FIELDS)))
    section = _section(qtbot, workspace, staff.owner)
    section.select("Zgoda")
    table = section.table()

    assert table.objectName() == "formFieldMap"
    shown = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert shown == ["LastName", "Paszport", "Uwagi"]
    assert table.item(0, 0).toolTip() == "F[0].Page_1[0].LastName[0]"
    assert table.item(0, 1).text() == "1"
    assert table.combo(0).currentText() == "Client: last name"
    assert table.combo(2).currentText() == "— leave empty —"
    assert not section.is_dirty()

    notes = table.combo(table.row_of("F[0].Page_1[0].Uwagi[0]"))
    notes.setCurrentIndex(notes.findData("salon.name"))
    assert section.is_dirty()
    assert section.save()

    assert workspace.forms(staff.owner).mapping(row.id) == {
        "F[0].Page_1[0].LastName[0]": "client.last_name",
        "F[0].Page_1[0].Paszport[0]": "client.passport.number",
        "F[0].Page_1[0].Uwagi[0]": "salon.name",
    }
    assert not section.is_dirty()


def test_an_uploaded_file_is_named_after_it_and_a_plain_pdf_refused(
    qtbot: QtBot, workspace: Workspace, staff: Staff, tmp_path: Path
) -> None:
    section = _section(qtbot, workspace, staff.owner)
    notices: list[tuple[str, bool]] = []
    section.notice.connect(lambda text, problem: notices.append((text, problem)))
    plain = tmp_path / "scan.pdf"
    plain.write_bytes(plain_pdf())
    assert section.upload_file(plain) is None
    assert notices[-1] == (
        "This PDF has no fillable text fields. Upload a fillable (AcroForm) version of it.",
        True,
    )
    good = tmp_path / "Umowa najmu.pdf"
    good.write_bytes(form_pdf(FLAT))

    row = section.upload_file(good)

    assert row is not None and row.name == "Umowa najmu"
    assert section.selected() == row
    assert section.table().rowCount() == 3
    assert notices[-1][1] is False


def test_renaming_and_deactivating(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    workspace.forms(staff.owner).upload("Umowa", form_pdf(FLAT))
    section = _section(qtbot, workspace, staff.owner)
    section.select("Umowa")
    name = section.findChild(QLineEdit, "pdfFormName")
    assert name is not None
    name.setText("Umowa 2026")
    section.rename()
    section.toggle_active()
    assert [
        (r.name, r.is_active) for r in workspace.forms(staff.owner).forms(include_inactive=True)
    ] == [("Umowa 2026", False)]


def test_a_non_owner_sees_the_mapping_read_only(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    workspace.forms(staff.owner).upload("Umowa", form_pdf(FLAT))
    section = _section(qtbot, workspace, staff.admin, read_only=True)
    section.show()
    section.select("Umowa")
    assert not section.table().combo(0).isEnabled()
    assert not section.findChild(QPushButton, "pdfFormSaveMapping").isVisible()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_fill_dialog_names_what_is_empty_and_stores_the_document(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    form = workspace.forms(staff.owner).upload("Zgoda", nested(form_pdf(FIELDS)))
    client = (
        workspace.clients(staff.admin)
        .create(
            ClientInput(last_name="Źdźbło", first_name="Łucja", phones=(PhoneData("0671234567"),))
        )
        .id
    )
    dialog = FormFillDialog(workspace, staff.admin, client)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "formFillDialog"
    assert dialog.empty_values() == ["Client: passport number (field Paszport)"]

    saved: list[int] = []
    changed: list[int] = []
    dialog.saved.connect(saved.append)
    dialog.client_changed.connect(changed.append)

    dialog.save()

    stored = workspace.documents(staff.admin).documents(client)
    assert [(d.form_id, d.title) for d in stored] == [(form.id, "Zgoda")]
    assert saved == [stored[0].id] and changed == [client]


def test_the_fill_dialog_opens_window_modal(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    client = (
        workspace.clients(staff.admin)
        .create(ClientInput(first_name="Ольга", phones=(PhoneData("0671234567"),)))
        .id
    )
    dialog = open_form_fill_dialog(parent, workspace, staff.admin, client)
    assert dialog.isVisible() and not dialog.findChild(QWidget, "saveFormButton").isEnabled()
    dialog.close()
