"""The owner's questionnaire shape: hidden fields leave the form and the card but keep
their data; required fields are starred and refused empty, in the form and the service."""

from __future__ import annotations

from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from salon_crm.domain.common.enums import CustomFieldType
from salon_crm.domain.common.errors import ValidationError
from salon_crm.gui.clients.card.client_card_view import ClientCardView
from salon_crm.gui.clients.questionnaire.questionnaire_dialog import (
    CloseChoice,
    QuestionnaireDialog,
    Section,
)
from salon_crm.services.clients.client_types import ClientInput, PhoneData
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.settings.questionnaire_layout import QuestionnaireLayout
from tests.conftest import Staff

W = TypeVar("W", bound=QWidget)

OKSANA = ClientInput(
    last_name="Ткаченко",
    first_name="Оксана",
    middle_name="Петрівна",
    company="ТОВ «Ромашка»",
    phones=(PhoneData("0671234567"),),
    emails=("oksana@example.com",),
)


def _open(
    qtbot: QtBot, workspace: Workspace, actor: Actor, client_id: int | None = None
) -> QuestionnaireDialog:
    dialog = QuestionnaireDialog(workspace, actor, client_id=client_id)
    qtbot.addWidget(
        dialog,
        before_close_func=lambda d: setattr(d, "_ask_save_changes", lambda: CloseChoice.DISCARD),
    )
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.is_ready)
    qtbot.wait(1)  # the form's widgets are shown once the events queued by its build run
    return dialog


