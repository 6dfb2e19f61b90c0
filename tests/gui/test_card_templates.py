"""Templates for new cards: kept by the owner in Settings, offered by Ctrl+N, and the
settings pages of the questionnaire's shape."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from salon_crm.domain.common.enums import ConsentPurpose, CustomFieldType
from salon_crm.domain.common.errors import PermissionDeniedError, ValidationError
from salon_crm.gui.clients.questionnaire import questionnaire_dialog, template_chooser
from salon_crm.gui.settings.questionnaire_fields_page import REQUIRED, SHOWN
from salon_crm.gui.settings.settings_view import SettingsView
from salon_crm.services.clients.client_types import ClientCard
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.settings.card_templates import CardTemplateData
from salon_crm.services.settings.questionnaire_layout import QuestionnaireLayout
from tests.conftest import Staff
from tests.gui.test_main_window import open_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def presets(workspace: Workspace, staff: Staff) -> dict[str, int]:
    """A source, a category, two tags and a custom field to put into templates."""
    settings = workspace.settings(staff.owner)
    settings.save_custom_field(key="skin_type", label="Skin type", field_type=CustomFieldType.TEXT)
    return {
        "instagram": settings.save_list_item("sources", name="Instagram").id,
        "friend": settings.save_list_item("sources", name="A friend").id,
        "regular": settings.save_list_item("categories", name="Regular").id,
        "laser": settings.save_list_item("tags", name="Laser").id,
        "peeling": settings.save_list_item("tags", name="Peeling").id,
    }


def _saved_from_questionnaire(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, cards: list[ClientCard]
) -> None:
    """The questionnaire opened by Ctrl+N gets a name and a phone typed and is saved."""

    def fake_exec(dialog: questionnaire_dialog.QuestionnaireDialog) -> int:
        qtbot.waitUntil(dialog.is_ready)
        for name, text in (("lastName", "Гнатюк"), ("phoneMain", "0671112233")):
            field = dialog.findChild(QLineEdit, name)
            assert field is not None
            field.setText(text)
        assert dialog.save()
        assert dialog.saved_card is not None
        cards.append(dialog.saved_card)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(questionnaire_dialog.QuestionnaireDialog, "exec", fake_exec)


def test_with_one_template_a_new_client_starts_from_it(
    qtbot: QtBot,
    workspace: Workspace,
    staff: Staff,
    presets: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workspace.card_templates(staff.owner).save_template(
        CardTemplateData(
            name="Instagram promo",
            source_id=presets["instagram"],
            category_id=presets["regular"],
            discount_percent=10,
            tag_ids=frozenset({presets["laser"]}),
            consents=frozenset({ConsentPurpose.PERSONAL_DATA}),
            custom_values={"skin_type": "dry"},
        )
    )
    cards: list[ClientCard] = []
    _saved_from_questionnaire(qtbot, monkeypatch, cards)
    window = open_window(qtbot, workspace, staff)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    (card,) = cards
    assert (card.source, card.category, card.tags) == ("Instagram", "Regular", ("Laser",))
    assert card.data.discount_percent == 10
    assert [c.purpose for c in card.data.consents] == [ConsentPurpose.PERSONAL_DATA]
    assert dict(card.data.custom_values) == {"skin_type": "dry"}


def test_with_two_templates_ctrl_n_asks_which(
    qtbot: QtBot,
    workspace: Workspace,
    staff: Staff,
    presets: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    templates = workspace.card_templates(staff.owner)
    templates.save_template(CardTemplateData(name="Friends", source_id=presets["friend"]))
    templates.save_template(
        CardTemplateData(name="Instagram", source_id=presets["instagram"], is_default=True)
    )
    offered: list[list[str]] = []

    def pick_friends(chooser: template_chooser.TemplateChooser) -> int:
        choices = chooser.choices()
        offered.append([choices.item(i).text() for i in range(choices.count())])
        assert chooser.chosen() is not None and chooser.chosen().name == "Instagram"  # type: ignore[union-attr]
        choices.setCurrentRow(0)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(template_chooser.TemplateChooser, "exec", pick_friends)
    cards: list[ClientCard] = []
    _saved_from_questionnaire(qtbot, monkeypatch, cards)
    window = open_window(qtbot, workspace, staff)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert offered == [["Friends", "Instagram", "Blank questionnaire"]]
    assert [c.source for c in cards] == ["A friend"]


def test_cancelling_the_choice_opens_no_questionnaire(
    qtbot: QtBot, workspace: Workspace, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    templates = workspace.card_templates(staff.owner)
    templates.save_template(CardTemplateData(name="One"))
    templates.save_template(CardTemplateData(name="Two"))
    monkeypatch.setattr(
        template_chooser.TemplateChooser, "exec", lambda _self: int(QDialog.DialogCode.Rejected)
    )
    opened: list[object] = []
    monkeypatch.setattr(questionnaire_dialog.QuestionnaireDialog, "exec", opened.append)
    window = open_window(qtbot, workspace, staff)
    window.new_client()
    assert opened == []


def test_the_chooser_takes_the_default_with_enter(qtbot: QtBot) -> None:
    chooser = template_chooser.TemplateChooser(
        [CardTemplateData(name="A", id=1), CardTemplateData(name="B", is_default=True, id=2)]
    )
    qtbot.addWidget(chooser)
    chooser.show()
    qtbot.waitExposed(chooser)
    qtbot.keyClick(chooser.choices(), Qt.Key.Key_Return)
    assert chooser.result() == QDialog.DialogCode.Accepted
    assert chooser.chosen() is not None and chooser.chosen().name == "B"  # type: ignore[union-attr]


def test_template_rules_in_the_service(
    workspace: Workspace, staff: Staff, presets: dict[str, int]
) -> None:
    service = workspace.card_templates(staff.owner)
    first = service.save_template(CardTemplateData(name="VIP", is_default=True))
    with pytest.raises(ValidationError) as refused:
        service.save_template(CardTemplateData(name="vip", discount_percent=120))
    assert {e.field for e in refused.value.errors} == {"name", "discount_percent"}
    second = service.save_template(CardTemplateData(name="Students", is_default=True))
    assert [(t.name, t.is_default) for t in service.templates()] == [
        ("Students", True),
        ("VIP", False),
    ]
    assert service.template_named("students").id == second.id
    with pytest.raises(PermissionDeniedError):
        workspace.card_templates(staff.admin).delete_template(first.id or 0)
    service.delete_template(first.id or 0)
    assert [t.name for t in service.templates()] == ["Students"]


def _settings_view(qtbot: QtBot, workspace: Workspace, staff: Staff) -> SettingsView:
    view = SettingsView(workspace, staff.owner)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    return view


def test_the_questionnaire_page_saves_and_reloads(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    view = _settings_view(qtbot, workspace, staff)
    assert view.show_section("questionnaire")
    page = view.questionnaire_fields_page
    assert page.title() == "Questionnaire"
    assert page.cell("middle_name", 0).text() == "Middle name"
    page.set_checked("middle_name", SHOWN, False)
    page.set_checked("birth_date", REQUIRED, True)
    # Fixed fields offer no choice.
    assert not page.cell("last_name", SHOWN).flags() & Qt.ItemFlag.ItemIsEnabled
    assert page.is_dirty()
    assert page.save()
    assert workspace.questionnaire_layout(staff.owner).layout() == QuestionnaireLayout(
        hidden=frozenset({"middle_name"}), required=frozenset({"birth_date"})
    )
    # Requiring a hidden field shows it again.
    page.set_checked("middle_name", REQUIRED, True)
    assert page.cell("middle_name", SHOWN).checkState() == Qt.CheckState.Checked

    again = _settings_view(qtbot, workspace, staff).questionnaire_fields_page
    assert again.cell("birth_date", REQUIRED).checkState() == Qt.CheckState.Checked
    assert again.cell("middle_name", SHOWN).checkState() == Qt.CheckState.Unchecked
    assert again.cell("phone_main", REQUIRED).checkState() == Qt.CheckState.Checked


def test_a_custom_field_is_made_required_in_its_editor(
    qtbot: QtBot, workspace: Workspace, staff: Staff, presets: dict[str, int]
) -> None:
    view = _settings_view(qtbot, workspace, staff)
    editor = view.custom_fields_editor
    editor.select("Skin type")
    box = editor.findChild(QCheckBox, "customFieldRequired")
    assert box is not None
    box.setChecked(True)
    assert editor.is_dirty() and editor.save()
    (field,) = workspace.settings(staff.owner).custom_fields()
    assert field.is_required
    editor.toggle_hidden()  # hiding keeps the choice for when it is shown again
    (field,) = workspace.settings(staff.owner).custom_fields(include_hidden=True)
    assert field.is_hidden and field.is_required


def test_the_templates_page_adds_renames_and_deletes(
    qtbot: QtBot, workspace: Workspace, staff: Staff, presets: dict[str, int]
) -> None:
    view = _settings_view(qtbot, workspace, staff)
    assert view.show_section("card_templates")
    editor = view.card_templates_editor
    editor.start_new()
    form = editor.form()
    name = form["name"]
    assert isinstance(name, QLineEdit)
    name.setText("Instagram promo")
    source = form["source"]
    assert isinstance(source, QComboBox)
    source.setCurrentIndex(source.findText("Instagram"))
    discount = form["discount_percent"]
    assert isinstance(discount, QSpinBox)
    discount.setValue(15)
    editor.consent_box(ConsentPurpose.MARKETING_SMS).setChecked(True)
    skin = editor.custom_form().findChild(QLineEdit, "custom_skin_type")
    assert skin is not None
    skin.setText("oily")
    assert editor.save()

    again = _settings_view(qtbot, workspace, staff).card_templates_editor
    (stored,) = again.templates()
    assert (stored.name, stored.source_id, stored.discount_percent) == (
        "Instagram promo",
        presets["instagram"],
        15,
    )
    assert stored.consents == {ConsentPurpose.MARKETING_SMS}
    assert dict(stored.custom_values) == {"skin_type": "oily"}

    again.select("Instagram promo")
    renamed = again.form()["name"]
    assert isinstance(renamed, QLineEdit)
    renamed.setText("Instagram")
    assert again.save()
    assert [t.name for t in workspace.card_templates(staff.owner).templates()] == ["Instagram"]

    asked: list[str] = []
    again.prompts.confirm = lambda _p, _t, text: asked.append(text) or False  # type: ignore[method-assign]
    again.delete_selected()
    assert len(workspace.card_templates(staff.owner).templates()) == 1  # refused: kept
    again.prompts.confirm = lambda *_args: True  # type: ignore[method-assign]
    again.delete_selected()
    assert workspace.card_templates(staff.owner).templates() == []
    assert "Instagram" in asked[0]
