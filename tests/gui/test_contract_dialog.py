"""The fill-contract dialog: what the client's record lacks is asked for right there and
saved back to the questionnaire when ticked, a line is left for the rest when asked,
the pads' signatures are stored in the document, a signed consent is recorded, and the
card's "Fill contract…" button opens it."""

from __future__ import annotations

import re
import subprocess
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from salon_crm.domain.common.enums import ConsentPurpose, Role
from salon_crm.domain.documents.document_blocks import Signer
from salon_crm.domain.documents.template_kinds import TemplateKind
from salon_crm.domain.permissions import ROLE_PERMISSIONS, Permission
from salon_crm.gui.clients.card.client_card_view import ClientCardView
from salon_crm.gui.documents.contract_dialog import ContractDialog
from salon_crm.gui.documents.signature_pad import SignaturePad
from salon_crm.gui.shell.card_parts import card_features
from salon_crm.services.clients.client_types import ClientInput, PhoneData
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff

HANNA = ClientInput(
    last_name="Їжакова",
    first_name="Ґанна",
    birth_date=date(1990, 5, 24),
    phones=(PhoneData("0671234567", is_main=True),),
)
NUMBER = "client.passport.number"


def _client(workspace: Workspace, staff: Staff) -> int:
    return workspace.clients(staff.admin).create(HANNA).id


def _dialog(qtbot: QtBot, workspace: Workspace, actor: Actor, client_id: int) -> ContractDialog:
    dialog = ContractDialog(workspace, actor, client_id)
    # Closed at the test's end with values typed: dropped without a question that waits.
    dialog.prompts.confirm = lambda *_args: True  # type: ignore[method-assign]
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # its shortcuts work in the active window
        dialog.show()
        dialog.activateWindow()
    return dialog


def _click(qtbot: QtBot, dialog: ContractDialog, name: str) -> None:
    button = dialog.findChild(QPushButton, name)
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _text(pdf: bytes) -> str:
    done = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True)
    return done.stdout.decode()


def _stored_pdf(workspace: Workspace, staff: Staff, document_id: int) -> bytes:
    data, intact = workspace.documents(staff.admin).pdf(document_id)
    assert intact
    return data


def _choose(dialog: ContractDialog, kind: TemplateKind, workspace: Workspace, staff: Staff) -> None:
    row = next(r for r in workspace.templates(staff.admin).templates() if r.kind is kind)
    dialog.template_select.setCurrentIndex(dialog.template_select.findData(row.id))