def _child(parent: QWidget, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    assert found is not None, name
    return found


def _caption(dialog: QWidget, field: QWidget) -> str:
    return next(lb.text() for lb in dialog.findChildren(QLabel) if lb.buddy() is field)


def _shown(dialog: QWidget, name: str) -> bool:
    return _child(dialog, QWidget, name).isVisibleTo(dialog)


def test_hidden_fields_leave_the_questionnaire_and_keep_their_values(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client = workspace.clients(staff.admin).create(OKSANA)
    workspace.questionnaire_layout(staff.owner).save_layout(
        QuestionnaireLayout(hidden=frozenset({"middle_name", "company", "email", "addresses"}))
    )
    dialog = _open(qtbot, workspace, staff.admin, client.id)
    for name in ("middleName", "company", "email"):
        assert not _shown(dialog, name), name
    assert _shown(dialog, "lastName") and _shown(dialog, "jobTitle")
    nav = dialog.findChild(QWidget, "sectionList")
    assert nav is not None
    assert nav.item(Section.ADDRESSES).isHidden()  # type: ignore[attr-defined]

    _child(dialog, QLineEdit, "jobTitle").setText("Бухгалтер")
    qtbot.mouseClick(_child(dialog, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)

    stored = workspace.clients(staff.admin).card(client.id).data
    assert stored.job_title == "Бухгалтер"
    assert (stored.middle_name, stored.company, stored.emails) == (
        "Петрівна",
        "ТОВ «Ромашка»",
        ("oksana@example.com",),
    )


def test_a_box_whose_fields_are_all_hidden_goes_too(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    workspace.questionnaire_layout(staff.owner).save_layout(
        QuestionnaireLayout(hidden=frozenset({"notes", "visible_notes"}))
    )
    dialog = _open(qtbot, workspace, staff.admin)
    assert not _shown(dialog, "notes") and not _shown(dialog, "visibleNotes")
    boxes = [b.title() for b in dialog.findChildren(QGroupBox) if b.isVisibleTo(dialog)]
    assert "Notes" not in boxes and "Person" in boxes


def test_hidden_fields_leave_the_card(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    client = workspace.clients(staff.admin).create(OKSANA)
    card = ClientCardView(workspace, staff.admin)
    qtbot.addWidget(card)

    def texts() -> str:
        card.show_client(client.id)
        tabs = card.findChild(QWidget, "cardTabs")
        assert tabs is not None
        tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
        return " | ".join(label.text() for label in card.findChildren(QLabel))

    before = texts()
    assert "ТОВ «Ромашка»" in before and "oksana@example.com" in before
    workspace.questionnaire_layout(staff.owner).save_layout(
        QuestionnaireLayout(hidden=frozenset({"company", "email"}))
    )
    after = texts()
    assert "ТОВ «Ромашка»" not in after and "oksana@example.com" not in after
    assert "0671234567"[-4:] in after  # the rest of the card is still there


def test_a_required_standard_field_is_starred_and_refused_empty(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    workspace.questionnaire_layout(staff.owner).save_layout(
        QuestionnaireLayout(required=frozenset({"birth_date", "email"}))
    )
    dialog = _open(qtbot, workspace, staff.admin)
    assert "*" in _caption(dialog, _child(dialog, QWidget, "birthDate"))
    assert "*" not in _caption(dialog, _child(dialog, QWidget, "company"))
    _child(dialog, QLineEdit, "lastName").setText("Мельник")
    _child(dialog, QLineEdit, "phoneMain").setText("0501112233")
    qtbot.mouseClick(_child(dialog, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.saved_card is None
    assert _child(dialog, QLabel, "error_birth_date").text() == "This field is required."
    assert _child(dialog, QLabel, "error_email").text() == "This field is required."
    _child(dialog, QLineEdit, "birthDate").setText("01.02.1990")
    _child(dialog, QLineEdit, "email").setText("melnyk@example.com")
    qtbot.mouseClick(_child(dialog, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    assert dialog.saved_card is not None


def test_a_required_custom_field_is_starred_and_refused_empty(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    workspace.settings(staff.owner).save_custom_field(
        key="skin_type", label="Skin type", field_type=CustomFieldType.TEXT, is_required=True
    )
    dialog = _open(qtbot, workspace, staff.admin)
    field = _child(dialog, QLineEdit, "custom_skin_type")
    assert "*" in _caption(dialog, field)
    _child(dialog, QLineEdit, "lastName").setText("Мельник")
    _child(dialog, QLineEdit, "phoneMain").setText("0501112233")
    qtbot.mouseClick(_child(dialog, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    assert dialog.saved_card is None
    assert _child(dialog, QLabel, "error_custom.skin_type").text() == "This field is required."
    assert field.hasFocus()  # the form went to the custom fields' section to show it


def test_the_service_enforces_required_fields_for_every_caller(
    workspace: Workspace, staff: Staff
) -> None:
    settings = workspace.settings(staff.owner)
    settings.save_custom_field(
        key="skin_type", label="Skin type", field_type=CustomFieldType.TEXT, is_required=True
    )
    hidden = settings.save_custom_field(
        key="old", label="Old", field_type=CustomFieldType.TEXT, is_required=True, is_hidden=True
    )
    workspace.questionnaire_layout(staff.owner).save_layout(
        QuestionnaireLayout(required=frozenset({"source"}))
    )
    clients = workspace.clients(staff.admin)
    with pytest.raises(ValidationError) as refused:
        clients.create(OKSANA)
    assert {e.field for e in refused.value.errors} == {"source", "custom.skin_type"}
    assert hidden.is_required  # kept, but a hidden field is never asked for

    source = settings.save_list_item("sources", name="Instagram")
    card = clients.create(
        ClientInput(
            last_name="Ткаченко",
            phones=(PhoneData("0671234567"),),
            source_id=source.id,
            custom_values={"skin_type": "dry"},
        )
    )
    assert card.source == "Instagram"


def test_names_and_the_main_phone_cannot_be_hidden(workspace: Workspace, staff: Staff) -> None:
    service = workspace.questionnaire_layout(staff.owner)
    for key in ("last_name", "first_name", "phone_main", "client_number"):
        with pytest.raises(ValueError):
            service.save_layout(QuestionnaireLayout(hidden=frozenset({key})))
    with pytest.raises(ValueError):
        service.save_layout(QuestionnaireLayout(required=frozenset({"gender"})))
    saved = service.save_layout(
        QuestionnaireLayout(hidden=frozenset({"company"}), required=frozenset({"company"}))
    )
    assert saved.required == frozenset() and service.layout() == saved
    assert service.layout().is_required("phone_main")
