"""The stable automation names that tests and screen readers rely on."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from salon_crm.camera.camera_devices import CAMERA_ENV
from salon_crm.domain.health.contraindications import Reason, Severity
from salon_crm.domain.photos.photo_kinds import PhotoKind
from salon_crm.gui.clients.card.client_card_view import ClientCardView
from salon_crm.gui.clients.questionnaire.questionnaire_dialog import QuestionnaireDialog
from salon_crm.gui.health.anamnesis_dialog import AnamnesisDialog
from salon_crm.gui.photos.camera_dialog import CameraDialog
from salon_crm.gui.procedures.contraindication_dialog import ContraindicationDialog
from salon_crm.gui.procedures.procedure_dialog import ProcedureDialog
from salon_crm.gui.shell.card_parts import card_features
from salon_crm.gui.shell.login_dialog import LoginDialog
from salon_crm.gui.shell.main_window import MainWindow
from salon_crm.services.clients.client_types import ClientInput, PhoneData
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.procedures.procedure_types import ContraindicationCheck
from tests.conftest import Staff

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _names(widget: QWidget) -> set[str]:
    """The widget's own object name and its children's, actions included."""
    return {widget.objectName()} | {child.objectName() for child in widget.findChildren(QObject)}


def test_login_dialog(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = LoginDialog(workspace)
    qtbot.addWidget(dialog)
    assert {"loginDialog", "loginUser", "loginPassword", "loginButton"} <= _names(dialog)


def test_main_window_and_list(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    window = MainWindow(workspace, staff.admin)
    qtbot.addWidget(window)
    assert window.objectName() == "mainWindow"
    assert {"clientSearch", "clientTable", "newClientButton"} <= _names(window)


def test_questionnaire(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    dialog = QuestionnaireDialog(workspace, staff.admin)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.is_ready)
    fields = {
        "lastName",
        "firstName",
        "middleName",
        "phoneMain",
        "email",
        "birthDate",
        "gender",
        "clientNumber",
        "notes",
        "visibleNotes",
        "saveButton",
        "cancelButton",
    }
    assert dialog.objectName() == "questionnaireDialog"
    assert fields <= _names(dialog)
    # Fields whose label is a separate widget carry their name for screen readers too.
    for name in fields - {"saveButton", "cancelButton"}:
        widget = dialog.findChild(QWidget, name)
        assert widget is not None and widget.accessibleName(), name


def test_card(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    card = ClientCardView(workspace, staff.admin)
    qtbot.addWidget(card)
    client = workspace.clients(staff.admin).create(
        ClientInput(first_name="Анна", phones=(PhoneData("0671234567"),), is_blacklisted=True)
    )
    card.show_client(client.id)
    assert card.objectName() == "clientCard"
    assert {"cardName", "cardPhone", "cardBanner"} <= _names(card)


def test_cosmetology_and_procedure_screens(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client = workspace.clients(staff.specialist).create(
        ClientInput(first_name="Анна", phones=(PhoneData("0671234568"),))
    )
    card = ClientCardView(
        workspace, staff.specialist, features=card_features(workspace, staff.specialist)
    )
    qtbot.addWidget(card)
    card.show_client(client.id)
    tabs = card.findChild(QTabWidget, "cardTabs")
    assert tabs is not None
    tab = card.findChild(QWidget, "cosmetologyTab")
    assert tab is not None
    tabs.setCurrentWidget(tab)
    assert "newAnamnesisButton" in _names(card)
    anamnesis = AnamnesisDialog(workspace, staff.specialist, client.id, "Анна")
    qtbot.addWidget(anamnesis)
    assert anamnesis.objectName() == "anamnesisDialog"
    assert {"saveButton", "cancelButton", "recordConsentButton", "allergies"} <= _names(anamnesis)
    holder = card.findChild(QWidget, "proceduresTab")
    assert holder is not None
    tabs.setCurrentWidget(holder)
    assert {"proceduresTab", "newProcedureButton", "cardBalance"} <= _names(card)
    dialog = ProcedureDialog(workspace, staff.specialist, client)
    qtbot.addWidget(dialog)
    assert {"procedureDialog", "faceChart"} <= _names(dialog)
    check = ContraindicationCheck((Reason(Severity.BLOCK, condition="pregnancy"),))
    warning = ContraindicationDialog(check)
    qtbot.addWidget(warning)
    assert {"contraindicationDialog", "overrideReason"} <= _names(warning)


def test_camera_dialog(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CAMERA_ENV, str(tmp_path / "no camera.avi"))
    dialog = CameraDialog(None, purpose=PhotoKind.PROFILE)
    qtbot.addWidget(dialog)
    names = {"cameraDialog", "cameraPreview", "cameraSelect", "captureButton", "chooseFileButton"}
    assert names <= _names(dialog)


def test_photo_screens(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    from PySide6.QtGui import QImage

    from salon_crm.gui.photos.photo_compare_canvas import ComparedPhoto
    from salon_crm.gui.photos.photo_compare_view import PhotoCompareView

    client = workspace.clients(staff.admin).create(
        ClientInput(first_name="Анна", phones=(PhoneData("0671234569"),))
    )
    card = ClientCardView(workspace, staff.admin, features=card_features(workspace, staff.admin))
    qtbot.addWidget(card)
    card.show_client(client.id)
    assert {"takePhotoButton", "photosTab", "cardAvatar"} <= _names(card)
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    compare = PhotoCompareView([ComparedPhoto(image, "Before"), ComparedPhoto(image, "After")])
    qtbot.addWidget(compare)
    assert compare.objectName() == "photoCompare"


def test_document_template_editor(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    from salon_crm.gui.settings.settings_view import SettingsView
    from salon_crm.gui.shell.settings_parts import settings_sections

    view = SettingsView(
        workspace,
        staff.owner,
        more_sections=lambda prompts, read_only: settings_sections(
            workspace, staff.owner, prompts, read_only
        ),
    )
    qtbot.addWidget(view)
    assert "documents" in view.sections()
    editor = view.section("documents")
    assert editor.objectName() == "templateEditor"
    assert {"templateText", "placeholderPicker", "templateVersions"} <= _names(editor)
    assert {"requisitesLogo", "requisitesLogoChoose"} <= _names(view.section("requisites"))


def test_document_screens(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    from salon_crm.gui.documents.contract_dialog import ContractDialog

    client = workspace.clients(staff.admin).create(
        ClientInput(first_name="Анна", phones=(PhoneData("0671234570"),))
    )
    card = ClientCardView(workspace, staff.admin, features=card_features(workspace, staff.admin))
    qtbot.addWidget(card)
    card.show_client(client.id)
    assert {"fillContractButton", "documentsTab"} <= _names(card)
    assert card.open_tab("documentsTab") is not None
    assert "documentsRegistry" in _names(card)
    dialog = ContractDialog(workspace, staff.admin, client.id)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "contractDialog"
    assert {
        "templateSelect",
        "missingFields",
        "signaturePad",
        "previewButton",
        "saveContractButton",
    } <= _names(dialog)
