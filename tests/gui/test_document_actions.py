"""The documents in the main window: Client ▸ Fill contract… opens the card's fill dialog,
the printouts open in the preview (the record only for a role that reads health data),
Settings ▸ Document templates goes to the editor, and the card's documents tab lists what
was made for the client, with "Fill a PDF form…" once the salon keeps a form."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from salon_crm.gui.documents.contract_dialog import ContractDialog
from salon_crm.gui.documents.documents_registry import DocumentsRegistry
from salon_crm.gui.documents.form_fill_dialog import FormFillDialog
from salon_crm.gui.documents.pdf_viewer_dialog import PdfViewerDialog
from salon_crm.gui.shell.main_window import MainWindow
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff
from tests.gui.contract_files import make_document, new_client
from tests.pdf_form_files import Box, form_pdf

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _window(qtbot: QtBot, workspace: Workspace, actor: Actor, client_id: int) -> MainWindow:
    window = MainWindow(workspace, actor)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitExposed(window):
        window.show()
    window.open_client(client_id)
    return window


def _action_names(window: MainWindow) -> set[str]:
    return {
        action.objectName()
        for menu in window.menuBar().actions()
        if menu.menu() is not None
        for action in menu.menu().actions()
    }


def _trigger(window: MainWindow, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


def _top_level(kind: type[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_fill_contract_from_the_menu_opens_the_cards_dialog(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client = new_client(workspace, staff)
    window = _window(qtbot, workspace, staff.admin, client)
    assert {"fillContractAction", "printQuestionnaireAction"} <= _action_names(window)
    assert "printRecordAction" not in _action_names(window)  # no health data for the admin
    _trigger(window, "fillContractAction")
    qtbot.waitUntil(lambda: bool(_top_level(ContractDialog)))
    dialog = _top_level(ContractDialog)[0]
    assert isinstance(dialog, ContractDialog)
    dialog.reject()


def test_the_printouts_open_in_the_preview(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client = new_client(workspace, staff)
    window = _window(qtbot, workspace, staff.specialist, client)
    assert "printRecordAction" in _action_names(window)
    for name in ("printQuestionnaireAction", "printRecordAction"):
        _trigger(window, name)
        qtbot.waitUntil(lambda: bool(_top_level(PdfViewerDialog)))
        (preview,) = _top_level(PdfViewerDialog)
        assert isinstance(preview, PdfViewerDialog)
        assert preview.viewer.page_count() >= 1 and preview.banner.isHidden()
        preview.close()
        qtbot.waitUntil(lambda: not _top_level(PdfViewerDialog))


def test_document_templates_in_the_settings_menu_open_the_editor(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client = new_client(workspace, staff)
    window = _window(qtbot, workspace, staff.owner, client)
    _trigger(window, "templatesAction")
    editor = window.findChild(QWidget, "templateEditor")
    assert editor is not None and editor.isVisible()
    _trigger(window, "pdfFormsAction")
    forms = window.findChild(QWidget, "pdfFormsEditor")
    assert forms is not None and forms.isVisible() and not editor.isVisible()


def test_the_documents_tab_lists_the_clients_documents_and_fills_a_form(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client = new_client(workspace, staff)
    contract = workspace.templates(staff.admin).templates()[0].id
    made = make_document(workspace, staff, client, contract, signed=True)
    window = _window(qtbot, workspace, staff.admin, client)
    card = window.card_view
    assert card is not None
    tab = card.open_tab("documentsTab")
    assert tab is not None
    registry = tab.findChild(DocumentsRegistry)
    assert registry is not None and registry.model.rowCount() == 1
    assert registry.selected() is not None and registry.selected().number == made.number
    assert tab.findChild(QPushButton, "fillFormButton") is None  # the salon keeps no form yet

    form = form_pdf([Box("LastName", 60, 700)])
    workspace.forms(staff.owner).upload("Анкета партнёра", form)
    card.show_client(client)
    tab = card.open_tab("documentsTab")
    assert tab is not None
    button = tab.findChild(QPushButton, "fillFormButton")
    assert button is not None
    button.click()
    qtbot.waitUntil(lambda: bool(_top_level(FormFillDialog)))
    _top_level(FormFillDialog)[0].close()


def test_the_record_refused_to_a_role_without_health_data_is_said_in_words(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from salon_crm.gui.documents.printout_preview import Printout, open_printout

    client = new_client(workspace, staff)
    parent = QWidget()
    qtbot.addWidget(parent)
    open_printout(parent, workspace, staff.admin, client, Printout.RECORD)
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox, "printoutRefusal") is not None)
    refusal = parent.findChild(QMessageBox, "printoutRefusal")
    assert refusal is not None and "role" in refusal.text()
    assert not _top_level(PdfViewerDialog)
    refusal.close()
