"""The owner's custom questionnaire fields: add, relabel, edit choices, require, hide and
reorder."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRegularExpression, Qt
from PySide6.QtGui import QKeyEvent, QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from translitua import RussianInternationalPassport, UkrainianKMU, translit

from salon_crm.domain.common.enums import CustomFieldType
from salon_crm.domain.common.errors import SalonError
from salon_crm.domain.common.text import tidy
from salon_crm.gui.common.field_errors import (
    FieldErrors,
    Prompts,
    SettingsSection,
    hint_label,
)
from salon_crm.gui.common.list_and_form import ListAndForm
from salon_crm.services.settings.settings_service import CustomField, SettingsService

_ROW = Qt.ItemDataRole.UserRole
KEY_LIMIT = 64

_LATIN_EXTRA = {"ł": "l", "ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "œ": "oe"}
_APOSTROPHES = "'’ʼ`´‘"
_NOT_KEY = re.compile(r"[^a-z0-9]+")


def suggest_key(label: str, taken: Collection[str] = ()) -> str:
    """A field key from its label: `Тип шкіри` → `typ_shkiry`, `Alergie` → `alergie`.

    Lower-case Latin letters, digits and underscores, starting with a letter, unique
    among `taken` (a `_2`, `_3`… suffix is added).
    """
    text = "".join(ch for ch in label.casefold() if ch not in _APOSTROPHES)
    # The official tables: Ukrainian (KMU 2010) when the label has its letters, else the
    # Russian passport one.
    table = UkrainianKMU if any(ch in "іїєґ" for ch in text) else RussianInternationalPassport
    out: list[str] = []
    for ch in translit(text, table).casefold():
        if ch in _LATIN_EXTRA:
            out.append(_LATIN_EXTRA[ch])
        else:
            bare = "".join(
                c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
            )
            out.append(bare if bare.isascii() else " ")
    key = _NOT_KEY.sub("_", "".join(out)).strip("_")
    if not key:
        key = "field"
    elif not key[0].isalpha():
        key = f"field_{key}"
    key = key[:KEY_LIMIT].rstrip("_")
    candidate, number = key, 2
    while candidate in taken:
        suffix = f"_{number}"
        candidate = key[: KEY_LIMIT - len(suffix)] + suffix
        number += 1
    return candidate


class ChoicesEditor(QWidget):
    """The values of a choice field: add (Enter), edit in place, remove, reorder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customFieldChoicesEditor")
        self._new = QLineEdit(self)
        self._new.setObjectName("customFieldNewChoice")
        self._new.setPlaceholderText(self.tr("New value…"))
        self._new.setMaxLength(200)
        self._new.returnPressed.connect(self.add_from_field)
        add = QPushButton(self.tr("Add value"), self)
        add.setObjectName("customFieldAddChoice")
        add.clicked.connect(self.add_from_field)
        self._list = QListWidget(self)
        self._list.setObjectName("customFieldChoices")
        self._list.setStyleSheet("QListWidget::item { padding: 3px 2px; }")
        self._list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self._list.installEventFilter(self)
        remove = QPushButton(self.tr("Remove"), self)
        remove.setObjectName("customFieldRemoveChoice")
        remove.clicked.connect(self.remove_selected)
        up = QPushButton(self.tr("Up"), self)
        up.clicked.connect(lambda: self._move(-1))
        down = QPushButton(self.tr("Down"), self)
        down.clicked.connect(lambda: self._move(1))
        self._buttons = [add, remove, up, down]

        top = QHBoxLayout()
        top.addWidget(self._new, 1)
        top.addWidget(add)
        side = QVBoxLayout()
        side.addWidget(remove)
        side.addWidget(up)
        side.addWidget(down)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self._list, 1)
        middle.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(middle)

    def values(self) -> tuple[str, ...]:
        return tuple(self._list.item(i).text() for i in range(self._list.count()))

    def set_values(self, values: Collection[str]) -> None:
        self._list.clear()
        for value in values:
            self._append(value)
        self._new.clear()

    def set_read_only(self, read_only: bool) -> None:
        self._new.setVisible(not read_only)
        for button in self._buttons:
            button.setVisible(not read_only)
        self._list.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )

    def add(self, value: str) -> None:
        value = tidy(value)
        if value and value.casefold() not in {v.casefold() for v in self.values()}:
            self._list.setCurrentItem(self._append(value))

    def add_from_field(self) -> None:
        self.add(self._new.text())
        self._new.clear()
        self._new.setFocus()

    def remove_selected(self) -> None:
        row = self._list.currentRow()
        if row >= 0:
            self._list.takeItem(row)

    def _append(self, value: str) -> QListWidgetItem:
        item = QListWidgetItem(value, self._list)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def _move(self, step: int) -> None:
        row = self._list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self._list.count():
            return
        item = self._list.takeItem(row)
        self._list.insertItem(target, item)
        self._list.setCurrentRow(target)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and self._new.isVisible()
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)


