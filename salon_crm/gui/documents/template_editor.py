"""Settings → Document templates: the salon's contracts and consents, their text with
placeholders picked from a list, their versions (an old one can be restored)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.dates import format_moment
from salon_crm.domain.common.errors import FieldError, SalonError, ValidationError
from salon_crm.domain.documents.placeholders import CUSTOM_PREFIX
from salon_crm.domain.documents.template_check import template_errors
from salon_crm.domain.documents.template_kinds import CONSENT_OF_KIND, TemplateKind
from salon_crm.gui.common.field_errors import Prompts, SettingsSection, hint_label
from salon_crm.gui.common.field_messages import field_message
from salon_crm.gui.common.form_parts import ERROR_STYLE
from salon_crm.gui.documents.markup_toolbar import MarkupToolbar
from salon_crm.gui.documents.new_template_dialog import NewTemplateDialog
from salon_crm.gui.documents.placeholder_picker import PlaceholderPicker
from salon_crm.gui.documents.template_highlighter import TemplateHighlighter
from salon_crm.services.documents.template_service import (
    MAX_CONSENT_MONTHS,
    TemplateRow,
    TemplateService,
    TemplateText,
)

_ROW = Qt.ItemDataRole.UserRole


class TemplateEditor(SettingsSection):
    """The templates on the left with the chosen one's versions; its text in the middle
    (the newest version editable, an older one shown read-only until restored); the
    placeholders on the right. Saving adds a version; a text naming a placeholder
    nobody knows is refused with the list of them, nothing saved."""

    def __init__(
        self,
        templates: TemplateService,
        prompts: Prompts,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(prompts, parent)
        self.setObjectName("templateEditor")
        self._service = templates
        self._read_only = read_only
        self._current: TemplateText | None = None  # the newest version of the chosen one
        self._shown: TemplateText | None = None  # the version in the editor
        self._custom_keys: frozenset[str] = frozenset()
        self._switching = False
        self._dialog: NewTemplateDialog | None = None
        self._rename_dialog: QInputDialog | None = None

        self._list = QListWidget(self)
        self._list.setObjectName("templateList")
        self._list.setWordWrap(True)
        self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._list.currentItemChanged.connect(self._template_chosen)
        self._new = QPushButton(self.tr("New…"), self)
        self._new.setObjectName("templateNew")
        self._new.clicked.connect(self.start_new)
        self._rename = QPushButton(self.tr("Rename…"), self)
        self._rename.setObjectName("templateRename")
        self._rename.clicked.connect(self.start_rename)
        self._activate = QPushButton(self.tr("Deactivate"), self)
        self._activate.setObjectName("templateActivate")
        self._activate.clicked.connect(self.toggle_active)
        self._versions = QListWidget(self)
        self._versions.setObjectName("templateVersions")
        self._versions.currentItemChanged.connect(self._version_chosen)
        self._restore = QPushButton(self.tr("Restore this version"), self)
        self._restore.setObjectName("templateRestore")
        self._restore.clicked.connect(self.restore_shown)
        for button in (self._new, self._rename, self._activate, self._restore):
            button.setVisible(not read_only)

        left = QWidget(self)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self._new)
        buttons.addWidget(self._rename)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._list, 3)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self._activate)
        left_layout.addWidget(QLabel(self.tr("Versions:"), left))
        left_layout.addWidget(self._versions, 2)
        left_layout.addWidget(self._restore)

        middle = QWidget(self)
        self._version_line = QLabel(middle)
        self._version_line.setObjectName("templateVersionLine")
        self._version_line.setWordWrap(True)
        self._text = QPlainTextEdit(middle)
        self._text.setObjectName("templateText")
        self._text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._highlighter = TemplateHighlighter(self._text.document(), self.palette())
        self._text.textChanged.connect(self._text_changed)
        self._toolbar = MarkupToolbar(self._text, middle)
        self._toolbar.setVisible(not read_only)
        self._problems = QLabel(middle)
        self._problems.setObjectName("templateProblems")
        self._problems.setWordWrap(True)
        self._problems.setStyleSheet(ERROR_STYLE)
        self._problems.hide()
        self._months = QSpinBox(middle)
        self._months.setObjectName("templateConsentMonths")
        self._months.setRange(0, MAX_CONSENT_MONTHS)
        self._months.setEnabled(not read_only)
        self._months_row = QWidget(middle)
        months_layout = QHBoxLayout(self._months_row)
        months_layout.setContentsMargins(0, 0, 0, 0)
        months_layout.addWidget(
            QLabel(self.tr("Consent holds for (months, 0 = until withdrawn):"), self._months_row)
        )
        months_layout.addWidget(self._months)
        months_layout.addStretch(1)
        self._revert = QPushButton(self.tr("Revert"), middle)
        self._revert.setObjectName("templateRevert")
        self._revert.clicked.connect(self.discard)
        self._save = QPushButton(self.tr("Save as a new version"), middle)
        self._save.setObjectName("templateSave")
        self._save.setToolTip(self.tr("Ctrl+S"))
        self._save.clicked.connect(self.save)
        self._months.valueChanged.connect(self._update_buttons)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self._revert)
        bottom.addWidget(self._save)
        for button in (self._revert, self._save):
            button.setVisible(not read_only)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self._version_line)
        middle_layout.addWidget(self._toolbar)
        middle_layout.addWidget(self._text, 1)
        middle_layout.addWidget(self._problems)
        middle_layout.addWidget(self._months_row)
        middle_layout.addLayout(bottom)

        right = QWidget(self)
        self._picker = PlaceholderPicker(right)
        self._picker.chosen.connect(self.insert_placeholder)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Placeholders:"), right))
        right_layout.addWidget(self._picker, 1)
        right_layout.addWidget(hint_label(self.tr("Enter or a double click inserts it."), right))
        right.setVisible(not read_only)

        splitter = QSplitter(self)
        splitter.setChildrenCollapsible(False)
        for part in (left, middle, right):
            splitter.addWidget(part)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 560, 240])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.reload()

    def title(self) -> str:
        return self.tr("Document templates")

    # --- the list ------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        if select_id is None and self._current is not None:
            select_id = self._current.template_id
        try:
            found = self._service.templates(include_inactive=True)
            placeholders = self._service.placeholders()
        except SalonError as error:
            self.report(error)
            return
        self._custom_keys = frozenset(
            p.name.removeprefix(CUSTOM_PREFIX)
            for p in placeholders
            if p.name.startswith(CUSTOM_PREFIX)
        )
        self._highlighter.set_known(frozenset(p.name for p in placeholders))
        self._picker.set_placeholders(placeholders)
        grey = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        self._switching = True
        try:
            self._list.clear()
            chosen: QListWidgetItem | None = None
            for row in found:
                version = self.tr("v.{version}").format(version=row.version)
                text = f"{row.name}\n{row.language} · {version}"
                if not row.is_active:
                    text += " · " + self.tr("inactive")
                item = QListWidgetItem(text, self._list)
                item.setData(_ROW, row)
                if not row.is_active:
                    item.setForeground(grey)
                if row.id == select_id or chosen is None:
                    chosen = item
            if chosen is not None:
                self._list.setCurrentItem(chosen)
        finally:
            self._switching = False
        self._show_template(self.selected())

    def templates(self) -> list[TemplateRow]:
        return [self._row(self._list.item(i)) for i in range(self._list.count())]

    def selected(self) -> TemplateRow | None:
        item = self._list.currentItem()
        return None if item is None else self._row(item)

    def select(self, template_id: int) -> None:
        for i in range(self._list.count()):
            if self._row(self._list.item(i)).id == template_id:
                self._list.setCurrentRow(i)
                return

    @staticmethod
    def _row(item: QListWidgetItem) -> TemplateRow:
        row = item.data(_ROW)
        assert isinstance(row, TemplateRow)
        return row

    def _template_chosen(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if self._switching:
            return
        if not self.resolve_unsaved():
            self._back_to(self._list, previous)
            return
        self._show_template(None if current is None else self._row(current))

    def _back_to(self, view: QListWidget, item: QListWidgetItem | None) -> None:
        """Stay on `item` (the user kept the unsaved edits): now, and once more after the
        click that moved away has finished selecting, so the highlight stays on it."""
        self._select_quietly(view, item)
        QTimer.singleShot(0, lambda: self._select_quietly(view, item))

    def _select_quietly(self, view: QListWidget, item: QListWidgetItem | None) -> None:
        self._switching = True
        if item is None:
            view.setCurrentRow(-1)
        else:
            view.setCurrentItem(item, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._switching = False

    def _show_template(self, row: TemplateRow | None) -> None:
        self._current = None
        if row is not None:
            try:
                self._current = self._service.current(row.id)
                versions = self._service.versions(row.id)
            except SalonError as error:
                self.report(error)
                return
        else:
            versions = []
        self._switching = True
        self._versions.clear()
        for version in versions:
            text = self.tr("v.{version}, {date}").format(
                version=version.version, date=format_moment(version.saved_at)
            )
            item = QListWidgetItem(text, self._versions)
            item.setData(_ROW, version.version_id)
        self._versions.setCurrentRow(0)
        self._switching = False
        consent = row is not None and row.kind in CONSENT_OF_KIND
        self._months_row.setVisible(consent)
        self._months.setValue((self._current.consent_valid_months or 0) if self._current else 0)
        self._activate.setEnabled(row is not None)
        self._rename.setEnabled(row is not None)
        if row is not None:
            self._activate.setText(self.tr("Deactivate") if row.is_active else self.tr("Activate"))
        self._show_text(self._current)

    # --- the text ------------------------------------------------------------------------

    def _show_text(self, text: TemplateText | None) -> None:
        self._shown = text
        old = (
            text is not None
            and self._current is not None
            and text.version_id != (self._current.version_id)
        )
        self._text.setPlainText("" if text is None else text.body)
        self._text.setReadOnly(self._read_only or old or text is None)
        self._toolbar.setEnabled(not old)
        self._picker.setEnabled(not old)
        self._restore.setEnabled(old)
        if text is None:
            self._version_line.setText("")
        else:
            line = self.tr("Version {version}, saved {date} by {name}").format(
                version=text.version,
                date=format_moment(text.saved_at),
                name=text.saved_by or self.tr("the program"),
            )
            if old:
                line += " " + self.tr("(an earlier version, read-only)")
            self._version_line.setText(line)
        self._update_buttons()

    def _version_chosen(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if self._switching or current is None:
            return
        if not self.resolve_unsaved():
            self._back_to(self._versions, previous)
            return
        try:
            self._show_text(self._service.version_text(int(current.data(_ROW))))
        except SalonError as error:
            self.report(error)

    def text_edit(self) -> QPlainTextEdit:
        return self._text

    def picker(self) -> PlaceholderPicker:
        return self._picker

    def toolbar(self) -> MarkupToolbar:
        return self._toolbar

    def versions_list(self) -> QListWidget:
        return self._versions

    def consent_months(self) -> QSpinBox | None:
        """The consent's term, when the chosen template is a consent."""
        return None if self._months_row.isHidden() else self._months

    def version_line(self) -> str:
        return self._version_line.text()

    def problems(self) -> str:
        return "" if self._problems.isHidden() else self._problems.text()

    def insert_placeholder(self, name: str) -> None:
        if self._text.isReadOnly():
            return
        self._text.insertPlainText(f"{{{{{name}}}}}")
        self._text.setFocus()

    def _errors(self) -> list[FieldError]:
        return template_errors(self._text.toPlainText(), custom_keys=self._custom_keys)

    def _text_changed(self) -> None:
        self._show_problems(self._errors())
        self._update_buttons()

    def _show_problems(self, errors: list[FieldError]) -> None:
        self._problems.setText("\n".join(field_message(e) for e in errors))
        self._problems.setVisible(bool(errors))

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        self._save.setEnabled(dirty)
        self._revert.setEnabled(dirty)

    def is_dirty(self) -> bool:
        if self._read_only or self._current is None or self._shown is not self._current:
            return False
        months = self._months.value() if not self._months_row.isHidden() else 0
        return self._text.toPlainText() != self._current.body or months != (
            self._current.consent_valid_months or 0
        )

    def discard(self) -> None:
        self._show_template(self.selected())

    def save(self) -> bool:
        if not self.is_dirty() or self._current is None:
            return True
        errors = self._errors()
        if errors:
            self._show_problems(errors)
            self.complain(self.tr("The template is not saved: correct the placeholders listed."))
            return False
        current = self._current
        months = self._months.value()
        try:
            saved = self._service.save(current.template_id, self._text.toPlainText())
            if not self._months_row.isHidden() and months != (current.consent_valid_months or 0):
                self._service.set_consent_validity(current.template_id, months)
        except ValidationError as error:
            self._show_problems(list(error.errors))
            self.report(error)
            return False
        except SalonError as error:
            self.report(error)
            return False
        self.reload(select_id=current.template_id)
        self.say(
            self.tr("“{name}” is saved as version {version}.").format(
                name=saved.name, version=saved.version
            )
        )
        self.changed.emit()
        return True

    def restore_shown(self) -> None:
        """Save the old version shown as the newest."""
        shown, current = self._shown, self._current
        if shown is None or current is None or shown is current:
            return
        self._show_text(current)
        self._text.setPlainText(shown.body)
        self.save()

    # --- new, rename, retire -------------------------------------------------------------

    def start_new(self) -> None:
        if not self.resolve_unsaved():
            return
        row = self.selected()
        kind = row.kind if row is not None else TemplateKind.SERVICE_CONTRACT
        dialog = NewTemplateDialog(kind, row.language if row else "en", self)
        dialog.accepted.connect(self._create)
        if self._dialog is not None:  # one kept at a time, for the slot and the tests
            self._dialog.deleteLater()
        self._dialog = dialog
        dialog.open()

    def new_dialog(self) -> NewTemplateDialog | None:
        return self._dialog

    def _create(self) -> None:
        dialog = self._dialog
        if dialog is None:
            return
        kind, language = dialog.kind(), dialog.language()
        row = self.selected()
        try:
            if row is not None and (row.kind, row.language) == (kind, language):
                body = self._service.current(row.id).body
            else:
                body = self._service.default_text(kind, language)
            made = self._service.create(kind, dialog.name(), language, body)
        except SalonError as error:
            self.report(error)
            return
        self.reload(select_id=made.template_id)
        self.say(self.tr("The template “{name}” is added.").format(name=made.name))
        self.changed.emit()

    def start_rename(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("templateRenameDialog")
        dialog.setWindowTitle(self.tr("Rename the template"))
        dialog.setLabelText(self.tr("Name:"))
        dialog.setTextValue(row.name)
        dialog.textValueSelected.connect(self.rename_selected)
        if self._rename_dialog is not None:
            self._rename_dialog.deleteLater()
        self._rename_dialog = dialog
        dialog.open()

    def rename_selected(self, name: str) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            renamed = self._service.rename(row.id, name)
        except SalonError as error:
            self.report(error)
            return
        self.reload(select_id=renamed.id)
        self.changed.emit()

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            self._service.set_active(row.id, not row.is_active)
        except SalonError as error:
            self.report(error)
            return
        self.reload(select_id=row.id)
        self.changed.emit()
