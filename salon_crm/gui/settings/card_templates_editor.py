"""Settings → Templates for new cards: add, change, rename and delete presets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.enums import ConsentPurpose
from salon_crm.domain.common.errors import SalonError
from salon_crm.domain.common.text import tidy
from salon_crm.gui.clients.questionnaire.custom_fields_form import CustomFieldsForm
from salon_crm.gui.clients.questionnaire.list_choice import fill_list_combo
from salon_crm.gui.common.enum_labels import consent_labels
from salon_crm.gui.common.field_errors import (
    FieldErrors,
    Prompts,
    SettingsSection,
    hint_label,
)
from salon_crm.gui.common.list_and_form import ListAndForm
from salon_crm.services.settings.card_templates import CardTemplateData, CardTemplateService
from salon_crm.services.settings.settings_service import SettingsService

_ROW = Qt.ItemDataRole.UserRole


class CardTemplatesEditor(SettingsSection):
    """The templates on the left, the chosen one's presets on the right.

    A template holds no client data, so deleting one (after a question) really deletes
    it; clients created from it keep what they got."""

    def __init__(
        self,
        templates: CardTemplateService,
        settings: SettingsService,
        prompts: Prompts,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(prompts, parent)
        self.setObjectName("cardTemplatesEditor")
        self._templates = templates
        self._settings = settings
        self._read_only = read_only
        self._editing: CardTemplateData | None = None
        self._is_new = False
        self._switching = False
        self._errors = FieldErrors()

        left = QWidget(self)
        self._list = QListWidget(left)
        self._list.setObjectName("cardTemplatesList")
        self._list.currentItemChanged.connect(self._current_changed)
        self._new_button = QPushButton(self.tr("New template"), left)
        self._new_button.setObjectName("cardTemplateNew")
        self._new_button.clicked.connect(self.start_new)
        self._delete_button = QPushButton(self.tr("Delete…"), left)
        self._delete_button.setObjectName("cardTemplateDelete")
        self._delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self._new_button)
        buttons.addStretch(1)
        buttons.addWidget(self._delete_button)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(
            hint_label(
                self.tr(
                    "A new client's questionnaire starts from a template. With several, "
                    "Ctrl+N asks which one."
                ),
                left,
            )
        )
        left_layout.addWidget(self._list, 1)
        left_layout.addLayout(buttons)
        for button in (self._new_button, self._delete_button):
            button.setVisible(not read_only)

        self._form_box = QGroupBox(self.tr("Template"), self)
        self._build_form()

        hint = self.tr("Select a template to change it, or add a new one.")
        self._sides = ListAndForm(self, left, self._form_box, hint, (350, 650))
        self.reload()

    def _build_form(self) -> None:
        box = self._form_box
        self._name = QLineEdit(box)
        self._name.setObjectName("cardTemplateName")
        self._name.setMaxLength(100)
        self._is_default = QCheckBox(self.tr("Offered first when there are several"), box)
        self._is_default.setObjectName("cardTemplateDefault")
        self._category = QComboBox(box)
        self._category.setObjectName("cardTemplateCategory")
        self._source = QComboBox(box)
        self._source.setObjectName("cardTemplateSource")
        self._discount = QSpinBox(box)
        self._discount.setObjectName("cardTemplateDiscount")
        self._discount.setRange(0, 100)
        self._discount.setSuffix(" %")
        self._discount.setMaximumWidth(140)
        self._tags = QListWidget(box)
        self._tags.setObjectName("cardTemplateTags")
        self._tags.setMaximumHeight(110)
        consents = QWidget(box)
        consents_layout = QVBoxLayout(consents)
        consents_layout.setContentsMargins(0, 0, 0, 0)
        self._consents: dict[ConsentPurpose, QCheckBox] = {}
        for purpose, text in consent_labels().items():
            check = QCheckBox(text, consents)
            check.setObjectName(f"cardTemplateConsent_{purpose.value}")
            consents_layout.addWidget(check)
            self._consents[purpose] = check
        self._custom_holder = QVBoxLayout()
        self._custom: CustomFieldsForm | None = None
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name:"), self._errors.field("name", self._name, "cardTemplate_name"))
        form.addRow("", self._is_default)
        for caption, field, widget in (
            (self.tr("Category:"), "category", self._category),
            (self.tr("Source:"), "source", self._source),
            (self.tr("Discount:"), "discount_percent", self._discount),
            (self.tr("Groups:"), "tags", self._tags),
        ):
            form.addRow(caption, self._errors.field(field, widget, f"cardTemplate_{field}"))
        form.addRow(self.tr("Consents ticked:"), consents)
        form.addRow(self.tr("Custom fields:"), self._custom_holder)
        self._save_button = QPushButton(self.tr("Save template"), box)
        self._save_button.setObjectName("cardTemplateSave")
        self._save_button.setToolTip(self.tr("Ctrl+S"))
        self._save_button.clicked.connect(self.save)
        self._cancel = QPushButton(self.tr("Cancel"), box)
        self._cancel.setObjectName("cardTemplateCancel")
        self._cancel.clicked.connect(self.discard)
        form_buttons = QHBoxLayout()
        form_buttons.addStretch(1)
        form_buttons.addWidget(self._cancel)
        form_buttons.addWidget(self._save_button)
        for button in (self._save_button, self._cancel):
            button.setVisible(not self._read_only)
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addStretch(1)
        box_layout.addLayout(form_buttons)

    def title(self) -> str:
        return self.tr("Templates for new cards")

    # --- the list ------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        if select_id is None and self._editing is not None:
            select_id = self._editing.id
        try:
            found = self._templates.templates()
            self._lists = (
                self._settings.list_items("categories", include_hidden=True),
                self._settings.list_items("sources", include_hidden=True),
                self._settings.list_items("tags", include_hidden=True),
            )
            fields = self._settings.custom_fields()
        except SalonError as error:
            self.report(error)
            return
        if self._custom is not None:
            self._custom.deleteLater()
        self._custom = CustomFieldsForm(fields, self._form_box)
        self._custom_holder.addWidget(self._custom)
        self._switching = True
        try:
            self._list.clear()
            chosen: QListWidgetItem | None = None
            for template in found:
                text = template.name
                if template.is_default:
                    text = self.tr("{name} (offered first)").format(name=template.name)
                item = QListWidgetItem(text, self._list)
                item.setData(_ROW, template)
                if template.id == select_id:
                    chosen = item
            if chosen is None:
                self._list.setCurrentRow(-1)
            else:
                self._list.setCurrentItem(chosen)
        finally:
            self._switching = False
        if not self._is_new:
            self._show_template(self.selected())

    def templates(self) -> list[CardTemplateData]:
        return [self._row(self._list.item(i)) for i in range(self._list.count())]

    def selected(self) -> CardTemplateData | None:
        item = self._list.currentItem()
        return None if item is None else self._row(item)

    def select(self, name: str) -> None:
        for i in range(self._list.count()):
            if self._row(self._list.item(i)).name == name:
                self._list.setCurrentRow(i)
                return

    @staticmethod
    def _row(item: QListWidgetItem) -> CardTemplateData:
        row = item.data(_ROW)
        assert isinstance(row, CardTemplateData)
        return row

    def _current_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if self._switching:
            return
        if not self.resolve_unsaved():
            self._switching = True
            if previous is None:
                self._list.setCurrentRow(-1)
            else:
                self._list.setCurrentItem(previous)
            self._switching = False
            return
        self._is_new = False
        self._show_template(None if current is None else self._row(current))

    # --- the form ------------------------------------------------------------------------

    def _show_template(self, template: CardTemplateData | None) -> None:
        self._errors.clear()
        self._editing = template
        self._delete_button.setEnabled(template is not None)
        if template is None and not self._is_new:
            self._sides.show_form(False)
            return
        self._sides.show_form(True)
        shown = template or CardTemplateData(name="")
        self._form_box.setTitle(
            self.tr("New template") if template is None else self.tr("Template")
        )
        self._name.setText(shown.name)
        self._is_default.setChecked(shown.is_default)
        categories, sources, tags = self._lists
        fill_list_combo(self._category, categories, shown.category_id)
        fill_list_combo(self._source, sources, shown.source_id)
        self._discount.setValue(shown.discount_percent)
        self._tags.clear()
        for tag in tags:
            if tag.is_hidden and tag.id not in shown.tag_ids:
                continue
            item = QListWidgetItem(tag.name, self._tags)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = tag.id in shown.tag_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setData(_ROW, tag.id)
        for purpose, check in self._consents.items():
            check.setChecked(purpose in shown.consents)
        assert self._custom is not None
        self._custom.set_values(shown.custom_values)
        for widget in (self._name, self._discount):
            widget.setReadOnly(self._read_only)
        for other in (self._is_default, self._category, self._source, self._tags, self._custom):
            other.setEnabled(not self._read_only)
        for check in self._consents.values():
            check.setEnabled(not self._read_only)

    def data(self) -> CardTemplateData:
        """The template as the form shows it now."""
        assert self._custom is not None
        items = (self._tags.item(i) for i in range(self._tags.count()))
        return CardTemplateData(
            name=tidy(self._name.text()),
            is_default=self._is_default.isChecked(),
            category_id=self._category.currentData(),
            source_id=self._source.currentData(),
            discount_percent=self._discount.value(),
            tag_ids=frozenset(
                int(item.data(_ROW)) for item in items if item.checkState() == Qt.CheckState.Checked
            ),
            consents=frozenset(p for p, check in self._consents.items() if check.isChecked()),
            custom_values=self._custom.values(),
            id=self._editing.id if self._editing is not None else None,
        )

    def form(self) -> dict[str, QWidget]:
        """The form's fields by name, for filling in as a user would."""
        return {
            "name": self._name,
            "is_default": self._is_default,
            "category": self._category,
            "source": self._source,
            "discount_percent": self._discount,
            "tags": self._tags,
        }

    def consent_box(self, purpose: ConsentPurpose) -> QCheckBox:
        return self._consents[purpose]

    def custom_form(self) -> CustomFieldsForm:
        assert self._custom is not None
        return self._custom

    def start_new(self) -> None:
        if not self.resolve_unsaved():
            return
        self._switching = True
        self._list.setCurrentRow(-1)
        self._switching = False
        self._is_new = True
        self._show_template(None)
        self._name.setFocus()

    def is_dirty(self) -> bool:
        if self._read_only or (self._editing is None and not self._is_new):
            return False
        if self._is_new:
            return bool(self.data().name)
        return self.data() != self._editing

    def discard(self) -> None:
        self._is_new = False
        self._show_template(self.selected())

    def save(self) -> bool:
        if self._editing is None and not self._is_new:
            return True
        saved = self.attempt(self._errors, lambda: self._templates.save_template(self.data()))
        if saved is None:
            return False
        self._is_new = False
        self._editing = saved
        self.reload(select_id=saved.id)
        self.say(self.tr("The template “{name}” is saved.").format(name=saved.name))
        self.changed.emit()
        return True

    def delete_selected(self) -> None:
        template = self.selected()
        if template is None or template.id is None:
            return
        question = self.tr(
            "Delete the template “{name}”? Clients created from it keep their data."
        ).format(name=template.name)
        if not self.prompts.confirm(self, self.tr("Delete the template"), question):
            return
        try:
            self._templates.delete_template(template.id)
        except SalonError as error:
            self.report(error)
            return
        self._editing = None
        self.reload()
        self.say(self.tr("The template “{name}” is deleted.").format(name=template.name))
        self.changed.emit()