class CustomFieldsEditor(SettingsSection):
    """Custom questionnaire fields: a list on the left, the chosen field's form on the right.

    A field's key and type are fixed once it exists (stored values and contract templates
    depend on them); its label, values and visibility change freely. Fields are hidden,
    never deleted.
    """

    def __init__(
        self,
        settings: SettingsService,
        prompts: Prompts,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(prompts, parent)
        self.setObjectName("customFieldsEditor")
        self._settings = settings
        self._read_only = read_only
        self._editing: CustomField | None = None
        self._is_new = False
        self._key_touched = False
        self._switching = False
        self._errors = FieldErrors()

        # --- the list of fields
        left = QWidget(self)
        self._tree = QTreeWidget(left)
        self._tree.setObjectName("customFieldsList")
        self._tree.setRootIsDecorated(False)
        self._tree.setUniformRowHeights(True)
        self._tree.setStyleSheet("QTreeWidget::item { padding: 3px 0px; }")
        self._tree.setHeaderLabels([self.tr("Field"), self.tr("Key"), self.tr("Type")])
        header = self._tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._tree.currentItemChanged.connect(self._current_changed)
        self._new_button = QPushButton(self.tr("New field"), left)
        self._new_button.setObjectName("customFieldNew")
        self._new_button.clicked.connect(self.start_new)
        self._up = QPushButton(self.tr("Up"), left)
        self._up.setObjectName("customFieldUp")
        self._up.clicked.connect(lambda: self.move_selected(-1))
        self._down = QPushButton(self.tr("Down"), left)
        self._down.setObjectName("customFieldDown")
        self._down.clicked.connect(lambda: self.move_selected(1))
        self._hide = QPushButton(self.tr("Hide"), left)
        self._hide.setObjectName("customFieldHide")
        self._hide.setToolTip(self.tr("Hidden fields keep their values but leave the forms."))
        self._hide.clicked.connect(self.toggle_hidden)
        self._show_hidden = QCheckBox(self.tr("Show hidden"), left)
        self._show_hidden.setObjectName("customFieldsShowHidden")
        self._show_hidden.toggled.connect(self._apply_visibility)
        buttons = QHBoxLayout()
        buttons.addWidget(self._new_button)
        buttons.addStretch(1)
        buttons.addWidget(self._up)
        buttons.addWidget(self._down)
        buttons.addWidget(self._hide)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._tree, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self._show_hidden)
        for widget in (self._new_button, self._up, self._down, self._hide):
            widget.setVisible(not read_only)

        # --- the chosen field
        self._form_box = QGroupBox(self.tr("Field"), self)
        self._label = QLineEdit(self._form_box)
        self._label.setObjectName("customFieldLabel")
        self._label.setMaxLength(200)
        self._label.textEdited.connect(self._label_edited)
        self._key = QLineEdit(self._form_box)
        self._key.setObjectName("customFieldKey")
        self._key.setMaxLength(KEY_LIMIT)
        self._key.setValidator(
            QRegularExpressionValidator(QRegularExpression("[a-z][a-z0-9_]*"), self._key)
        )
        self._key.textEdited.connect(self._key_edited)
        self._type = QComboBox(self._form_box)
        self._type.setObjectName("customFieldType")
        for field_type, text in self._type_names().items():
            self._type.addItem(text, field_type.value)
        self._type.currentIndexChanged.connect(self._type_changed)
        self._choices = ChoicesEditor(self._form_box)
        self._required = QCheckBox(self.tr("Required in the questionnaire"), self._form_box)
        self._required.setObjectName("customFieldRequired")
        self._required.setToolTip(
            self.tr("A questionnaire without this field filled in is not saved.")
        )
        self._fixed_note = hint_label(
            self.tr(
                "The key and the type cannot be changed after the field is created: "
                "stored values and contract templates depend on them."
            ),
            self._form_box,
        )
        self._choices_label = QLabel(self.tr("Values:"), self._form_box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            self.tr("Label:"), self._errors.field("label", self._label, "customField_label")
        )
        form.addRow(
            self.tr("Key:"),
            self._errors.field(
                "key",
                self._key,
                "customField_key",
                hint=hint_label(
                    self.tr("Contract templates refer to the field by this key."),
                    self._form_box,
                ),
            ),
        )
        form.addRow(self.tr("Type:"), self._type)
        form.addRow("", self._required)
        form.addRow("", self._fixed_note)
        self._choices_box = self._errors.field(
            "choices",
            self._choices,
            "customField_choices",
            hint=None
            if read_only
            else hint_label(
                self.tr(
                    "Renaming or removing a value does not change clients who already "
                    "have the old one."
                ),
                self._form_box,
            ),
        )
        form.addRow(self._choices_label, self._choices_box)
        self._save_button = QPushButton(self.tr("Save field"), self._form_box)
        self._save_button.setObjectName("customFieldSave")
        self._save_button.setToolTip(self.tr("Ctrl+S"))
        self._save_button.clicked.connect(self.save)
        self._cancel = QPushButton(self.tr("Cancel"), self._form_box)
        self._cancel.setObjectName("customFieldCancel")
        self._cancel.clicked.connect(self.discard)
        form_buttons = QHBoxLayout()
        form_buttons.addStretch(1)
        form_buttons.addWidget(self._cancel)
        form_buttons.addWidget(self._save_button)
        self._cancel.setVisible(not read_only)
        self._save_button.setVisible(not read_only)
        form_layout = QVBoxLayout(self._form_box)
        form_layout.addLayout(form)
        form_layout.addStretch(1)
        form_layout.addLayout(form_buttons)

        hint = (
            self.tr("Select a field to change it.")
            if read_only
            else self.tr("Select a field to change it, or add a new one.")
        )
        # Proportions: half and half to start with.
        self._sides = ListAndForm(self, left, self._form_box, hint, (500, 500))
        self.reload()

    def title(self) -> str:
        return self.tr("Custom fields")

    def _type_names(self) -> dict[CustomFieldType, str]:
        return {
            CustomFieldType.TEXT: self.tr("Text"),
            CustomFieldType.NUMBER: self.tr("Number"),
            CustomFieldType.DATE: self.tr("Date"),
            CustomFieldType.BOOLEAN: self.tr("Yes / no"),
            CustomFieldType.CHOICE: self.tr("Choice from a list"),
        }

    # --- the list ------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        if select_id is None and self._editing is not None:
            select_id = self._editing.id
        try:
            found = self._settings.custom_fields(include_hidden=True)
        except SalonError as error:
            self.report(error)
            return
        names = self._type_names()
        self._switching = True
        try:
            self._tree.clear()
            chosen: QTreeWidgetItem | None = None
            for field in found:
                item = QTreeWidgetItem(
                    self._tree, [field.label, field.key, names[field.field_type]]
                )
                item.setData(0, _ROW, field)
                if field.is_hidden:
                    grey = self.palette().color(QPalette.ColorRole.PlaceholderText)
                    for column in range(3):
                        item.setForeground(column, grey)
                        font = item.font(column)
                        font.setItalic(True)
                        item.setFont(column, font)
                    item.setToolTip(0, self.tr("Hidden: kept with its values, not on forms."))
                if field.id == select_id:
                    chosen = item
            if chosen is None:
                self._tree.setCurrentIndex(QModelIndex())
            else:
                self._tree.setCurrentItem(chosen)
        finally:
            self._switching = False
        self._apply_visibility()
        current = self.selected()
        if not self._is_new:
            self._show_field(current)

    def fields(self) -> list[CustomField]:
        """All fields in the order shown, hidden ones included."""
        return [self._row(self._item(i)) for i in range(self._tree.topLevelItemCount())]

    def selected(self) -> CustomField | None:
        item = self._tree.currentItem()
        return None if item is None else self._row(item)

    def select(self, label: str) -> None:
        for i in range(self._tree.topLevelItemCount()):
            item = self._item(i)
            if item.text(0) == label:
                self._tree.setCurrentItem(item)
                return

    def _item(self, index: int) -> QTreeWidgetItem:
        item = self._tree.topLevelItem(index)
        assert item is not None
        return item

    @staticmethod
    def _row(item: QTreeWidgetItem) -> CustomField:
        row = item.data(0, _ROW)
        assert isinstance(row, CustomField)
        return row

    def _apply_visibility(self) -> None:
        show_hidden = self._show_hidden.isChecked()
        for i in range(self._tree.topLevelItemCount()):
            item = self._item(i)
            item.setHidden(self._row(item).is_hidden and not show_hidden)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected() if not self._is_new else None
        for button in (self._up, self._down, self._hide):
            button.setEnabled(row is not None)
        self._hide.setText(self.tr("Show again") if row and row.is_hidden else self.tr("Hide"))

    def _current_changed(
        self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None
    ) -> None:
        if self._switching:
            return
        if not self.resolve_unsaved():
            self._switching = True
            if previous is None:
                self._tree.setCurrentIndex(QModelIndex())
            else:
                self._tree.setCurrentItem(previous)
            self._switching = False
            return
        self._is_new = False
        self._show_field(None if current is None else self._row(current))
        self._update_buttons()

    # --- the form ------------------------------------------------------------------------

    def _show_field(self, field: CustomField | None) -> None:
        self._errors.clear()
        self._editing = field
        if field is None and not self._is_new:
            self._sides.show_form(False)
            return
        self._sides.show_form(True)
        self._form_box.setTitle(self.tr("New field") if field is None else self.tr("Field"))
        self._label.setText(field.label if field else "")
        self._key.setText(field.key if field else "")
        field_type = field.field_type if field else CustomFieldType.TEXT
        self._type.setCurrentIndex(self._type.findData(field_type.value))
        self._choices.set_values(field.choices if field else ())
        self._required.setChecked(field.is_required if field else False)
        self._required.setEnabled(not self._read_only)
        self._key_touched = False
        fixed = field is not None
        self._key.setReadOnly(fixed or self._read_only)
        self._type.setEnabled(not fixed and not self._read_only)
        self._fixed_note.setText(
            self.tr(
                "The key and the type cannot be changed after the field is created: "
                "stored values and contract templates depend on them."
            )
            if fixed
            else self.tr(
                "Choose the key and the type with care: they cannot be changed once the "
                "field is saved."
            )
        )
        self._label.setReadOnly(self._read_only)
        self._choices.set_read_only(self._read_only)
        self._type_changed()

    def _type_changed(self) -> None:
        is_choice = self.field_type() is CustomFieldType.CHOICE
        self._choices_label.setVisible(is_choice)
        self._choices_box.setVisible(is_choice)

    def field_type(self) -> CustomFieldType:
        return CustomFieldType(str(self._type.currentData()))

    def _label_edited(self, text: str) -> None:
        if self._is_new and not self._key_touched:
            taken = {f.key for f in self.fields()}
            self._key.setText(suggest_key(text, taken) if tidy(text) else "")

    def _key_edited(self, text: str) -> None:
        self._key_touched = bool(text)

    def start_new(self) -> None:
        """Open an empty form for a new field (after asking about unsaved edits)."""
        if not self.resolve_unsaved():
            return
        self._switching = True
        self._tree.setCurrentIndex(QModelIndex())
        self._switching = False
        self._is_new = True
        self._show_field(None)
        self._update_buttons()
        self._label.setFocus()

    def set_label(self, text: str) -> None:
        """Type a label as a user would (the key follows until it is edited by hand)."""
        self._label.setText(text)
        self._label_edited(text)

    def is_dirty(self) -> bool:
        if self._read_only:
            return False
        if self._is_new:
            return bool(tidy(self._label.text()) or self._choices.values())
        field = self._editing
        if field is None:
            return False
        return (
            tidy(self._label.text()) != field.label
            or self._choices.values() != field.choices
            or self._required.isChecked() != field.is_required
        )

    def discard(self) -> None:
        self._is_new = False
        self._show_field(self.selected())
        self._update_buttons()

    def save(self) -> bool:
        if not self._is_new and self._editing is None:
            return True
        field = self._editing
        choices = self._choices.values() if self.field_type() is CustomFieldType.CHOICE else ()

        def store() -> CustomField:
            if field is None:
                return self._settings.save_custom_field(
                    key=self._key.text(),
                    label=self._label.text(),
                    field_type=self.field_type(),
                    choices=choices,
                    is_required=self._required.isChecked(),
                )
            return self._settings.save_custom_field(
                key=field.key,
                label=self._label.text(),
                field_type=field.field_type,
                choices=choices,
                is_hidden=field.is_hidden,
                is_required=self._required.isChecked(),
                field_id=field.id,
            )

        saved = self.attempt(self._errors, store)
        if saved is None:
            return False
        self._is_new = False
        self._editing = saved
        self.reload(select_id=saved.id)
        self.say(self.tr("The field “{label}” is saved.").format(label=saved.label))
        self.changed.emit()
        return True

    def error_text(self, field: str) -> str:
        label = self._errors.label(field)
        return "" if label.isHidden() else label.text()

    def choices_editor(self) -> ChoicesEditor:
        return self._choices

    # --- hiding and order ----------------------------------------------------------------

    def toggle_hidden(self) -> None:
        field = self.selected()
        if field is None or not self.resolve_unsaved():
            return
        try:
            self._settings.save_custom_field(
                key=field.key,
                label=field.label,
                field_type=field.field_type,
                choices=field.choices,
                is_hidden=not field.is_hidden,
                is_required=field.is_required,
                field_id=field.id,
            )
        except SalonError as error:
            self.report(error)
            return
        self.reload(select_id=field.id)
        if field.is_hidden:
            self.say(
                self.tr("The field “{label}” is on the forms again.").format(label=field.label)
            )
        else:
            self.say(
                self.tr(
                    "The field “{label}” is hidden: clients keep their values; "
                    "“Show hidden” brings it back."
                ).format(label=field.label)
            )
        self.changed.emit()

    def move_selected(self, step: int) -> None:
        current = self._tree.currentItem()
        if current is None or not self.resolve_unsaved():
            return
        row = self._tree.indexOfTopLevelItem(current)
        target = row + step
        while 0 <= target < self._tree.topLevelItemCount() and self._item(target).isHidden():
            target += step
        if not 0 <= target < self._tree.topLevelItemCount():
            return
        ids = [f.id for f in self.fields()]
        ids.insert(target, ids.pop(row))
        try:
            self._settings.reorder_custom_fields(ids)
        except SalonError as error:
            self.report(error)
            return
        self.reload(select_id=ids[target])
        self.changed.emit()
