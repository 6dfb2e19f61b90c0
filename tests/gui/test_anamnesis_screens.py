"""The cosmetologist's anamnesis on screen: the form filled and signed, the card's red
line for the specialist and for the administrator, the Cosmetology tab with the current
and an older version, the form without the client's consent."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from salon_crm.domain.common.enums import ConsentPurpose
from salon_crm.gui.clients.card.client_card_view import ClientCardView
from salon_crm.gui.clients.flag_icons import Flag, describe, flags_of
from salon_crm.gui.common.field_errors import UnsavedChoice
from salon_crm.gui.health.anamnesis_dialog import AllergyRow, AnamnesisDialog
from salon_crm.gui.health.cosmetology_tab import CosmetologyTab
from salon_crm.gui.shell.card_parts import card_features
from salon_crm.services.clients.client_types import ClientInput, ConsentData, PhoneData
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.health.anamnesis_types import (
    AllergyEntry,
    AnamnesisInput,
    ConditionEntry,
)
from tests.conftest import Staff

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

RECORDED = AnamnesisInput(
    complaints="Сухість і лущення",
    conditions=(ConditionEntry("pregnancy"),),
    allergies=(AllergyEntry("lidocaine", "anaphylaxis"), AllergyEntry("latex")),
)


def _client(workspace: Workspace, staff: Staff, *, consent: bool = True) -> int:
    consents = (ConsentData(ConsentPurpose.HEALTH_DATA, date.today() - timedelta(1)),)
    return (
        workspace.clients(staff.admin)
        .create(
            ClientInput(
                last_name="Гнатюк",
                first_name="Зоряна",
                phones=(PhoneData("0675550101"),),
                consents=consents if consent else (),
            )
        )
        .id
    )


def _dialog(qtbot: QtBot, workspace: Workspace, actor: Actor, client_id: int) -> AnamnesisDialog:
    current = workspace.health(actor).current(client_id)
    dialog = AnamnesisDialog(workspace, actor, client_id, "Гнатюк Зоряна", start=current)
    qtbot.addWidget(dialog)
    # Closed at the end of the test without asking (the question would wait for a click).
    dialog.ask_unsaved = lambda: UnsavedChoice.DISCARD  # type: ignore[method-assign]
    return dialog


def _type(widget: QWidget, text: str) -> None:
    """Type at the cursor, as the keyboard would (QTest types only ASCII)."""
    if isinstance(widget, QPlainTextEdit):
        widget.insertPlainText(text)
    else:
        assert isinstance(widget, QLineEdit)
        widget.insert(text)


def _child(parent: QWidget, kind: type, name: str):  # type: ignore[no-untyped-def]
    found = parent.findChild(kind, name)
    assert found is not None, name
    return found


def test_filling_an_anamnesis_and_signing_it(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client_id = _client(workspace, staff)
    dialog = _dialog(qtbot, workspace, staff.specialist, client_id)
    dialog.show()
    assert not dialog.consent_notice.isVisible()
    _type(_child(dialog, QWidget, "anamnesis_complaints"), "Пігментні плями")
    qtbot.keyClicks(_child(dialog, QWidget, "anamnesis_blood_pressure"), "110/70")
    _child(dialog, QWidget, "condition_isotretinoin").setChecked(True)
    _child(dialog, QWidget, "condition_metal_implants").setChecked(True)
    qtbot.keyClicks(_child(dialog, QWidget, "since_metal_implants"), "01032020")
    dialog.allergies.add_row()
    dialog.allergies.add_row()
    first, second = dialog.allergies.rows()
    assert isinstance(first, AllergyRow) and isinstance(second, AllergyRow)
    first.substance.setCurrentIndex(first.substance.findData("lidocaine"))
    _type(first.reaction, "набряк Квінке")
    second.substance.setEditText("Пилок берези")
    # Shortcuts reach the active window only; offscreen, activation must be asked for.
    handle = dialog.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    first.reaction.setFocus()
    with qtbot.waitSignal(dialog.recorded):
        qtbot.keyClick(first.reaction, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = workspace.health(staff.specialist).current(client_id)
    assert saved is not None and saved.version == 1
    assert saved.signed_by == "Марина"
    assert saved.data.complaints == "Пігментні плями"
    assert saved.data.blood_pressure == "110/70"
    assert saved.data.conditions == (
        ConditionEntry("isotretinoin"),
        ConditionEntry("metal_implants", since=date(2020, 3, 1)),
    )
    assert saved.data.allergies == (
        AllergyEntry("lidocaine", "набряк Квінке"),
        AllergyEntry("Пилок берези"),
    )


def test_a_review_starts_from_the_current_version(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client_id = _client(workspace, staff)
    workspace.health(staff.specialist).record(client_id, RECORDED)
    dialog = _dialog(qtbot, workspace, staff.specialist, client_id)
    assert dialog.collect() == RECORDED
    assert not dialog.has_changes()
    assert dialog.save()  # unchanged, but a review is signed as a new version
    assert [v.version for v in workspace.health(staff.specialist).versions(client_id)] == [2, 1]


def test_bad_input_is_shown_at_the_field_and_nothing_saved(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client_id = _client(workspace, staff)
    dialog = _dialog(qtbot, workspace, staff.specialist, client_id)
    dialog.show()
    qtbot.keyClicks(_child(dialog, QWidget, "anamnesis_blood_pressure"), "1" * 25)
    dialog.allergies.add_row()
    (row,) = dialog.allergies.rows()
    assert isinstance(row, AllergyRow)
    _type(row.reaction, "висип")  # a reaction without the substance
    assert not dialog.save()
    assert dialog.isVisible()
    assert "at most 20 characters" in _child(dialog, QLabel, "error_blood_pressure").text()
    assert row.slots()["substance"].has_error()
    assert workspace.health(staff.specialist).versions(client_id) == []


def test_unsaved_edits_are_asked_about(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    client_id = _client(workspace, staff)
    dialog = _dialog(qtbot, workspace, staff.specialist, client_id)
    dialog.show()
    asked: list[bool] = []

    def answer(choice: UnsavedChoice) -> None:
        def ask() -> UnsavedChoice:
            asked.append(True)
            return choice

        dialog.ask_unsaved = ask  # type: ignore[method-assign]

    answer(UnsavedChoice.CANCEL)
    dialog.reject()
    assert not asked  # nothing typed: closing asks nothing...
    dialog.show()
    _type(_child(dialog, QWidget, "anamnesis_goals"), "Вирівняти тон")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()  # ...typed: asked, and Cancel stays
    answer(UnsavedChoice.DISCARD)
    dialog.reject()
    assert not dialog.isVisible()
    assert workspace.health(staff.specialist).versions(client_id) == []


def test_without_consent_the_form_says_why_and_records_it(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client_id = _client(workspace, staff, consent=False)
    dialog = _dialog(qtbot, workspace, staff.specialist, client_id)
    dialog.show()
    save = _child(dialog, QPushButton, "saveButton")
    assert dialog.consent_notice.isVisible() and not save.isEnabled()
    assert "not consented" in _child(dialog, QLabel, "consentNoticeText").text()
    _type(_child(dialog, QWidget, "anamnesis_complaints"), "Акне")
    assert not dialog.save()
    dialog.consent_notice.confirm = lambda: False  # type: ignore[method-assign]
    qtbot.mouseClick(_child(dialog, QPushButton, "recordConsentButton"), Qt.MouseButton.LeftButton)
    assert not save.isEnabled()  # not confirmed: nothing recorded
    dialog.consent_notice.confirm = lambda: True  # type: ignore[method-assign]
    qtbot.mouseClick(_child(dialog, QPushButton, "recordConsentButton"), Qt.MouseButton.LeftButton)
    assert save.isEnabled() and not dialog.consent_notice.isVisible()
    assert dialog.save()  # what was typed before is still there and saved
    saved = workspace.health(staff.specialist).current(client_id)
    assert saved is not None and saved.data.complaints == "Акне"
    (state,) = workspace.clients(staff.admin).card(client_id).consent_history
    assert state.purpose is ConsentPurpose.HEALTH_DATA and state.given_on == date.today()


def _card(qtbot: QtBot, workspace: Workspace, actor: Actor, client_id: int) -> ClientCardView:
    view = ClientCardView(workspace, actor, features=card_features(workspace, actor))
    qtbot.addWidget(view)
    view.show_client(client_id)
    return view


def _tab_index(view: ClientCardView, name: str) -> int:
    tabs = _child(view, QTabWidget, "cardTabs")
    names = [tabs.widget(i).objectName() for i in range(tabs.count())]
    return names.index(name) if name in names else -1


def test_the_banner_names_the_allergies_for_the_specialist_only(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client_id = _client(workspace, staff)
    workspace.health(staff.specialist).record(client_id, RECORDED)

    specialist = _card(qtbot, workspace, staff.specialist, client_id)
    banner = _child(specialist, QLabel, "cardBanner")
    assert banner.isVisibleTo(specialist)
    assert "Allergy: Lidocaine (anaphylaxis), Latex" in banner.text()
    assert "Contraindications: Pregnancy" in banner.text()
    assert _tab_index(specialist, "cosmetologyTab") == 1

    admin = _card(qtbot, workspace, staff.admin, client_id)
    text = _child(admin, QLabel, "cardBanner").text()
    assert "Has allergies and contraindications — details for the specialist" in text
    assert "Lidocaine" not in text and "Pregnancy" not in text
    assert _tab_index(admin, "cosmetologyTab") == -1

    (row,) = workspace.clients(staff.admin).rows([client_id])
    assert flags_of(row) == (Flag.ALLERGIES, Flag.CONTRAINDICATIONS)
    assert describe(flags_of(row)) == "Allergies\nContraindications"


def test_a_client_without_allergies_has_no_banner(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client_id = _client(workspace, staff)
    workspace.health(staff.specialist).record(client_id, AnamnesisInput(complaints="Ні"))
    view = _card(qtbot, workspace, staff.specialist, client_id)
    assert not _child(view, QLabel, "cardBanner").isVisibleTo(view)


def test_the_cosmetology_tab_shows_the_current_and_an_older_version(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client_id = _client(workspace, staff)
    health = workspace.health(staff.specialist)
    health.record(client_id, RECORDED)
    health.record(client_id, AnamnesisInput(complaints="Після курсу: шкіра зволожена"))
    view = _card(qtbot, workspace, staff.specialist, client_id)
    view.show()
    tabs = _child(view, QTabWidget, "cardTabs")
    tabs.setCurrentIndex(_tab_index(view, "cosmetologyTab"))
    content = _child(view, CosmetologyTab, "cosmetologyContent")
    qtbot.waitUntil(content.isVisible)  # a tab's content is shown once built
    section = content.anamnesis

    def body_text() -> str:
        return " | ".join(label.text() for label in section.findChildren(QLabel))

    assert "Version 2, signed" in body_text() and "Марина" in body_text()
    assert "шкіра зволожена" in body_text()
    assert "No allergies noted." in body_text()
    versions = section.versions
    assert versions.isVisibleTo(view) and versions.count() == 2
    versions.setCurrentIndex(1)
    versions.activated.emit(1)
    assert section.shown_version() == 1
    assert "Version 1, signed" in body_text()
    assert "Allergies: Lidocaine (anaphylaxis), Latex" in body_text()
    assert "Pregnancy" in body_text() and "Сухість і лущення" in body_text()
    assert section.new_button.text() == "Review…"


def test_the_tab_opens_the_form_and_the_card_follows(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client_id = _client(workspace, staff)
    view = _card(qtbot, workspace, staff.specialist, client_id)
    view.show()
    tabs = _child(view, QTabWidget, "cardTabs")
    tabs.setCurrentIndex(_tab_index(view, "cosmetologyTab"))
    section = _child(view, CosmetologyTab, "cosmetologyContent").anamnesis
    assert "No anamnesis recorded yet." in _child(section, QLabel, "anamnesisEmpty").text()

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, AnamnesisDialog)
        dialog.allergies.add_row()
        (row,) = dialog.allergies.rows()
        assert isinstance(row, AllergyRow)
        row.substance.setCurrentIndex(row.substance.findData("latex"))
        assert dialog.save()
        return int(QDialog.DialogCode.Accepted)

    section.exec_dialog = fill  # type: ignore[method-assign]
    with qtbot.waitSignal(view.client_changed):
        qtbot.mouseClick(section.new_button, Qt.MouseButton.LeftButton)
    assert "Allergy: Latex" in _child(view, QLabel, "cardBanner").text()
    # The card was rebuilt on the Cosmetology tab, now showing the signed version.
    content = _child(view, CosmetologyTab, "cosmetologyContent")
    assert content.anamnesis.record is not None and content.anamnesis.record.version == 1


def test_other_sections_go_under_the_anamnesis(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client_id = _client(workspace, staff)
    card = workspace.clients(staff.specialist).card(client_id)
    holder = QWidget()
    qtbot.addWidget(holder)
    tab = CosmetologyTab(workspace, staff.specialist, card, holder)
    extra = QLabel("assessments here")
    tab.add_section("Skin assessments", extra)
    labels = [label.text() for label in tab.findChildren(QLabel)]
    assert labels.index("Skin assessments") > labels.index("Anamnesis")
    assert extra.parentWidget() is tab.anamnesis.parentWidget()
