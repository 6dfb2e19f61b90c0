"""A field's message goes as soon as the field is right, and messages move no field;
the first run starts with the choice of language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.enums import Role
from salon_crm.domain.common.errors import FieldError
from salon_crm.gui.common import i18n, ui_settings
from salon_crm.gui.common.countries import country_name
from salon_crm.gui.common.field_messages import field_message
from salon_crm.gui.common.form_parts import ERROR_COLOR
from salon_crm.gui.settings.users_editor import NewUserDialog, UsersEditor
from salon_crm.gui.shell.first_run_dialog import FirstRunDialog
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff


def _child(parent: QWidget, kind: type[QWidget], name: str) -> QWidget:
    found = parent.findChild(kind, name)
    assert found is not None, name
    return found


def _line(parent: QWidget, name: str) -> QLineEdit:
    found = _child(parent, QLineEdit, name)
    assert isinstance(found, QLineEdit)
    return found


def _top(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), widget.rect().topLeft()).y()


@pytest.fixture
def new_salon(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(tmp_path / "new")
    yield workspace
    workspace.close()


def _first_run(qtbot: QtBot, workspace: Workspace) -> FirstRunDialog:
    dialog = FirstRunDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_first_run_messages_go_when_fixed_and_move_nothing(
    qtbot: QtBot, new_salon: Workspace
) -> None:
    dialog = _first_run(qtbot, new_salon)
    create = _child(dialog, QPushButton, "createSalonButton")
    login = _line(dialog, "ownerLogin")
    where = {
        name: _top(_child(dialog, QWidget, name)) for name in ("ownerLogin", "createSalonButton")
    }
    login.clear()
    qtbot.keyClicks(login, "o")
    qtbot.keyClicks(_line(dialog, "ownerPassword"), "short")
    qtbot.keyClicks(_line(dialog, "ownerPasswordRepeat"), "short")
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    errors = {n: _child(dialog, QLabel, f"error_{n}") for n in ("salon_name", "login", "password")}
    assert [n for n, label in errors.items() if label.isHidden()] == []
    assert {name: _top(_child(dialog, QWidget, name)) for name in where} == where

    # Still wrong after an edit: the message stays; right: it goes at once.
    qtbot.keyClicks(login, "w")
    assert not errors["login"].isHidden()
    qtbot.keyClicks(login, "ner")
    assert errors["login"].isHidden()
    qtbot.keyClicks(_line(dialog, "salonName"), "Beauty Room")
    assert errors["salon_name"].isHidden()
    password = _line(dialog, "ownerPassword")
    qtbot.keyClicks(password, "-x")
    assert not errors["password"].isHidden()
    qtbot.keyClicks(password, "-long")
    assert errors["password"].isHidden()
    assert {name: _top(_child(dialog, QWidget, name)) for name in where} == where


def test_first_run_asks_the_language_first_and_keeps_what_was_typed(
    qtbot: QtBot, new_salon: Workspace
) -> None:
    dialog = _first_run(qtbot, new_salon)
    language = _child(dialog, QComboBox, "firstRunLanguage")
    assert isinstance(language, QComboBox)
    names = [language.itemText(i) for i in range(language.count())]
    assert names == ["English", "Русский", "Українська", "Polski"]
    assert language.currentData() == i18n.current_language() == "en"
    fields = [
        w
        for w in dialog.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert min(fields, key=_top) is language  # above everything else
    _line(dialog, "salonName").insert("Лілія")  # QTest types ASCII only
    qtbot.mouseClick(_child(dialog, QPushButton, "createSalonButton"), Qt.MouseButton.LeftButton)

    language.setCurrentIndex(language.findData("uk"))
    assert i18n.current_language() == "uk"
    assert ui_settings.get(ui_settings.LANGUAGE) == "uk"
    assert dialog.windowTitle() != "New salon — Salon CRM"
    create = _child(dialog, QPushButton, "createSalonButton")
    assert isinstance(create, QPushButton) and create.text() != "Create the salon"
    assert _line(dialog, "salonName").text() == "Лілія"
    chosen = _child(dialog, QComboBox, "firstRunLanguage")
    assert isinstance(chosen, QComboBox) and chosen.currentText() == "Українська"
    assert QApplication.focusWidget() is chosen or not dialog.isActiveWindow()

    qtbot.keyClicks(_line(dialog, "ownerPassword"), "long-enough-1")
    qtbot.keyClicks(_line(dialog, "ownerPasswordRepeat"), "long-enough-1")
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert dialog.actor is not None


def test_new_user_messages_go_when_fixed(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    dialog = NewUserDialog(workspace.users(staff.owner))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    button = _child(dialog, QPushButton, "createUserButton")
    where = _top(button)
    dialog.fill(login="admin", full_name="", role=Role.SPECIALIST, password="short", repeat="x")
    assert not dialog.submit()
    assert dialog.error_text("password_repeat") == "The passwords do not match."
    repeat = _line(dialog, "newUserPasswordRepeat")
    repeat.clear()
    qtbot.keyClicks(repeat, "short")
    assert dialog.error_text("password_repeat") == ""
    assert not dialog.submit()
    assert dialog.error_text("login") == "This login is already taken."
    assert dialog.error_text("password") == "At least 8 characters."
    assert _top(button) == where
    qtbot.keyClicks(_line(dialog, "newUserLogin"), "2")  # "admin2": free, as far as is known
    assert dialog.error_text("login") == ""
    password = _line(dialog, "newUserPassword")
    qtbot.keyClicks(password, "er")
    assert dialog.error_text("password") == "At least 8 characters."
    qtbot.keyClicks(password, "-one")
    assert dialog.error_text("password") == ""
    assert _top(button) == where


def test_users_page_messages_go_when_fixed(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    editor = UsersEditor(workspace.users(staff.owner), staff.owner, prompts=None)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    editor.show()
    editor.select("cosmo")
    editor.set_new_password("short", "short")
    assert not editor.reset_password()
    assert editor.error_text("password") == "At least 8 characters."
    qtbot.keyClicks(_line(editor, "userNewPassword"), "-and-long")
    assert editor.error_text("password") == ""


def test_one_red_for_every_message() -> None:
    from salon_crm.gui.common import field_errors, form_parts

    sources = [Path(m.__file__).read_text() for m in (field_errors, form_parts)]
    assert sum(s.count("def with_error") for s in sources) == 1
    root = Path(form_parts.__file__).parents[1]
    hard_coded = [
        p.relative_to(root)
        for p in root.rglob("*.py")
        if ERROR_COLOR in p.read_text() and p.name != "form_parts.py"
    ]
    assert hard_coded == []


@pytest.mark.parametrize("language", ["en", "pl"])
def test_a_phone_message_names_the_country_not_its_code(language: str) -> None:
    i18n.install_language(language)
    error = FieldError("phones.0.number", msg.PHONE_INVALID, {"region": "UA", "example": "1"})
    shown = field_message(error)
    assert country_name("UA") in shown and "UA" not in shown
    assert country_name("UA") == {"en": "Ukraine", "pl": "Ukraina"}[language]
