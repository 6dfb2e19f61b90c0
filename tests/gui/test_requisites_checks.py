"""The requisites form says in the field, in the user's language, that a number's check
digit is wrong, and lets the message go as soon as the number is right."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from salon_crm.domain.common import requisites
from salon_crm.domain.common.messages import CONTEXT
from salon_crm.gui.common import i18n
from salon_crm.gui.settings.settings_view import SettingsView
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff


@pytest.fixture
def view(qtbot: QtBot, workspace: Workspace, staff: Staff) -> SettingsView:
    view = SettingsView(workspace, staff.owner)
    qtbot.addWidget(view)
    return view


def _edit(view: SettingsView, field: str) -> QLineEdit:
    edit = view.findChild(QLineEdit, f"requisites_{field}")
    assert edit is not None
    return edit


def _type_and_leave(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    edit.editingFinished.emit()  # what leaving the field (Tab, a click elsewhere) sends


def _choose_country(view: SettingsView, code: str) -> None:
    country = view.findChild(QComboBox, "requisites_country")
    assert country is not None
    country.setCurrentIndex(country.findData(code))


def test_a_wrong_check_digit_is_said_in_the_field_and_goes_when_fixed(
    qtbot: QtBot, view: SettingsView
) -> None:
    form = view.requisites_form
    _choose_country(view, "UA")
    edrpou = _edit(view, "registration_number")
    _type_and_leave(qtbot, edrpou, "32855962")
    assert form.error_text("registration_number") == requisites.CHECK_DIGIT
    qtbot.keyClick(edrpou, Qt.Key.Key_Backspace)
    qtbot.keyClick(edrpou, Qt.Key.Key_1)
    assert form.error_text("registration_number") == ""  # no need to leave the field

    _type_and_leave(qtbot, _edit(view, "bank_code"), "322313")
    assert form.error_text("bank_code") == ""  # Ukraine's bank code is an MFO, not a BIC
    _choose_country(view, "PL")
    assert form.error_text("bank_code") == requisites.BIC_FORMAT
    _type_and_leave(qtbot, _edit(view, "bank_code"), "BPKOPLPW")
    assert form.error_text("bank_code") == ""


def test_an_empty_number_is_allowed(qtbot: QtBot, view: SettingsView, workspace: Workspace) -> None:
    form = view.requisites_form
    _choose_country(view, "RU")
    for field in requisites.CHECKED_FIELDS:
        _type_and_leave(qtbot, _edit(view, field), "")
        assert form.error_text(field) == ""
    assert form.save()


def test_saving_a_wrong_number_is_refused_and_nothing_typed_is_lost(
    qtbot: QtBot, view: SettingsView, workspace: Workspace, staff: Staff
) -> None:
    form = view.requisites_form
    _choose_country(view, "PL")
    _edit(view, "tax_number").setText("123-456-32-19")  # set without leaving the field
    _edit(view, "extra_number").setText("123456785")
    save = view.findChild(QPushButton, "requisitesSave")
    assert save is not None
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert form.error_text("tax_number") == requisites.CHECK_DIGIT
    assert form.error_text("extra_number") == ""
    assert _edit(view, "tax_number").text() == "123-456-32-19"
    assert workspace.settings(staff.owner).requisites().tax_number == ""


@pytest.fixture
def ukrainian() -> Iterator[None]:
    i18n.install_language("uk")
    yield
    i18n.install_language("en")


def test_the_message_is_in_the_users_language(
    qtbot: QtBot, ukrainian: None, workspace: Workspace, staff: Staff
) -> None:
    view = SettingsView(workspace, staff.owner)
    qtbot.addWidget(view)
    _choose_country(view, "RU")
    _type_and_leave(qtbot, _edit(view, "tax_number"), "7707083894")
    shown = view.requisites_form.error_text("tax_number")
    assert shown == QCoreApplication.translate(CONTEXT, requisites.CHECK_DIGIT)
    assert shown != requisites.CHECK_DIGIT
