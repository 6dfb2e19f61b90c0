"""The preferred language: chosen by name, stored as a code, named in the reader's language;
and the history's tag line in Ukrainian."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from salon_crm.domain.common.enums import ConsentPurpose
from salon_crm.gui.clients.card.client_card_view import ClientCardView
from salon_crm.gui.clients.card.client_history_model import phrase_text
from salon_crm.gui.clients.questionnaire.questionnaire_dialog import (
    CloseChoice,
    QuestionnaireDialog,
)
from salon_crm.gui.common import i18n
from salon_crm.services.clients.client_types import ClientCard, ClientInput, ConsentData, PhoneData
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff


@pytest.fixture
def ukrainian() -> Iterator[None]:
    i18n.install_language("uk")
    yield
    i18n.install_language("en")


def _client(workspace: Workspace, staff: Staff, language: str) -> ClientCard:
    return workspace.clients(staff.admin).create(
        ClientInput(
            first_name="Анна",
            phones=(PhoneData("0671234567"),),
            preferred_language=language,
            consents=(ConsentData(ConsentPurpose.PERSONAL_DATA),),
        )
    )


def _language_combo(
    qtbot: QtBot, workspace: Workspace, staff: Staff, client_id: int
) -> tuple[QuestionnaireDialog, QComboBox]:
    dialog = QuestionnaireDialog(workspace, staff.admin, client_id=client_id)
    qtbot.addWidget(
        dialog,
        before_close_func=lambda d: setattr(d, "_ask_save_changes", lambda: CloseChoice.DISCARD),
    )
    qtbot.waitUntil(dialog.is_ready)
    combo = dialog.findChild(QComboBox, "preferredLanguage")
    assert combo is not None
    return dialog, combo


def test_the_questionnaire_offers_names_and_stores_the_code(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    card = _client(workspace, staff, "ru")
    dialog, combo = _language_combo(qtbot, workspace, staff, card.id)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "",
        "Ukrainian",
        "Russian",
        "Polish",
        "English",
    ]
    assert combo.currentText() == "Russian" and not combo.isEditable()

    combo.setCurrentIndex(combo.findText("Polish"))
    save = dialog.findChild(QPushButton, "saveButton")
    assert save is not None
    with qtbot.waitSignal(dialog.client_saved):
        save.click()
    assert workspace.clients(staff.admin).card(card.id).data.preferred_language == "pl"


def test_names_follow_the_interface_language(
    qtbot: QtBot, workspace: Workspace, staff: Staff, ukrainian: None
) -> None:
    card = _client(workspace, staff, "pl")
    _dialog, combo = _language_combo(qtbot, workspace, staff, card.id)
    assert combo.currentText() == "Польська"

    view = ClientCardView(workspace, staff.admin)
    qtbot.addWidget(view)
    view.show_client(card.id)
    texts = [label.text() for label in view.findChildren(QLabel)]
    assert "Польська" in texts and "pl" not in texts


def test_a_tag_change_reads_as_names_in_ukrainian(
    workspace: Workspace, staff: Staff, ukrainian: None
) -> None:
    settings = workspace.settings(staff.owner)
    depilation = settings.save_list_item("tags", name="Депіляція")
    massage = settings.save_list_item("tags", name="Масаж")
    clients = workspace.clients(staff.admin)
    card = _client(workspace, staff, "uk")
    clients.update(
        card.id, replace(card.edit_input(), tag_ids=frozenset({depilation.id, massage.id}))
    )
    lines = [
        tuple(phrase_text(p) for p in (line.what, line.old, line.new))
        for line in clients.history(card.id)
    ]
    added = QCoreApplication.translate("ClientHistory", "Added to groups")  # "Додано до груп"
    assert (added, "", "Депіляція, Масаж") in lines
    assert not any("[" in part or "tags" in part for line in lines for part in line)


def test_the_merge_dialog_names_the_languages(workspace: Workspace, staff: Staff) -> None:
    from salon_crm.gui.clients.merge_dialog import _Shown, merge_choices

    clients = workspace.clients(staff.admin)
    survivor = clients.card(_client(workspace, staff, "uk").id)
    duplicate = clients.create(
        ClientInput(first_name="Анна", phones=(PhoneData("0671234568"),), preferred_language="en")
    )
    choices = {c.field: c for c in merge_choices(survivor, duplicate, _Shown({}, {}))}
    language = choices["preferred_language"]
    assert (language.ours, language.theirs) == ("Ukrainian", "English")
