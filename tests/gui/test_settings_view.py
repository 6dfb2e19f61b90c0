"""The Settings page driven like the owner (and an administrator) would, on a real database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from salon_crm.domain.common.currencies import NAME_CONTEXT
from salon_crm.domain.common.dates import format_moment
from salon_crm.domain.common.enums import CustomFieldType, NameOrder, Role
from salon_crm.domain.common.errors import AuthenticationError
from salon_crm.gui.common import i18n, ui_settings
from salon_crm.gui.common.field_errors import UnsavedChoice
from salon_crm.gui.settings.custom_fields_editor import suggest_key
from salon_crm.gui.settings.settings_view import SettingsView
from salon_crm.gui.settings.users_editor import UsersEditor
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from tests.conftest import PASSWORD, Staff


def _view(qtbot: QtBot, workspace: Workspace, actor: Actor) -> SettingsView:
    view = SettingsView(workspace, actor)
    qtbot.addWidget(view)
    view.resize(1000, 700)

    def no_dialog(*args: object) -> object:
        raise AssertionError(f"an unexpected dialog was asked for: {args}")

    # Any prompt a test did not plan for fails it instead of blocking it.
    view.prompts.unsaved_changes = no_dialog  # type: ignore[method-assign,assignment]
    view.prompts.confirm = no_dialog  # type: ignore[method-assign,assignment]
    return view


def _show(qtbot: QtBot, view: SettingsView) -> None:
    """Show the page as the active window: shortcuts (Ctrl+S) need one."""
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()


# The offscreen platform warns about every shown top-level window with a layout.
shown = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _edit(view: SettingsView, field: str) -> QLineEdit:
    edit = view.findChild(QLineEdit, f"requisites_{field}")
    assert edit is not None
    return edit


# --- requisites ---------------------------------------------------------------------------


@shown
def test_owner_edits_requisites_and_saves_with_ctrl_s(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    view = _view(qtbot, workspace, staff.owner)
    _show(qtbot, view)
    assert view.objectName() == "settingsView"
    assert view.current_section() == "requisites"
    assert view.read_only_notice() == ""
    form = view.requisites_form
    assert _edit(view, "name").text() == "Студія краси «Лілія»"
    assert form.label_text("registration_number") == "Registration number (EDRPOU):"
    # Tab goes down the "Salon" group as it is seen.
    _edit(view, "legal_name").setFocus()
    qtbot.keyClick(_edit(view, "legal_name"), Qt.Key.Key_Tab)
    assert form.field_widget("country").hasFocus()

    _edit(view, "legal_name").setText("ФОП Коваль Олена Петрівна")
    _edit(view, "registration_number").setText("1759013776")
    _edit(view, "bank_account").setText("UA213223130000026007233566001")
    _edit(view, "signatory_name").setText("Коваль О. П.")
    assert view.has_unsaved_changes()
    _edit(view, "legal_name").setFocus()
    qtbot.keyClick(_edit(view, "legal_name"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    stored = workspace.settings(staff.owner).requisites()
    assert stored.legal_name == "ФОП Коваль Олена Петрівна"
    assert stored.registration_number == "1759013776"
    assert stored.bank_account == "UA213223130000026007233566001"
    assert stored.signatory_name == "Коваль О. П."
    assert not view.has_unsaved_changes()
    assert "saved" in view.message()


def test_country_relabels_numbers_and_is_stored(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    view = _view(qtbot, workspace, staff.owner)
    country = view.findChild(QComboBox, "requisites_country")
    assert country is not None
    country.setCurrentIndex(country.findData("PL"))
    form = view.requisites_form
    assert form.label_text("registration_number") == "Registration number (KRS):"
    assert form.label_text("tax_number") == "Tax number (NIP):"
    assert form.label_text("extra_number") == "Statistical number (REGON):"
    country.setCurrentIndex(country.findData("RU"))
    assert form.label_text("extra_number") == "Registration reason code (KPP):"
    assert form.save()
    assert workspace.settings(staff.owner).requisites().country == "RU"


def test_validation_error_is_shown_next_to_the_field_and_text_stays(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    view = _view(qtbot, workspace, staff.owner)
    save = view.findChild(QPushButton, "requisitesSave")
    assert save is not None
    _edit(view, "email").setText("salon-at-example")
    _edit(view, "name").clear()
    _edit(view, "phone").setText("+380 44 123 45 67")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    form = view.requisites_form
    assert form.error_text("email") == "Not an e-mail address (name@example.com)."
    assert form.error_text("name") == "This field is required."
    assert form.error_text("phone") == ""
    assert _edit(view, "email").text() == "salon-at-example"
    assert _edit(view, "phone").text() == "+380 44 123 45 67"
    assert workspace.settings(staff.owner).requisites().name == "Студія краси «Лілія»"
    assert view.has_unsaved_changes()

    _edit(view, "name").setText("Лілія")
    _edit(view, "email").setText("lilia@example.com")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert form.error_text("email") == "" and form.error_text("name") == ""
    assert workspace.settings(staff.owner).requisites().email == "lilia@example.com"


def test_unsaved_requisites_are_not_lost_silently(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    view = _view(qtbot, workspace, staff.owner)
    _edit(view, "website").setText("https://lilia.example")
    answers = [UnsavedChoice.CANCEL, UnsavedChoice.SAVE]
    asked: list[str] = []

    def answer(parent: object, section: str) -> UnsavedChoice:
        asked.append(section)
        return answers.pop(0)

    view.prompts.unsaved_changes = answer  # type: ignore[method-assign]
    assert not view.show_section("lists")  # "stay here"
    assert view.current_section() == "requisites"
    assert _edit(view, "website").text() == "https://lilia.example"
    assert view.maybe_leave()  # "save"
    assert asked == ["Salon requisites", "Salon requisites"]
    assert workspace.settings(staff.owner).requisites().website == "https://lilia.example"

    _edit(view, "website").setText("https://other.example")
    view.prompts.unsaved_changes = lambda parent, section: UnsavedChoice.DISCARD  # type: ignore[method-assign]
    assert view.show_section("general")
    assert _edit(view, "website").text() == "https://lilia.example"


# --- general ------------------------------------------------------------------------------


def test_name_order_and_language(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    view = _view(qtbot, workspace, staff.owner)
    view.show_section("general")
    order = view.findChild(QComboBox, "nameOrder")
    assert order is not None
    changed: list[str] = []
    view.settings_changed.connect(changed.append)
    order.setCurrentIndex(order.findData(NameOrder.FIRST_MIDDLE_LAST.value))
    assert workspace.settings(staff.owner).name_order() is NameOrder.FIRST_MIDDLE_LAST
    assert changed == ["general"]

    _edit(view, "website").setText("kept across the language switch")
    language = view.findChild(QComboBox, "interfaceLanguage")
    assert language is not None
    assert [language.itemText(i) for i in range(language.count())] == [
        i18n.LANGUAGE_NAMES[code] for code in i18n.LANGUAGES
    ]
    with qtbot.waitSignal(view.language_changed):
        language.setCurrentIndex(language.findData("uk"))
    assert ui_settings.get(ui_settings.LANGUAGE) == "uk"
    assert i18n.current_language() == "uk"
    # The page rebuilds itself in the new language, on the same section, edits kept.
    qtbot.waitUntil(lambda: view.findChild(QComboBox, "interfaceLanguage") is not language)
    assert view.current_section() == "general"
    assert _edit(view, "website").text() == "kept across the language switch"
    fresh = view.findChild(QComboBox, "interfaceLanguage")
    assert fresh is not None and fresh.currentData() == "uk"
    assert view.message() != ""


# --- lists --------------------------------------------------------------------------------


def test_tags_add_rename_hide_and_duplicates_refused(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    view = _view(qtbot, workspace, staff.owner)
    view.show_section("lists")
    tags = view.list_editor("tags")
    new_name = view.findChild(QLineEdit, "tagsNewName")
    assert new_name is not None
    for name in ("Постійні", "VIP", "Нові"):
        new_name.insert(name)  # keyClicks types Latin-1 only
        qtbot.keyClick(new_name, Qt.Key.Key_Return)
    assert tags.visible_names() == ["Постійні", "VIP", "Нові"]
    assert new_name.text() == ""

    new_name.insert("постійні")
    qtbot.keyClick(new_name, Qt.Key.Key_Return)
    assert tags.error_text() == "This name is already in the list."
    assert new_name.text() == "постійні"  # kept, to be corrected
    assert tags.visible_names() == ["Постійні", "VIP", "Нові"]

    # Inline rename, as the delegate commits it; a duplicate rename is refused and undone.
    tag_list = view.findChild(QListWidget, "tagsList")
    assert tag_list is not None
    tags.select("Нові")
    tag_list.currentItem().setText("Нові клієнти")
    assert tags.visible_names() == ["Постійні", "VIP", "Нові клієнти"]
    tags.select("VIP")
    tag_list.currentItem().setText("Нові клієнти")
    assert tags.error_text() == "This name is already in the list."
    assert tags.visible_names() == ["Постійні", "VIP", "Нові клієнти"]

    # Reorder, then hide with the Delete key; "Show hidden" still lists it.
    tags.select("Нові клієнти")
    up = view.findChild(QPushButton, "tagsUp")
    assert up is not None
    qtbot.mouseClick(up, Qt.MouseButton.LeftButton)
    assert tags.visible_names() == ["Постійні", "Нові клієнти", "VIP"]
    tags.select("VIP")
    qtbot.keyClick(tag_list, Qt.Key.Key_Delete)
    assert tags.visible_names() == ["Постійні", "Нові клієнти"]
    service = workspace.settings(staff.owner)
    assert [t.name for t in service.list_items("tags")] == ["Постійні", "Нові клієнти"]
    assert [t.name for t in service.list_items("tags", include_hidden=True)] == [
        "Постійні",
        "Нові клієнти",
        "VIP",
    ]
    show_hidden = view.findChild(QCheckBox, "tagsShowHidden")
    assert show_hidden is not None
    show_hidden.setChecked(True)
    assert tags.visible_names() == ["Постійні", "Нові клієнти", "VIP"]
    tags.select("VIP")
    tags.toggle_hidden()
    assert [t.name for t in service.list_items("tags")] == ["Постійні", "Нові клієнти", "VIP"]

    # A drag and drop moves the row in the view's model; the order is stored after it.
    model = tag_list.model()
    model.moveRow(QModelIndex(), 2, QModelIndex(), 0)
    qtbot.waitUntil(
        lambda: [t.name for t in service.list_items("tags")] == ["VIP", "Постійні", "Нові клієнти"]
    )


def test_sources_and_categories_have_their_own_editors(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    view = _view(qtbot, workspace, staff.owner)
    assert view.list_editor("sources").add("Instagram") is not None
    assert view.list_editor("categories").add("Постійна") is not None
    service = workspace.settings(staff.owner)
    assert [s.name for s in service.list_items("sources")] == ["Instagram"]
    assert [c.name for c in service.list_items("categories")] == ["Постійна"]
    assert service.list_items("tags") == []


# --- custom fields ------------------------------------------------------------------------


def test_suggested_keys() -> None:
    assert suggest_key("Тип шкіри") == "typ_shkiry"
    assert suggest_key("Ювелірні прикраси, які носить") == "yuvelirni_prykrasy_yaki_nosyt"
    assert suggest_key("Їжа і її алергія") == "yizha_i_yii_alerhiia"
    assert suggest_key("Сім'я") == "simia"
    assert suggest_key("Аллергия на препараты") == "allergiya_na_preparaty"
    assert suggest_key("Łagodna skóra?") == "lagodna_skora"
    assert suggest_key("Тип шкіри", {"typ_shkiry"}) == "typ_shkiry_2"
    assert suggest_key("2 visit") == "field_2_visit"
    assert suggest_key("!!!") == "field"


@shown
def test_add_a_choice_field_with_values(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    view = _view(qtbot, workspace, staff.owner)
    _show(qtbot, view)
    view.show_section("custom_fields")
    editor = view.custom_fields_editor
    new = view.findChild(QPushButton, "customFieldNew")
    assert new is not None
    qtbot.mouseClick(new, Qt.MouseButton.LeftButton)
    label = view.findChild(QLineEdit, "customFieldLabel")
    key = view.findChild(QLineEdit, "customFieldKey")
    field_type = view.findChild(QComboBox, "customFieldType")
    assert label is not None and key is not None and field_type is not None
    label.insert("Тип шкіри")  # as typed: the key follows
    assert key.text() == "typ_shkiry"
    field_type.setCurrentIndex(field_type.findData(CustomFieldType.CHOICE.value))

    # A choice field without values is refused, next to the values.
    assert not editor.save()
    assert editor.error_text("choices") == "This field is required."
    new_value = view.findChild(QLineEdit, "customFieldNewChoice")
    assert new_value is not None
    for value in ("суха", "жирна", "комбінована", "Суха"):
        new_value.insert(value)
        qtbot.keyClick(new_value, Qt.Key.Key_Return)
    assert editor.choices_editor().values() == ("суха", "жирна", "комбінована")
    qtbot.keyClick(label, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    [stored] = workspace.settings(staff.owner).custom_fields()
    assert (stored.key, stored.label, stored.field_type) == (
        "typ_shkiry",
        "Тип шкіри",
        CustomFieldType.CHOICE,
    )
    assert stored.choices == ("суха", "жирна", "комбінована")
    # Once created, the key and the type are fixed; the label and values are not.
    assert key.isReadOnly() and not field_type.isEnabled()
    label.setText("Тип шкіри обличчя")
    editor.choices_editor().add("нормальна")
    assert editor.save()
    [stored] = workspace.settings(staff.owner).custom_fields()
    assert stored.label == "Тип шкіри обличчя"
    assert stored.choices == ("суха", "жирна", "комбінована", "нормальна")


def test_custom_field_key_clash_hide_and_reorder(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    service = workspace.settings(staff.owner)
    service.save_custom_field(key="goal", label="Мета", field_type=CustomFieldType.TEXT)
    view = _view(qtbot, workspace, staff.owner)
    editor = view.custom_fields_editor
    editor.start_new()
    editor.set_label("Алергія")
    key = view.findChild(QLineEdit, "customFieldKey")
    assert key is not None and key.text() == "alerhiia"
    key.setText("goal")
    assert not editor.save()
    assert editor.error_text("key") == "This name is already in the list."
    key.setText("allergy")
    assert editor.save()
    assert [f.key for f in service.custom_fields()] == ["goal", "allergy"]

    editor.select("Алергія")
    editor.move_selected(-1)
    assert [f.key for f in service.custom_fields()] == ["allergy", "goal"]
    editor.select("Мета")
    editor.toggle_hidden()
    assert [f.key for f in service.custom_fields()] == ["allergy"]
    assert [f.key for f in service.custom_fields(include_hidden=True)] == ["allergy", "goal"]


def test_leaving_an_unsaved_field_asks(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    view = _view(qtbot, workspace, staff.owner)
    view.show_section("custom_fields")
    editor = view.custom_fields_editor
    editor.start_new()
    editor.set_label("Побажання клієнтки")
    view.prompts.unsaved_changes = lambda parent, section: UnsavedChoice.CANCEL  # type: ignore[method-assign]
    assert not view.show_section("users")
    view.prompts.unsaved_changes = lambda parent, section: UnsavedChoice.SAVE  # type: ignore[method-assign]
    assert view.maybe_leave()
    assert [f.key for f in workspace.settings(staff.owner).custom_fields()] == [
        "pobazhannia_kliientky"
    ]


# --- users --------------------------------------------------------------------------------


def _users(view: SettingsView) -> UsersEditor:
    editor = view.users_editor
    assert editor is not None
    return editor


def test_users_table_model(
    qtbot: QtBot, qtmodeltester: object, workspace: Workspace, staff: Staff
) -> None:
    view = _view(qtbot, workspace, staff.owner)
    model = _users(view).model()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert [r.login for r in model.rows()] == ["admin", "cosmo", "owner"]
    role = model.index(0, 2).data()
    assert role == "Administrator"
    assert model.index(0, 4).data() == "never"
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Last login"


def test_last_login_is_local_dd_mm_yyyy() -> None:
    from datetime import UTC, datetime

    moment = datetime(2025, 3, 9, 7, 5, tzinfo=UTC)
    assert format_moment(moment) == moment.astimezone().strftime("%d.%m.%Y %H:%M")
    assert format_moment(None) == ""


@shown
def test_create_a_user_who_can_then_log_in(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    view = _view(qtbot, workspace, staff.owner)
    view.show_section("users")
    editor = _users(view)
    button = view.findChild(QPushButton, "newUserButton")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = editor.dialog
    assert dialog is not None and dialog.isVisible()

    dialog.fill(
        login="oksana", full_name="Оксана Мельник", role=Role.SPECIALIST,
        password="long-enough-1", repeat="different-1",
    )  # fmt: skip
    assert not dialog.submit()
    assert dialog.error_text("password_repeat") == "The passwords do not match."
    dialog.fill(
        login="admin", full_name="Оксана Мельник", role=Role.SPECIALIST,
        password="long-enough-1", repeat="long-enough-1",
    )  # fmt: skip
    assert not dialog.submit()
    assert dialog.error_text("login") == "This login is already taken."

    dialog.fill(
        login="oksana", full_name="Оксана Мельник", role=Role.SPECIALIST,
        password="long-enough-1", repeat="long-enough-1",
    )  # fmt: skip
    create = dialog.findChild(QPushButton, "createUserButton")
    assert create is not None
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert [r.login for r in editor.model().rows()] == ["admin", "cosmo", "oksana", "owner"]
    assert editor.selected() is not None and editor.selected().login == "oksana"  # type: ignore[union-attr]
    actor = workspace.authenticate("oksana", "long-enough-1")
    assert actor.role is Role.SPECIALIST and actor.full_name == "Оксана Мельник"


def test_reset_a_password(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    view = _view(qtbot, workspace, staff.owner)
    editor = _users(view)
    editor.select("cosmo")
    editor.set_new_password("new-secret-22", "new-secret-23")
    assert not editor.reset_password()
    assert editor.error_text("password_repeat") == "The passwords do not match."
    editor.set_new_password("short", "short")
    assert not editor.reset_password()
    assert editor.error_text("password") == "At least 8 characters."
    editor.set_new_password("new-secret-22", "new-secret-22")
    reset = view.findChild(QPushButton, "userResetPassword")
    assert reset is not None
    qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)
    assert "cosmo" in view.message()
    assert workspace.authenticate("cosmo", "new-secret-22").login == "cosmo"
    with pytest.raises(AuthenticationError):
        workspace.authenticate("cosmo", PASSWORD)


def test_change_role_name_and_access(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    view = _view(qtbot, workspace, staff.owner)
    editor = _users(view)
    editor.select("admin")
    editor.set_details(full_name="Ірина Бойко", role=Role.ADMINISTRATOR, is_active=False)
    save = view.findChild(QPushButton, "userSave")
    assert save is not None
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    row = next(r for r in editor.model().rows() if r.login == "admin")
    assert (row.full_name, row.is_active) == ("Ірина Бойко", False)
    with pytest.raises(AuthenticationError):
        workspace.authenticate("admin", PASSWORD)


def test_the_last_owner_cannot_be_demoted(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    view = _view(qtbot, workspace, staff.owner)
    editor = _users(view)
    editor.select("owner")
    confirmations: list[str] = []

    def confirm(parent: object, title: str, text: str) -> bool:
        confirmations.append(title)
        return True

    view.prompts.confirm = confirm  # type: ignore[method-assign]
    editor.set_details(full_name="Олена Коваль", role=Role.ADMINISTRATOR, is_active=True)
    assert not editor.save()
    assert confirmations == ["Your own account"]
    assert editor.error_text("role") == "The salon must keep at least one active owner."
    row = next(r for r in workspace.users(staff.owner).list_users() if r.login == "owner")
    assert row.role is Role.OWNER and row.is_active


# --- not the owner ------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["admin", "specialist"])
def test_others_see_read_only_settings_and_change_nothing(
    qtbot: QtBot, workspace: Workspace, staff: Staff, who: str
) -> None:
    actor = staff.admin if who == "admin" else staff.specialist
    workspace.settings(staff.owner).save_list_item("tags", name="Постійні")
    view = _view(qtbot, workspace, actor)
    assert "Only the owner can change the salon's settings" in view.read_only_notice()
    assert "users" not in view.sections()
    assert view.users_editor is None

    name = _edit(view, "name")
    assert name.isReadOnly() and name.text() == "Студія краси «Лілія»"
    save = view.findChild(QPushButton, "requisitesSave")
    assert save is not None and save.isHidden()
    country = view.findChild(QComboBox, "requisites_country")
    assert country is not None and not country.isEnabled()
    order = view.findChild(QComboBox, "nameOrder")
    assert order is not None and not order.isEnabled()
    new_tag = view.findChild(QLineEdit, "tagsNewName")
    assert new_tag is not None and new_tag.isHidden()
    assert view.list_editor("tags").visible_names() == ["Постійні"]
    new_field = view.findChild(QPushButton, "customFieldNew")
    assert new_field is not None and new_field.isHidden()

    # Whatever gets past the screen, the services refuse: said calmly, nothing written.
    name.setText("Хакнуто")
    assert not view.requisites_form.save()
    assert view.message() == "Only the owner can change the salon's settings."
    assert view.list_editor("tags").add("Нова") is None
    assert workspace.settings(staff.owner).requisites().name == "Студія краси «Лілія»"
    assert [t.name for t in workspace.settings(staff.owner).list_items("tags")] == ["Постійні"]

    # The interface language of this computer is still theirs to choose.
    language = view.findChild(QComboBox, "interfaceLanguage")
    assert language is not None and language.isEnabled()


# --- currency -----------------------------------------------------------------------------


def test_owner_changes_the_salon_currency(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    view = _view(qtbot, workspace, staff.owner)
    view.show_section("general")
    currency = view.findChild(QComboBox, "currency")
    example = view.findChild(QLabel, "currencyExample")
    assert currency is not None and example is not None
    assert currency.currentData() == "UAH"  # the salon is in Ukraine
    assert currency.currentText() == "UAH (₴) — Ukrainian hryvnia"
    assert example.text() == "For example: UAH\u00a01,250.50"
    changed: list[str] = []
    view.settings_changed.connect(changed.append)

    currency.setCurrentIndex(currency.findData("PLN"))

    assert workspace.settings(staff.owner).currency() == "PLN"
    assert changed == ["general"]
    assert view.message() == "The salon now counts in PLN (zł) — Polish złoty."
    assert example.text() == "For example: PLN\u00a01,250.50"
    # A fresh page shows what is stored.
    again = _view(qtbot, workspace, staff.owner)
    stored = again.findChild(QComboBox, "currency")
    assert stored is not None and stored.currentData() == "PLN"


class _CurrencyNames(QTranslator):
    """Ukrainian names of two currencies, under the context the domain declares them in."""

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        names = {"Ukrainian hryvnia": "Українська гривня", "Polish złoty": "Польський злотий"}
        return names.get(source_text) if context == NAME_CONTEXT else None


def test_currencies_are_named_and_shown_in_the_interface_language(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    names = _CurrencyNames()
    QCoreApplication.installTranslator(names)
    i18n.install_language("uk")
    try:
        view = _view(qtbot, workspace, staff.owner)
        currency = view.findChild(QComboBox, "currency")
        example = view.findChild(QLabel, "currencyExample")
        assert currency is not None and example is not None
        assert currency.itemText(currency.findData("PLN")).endswith(" — Польський злотий")
        assert example.text().endswith("1\u00a0250,50\u00a0₴")
    finally:
        QCoreApplication.removeTranslator(names)
        i18n.install_language("en")


def test_others_cannot_change_the_currency(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    view = _view(qtbot, workspace, staff.admin)
    currency = view.findChild(QComboBox, "currency")
    assert currency is not None and not currency.isEnabled()
    # Past the screen, the service refuses and the page shows what is stored.
    currency.setCurrentIndex(currency.findData("EUR"))
    assert view.message() == "Only the owner can change the salon's settings."
    assert workspace.settings(staff.owner).currency() == "UAH"
    assert currency.currentData() == "UAH"
