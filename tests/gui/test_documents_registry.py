"""A client's documents on the card: newest first with their number, template version and
signature; opened under the banner that says whether the stored file changed; a missing
file said in words; saved byte for byte; nothing for a role that does not read them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from salon_crm.domain.common.enums import Role
from salon_crm.domain.permissions import ROLE_PERMISSIONS, Permission
from salon_crm.gui.documents.documents_registry import DocumentsRegistry
from salon_crm.gui.documents.pdf_viewer_dialog import PdfViewerDialog
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.documents.document_service import StoredDocument
from tests.conftest import Staff
from tests.gui.contract_files import make_document, new_client, show_active, two_page_template

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _registry(qtbot: QtBot, workspace: Workspace, staff: Staff, client: int) -> DocumentsRegistry:
    registry = DocumentsRegistry(workspace, staff.admin, client)
    show_active(qtbot, registry, 900, 400)
    return registry


def _cells(registry: DocumentsRegistry) -> list[list[str]]:
    model = registry.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _edit_on_disk(workspace: Workspace, document: StoredDocument) -> None:
    path = workspace.media.path_of(document.sha256)
    path.chmod(0o644)
    path.write_bytes(path.read_bytes().replace(b"%%EOF", b"%%EOF\n% edited"))


def test_the_documents_are_listed_newest_first(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client = new_client(workspace, staff)
    registry = _registry(qtbot, workspace, staff, client)
    assert registry.empty.isVisible() and not registry.table.isVisible()
    assert not registry.open_button.isEnabled()

    consent = workspace.templates(staff.admin).templates()[2]
    first = make_document(workspace, staff, client, consent.id, signed=True)
    second = make_document(workspace, staff, client, two_page_template(workspace, staff))
    registry.refresh()
    assert not registry.empty.isVisible() and registry.table.isVisible()
    headers = [registry.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Number", "Title", "Version", "Date", "Made by", "Signed"]
    day = first.created_at.astimezone().strftime("%d.%m.%Y")
    assert _cells(registry) == [
        [second.number, second.title, "v.2", day, "Ірина", ""],
        [first.number, consent.name, "v.1", day, "Ірина", "✓"],
    ]
    assert registry.selected() == second and registry.open_button.isEnabled()


def test_opening_says_whether_the_file_is_unchanged(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client = new_client(workspace, staff)
    template = two_page_template(workspace, staff)
    edited = make_document(workspace, staff, client, template)
    intact = make_document(workspace, staff, client, template)
    _edit_on_disk(workspace, edited)
    registry = _registry(qtbot, workspace, staff, client)

    registry.table.setFocus()
    qtbot.keyClick(registry.table, Qt.Key.Key_Return)
    dialog = registry.findChild(PdfViewerDialog, "pdfPreview")
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.windowTitle() == f"{intact.number} · {intact.title}"
    assert dialog.banner.text().startswith("This is the document as it was saved")
    qtbot.waitUntil(lambda: dialog.viewer.page_count() == 2)
    dialog.close()

    registry.select_number(edited.number)
    opened = registry.open_selected()
    assert opened is not None
    assert opened.banner.text().startswith("This file has been changed since it was saved")


def test_a_missing_file_is_said_in_words(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    client = new_client(workspace, staff)
    stored = make_document(workspace, staff, client, two_page_template(workspace, staff))
    workspace.media.path_of(stored.sha256).unlink()
    registry = _registry(qtbot, workspace, staff, client)
    assert registry.open_selected() is None
    assert registry.findChild(PdfViewerDialog) is None
    assert registry.problem.isVisible()
    assert registry.problem.text().startswith(
        f"The file of document {stored.number} is missing from the data folder."
    )
    assert not registry.save_selected()


def test_save_as_writes_the_stored_file_and_a_changed_one_is_shown_first(
    qtbot: QtBot, workspace: Workspace, staff: Staff, tmp_path: Path
) -> None:
    client = new_client(workspace, staff)
    stored = make_document(workspace, staff, client, two_page_template(workspace, staff))
    registry = _registry(qtbot, workspace, staff, client)
    offered: list[str] = []

    def choose(name: str) -> Path:
        offered.append(name)
        return tmp_path / name

    registry.output.choose_save_path = choose  # type: ignore[method-assign]
    assert registry.save_selected()
    name = f"{stored.number} {stored.title}.pdf"
    assert offered == [name]
    assert (tmp_path / name).read_bytes() == workspace.documents(staff.admin).pdf(stored.id)[0]

    _edit_on_disk(workspace, stored)
    assert not registry.save_selected()
    assert offered == [name]  # not asked where: the changed file is shown instead
    dialog = registry.findChild(PdfViewerDialog, "pdfPreview")
    assert dialog is not None and dialog.banner.text().startswith("This file has been changed")


def test_a_new_document_appears_on_refresh(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client = new_client(workspace, staff)
    template = two_page_template(workspace, staff)
    make_document(workspace, staff, client, template)
    registry = _registry(qtbot, workspace, staff, client)
    assert registry.model.rowCount() == 1
    newer = make_document(workspace, staff, client, template)
    registry.refresh()
    assert [d.id for d in registry.model.rows()][:1] == [newer.id]
    assert registry.model.rowCount() == 2


def test_a_role_that_does_not_read_documents_sees_nothing(
    qtbot: QtBot, workspace: Workspace, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = new_client(workspace, staff)
    make_document(workspace, staff, client, two_page_template(workspace, staff))
    allowed = ROLE_PERMISSIONS[Role.SPECIALIST] - {Permission.DOCUMENTS_READ}
    monkeypatch.setitem(ROLE_PERMISSIONS, Role.SPECIALIST, allowed)
    registry = DocumentsRegistry(workspace, staff.specialist, client)
    qtbot.addWidget(registry)
    registry.refresh()
    assert registry.objectName() == "documentsRegistry"
    assert registry.model.rowCount() == 0
    assert registry.findChildren(QWidget) == []  # no table, no buttons, no empty-state text
