"""Settings → Document templates: placeholders picked into the text, a misspelled one
shown and refused, a save as the next version, an old version restored, the consent's
term, and nothing editable for the administrator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from salon_crm.domain.documents.template_kinds import TemplateKind
from salon_crm.gui.common.field_errors import Prompts
from salon_crm.gui.documents.template_editor import TemplateEditor
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _editor(
    qtbot: QtBot, workspace: Workspace, actor: Actor, *, read_only: bool = False
) -> TemplateEditor:
    editor = TemplateEditor(workspace.templates(actor), Prompts(), read_only=read_only)
    qtbot.addWidget(editor)
    editor.resize(1100, 650)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _type_at_end(editor: TemplateEditor, text: str) -> None:
    edit = editor.text_edit()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    edit.insertPlainText(text)


def test_the_picker_inserts_a_placeholder_at_the_cursor(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    editor = _editor(qtbot, workspace, staff.owner)
    edit = editor.text_edit()
    edit.setPlainText("Клієнт: .")
    cursor = edit.textCursor()
    cursor.setPosition(len("Клієнт: "))
    edit.setTextCursor(cursor)
    picker = editor.picker()
    picker.filter_edit().setText("passport.number")
    assert picker.names() == ["client.passport.number"]
    picker.select("client.passport.number")
    picker.tree().setFocus()
    QTest.keyClick(picker.tree(), Qt.Key.Key_Return)
    assert edit.toPlainText() == "Клієнт: {{client.passport.number}}."
    assert editor.is_dirty() and editor.problems() == ""


def test_the_picker_is_used_from_its_search_line_alone(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    editor = _editor(qtbot, workspace, staff.owner)
    edit = editor.text_edit()
    edit.setPlainText("")
    picker = editor.picker()
    picker.filter_edit().setText("birth_date")
    QTest.keyClick(picker.filter_edit(), Qt.Key.Key_Return)  # Enter picks the first found
    assert edit.toPlainText() == "{{client.birth_date}}"
    picker.filter_edit().setText("passport.series")
    QTest.keyClick(picker.filter_edit(), Qt.Key.Key_Down)  # Down goes to it in the list
    current = picker.tree().currentItem()
    assert current is not None and "client.passport.series" in str(
        current.data(0, Qt.ItemDataRole.UserRole)
    )


def test_a_misspelled_placeholder_is_shown_and_not_saved(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    editor = _editor(qtbot, workspace, staff.owner)
    template = editor.selected()
    assert template is not None
    _type_at_end(editor, "\n{{client.pasport.number}} {{client.phone\n")
    assert "{{client.pasport.number}}" in editor.problems()
    assert "{{client.phone" in editor.problems()
    with qtbot.waitSignal(editor.notice) as notice:
        assert not editor.save()
    assert notice.args is not None and notice.args[1] is True
    assert workspace.templates(staff.owner).current(template.id).version == 1
    assert editor.is_dirty()  # what was typed is still there to correct


def test_a_save_is_the_next_version_and_an_old_one_can_be_restored(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    service = workspace.templates(staff.owner)
    editor = _editor(qtbot, workspace, staff.owner)
    template = editor.selected()
    assert template is not None
    first = service.current(template.id).body
    _type_at_end(editor, "\nДодаток: {{procedure.name}}\n")
    assert editor.save()
    assert service.current(template.id).version == 2
    assert editor.version_line().startswith("Version 2, saved ")
    assert "Олена Коваль" in editor.version_line()
    assert not editor.is_dirty()

    versions = editor.versions_list()
    assert versions.count() == 2
    versions.setCurrentRow(1)  # version 1
    assert editor.text_edit().isReadOnly() and editor.text_edit().toPlainText() == first
    editor.restore_shown()
    restored = service.current(template.id)
    assert (restored.version, restored.body) == (3, first)
    assert editor.versions_list().count() == 3 and not editor.text_edit().isReadOnly()


def test_the_consent_term_is_saved_for_consents_only(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    service = workspace.templates(staff.owner)
    editor = _editor(qtbot, workspace, staff.owner)
    assert editor.consent_months() is None  # the service contract is not a consent
    photo = next(r for r in editor.templates() if r.kind is TemplateKind.PHOTO_CONSENT)
    editor.select(photo.id)
    months = editor.consent_months()
    assert months is not None
    months.setValue(24)
    assert editor.is_dirty()
    assert editor.save()
    assert service.current(photo.id).consent_valid_months == 24
    assert service.current(photo.id).version == 1  # the text did not change


def test_new_and_deactivate(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    service = workspace.templates(staff.owner)
    editor = _editor(qtbot, workspace, staff.owner)
    editor.start_new()
    dialog = editor.new_dialog()
    assert dialog is not None
    dialog.fill(kind=TemplateKind.PHOTO_CONSENT, name="Zgoda na zdjęcia", language="pl")
    dialog.accept()
    made = service.find("Zgoda na zdjęcia")
    assert editor.selected() == made
    assert service.current(made.id).body == service.default_text(TemplateKind.PHOTO_CONSENT, "pl")
    editor.toggle_active()
    assert not service.find("Zgoda na zdjęcia").is_active
    assert made.id not in [row.id for row in service.templates()]


def test_the_administrator_sees_the_templates_read_only(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    editor = _editor(qtbot, workspace, staff.admin, read_only=True)
    assert editor.text_edit().isReadOnly() and editor.text_edit().toPlainText()
    assert not editor.picker().isVisible()
    assert not editor.toolbar().isVisible()
    editor.insert_placeholder("client.full_name")
    assert not editor.is_dirty()
    assert editor.save()  # nothing to save
    template = editor.selected()
    assert template is not None
    assert workspace.templates(staff.owner).current(template.id).version == 1
