"""The Settings page: requisites, general, lists, custom fields, the procedure and product
catalogue and users, by section."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.permissions import Permission
from salon_crm.gui.common.field_errors import Prompts, SettingsSection
from salon_crm.gui.settings.card_templates_editor import CardTemplatesEditor
from salon_crm.gui.settings.custom_fields_editor import CustomFieldsEditor
from salon_crm.gui.settings.general_settings_form import GeneralSettingsForm
from salon_crm.gui.settings.list_editor import ListEditor, ListsSection
from salon_crm.gui.settings.procedures_editor import ProceduresEditor
from salon_crm.gui.settings.products_editor import ProductsEditor
from salon_crm.gui.settings.questionnaire_fields_page import QuestionnaireFieldsPage
from salon_crm.gui.settings.requisites_form import RequisitesForm
from salon_crm.gui.settings.users_editor import UsersEditor
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.settings.settings_service import ListKind, SalonRequisites

# Other features' sections (the document templates), made by the shell for each build:
# given the page's prompts and whether it is read-only, they return sections by key.
MoreSections = Callable[[Prompts, bool], dict[str, SettingsSection]]

SECTIONS = (
    "requisites",
    "general",
    "lists",
    "custom_fields",
    "questionnaire",
    "card_templates",
    "procedures",
    "products",
    "users",
)
_NOTICE_STYLE = (
    "QLabel { background: #e8f3ea; color: #1d4d27; border: 1px solid #b9d9bf;"
    " border-radius: 4px; padding: 6px 8px; }"
)
_PROBLEM_STYLE = (
    "QLabel { background: #fbeaea; color: #7a1020; border: 1px solid #eec2c6;"
    " border-radius: 4px; padding: 6px 8px; }"
)
_READ_ONLY_STYLE = (
    "QLabel { background: #fff6dc; color: #5b4500; border: 1px solid #ecd9a0;"
    " border-radius: 4px; padding: 6px 8px; }"
)


class SettingsView(QWidget):
    """The salon's set-up, one section at a time; only the owner may change it.

    Others see the requisites, lists and fields read-only under a calm notice (the
    services refuse their changes anyway). Unsaved edits are never dropped silently:
    switching sections, or leaving the page through `maybe_leave()`, asks first.
    Ctrl+S saves the current section's form. The page rebuilds itself in the new
    language when the interface language changes.

    Signals:
        settings_changed(str): a section saved something — "requisites", "general",
            "lists", "custom_fields", "questionnaire", "card_templates", "procedures",
            "products" or "users";
            pages showing that data may reload.
        language_changed(str): the interface language of this computer was switched.
    """

    settings_changed = Signal(str)
    language_changed = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        more_sections: MoreSections | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsView")
        self._workspace = workspace
        self._actor = actor
        self._more_sections = more_sections
        self.prompts = Prompts(self)
        self._sections: dict[str, SettingsSection] = {}
        self._content: QWidget | None = None
        self._switching = False
        self._announce_language = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 8)

        # A language change arrives as several events (translators removed, installed);
        # the page is rebuilt once, after they are all delivered.
        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(0)
        self._rebuild_timer.timeout.connect(self._rebuild)

        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_current)
        self._build()

    # --- building ------------------------------------------------------------------------

    @property
    def can_manage(self) -> bool:
        return self._actor.can(Permission.SETTINGS_MANAGE)

    def _build(self, section: str = "requisites") -> None:
        content = QWidget(self)
        read_only = not self.can_manage
        settings = self._workspace.settings(self._actor)

        self._read_only_notice = QLabel(
            self.tr(
                "Only the owner can change the salon's settings. You can look at them here; "
                "the interface language of this computer is yours to choose."
            ),
            content,
        )
        self._read_only_notice.setObjectName("settingsReadOnlyNotice")
        self._read_only_notice.setWordWrap(True)
        self._read_only_notice.setStyleSheet(_READ_ONLY_STYLE)
        self._read_only_notice.setVisible(read_only)
        self._message = QLabel(content)
        self._message.setObjectName("settingsMessage")
        self._message.setWordWrap(True)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._message.hide()

        self._sections = {
            "requisites": RequisitesForm(
                settings,
                self.prompts,
                read_only=read_only,
                letterhead=self._workspace.letterhead(self._actor),
            ),
            "general": GeneralSettingsForm(settings, self.prompts, read_only=read_only),
            "lists": ListsSection(settings, self.prompts, read_only=read_only),
            "custom_fields": CustomFieldsEditor(settings, self.prompts, read_only=read_only),
            "questionnaire": QuestionnaireFieldsPage(
                self._workspace.questionnaire_layout(self._actor), self.prompts, read_only=read_only
            ),
            "card_templates": CardTemplatesEditor(
                self._workspace.card_templates(self._actor),
                settings,
                self.prompts,
                read_only=read_only,
            ),
        }
        if self.can_manage:  # the catalogue is the owner's: others never see these pages
            catalogue = self._workspace.catalogue(self._actor)
            self._sections["procedures"] = ProceduresEditor(catalogue, settings, self.prompts)
            self._sections["products"] = ProductsEditor(catalogue, self.prompts)
        if self._more_sections is not None:
            self._sections.update(self._more_sections(self.prompts, read_only))
        if self._actor.can(Permission.USERS_MANAGE):
            self._sections["users"] = UsersEditor(
                self._workspace.users(self._actor), self._actor, self.prompts
            )
        self._nav = QListWidget(content)
        self._nav.setObjectName("settingsSections")
        self._nav.setStyleSheet("QListWidget#settingsSections::item { padding: 5px 8px; }")
        self._pages = QStackedWidget(content)
        for key, widget in self._sections.items():
            self._nav.addItem(widget.title())
            self._pages.addWidget(widget)
            widget.notice.connect(self.show_message)
            widget.changed.connect(lambda key=key: self._section_saved(key))
        general = self._sections["general"]
        assert isinstance(general, GeneralSettingsForm)
        general.language_changed.connect(self._language_switched)
        self._nav.setFixedWidth(
            max(170, self._nav.sizeHintForColumn(0) + 2 * self._nav.frameWidth() + 16)
        )
        self._nav.currentRowChanged.connect(self._section_chosen)

        body = QHBoxLayout()
        body.addWidget(self._nav)
        right = QVBoxLayout()
        right.addWidget(self._message)
        right.addWidget(self._pages, 1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._read_only_notice)
        layout.addLayout(body, 1)
        self._layout.addWidget(content)
        self._content = content
        self._switching = True
        self._nav.setCurrentRow(self._index_of(section))
        self._pages.setCurrentIndex(self._index_of(section))
        self._switching = False

    def _index_of(self, section: str) -> int:
        keys = list(self._sections)
        return keys.index(section) if section in keys else 0

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._rebuild_timer.start()
        super().changeEvent(event)

    def _language_switched(self, code: str) -> None:
        self._announce_language = True
        self.language_changed.emit(code)

    def _rebuild(self) -> None:
        """Build the page again in the new language, keeping unsaved requisites."""
        section = self.current_section()
        requisites = self.requisites_form
        unsaved: SalonRequisites | None = requisites.data() if requisites.is_dirty() else None
        old = self._content
        if old is not None:
            old.hide()
            self._layout.removeWidget(old)
            old.deleteLater()
        self._build(section)
        if unsaved is not None:
            self.requisites_form.set_data(unsaved)
        if self._announce_language:
            self._announce_language = False
            self.show_message(self.tr("The interface language is switched."))

    # --- sections ------------------------------------------------------------------------

    def sections(self) -> list[str]:
        """Keys of the sections shown, in order (no "users" for someone not managing them)."""
        return list(self._sections)

    def current_section(self) -> str:
        return list(self._sections)[self._pages.currentIndex()]

    def section(self, key: str) -> SettingsSection:
        return self._sections[key]

    def show_section(self, key: str) -> bool:
        """Switch to a section, asking about unsaved changes first; False if refused."""
        if key not in self._sections:
            return False
        self._nav.setCurrentRow(self._index_of(key))
        return self.current_section() == key

    @property
    def requisites_form(self) -> RequisitesForm:
        form = self._sections["requisites"]
        assert isinstance(form, RequisitesForm)
        return form

    @property
    def general_form(self) -> GeneralSettingsForm:
        form = self._sections["general"]
        assert isinstance(form, GeneralSettingsForm)
        return form

    def list_editor(self, kind: ListKind) -> ListEditor:
        lists = self._sections["lists"]
        assert isinstance(lists, ListsSection)
        return lists.editors[kind]

    @property
    def custom_fields_editor(self) -> CustomFieldsEditor:
        editor = self._sections["custom_fields"]
        assert isinstance(editor, CustomFieldsEditor)
        return editor

    @property
    def questionnaire_fields_page(self) -> QuestionnaireFieldsPage:
        page = self._sections["questionnaire"]
        assert isinstance(page, QuestionnaireFieldsPage)
        return page

    @property
    def card_templates_editor(self) -> CardTemplatesEditor:
        editor = self._sections["card_templates"]
        assert isinstance(editor, CardTemplatesEditor)
        return editor

    @property
    def procedures_editor(self) -> ProceduresEditor | None:
        editor = self._sections.get("procedures")
        return editor if isinstance(editor, ProceduresEditor) else None

    @property
    def products_editor(self) -> ProductsEditor | None:
        editor = self._sections.get("products")
        return editor if isinstance(editor, ProductsEditor) else None

    @property
    def users_editor(self) -> UsersEditor | None:
        editor = self._sections.get("users")
        return editor if isinstance(editor, UsersEditor) else None

    def _section_chosen(self, row: int) -> None:
        if self._switching or row < 0:
            return
        if row == self._pages.currentIndex():
            return
        if not self._resolve(self._pages.currentIndex()):
            self._switching = True
            self._nav.setCurrentRow(self._pages.currentIndex())
            self._switching = False
            return
        self.clear_message()
        self._pages.setCurrentIndex(row)

    def _resolve(self, index: int) -> bool:
        return self._sections[list(self._sections)[index]].resolve_unsaved(self)

    def _section_saved(self, key: str) -> None:
        self.settings_changed.emit(key)

    # --- the page as a whole -------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return any(section.is_dirty() for section in self._sections.values())

    def maybe_leave(self) -> bool:
        """Ask about unsaved changes before the page is left; False if the user stays.

        The main window calls this before switching to another page or closing.
        """
        for index, section in enumerate(self._sections.values()):
            if section.is_dirty():
                self._switching = True
                self._nav.setCurrentRow(index)
                self._pages.setCurrentIndex(index)
                self._switching = False
                if not self._resolve(index):
                    return False
        return True

    def save_current(self) -> bool:
        """Save the current section's form (Ctrl+S)."""
        return self._sections[self.current_section()].save()

    def reload(self) -> None:
        """Show what is stored now (after a restore, or another computer's change)."""
        for section in self._sections.values():
            if not section.is_dirty():
                section.reload()

    def show_message(self, text: str, problem: bool = False) -> None:
        self._message.setStyleSheet(_PROBLEM_STYLE if problem else _NOTICE_STYLE)
        self._message.setText(text)
        self._message.setProperty("problem", problem)
        self._message.setVisible(bool(text))

    def clear_message(self) -> None:
        self._message.clear()
        self._message.hide()

    def message(self) -> str:
        """The text of the page's message banner, "" when none is shown."""
        return "" if self._message.isHidden() else self._message.text()

    def read_only_notice(self) -> str:
        return "" if self._read_only_notice.isHidden() else self._read_only_notice.text()
