"""Settings → PDF forms: the salon's uploaded fillable PDFs, each with the placeholder
every field takes (set once here, guessed from the field names at upload)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.errors import SalonError
from salon_crm.domain.documents.placeholders import Placeholder
from salon_crm.gui.common.error_messages import describe_error
from salon_crm.gui.common.field_errors import FieldErrors, Prompts, SettingsSection, hint_label
from salon_crm.gui.common.list_and_form import ListAndForm
from salon_crm.gui.documents.field_map_table import FieldMapTable
from salon_crm.gui.documents.pdf_form_problems import describe_form_problem, describe_refusal
from salon_crm.pdf.pdf_forms import PdfFormError
from salon_crm.services.documents.form_service import FormRow, FormService
from salon_crm.services.documents.template_service import TemplateService

_ROW = Qt.ItemDataRole.UserRole


class FormsSection(SettingsSection):
    """The forms on the left, the chosen one's name and field mapping on the right."""

    def __init__(
        self,
        forms: FormService,
        templates: TemplateService,
        prompts: Prompts,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(prompts, parent)
        self.setObjectName("pdfFormsEditor")
        self._forms = forms
        self._templates = templates
        self._read_only = read_only
        self._stored_mapping: dict[str, str] = {}
        self._switching = False
        self._errors = FieldErrors()

        left = QWidget(self)
        self._list = QListWidget(left)
        self._list.setObjectName("pdfFormsList")
        self._list.currentItemChanged.connect(self._current_changed)
        self._upload_button = QPushButton(self.tr("Upload…"), left)
        self._upload_button.setObjectName("pdfFormUpload")
        self._upload_button.clicked.connect(self.choose_file)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(
            hint_label(
                self.tr(
                    "A fillable PDF (a bank's or an office's form) is filled for a client "
                    "from the card. Say once which data goes into each field."
                ),
                left,
            )
        )
        left_layout.addWidget(self._list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self._upload_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        self._box = QGroupBox(self.tr("Form"), self)
        self._build_form()
        hint = self.tr("Upload a fillable PDF or select a form.")
        self._sides = ListAndForm(self, left, self._box, hint, (300, 700))
        for widget in (self._upload_button, self._rename, self._active, self._save_button):
            widget.setVisible(not read_only)
        self._name.setReadOnly(read_only)
        self._table.set_read_only(read_only)
        self.reload()

    def _build_form(self) -> None:
        box = self._box
        self._name = QLineEdit(box)
        self._name.setObjectName("pdfFormName")
        self._name.setMaxLength(200)
        self._name.setAccessibleName(self.tr("Name"))
        self._rename = QPushButton(self.tr("Rename"), box)
        self._rename.setObjectName("pdfFormRename")
        self._rename.clicked.connect(self.rename)
        self._active = QPushButton(self.tr("Deactivate"), box)
        self._active.setObjectName("pdfFormActive")
        self._active.clicked.connect(self.toggle_active)
        name_row = QHBoxLayout()
        name_row.addWidget(self._errors.field("name", self._name, "pdfForm_name"), 1)
        name_row.addWidget(self._rename, 0, Qt.AlignmentFlag.AlignTop)
        name_row.addWidget(self._active, 0, Qt.AlignmentFlag.AlignTop)
        self._table = FieldMapTable(box)
        self._save_button = QPushButton(self.tr("Save mapping"), box)
        self._save_button.setObjectName("pdfFormSaveMapping")
        self._save_button.setToolTip(self.tr("Ctrl+S"))
        self._save_button.clicked.connect(self.save)
        save_row = QHBoxLayout()
        save_row.addWidget(
            hint_label(self.tr("A field left empty is printed blank, to fill in by hand."), box), 1
        )
        save_row.addWidget(self._save_button)
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(name_row)
        box_layout.addWidget(self._table, 1)
        box_layout.addLayout(save_row)

    def title(self) -> str:
        return self.tr("PDF forms")

    # --- the list ------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        current = self.selected()
        if select_id is None and current is not None:
            select_id = current.id
        try:
            found = self._forms.forms(include_inactive=True)
            self._placeholders: list[Placeholder] = self._templates.placeholders()
        except SalonError as error:
            self.report(error)
            return
        self._switching = True
        try:
            self._list.clear()
            chosen: QListWidgetItem | None = None
            for form in found:
                text = form.name if form.is_active else self.tr("{name} (inactive)")
                item = QListWidgetItem(text.format(name=form.name), self._list)
                item.setData(_ROW, form)
                if form.id == select_id:
                    chosen = item
            if chosen is None:
                self._list.setCurrentRow(-1)
            else:
                self._list.setCurrentItem(chosen)
        finally:
            self._switching = False
        self._show(self.selected())

    def selected(self) -> FormRow | None:
        item = self._list.currentItem()
        row = None if item is None else item.data(_ROW)
        return row if isinstance(row, FormRow) else None

    def select(self, name: str) -> None:
        for index in range(self._list.count()):
            row = self._list.item(index).data(_ROW)
            if isinstance(row, FormRow) and row.name == name:
                self._list.setCurrentRow(index)
                return

    def table(self) -> FieldMapTable:
        return self._table

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
        self._show(self.selected())

    def _show(self, form: FormRow | None) -> None:
        self._errors.clear()
        if form is None:
            self._stored_mapping = {}
            self._table.setRowCount(0)
            self._sides.show_form(False)
            return
        try:
            fields = self._forms.fields(form.id)
        except PdfFormError as error:
            self.complain(describe_form_problem(error))
            fields = []
        except SalonError as error:
            self.report(error)
            return
        self._sides.show_form(True)
        self._name.setText(form.name)
        self._active.setText(self.tr("Deactivate") if form.is_active else self.tr("Activate"))
        self._table.set_fields(fields, self._placeholders)
        self._stored_mapping = self._table.mapping()

    # --- changes -------------------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask for a PDF (non-modal; the chosen file is uploaded)."""
        chooser = QFileDialog(
            self, self.tr("Upload a fillable PDF"), QDir.homePath(), self.tr("PDF forms (*.pdf)")
        )
        chooser.setObjectName("pdfFormFileDialog")
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(self._file_chosen)
        chooser.open()

    def _file_chosen(self, name: str) -> None:
        self.upload_file(Path(name))

    def upload_file(self, path: Path) -> FormRow | None:
        """Upload the PDF at `path`, named after the file; None when it was refused."""
        if not self.resolve_unsaved():
            return None
        try:
            data = path.read_bytes()
        except OSError as error:
            self.complain(self.tr("The file cannot be read: {reason}").format(reason=error))
            return None
        try:
            row = self._forms.upload(path.stem, data)
        except SalonError as error:
            self.complain(describe_refusal(error))
            return None
        self.reload(select_id=row.id)
        self.say(
            self.tr(
                "The form “{name}” is uploaded: {mapped} of {count} fields are matched."
            ).format(name=row.name, mapped=row.mapped_count, count=row.field_count)
        )
        self.changed.emit()
        return row

    def is_dirty(self) -> bool:
        return (
            not self._read_only
            and self.selected() is not None
            and (self._table.mapping() != self._stored_mapping)
        )

    def discard(self) -> None:
        self._show(self.selected())

    def save(self) -> bool:
        form = self.selected()
        if form is None or self._read_only:
            return True
        try:
            self._forms.set_mapping(form.id, self._table.mapping())
        except SalonError as error:
            self.complain(describe_error(error)[0])
            return False
        self.reload(select_id=form.id)
        self.say(self.tr("The mapping of “{name}” is saved.").format(name=form.name))
        self.changed.emit()
        return True

    def rename(self) -> None:
        form = self.selected()
        if form is None:
            return
        saved = self.attempt(self._errors, lambda: self._forms.rename(form.id, self._name.text()))
        if saved is not None:
            self._reload_keeping_mapping(saved.id)
            self.say(self.tr("The form is renamed “{name}”.").format(name=saved.name))
            self.changed.emit()

    def toggle_active(self) -> None:
        form = self.selected()
        if form is None:
            return
        saved = self.attempt(
            self._errors, lambda: self._forms.set_active(form.id, not form.is_active)
        )
        if saved is not None:
            self._reload_keeping_mapping(saved.id)
            self.changed.emit()

    def _reload_keeping_mapping(self, form_id: int) -> None:
        """Reload the list, keeping the mapping being edited (renaming is no reason to
        lose it)."""
        edited = self._table.mapping()
        self.reload(select_id=form_id)
        for row in range(self._table.rowCount()):
            combo = self._table.combo(row)
            wanted = edited.get(self._table.field_name(row), "")
            combo.setCurrentIndex(max(combo.findData(wanted), 0))
