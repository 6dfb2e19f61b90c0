"""Filling one of the salon's uploaded PDF forms for a client and keeping it on the card:
the dialog names the mapped values the client's record lacks (they print blank).

Signals (FormFillDialog):
    saved(int): the id of the document stored.
    client_changed(int): the client whose card now has one more document.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.errors import SalonError
from salon_crm.domain.documents.form_field_names import short_name
from salon_crm.domain.documents.placeholders import PLACEHOLDERS_CONTEXT
from salon_crm.gui.common.error_messages import describe_error
from salon_crm.gui.common.window_modal import open_window_modal
from salon_crm.gui.documents.pdf_form_problems import describe_refusal
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace


class FormFillDialog(QDialog):
    saved = Signal(int)
    client_changed = Signal(int)

    def __init__(
        self, workspace: Workspace, actor: Actor, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("formFillDialog")
        self.setWindowTitle(self.tr("Fill a PDF form"))
        self.setMinimumWidth(520)
        self._forms = workspace.forms(actor)
        self._client_id = client_id
        self._labels = {p.name: p.label for p in workspace.templates(actor).placeholders()}

        self._select = QComboBox(self)
        self._select.setObjectName("formSelect")
        self._select.setMinimumContentsLength(30)
        self._empty_caption = QLabel(self.tr("Empty in the client's record (printed blank):"))
        self._empty = QListWidget(self)
        self._empty.setObjectName("formEmptyValues")
        self._empty.setMaximumHeight(160)
        self._message = QLabel(self)
        self._message.setObjectName("formFillMessage")
        self._message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self._save = QPushButton(self.tr("Save to the card"), self)
        self._save.setObjectName("saveFormButton")
        self._save.setDefault(True)
        buttons.addButton(self._save, QDialogButtonBox.ButtonRole.AcceptRole)
        self._save.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Form:"), self._select)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._empty_caption)
        layout.addWidget(self._empty)
        layout.addWidget(self._message)
        layout.addWidget(buttons)

        try:
            rows = self._forms.forms()
        except SalonError as error:
            rows = []
            self._say(describe_error(error)[0])
        for row in rows:
            self._select.addItem(row.name, row.id)
        if not rows:
            self._say(
                self.tr("The salon has no PDF forms yet: the owner uploads them in Settings.")
            )
        self._save.setEnabled(bool(rows))
        self._select.currentIndexChanged.connect(self._form_changed)
        self._form_changed()

    def form_id(self) -> int | None:
        data = self._select.currentData()
        return int(data) if data is not None else None

    def empty_values(self) -> list[str]:
        return [self._empty.item(i).text() for i in range(self._empty.count())]

    def _say(self, text: str) -> None:
        self._message.setText(text)

    def _form_changed(self) -> None:
        self._empty.clear()
        form_id = self.form_id()
        if form_id is None:
            return
        try:
            empty = self._forms.empty_values(self._client_id, form_id)
        except SalonError as error:
            self._say(describe_refusal(error))
            return
        for mapped in empty:
            label = self._labels.get(mapped.placeholder or "", mapped.placeholder or "")
            text = self.tr("{placeholder} (field {field})").format(
                placeholder=QCoreApplication.translate(PLACEHOLDERS_CONTEXT, label),
                field=short_name(mapped.name),
            )
            self._empty.addItem(text)
        self._empty_caption.setVisible(bool(empty))
        self._empty.setVisible(bool(empty))

    def save(self) -> None:
        form_id = self.form_id()
        if form_id is None:
            return
        try:
            stored = self._forms.fill(self._client_id, form_id)
        except SalonError as error:
            self._say(describe_refusal(error))
            return
        self.saved.emit(stored.id)
        self.client_changed.emit(self._client_id)
        self.accept()


def open_form_fill_dialog(
    parent: QWidget, workspace: Workspace, actor: Actor, client_id: int
) -> FormFillDialog:
    """The dialog over `parent`, window-modal; the caller connects its signals."""
    return open_window_modal(FormFillDialog(workspace, actor, client_id, parent))
