"""The questionnaire dialog driven like a receptionist would, on a real salon database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from salon_crm.domain.common.dates import parse_day
from salon_crm.domain.common.enums import ConsentPurpose, CustomFieldType, Gender
from salon_crm.domain.common.errors import NotFoundError
from salon_crm.gui.clients.client_picker import ClientPickerDialog
from salon_crm.gui.clients.questionnaire.questionnaire_dialog import (
    CloseChoice,
    QuestionnaireDialog,
    Section,
)
from salon_crm.gui.clients.questionnaire.questionnaire_rows import (
    AddressRow,
    ContactPersonRow,
    EmailRow,
    ExpiringDocumentRow,
    PhoneRow,
    SocialRow,
)
from salon_crm.gui.common import ui_settings
from salon_crm.gui.common.date_field import DateField
from salon_crm.gui.common.phone_field import PhoneField, format_as_you_type
from salon_crm.services.clients.client_types import (
    ClientCard,
    ClientInput,
    ClientRef,
    PhoneData,
    PhoneOwner,
)
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff

W = TypeVar("W", bound=QWidget)

ANNA = ClientInput(
    last_name="Коваль",
    first_name="Анна",
    phones=(PhoneData("0671234567"),),
    emails=("anna@example.com",),
    birth_date=date(1990, 2, 1),
)


def _answer_discard(dialog: QWidget) -> None:
    dialog._ask_save_changes = lambda: CloseChoice.DISCARD  # type: ignore[attr-defined]


def _open(
    qtbot: QtBot, workspace: Workspace, actor: Actor, client_id: int | None = None
) -> QuestionnaireDialog:
    dialog = QuestionnaireDialog(workspace, actor, client_id=client_id)
    # A dialog left with changes would ask "Save changes?" when the test closes it.
    qtbot.addWidget(dialog, before_close_func=_answer_discard)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.is_ready)  # the client and the salon's lists are read first
    return dialog


def _child(dialog: QWidget, kind: type[W], name: str) -> W:
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def _type(field: QLineEdit, text: str) -> None:
    """Cyrillic the way a keyboard layout delivers it: QTest's key clicks know ASCII only."""
    field.insert(text)


def _error(dialog: QWidget, field: str) -> QLabel:
    return _child(dialog, QLabel, f"error_{field}")