def _sign(qtbot: QtBot, pad: SignaturePad) -> None:
    """A stroke dragged with the mouse across the pad's drawing area."""
    area = pad.drawing_area()
    left = Qt.MouseButton.LeftButton
    points = [QPoint(area.left() + area.width() * i // 5, area.center().y() + (-1) ** i * 10)
              for i in range(1, 5)]  # fmt: skip
    qtbot.mousePress(pad, left, pos=points[0])
    for point in points[1:]:
        qtbot.mouseMove(pad, point)
    qtbot.mouseRelease(pad, left, pos=points[-1])


def test_the_passport_number_typed_is_saved_to_the_questionnaire_and_printed(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client = _client(workspace, staff)
    dialog = _dialog(qtbot, workspace, staff.admin, client)
    assert dialog.template_select.currentIndex() == 0  # the service contract
    assert NUMBER in dialog.missing.names() and "client.full_name" not in dialog.missing.names()
    edit = dialog.missing.edit(NUMBER)
    assert edit.accessibleName() == "Client: passport number"
    save_box = dialog.missing.save_box(NUMBER)
    assert save_box is not None and save_box.isChecked()
    assert dialog.missing.save_box("salon.bank_account") is None  # no client field
    QTest.keyClicks(edit, "123456")
    dialog.blank_missing.setChecked(True)  # the series, the issuing office… by hand
    with (
        qtbot.waitSignal(dialog.saved) as saved,
        qtbot.waitSignal(dialog.client_changed) as changed,
    ):
        _click(qtbot, dialog, "saveContractButton")
    stored = dialog.stored
    assert stored is not None and saved.args == [stored.id] and changed.args == [client]
    assert dialog.notice.text() == f"Saved as No. {stored.number}"
    assert re.fullmatch(r"\d{4}-\d{4}", stored.number)
    card = workspace.clients(staff.admin).card(client)
    assert [d.number for d in card.data.identity_documents] == ["123456"]
    text = _text(_stored_pdf(workspace, staff, stored.id))
    assert "123456" in text and "Їжакова Ґанна" in text and stored.number in text
    # Drawn where the series and the issuing office go.
    assert re.search(r"_{10,}", text)


def test_a_value_not_saved_back_prints_on_this_document_only(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client = _client(workspace, staff)
    dialog = _dialog(qtbot, workspace, staff.admin, client)
    QTest.keyClicks(dialog.missing.edit(NUMBER), "654321")
    save_box = dialog.missing.save_box(NUMBER)
    assert save_box is not None
    save_box.setChecked(False)
    dialog.blank_missing.setChecked(True)
    _click(qtbot, dialog, "saveContractButton")
    assert dialog.stored is not None
    assert "654321" in _text(_stored_pdf(workspace, staff, dialog.stored.id))
    assert workspace.clients(staff.admin).card(client).data.identity_documents == ()


def test_without_the_values_nothing_is_stored_and_the_fields_say_what_is_missing(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client = _client(workspace, staff)
    dialog = _dialog(qtbot, workspace, staff.admin, client)
    QTest.keyClick(dialog, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not dialog.preview_pending)
    assert dialog.preview.page_count() == 0
    assert "values missing" in dialog.preview.message.text()
    _click(qtbot, dialog, "saveContractButton")
    assert dialog.stored is None and workspace.documents(staff.admin).documents(client) == []
    error = dialog.missing.findChild(QLabel, "error_client_passport_number")
    assert error is not None and error.isVisible()
    assert "missing" in dialog.error.text()
    # Leaving the rest blank, the preview shows the pages.
    dialog.blank_missing.setChecked(True)
    assert dialog.preview_pending  # asked for as the box is ticked, once typing pauses
    qtbot.waitUntil(lambda: dialog.preview.page_count() > 0, timeout=5000)


def test_a_refused_value_is_said_next_to_it_and_kept(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client = _client(workspace, staff)
    dialog = _dialog(qtbot, workspace, staff.admin, client)
    issued_on = dialog.missing.edit("client.passport.issued_on")
    QTest.keyClicks(issued_on, "31.02.2008")
    dialog.blank_missing.setChecked(True)
    _click(qtbot, dialog, "saveContractButton")
    assert dialog.stored is None and workspace.documents(staff.admin).documents(client) == []
    error = dialog.missing.findChild(QLabel, "error_client_passport_issued_on")
    assert error is not None and error.isVisible() and "dd.mm.yyyy" in error.text()
    assert issued_on.text() == "31.02.2008"
    issued_on.setText("01.06.2008")
    _click(qtbot, dialog, "saveContractButton")
    assert dialog.stored is not None
    (passport,) = workspace.clients(staff.admin).card(client).data.identity_documents
    assert passport.issued_on == date(2008, 6, 1)


def test_signed_on_the_pad_the_document_is_stored_signed(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client = _client(workspace, staff)
    dialog = _dialog(qtbot, workspace, staff.admin, client)
    dialog.blank_missing.setChecked(True)
    pad = dialog.signatures.pad(Signer.CLIENT)
    assert pad.objectName() == "signaturePad"
    _sign(qtbot, pad)
    assert not pad.is_empty() and dialog.preview_pending
    QTest.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.stored is not None and dialog.stored.signed
    (document,) = workspace.documents(staff.admin).documents(client)
    assert document.signed and document.id == dialog.stored.id


@pytest.mark.parametrize(
    ("kind", "purpose", "on_pad"),
    [
        (TemplateKind.HEALTH_DATA_CONSENT, ConsentPurpose.HEALTH_DATA, True),
        (TemplateKind.PHOTO_CONSENT, ConsentPurpose.CLINICAL_PHOTOS, False),  # on paper
    ],
)
def test_a_signed_consent_is_recorded_with_the_document_as_evidence(
    qtbot: QtBot,
    workspace: Workspace,
    staff: Staff,
    kind: TemplateKind,
    purpose: ConsentPurpose,
    on_pad: bool,
) -> None:
    client = _client(workspace, staff)
    dialog = _dialog(qtbot, workspace, staff.admin, client)
    _choose(dialog, kind, workspace, staff)
    dialog.blank_missing.setChecked(True)
    if on_pad:
        _sign(qtbot, dialog.signatures.pad(Signer.CLIENT))
    else:
        dialog.on_paper.setChecked(True)
    _click(qtbot, dialog, "saveContractButton")
    assert dialog.stored is not None and dialog.stored.signed
    card = workspace.clients(staff.admin).card(client)
    (consent,) = [c for c in card.consent_history if c.purpose is purpose]
    assert consent.evidence == dialog.stored.number and consent.withdrawn_on is None


def test_the_procedure_is_offered_only_for_a_template_that_names_one(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client = _client(workspace, staff)
    dialog = _dialog(qtbot, workspace, staff.admin, client)
    assert not dialog.procedure_select.isVisible()
    _choose(dialog, TemplateKind.PROCEDURE_CONSENT, workspace, staff)
    assert dialog.procedure_select.isVisible()
    assert dialog.procedure_select.currentData() is None  # the client has none yet
    assert "procedure.name" in dialog.missing.names()
    # The template chosen last is offered first the next time.
    chosen = dialog.template_select.currentData()
    dialog.done(0)
    again = _dialog(qtbot, workspace, staff.admin, client)
    assert again.template_select.currentData() == chosen


def test_escape_asks_before_dropping_what_was_typed(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client = _client(workspace, staff)
    dialog = _dialog(qtbot, workspace, staff.admin, client)
    asked: list[str] = []

    def answer(parent: object, title: str, text: str) -> bool:
        asked.append(text)
        return len(asked) > 1  # stay the first time, leave the second

    dialog.prompts.confirm = answer  # type: ignore[method-assign]
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes unasked
    assert not dialog.isVisible() and asked == []
    dialog = _dialog(qtbot, workspace, staff.admin, client)
    dialog.prompts.confirm = answer  # type: ignore[method-assign]
    QTest.keyClicks(dialog.missing.edit(NUMBER), "1")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(asked) == 1
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_card_button_opens_the_dialog_for_its_client(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client = _client(workspace, staff)
    view = ClientCardView(workspace, staff.admin, features=card_features(workspace, staff.admin))
    qtbot.addWidget(view)
    view.show()
    view.show_client(client)
    button = view.findChild(QPushButton, "fillContractButton")
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = button.dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, ContractDialog) and dialog.parent() is view.window()
    qtbot.waitExposed(dialog)
    assert dialog.objectName() == "contractDialog"
    assert dialog.windowModality() is Qt.WindowModality.WindowModal
    assert "Їжакова" in dialog.windowTitle()
    # A document saved reloads the card: the client_changed of the button passes it on.
    dialog.blank_missing.setChecked(True)
    with qtbot.waitSignal(button.client_changed):  # type: ignore[attr-defined]
        _click(qtbot, dialog, "saveContractButton")
    dialog.close()


def test_the_button_is_for_those_who_may_make_documents_of_working_clients(
    qtbot: QtBot, workspace: Workspace, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = _client(workspace, staff)
    # The cosmetologist has the procedure's consent signed; a role without the right
    # sees no button.
    assert Permission.DOCUMENTS_WRITE in ROLE_PERMISSIONS[Role.SPECIALIST]
    allowed = ROLE_PERMISSIONS[Role.SPECIALIST] - {Permission.DOCUMENTS_WRITE}
    monkeypatch.setitem(ROLE_PERMISSIONS, Role.SPECIALIST, allowed)
    specialist = ClientCardView(
        workspace, staff.specialist, features=card_features(workspace, staff.specialist)
    )
    qtbot.addWidget(specialist)
    specialist.show_client(client)
    assert specialist.findChild(QPushButton, "fillContractButton") is None
    workspace.clients(staff.admin).archive(client, reason="moved away")
    admin = ClientCardView(workspace, staff.admin, features=card_features(workspace, staff.admin))
    qtbot.addWidget(admin)
    admin.show_client(client)
    button = admin.findChild(QPushButton, "fillContractButton")
    assert button is not None and not button.isEnabled()