def _save(qtbot: QtBot, dialog: QuestionnaireDialog) -> None:
    qtbot.mouseClick(_child(dialog, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)


def test_the_named_widgets_are_there(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    dialog = _open(qtbot, workspace, staff.admin)
    assert dialog.objectName() == "questionnaireDialog"
    for name in ("lastName", "firstName", "middleName", "phoneMain", "email", "birthDate"):
        assert isinstance(_child(dialog, QLineEdit, name), QLineEdit)
    assert isinstance(_child(dialog, QComboBox, "gender"), QComboBox)
    assert isinstance(_child(dialog, QLineEdit, "clientNumber"), QLineEdit)
    assert isinstance(_child(dialog, QPlainTextEdit, "notes"), QPlainTextEdit)
    assert isinstance(_child(dialog, QPlainTextEdit, "visibleNotes"), QPlainTextEdit)
    for name in ("saveButton", "cancelButton"):
        assert isinstance(_child(dialog, QPushButton, name), QPushButton)
    assert _error(dialog, "phone_main").isHidden()
    # A new client's number is given by the salon's counter unless typed.
    assert _child(dialog, QLineEdit, "clientNumber").placeholderText() == "automatic"


def test_a_client_is_created_by_typing_and_saving(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    dialog = _open(qtbot, workspace, staff.admin)
    _type(_child(dialog, QLineEdit, "lastName"), "Шевченко")
    qtbot.keyClicks(_child(dialog, QLineEdit, "firstName"), "Olena")
    _child(dialog, QComboBox, "gender").setCurrentIndex(0)
    qtbot.keyClicks(_child(dialog, QLineEdit, "birthDate"), "01021990")
    qtbot.keyClicks(_child(dialog, QLineEdit, "phoneMain"), "0501112233")
    qtbot.keyClicks(_child(dialog, QLineEdit, "email"), "olena@example.com")
    qtbot.keyClicks(_child(dialog, QPlainTextEdit, "visibleNotes"), "Allergic to latex")
    _child(dialog, QCheckBox, f"consent_{ConsentPurpose.PERSONAL_DATA.value}").setChecked(True)
    assert _child(dialog, QLineEdit, "birthDate").text() == "01.02.1990"

    with qtbot.waitSignal(dialog.client_saved) as saved:
        _save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    card = dialog.saved_card
    assert card is not None and saved.args == [card.id]
    stored = workspace.clients(staff.admin).card(card.id)
    assert stored.full_name == "Шевченко Olena"
    assert stored.data.gender is Gender.FEMALE
    assert stored.data.birth_date == date(1990, 2, 1)
    assert stored.main_phone is not None and stored.main_phone.number == "+380501112233"
    assert stored.data.emails == ("olena@example.com",)
    assert stored.data.visible_notes == "Allergic to latex"
    assert [c.purpose for c in stored.data.consents] == [ConsentPurpose.PERSONAL_DATA]
    assert stored.number  # given automatically
    found = workspace.search(staff.admin).search("шевченко").rows
    assert [r.id for r in found] == [card.id]


def test_the_phone_is_formatted_as_it_is_typed(qtbot: QtBot) -> None:
    field = PhoneField("UA")
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "0671234567")
    assert field.text() == "067 123 4567"
    assert field.cursorPosition() == len(field.text())

    # Backspace just after a space takes the digit before it, not only the space.
    field.setCursorPosition(4)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert "".join(ch for ch in field.text() if ch.isdigit()) == "061234567"

    field.clear()
    qtbot.keyClicks(field, "+48601234567")
    assert field.text() == "+48 601 234 567"

    # Typing in the middle keeps the cursor after the digit just typed.
    field.clear()
    qtbot.keyClicks(field, "067123456")
    field.setCursorPosition(1)
    qtbot.keyClicks(field, "9")
    digits = "".join(ch for ch in field.text() if ch.isdigit())
    assert digits == "0967123456"
    assert field.text()[field.cursorPosition() - 1] == "9"
    assert format_as_you_type("380 67", "UA").replace(" ", "") == "38067"


def test_dates_take_the_house_format(qtbot: QtBot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "1.2.1990")
    assert field.date_value() == date(1990, 2, 1)
    field.editingFinished.emit()
    assert field.text() == "01.02.1990"
    field.clear()
    qtbot.keyClicks(field, "31.02.1990")
    assert field.date_value() is None and not field.is_valid()
    assert parse_day("1990-02-01") == date(1990, 2, 1)
    assert parse_day("") is None


def _labels_saying(dialog: QWidget, text: str) -> list[QLabel]:
    """The labels showing `text` (whichever section is on screen)."""
    return [
        label
        for label in dialog.findChildren(QLabel)
        if not label.isHidden() and text in label.text()
    ]


def test_a_duplicate_main_phone_is_flagged_while_typing_and_refused(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    anna = workspace.clients(staff.admin).create(ANNA)
    dialog = _open(qtbot, workspace, staff.admin)
    _type(_child(dialog, QLineEdit, "firstName"), "Ганна")
    _child(dialog, QListWidget, "sectionList").setCurrentRow(Section.CONTACTS)
    label = _error(dialog, "phone_main")
    phone = _child(dialog, QLineEdit, "phoneMain")
    below = _child(dialog, QLineEdit, "email")
    qtbot.waitUntil(below.isVisible)
    QApplication.processEvents()  # the page's layout is done when it is first shown
    place = below.mapTo(dialog, below.rect().topLeft())
    qtbot.keyClicks(phone, "+380 67 123 45 67")
    qtbot.waitUntil(lambda: not label.isHidden(), timeout=3000)
    assert "This phone already belongs to client No." in label.text()
    assert "Коваль Анна" in label.text() and anna.number in label.text()
    assert dialog.duplicate_owner == PhoneOwner(
        ClientRef(anna.id, anna.number, "Коваль Анна"), archived=False
    )
    # The warning takes no room the form did not keep for it.
    assert below.mapTo(dialog, below.rect().topLeft()) == place

    _save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert not label.isHidden() and "already belongs to client" in label.text()
    assert len(_labels_saying(dialog, "already belongs to client")) == 1
    assert _child(dialog, QListWidget, "sectionList").currentRow() == Section.CONTACTS
    assert dialog.focusWidget() is phone
    assert _child(dialog, QLineEdit, "firstName").text() == "Ганна"
    found = workspace.search(staff.admin).search("Ганна")
    assert [r.full_name for r in found.rows if r.id not in found.near_ids] == []
    assert below.mapTo(dialog, below.rect().topLeft()) == place

    # Another number takes the warning back while typing, without moving the fields.
    phone.clear()
    qtbot.keyClicks(phone, "0501112233")
    qtbot.waitUntil(lambda: label.isHidden(), timeout=3000)
    assert below.mapTo(dialog, below.rect().topLeft()) == place


def test_the_phone_owners_link_closes_the_questionnaire_and_opens_them(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    anna = workspace.clients(staff.admin).create(ANNA)
    dialog = _open(qtbot, workspace, staff.admin)
    phone = _child(dialog, QLineEdit, "phoneMain")
    qtbot.keyClicks(phone, "0671234567")
    dialog.check_duplicate_phone()
    label = _error(dialog, "phone_main")
    assert f'href="client:{anna.id}"' in label.text()
    asked: list[bool] = []

    def stay() -> CloseChoice:
        asked.append(True)
        return CloseChoice.CANCEL

    dialog._ask_save_changes = stay  # type: ignore[method-assign]
    with qtbot.assertNotEmitted(dialog.open_client_requested):
        label.linkActivated.emit(f"client:{anna.id}")
    assert asked and dialog.isVisible()  # what was typed is asked about first
    _answer_discard(dialog)
    with qtbot.waitSignal(dialog.open_client_requested) as opened:
        label.linkActivated.emit(f"client:{anna.id}")
    assert opened.args == [anna.id] and not dialog.isVisible()


def test_an_archived_clients_phone_offers_to_restore_them(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    clients = workspace.clients(staff.admin)
    anna = clients.create(ANNA)
    clients.archive(anna.id, reason="Переїхала")
    dialog = _open(qtbot, workspace, staff.admin)
    _type(_child(dialog, QLineEdit, "firstName"), "Ганна")
    qtbot.keyClicks(_child(dialog, QLineEdit, "phoneMain"), "0671234567")
    dialog.check_duplicate_phone()
    label = _error(dialog, "phone_main")
    assert f"archived client No. {anna.number}, Коваль Анна" in label.text()
    assert f'href="restore:{anna.id}"' in label.text() and "Restore them instead" in label.text()
    assert dialog.duplicate_owner is not None and dialog.duplicate_owner.archived

    # Save is refused with the same single message; nothing new is created.
    _save(qtbot, dialog)
    assert len(_labels_saying(dialog, "archived client No.")) == 1
    assert dialog.isVisible() and len(workspace.search(staff.admin).search("Ганна").rows) == 0

    # Cancel in the question changes nothing.
    dialog._confirm_restore = lambda number, name: False  # type: ignore[method-assign]
    label.linkActivated.emit(f"restore:{anna.id}")
    assert dialog.isVisible() and clients.card(anna.id).archived_at is not None

    questions: list[tuple[str, str]] = []

    def agree(number: str, name: str) -> bool:
        questions.append((number, name))
        return True

    dialog._confirm_restore = agree  # type: ignore[method-assign]
    with (
        qtbot.waitSignal(dialog.client_restored) as restored,
        qtbot.waitSignal(dialog.open_client_requested) as opened,
    ):
        label.linkActivated.emit(f"restore:{anna.id}")
    assert questions == [(anna.number, "Коваль Анна")]
    assert restored.args == opened.args == [anna.id]
    assert clients.card(anna.id).archived_at is None and not dialog.isVisible()


def test_a_specialist_is_not_offered_a_restore(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    clients = workspace.clients(staff.admin)
    anna = clients.create(ANNA)
    clients.archive(anna.id, reason="Переїхала")
    dialog = _open(qtbot, workspace, staff.specialist)
    qtbot.keyClicks(_child(dialog, QLineEdit, "phoneMain"), "0671234567")
    dialog.check_duplicate_phone()
    text = _error(dialog, "phone_main").text()
    assert "archived client No." in text and f'href="client:{anna.id}"' in text
    assert "restore:" not in text


def test_bad_email_and_future_birth_date_are_shown_at_their_fields(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    dialog = _open(qtbot, workspace, staff.admin)
    qtbot.keyClicks(_child(dialog, QLineEdit, "firstName"), "Olena")
    qtbot.keyClicks(_child(dialog, QLineEdit, "phoneMain"), "0501112233")
    qtbot.keyClicks(_child(dialog, QLineEdit, "email"), "olena@")
    qtbot.keyClicks(_child(dialog, QLineEdit, "birthDate"), "01.01.2999")
    _save(qtbot, dialog)

    assert dialog.saved_card is None and dialog.isVisible()
    assert _error(dialog, "email").text() == "Not an e-mail address (name@example.com)."
    assert not _error(dialog, "email").isHidden()
    assert _error(dialog, "birth_date").text() == "The date cannot be in the future."
    # Everything typed is still there.
    assert _child(dialog, QLineEdit, "email").text() == "olena@"
    assert _child(dialog, QLineEdit, "birthDate").text() == "01.01.2999"
    assert _child(dialog, QLineEdit, "firstName").text() == "Olena"
    # The first problem in reading order is focused: Basic comes before Contacts.
    assert _child(dialog, QListWidget, "sectionList").currentRow() == Section.BASIC
    assert dialog.focusWidget() is _child(dialog, QLineEdit, "birthDate")
    assert _error(dialog, "first_name").isHidden()

    # A date that is not a date at all is caught by the form; the service's objections
    # to the rest come with it, in the same Save.
    birth = _child(dialog, QLineEdit, "birthDate")
    birth.clear()
    qtbot.keyClicks(birth, "31.02.1990")
    email = _child(dialog, QLineEdit, "email")
    email.clear()
    qtbot.keyClicks(email, "olena@example")
    _save(qtbot, dialog)
    assert _error(dialog, "birth_date").text() == "A date is expected (dd.mm.yyyy)."
    assert _error(dialog, "email").text() == "Not an e-mail address (name@example.com)."
    assert dialog.saved_card is None

    email.clear()
    qtbot.keyClicks(email, "olena@example.com")
    _save(qtbot, dialog)
    assert _error(dialog, "birth_date").text() == "A date is expected (dd.mm.yyyy)."
    assert _error(dialog, "email").isHidden()

    birth.clear()
    _save(qtbot, dialog)
    assert dialog.saved_card is not None


def test_required_fields_are_marked_and_asked_for(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    dialog = _open(qtbot, workspace, staff.admin)
    assert "required" in _child(dialog, QLabel, "requiredLegend").text()
    # Either name is enough: both carry the mark, and a note says one will do.
    for field in (_child(dialog, QLineEdit, "lastName"), _child(dialog, QLineEdit, "firstName")):
        caption = next(label for label in dialog.findChildren(QLabel) if label.buddy() is field)
        assert "*" in caption.text()
    assert "one of the two names" in _child(dialog, QLabel, "eitherNameNote").text()
    _save(qtbot, dialog)
    assert _error(dialog, "first_name").text() == "Type a first or a last name (one is enough)."
    assert _error(dialog, "phone_main").text() == "This field is required."
    assert dialog.focusWidget() is _child(dialog, QLineEdit, "firstName")
    # Typing a name fixes it: the message goes at once.
    qtbot.keyClicks(_child(dialog, QLineEdit, "firstName"), "O")
    assert _error(dialog, "first_name").isHidden()


def test_an_existing_client_is_corrected(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    clients = workspace.clients(staff.admin)
    anna = clients.create(
        replace(
            ANNA,
            phones=(PhoneData("0671234567"), PhoneData("0441234567", note="home")),
            emails=("anna@example.com", "anna.work@example.com"),
        )
    )
    dialog = _open(qtbot, workspace, staff.admin, anna.id)
    assert _child(dialog, QLineEdit, "lastName").text() == "Коваль"
    assert _child(dialog, QLineEdit, "phoneMain").text() == "067 123 4567"
    assert _child(dialog, QLineEdit, "birthDate").text() == "01.02.1990"
    assert _child(dialog, QLineEdit, "clientNumber").text() == anna.number
    extra_phones = [
        r for r in dialog.findChildren(PhoneRow) if r.number.objectName() != "phoneMain"
    ]
    assert any(r.note.text() == "home" for r in extra_phones)
    assert len(dialog.findChildren(EmailRow)) == 2
    assert not dialog.has_changes()

    first = _child(dialog, QLineEdit, "firstName")
    first.clear()
    _type(first, "Ганна")
    assert dialog.has_changes()
    _save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = clients.card(anna.id)
    assert stored.data.first_name == "Ганна"
    assert stored.version_id > anna.version_id
    assert [p.number for p in stored.phones] == ["+380671234567", "+380441234567"]
    assert stored.data.emails == anna.data.emails


def test_someone_elses_save_is_reported_and_can_be_reloaded(
    qtbot: QtBot, workspace: Workspace, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    clients = workspace.clients(staff.admin)
    anna = clients.create(ANNA)
    dialog = _open(qtbot, workspace, staff.admin, anna.id)
    clients.update(anna.id, replace(anna.edit_input(), middle_name="Петрівна"))
    qtbot.keyClicks(_child(dialog, QLineEdit, "company"), "Lilia")
    asked: list[bool] = []

    def reload_please() -> bool:
        asked.append(True)
        return True

    monkeypatch.setattr(dialog, "_ask_reload_after_conflict", reload_please)
    _save(qtbot, dialog)
    assert asked == [True] and dialog.saved_card is None
    assert _child(dialog, QLineEdit, "middleName").text() == "Петрівна"
    assert not dialog.has_changes()


def test_closing_with_unsaved_changes_asks(
    qtbot: QtBot, workspace: Workspace, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, workspace, staff.admin)
    asked: list[CloseChoice] = []
    answer = CloseChoice.CANCEL

    def ask() -> CloseChoice:
        asked.append(answer)
        return answer

    monkeypatch.setattr(dialog, "_ask_save_changes", ask)
    # Nothing typed yet: closes without a question.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [] and dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()

    dialog.show()
    _type(_child(dialog, QLineEdit, "lastName"), "Мельник")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [CloseChoice.CANCEL] and dialog.isVisible()
    assert _child(dialog, QLineEdit, "lastName").text() == "Мельник"

    dialog.close()  # the window's close button
    assert len(asked) == 2 and dialog.isVisible()

    answer = CloseChoice.SAVE  # saving fails (no phone): the dialog stays, errors shown
    qtbot.mouseClick(_child(dialog, QPushButton, "cancelButton"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not _error(dialog, "phone_main").isHidden()

    answer = CloseChoice.DISCARD
    qtbot.mouseClick(_child(dialog, QPushButton, "cancelButton"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.saved_card is None
    assert workspace.search(staff.admin).search("Мельник").rows == ()
    # The size and place are remembered for next time.
    assert not ui_settings.get(ui_settings.QUESTIONNAIRE_GEOMETRY).isEmpty()


def test_custom_fields_come_from_the_owner_and_are_saved(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    settings = workspace.settings(staff.owner)
    settings.save_custom_field(key="hair", label="Hair colour", field_type=CustomFieldType.TEXT)
    settings.save_custom_field(key="visits", label="Visits goal", field_type=CustomFieldType.NUMBER)
    settings.save_custom_field(key="first", label="First visit", field_type=CustomFieldType.DATE)
    settings.save_custom_field(key="pets", label="Has pets", field_type=CustomFieldType.BOOLEAN)
    settings.save_custom_field(
        key="skin", label="Skin", field_type=CustomFieldType.CHOICE, choices=("dry", "oily")
    )
    settings.save_custom_field(
        key="old", label="Old field", field_type=CustomFieldType.TEXT, is_hidden=True
    )
    anna = workspace.clients(staff.admin).create(
        replace(ANNA, custom_values={"old": "kept while hidden"})
    )

    dialog = _open(qtbot, workspace, staff.admin, anna.id)
    assert dialog.findChild(QWidget, "custom_old") is None
    qtbot.keyClicks(_child(dialog, QLineEdit, "custom_hair"), "auburn")
    qtbot.keyClicks(_child(dialog, QLineEdit, "custom_visits"), "12,5x")
    assert _child(dialog, QLineEdit, "custom_visits").text() == "12,5"  # letters refused
    qtbot.keyClicks(_child(dialog, QLineEdit, "custom_first"), "03.04.2024")
    _child(dialog, QCheckBox, "custom_pets").setChecked(True)
    _child(dialog, QComboBox, "custom_skin").setCurrentText("oily")
    _save(qtbot, dialog)

    assert dialog.saved_card is not None
    stored = workspace.clients(staff.admin).card(anna.id)
    assert dict(stored.data.custom_values) == {
        "hair": "auburn",
        "visits": "12.5",
        "first": "2024-04-03",
        "pets": "1",
        "skin": "oily",
        "old": "kept while hidden",
    }

    # A wrong value is shown next to its custom field.
    dialog = _open(qtbot, workspace, staff.admin, anna.id)
    assert _child(dialog, QLineEdit, "custom_first").text() == "03.04.2024"
    field = _child(dialog, QLineEdit, "custom_first")
    field.clear()
    qtbot.keyClicks(field, "3 April")
    _save(qtbot, dialog)
    assert _error(dialog, "custom.first").text() == "A date is expected (dd.mm.yyyy)."
    assert _child(dialog, QListWidget, "sectionList").currentRow() == Section.CUSTOM


def test_rows_can_be_added_and_their_errors_find_them(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    dialog = _open(qtbot, workspace, staff.admin)
    qtbot.keyClicks(_child(dialog, QLineEdit, "firstName"), "Olena")
    qtbot.keyClicks(_child(dialog, QLineEdit, "phoneMain"), "0501112233")
    add_email = _child(dialog, QPushButton, "extraEmailsAddButton")
    qtbot.mouseClick(add_email, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(add_email, Qt.MouseButton.LeftButton)
    rows = [r for r in dialog.findChildren(EmailRow) if r.address.objectName() != "email"]
    assert len(rows) == 2
    qtbot.keyClicks(rows[1].address, "not-an-email")  # the first extra row stays empty
    qtbot.mouseClick(_child(dialog, QPushButton, "extraPhonesAddButton"), Qt.MouseButton.LeftButton)
    phone_row = next(
        r for r in dialog.findChildren(PhoneRow) if r.number.objectName() != "phoneMain"
    )
    qtbot.keyClicks(phone_row.note, "husband")  # a note without its number
    _save(qtbot, dialog)
    # A note without its number is caught at once, before the service is asked.
    assert phone_row.slots()["number"].error.text() == "This field is required."
    assert dialog.focusWidget() is phone_row.number

    phone_row.remove_requested.emit()
    _save(qtbot, dialog)
    # The service numbers e-mails without the empty row; the message still lands on
    # the row where the bad address was typed.
    assert not rows[1].slots()["address"].error.isHidden()
    assert rows[0].slots()["address"].error.isHidden()
    assert dialog.focusWidget() is rows[1].address

    rows[1].address.clear()
    qtbot.keyClicks(rows[1].address, "olena@example.com")
    _save(qtbot, dialog)
    assert dialog.saved_card is not None
    assert dialog.saved_card.data.emails == ("olena@example.com",)


def test_a_child_is_linked_to_a_parent(
    qtbot: QtBot, workspace: Workspace, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna = workspace.clients(staff.admin).create(ANNA)
    dialog = _open(qtbot, workspace, staff.admin)
    monkeypatch.setattr(
        dialog, "_run_client_picker", lambda: ClientRef(anna.id, anna.number, anna.full_name)
    )
    _type(_child(dialog, QLineEdit, "firstName"), "Софія")
    qtbot.keyClicks(_child(dialog, QLineEdit, "phoneMain"), "0501112233")
    qtbot.mouseClick(_child(dialog, QPushButton, "chooseParentButton"), Qt.MouseButton.LeftButton)
    assert "Коваль Анна" in _child(dialog, QLabel, "parentClient").text()
    _save(qtbot, dialog)
    card: ClientCard | None = dialog.saved_card
    assert card is not None and card.parent is not None and card.parent.id == anna.id


def test_a_client_that_cannot_be_read_closes_the_questionnaire(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    failures: list[Exception] = []
    dialog = QuestionnaireDialog(
        workspace, staff.admin, client_id=999_999, on_load_failure=failures.append
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], NotFoundError)
    assert not dialog.isVisible() and not dialog.is_ready()


def test_the_client_picker_finds_by_name(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    anna = workspace.clients(staff.admin).create(ANNA)
    picker = ClientPickerDialog(workspace.search(staff.admin))
    qtbot.addWidget(picker)
    _type(_child(picker, QLineEdit, "clientPickerSearch"), "коваль")
    with qtbot.waitSignal(picker.results_shown):
        picker.run_search()
    results = _child(picker, QListWidget, "clientPickerResults")
    assert results.count() == 1 and "Коваль Анна" in results.item(0).text()
    qtbot.keyClick(_child(picker, QLineEdit, "clientPickerSearch"), Qt.Key.Key_Return)
    assert picker.chosen == ClientRef(anna.id, anna.number, "Коваль Анна")


def test_enter_before_the_results_arrive_picks_the_first(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    anna = workspace.clients(staff.admin).create(ANNA)
    picker = ClientPickerDialog(workspace.search(staff.admin))
    qtbot.addWidget(picker)
    field = _child(picker, QLineEdit, "clientPickerSearch")
    _type(field, "коваль")
    with qtbot.waitSignal(picker.accepted):
        qtbot.keyClick(field, Qt.Key.Key_Return)  # typed fast: the search is still running
    assert picker.chosen == ClientRef(anna.id, anna.number, "Коваль Анна")


def test_keyboard_saves_switches_sections_and_tabs_in_order(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    dialog = _open(qtbot, workspace, staff.admin)
    # Shortcuts reach the active window only; offscreen, activation must be asked for.
    handle = dialog.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    last = _child(dialog, QLineEdit, "lastName")
    qtbot.waitUntil(last.hasFocus)  # the focus comes back with the activation
    assert dialog.focusWidget() is last
    # What Tab does (Qt moves the focus along the chain the dialog set). On a loaded
    # machine Qt found no next widget for a moment right after the window's activation,
    # so the first step is retried until the dialog has settled.
    qtbot.waitUntil(dialog.focusNextChild, timeout=2000)
    assert dialog.focusWidget() is _child(dialog, QLineEdit, "firstName")
    assert dialog.focusNextChild()
    assert dialog.focusWidget() is _child(dialog, QLineEdit, "middleName")

    sections = _child(dialog, QListWidget, "sectionList")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert sections.currentRow() == Section.CONTACTS
    assert dialog.focusWidget() is _child(dialog, QLineEdit, "phoneMain")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert sections.currentRow() == Section.CUSTOM

    # A row added later still takes its place in the visual tab order.
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(_child(dialog, QLineEdit, "phoneMain"), "0501112233")
    qtbot.mouseClick(_child(dialog, QPushButton, "extraEmailsAddButton"), Qt.MouseButton.LeftButton)
    added = next(r for r in dialog.findChildren(EmailRow) if r.address.objectName() != "email")
    assert dialog.focusWidget() is added.address
    qtbot.keyClick(added.address, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.focusWidget() is _child(dialog, QLineEdit, "email")

    qtbot.keyClicks(_child(dialog, QLineEdit, "email"), "x@example.com")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not _error(dialog, "first_name").isHidden()  # Ctrl+S tried to save
    assert sections.currentRow() == Section.BASIC


def test_addresses_documents_people_and_profiles_are_saved(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    dialog = _open(qtbot, workspace, staff.admin)
    qtbot.keyClicks(_child(dialog, QLineEdit, "firstName"), "Olena")
    qtbot.keyClicks(_child(dialog, QLineEdit, "phoneMain"), "0501112233")
    # A new client starts with one empty address to type into.
    rows = dialog.findChildren(AddressRow)
    assert len(rows) == 1
    qtbot.keyClicks(rows[0].city, "Kyiv")
    qtbot.keyClicks(rows[0].street, "Khreshchatyk 22")
    qtbot.keyClicks(_child(dialog, QLineEdit, "idSeries"), "KB")
    qtbot.keyClicks(_child(dialog, QLineEdit, "idNumber"), "123456")
    qtbot.keyClicks(_child(dialog, QLineEdit, "idIssuedOn"), "04.05.2010")
    qtbot.mouseClick(
        _child(dialog, QPushButton, "expiringDocumentsAddButton"), Qt.MouseButton.LeftButton
    )
    (document,) = dialog.findChildren(ExpiringDocumentRow)
    qtbot.keyClicks(document.issued_on, "10.01.2024")
    qtbot.keyClicks(document.expires_on, "10.01.2023")
    qtbot.mouseClick(
        _child(dialog, QPushButton, "contactPersonsAddButton"), Qt.MouseButton.LeftButton
    )
    (person,) = dialog.findChildren(ContactPersonRow)
    qtbot.keyClicks(person.name, "Andrii")
    qtbot.keyClicks(person.phone, "0661234567")
    qtbot.mouseClick(_child(dialog, QPushButton, "socialLinksAddButton"), Qt.MouseButton.LeftButton)
    (profile,) = dialog.findChildren(SocialRow)
    qtbot.keyClicks(profile.handle, "@olena.k")
    _save(qtbot, dialog)

    # Expiry before issue: said under the row's expiry date, on the Additional section.
    error = document.slots()["expires_on"].error
    assert error.text() == "The expiry date is before the date of issue."
    assert _child(dialog, QListWidget, "sectionList").currentRow() == Section.ADDITIONAL
    assert dialog.focusWidget() is document.expires_on
    assert document.expired.isVisibleTo(document)  # 2023 is long gone

    document.expires_on.clear()
    qtbot.keyClicks(document.expires_on, "10.01.2099")
    _save(qtbot, dialog)
    card = dialog.saved_card
    assert card is not None
    assert [(a.city, a.street) for a in card.data.addresses] == [("Kyiv", "Khreshchatyk 22")]
    (identity,) = card.data.identity_documents
    assert (identity.series, identity.number, identity.issued_on) == (
        "KB",
        "123456",
        date(2010, 5, 4),
    )
    (stored,) = card.data.expiring_documents
    assert stored.expires_on == date(2099, 1, 10)
    (contact,) = card.data.contact_persons
    assert (contact.name, contact.phone) == ("Andrii", "+380661234567")
    assert [link.handle for link in card.data.social_links] == ["@olena.k"]


def test_responsible_staff_member_is_picked_and_shown_on_the_card(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    card = workspace.clients(staff.admin).create(ANNA)
    dialog = _open(qtbot, workspace, staff.admin, card.id)
    responsible = _child(dialog, QComboBox, "responsible")
    names = [responsible.itemText(i) for i in range(responsible.count())]
    assert names[1:] == ["Ірина", "Марина", "Олена Коваль"]
    responsible.setCurrentIndex(responsible.findData(staff.specialist.user_id))
    assert dialog.save()
    saved = workspace.clients(staff.admin).card(card.id)
    assert saved.data.responsible_user_id == staff.specialist.user_id
    assert saved.responsible == "Марина"
