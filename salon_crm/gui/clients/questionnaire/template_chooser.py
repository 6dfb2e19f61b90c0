"""Which template a new client's questionnaire starts from (Ctrl+N)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.errors import SalonError
from salon_crm.gui.common.background import report_failure
from salon_crm.services.clients.client_types import ClientInput
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.settings.card_templates import CardTemplateData, start_from

_ROW = Qt.ItemDataRole.UserRole


class TemplateChooser(QDialog):
    """The salon's templates and "Blank questionnaire"; the default template (or the
    first) is selected, so Enter takes it; a double click takes the one clicked.
    `chosen()` is the template, None for the blank questionnaire."""

    def __init__(self, templates: list[CardTemplateData], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateChooser")
        self.setWindowTitle(self.tr("New client"))
        self._list = QListWidget(self)
        self._list.setObjectName("templateChoices")
        for template in templates:
            QListWidgetItem(template.name, self._list).setData(_ROW, template)
        QListWidgetItem(self.tr("Blank questionnaire"), self._list).setData(_ROW, None)
        default = next((i for i, t in enumerate(templates) if t.is_default), 0)
        self._list.setCurrentRow(default)
        self._list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        caption = QLabel(self.tr("Start the questionnaire from:"), self)
        caption.setBuddy(self._list)
        layout.addWidget(caption)
        layout.addWidget(self._list)
        layout.addWidget(buttons)

    def choices(self) -> QListWidget:
        return self._list

    def chosen(self) -> CardTemplateData | None:
        item = self._list.currentItem()
        value = item.data(_ROW) if item is not None else None
        return value if isinstance(value, CardTemplateData) else None


def choose_start(
    workspace: Workspace, actor: Actor, typed: ClientInput | None, parent: QWidget
) -> ClientInput | None:
    """A new client's starting input: from the only template, or the one picked when
    there are several, over what was `typed`; `typed` (or blank) without templates;
    None when the user cancelled the choice."""
    try:
        templates = workspace.card_templates(actor).templates()
    except SalonError as error:
        report_failure(error)  # the questionnaire can still start blank
        templates = []
    if not templates:
        return typed or ClientInput()
    if len(templates) == 1:
        return start_from(templates[0], typed)
    chooser = TemplateChooser(templates, parent)
    try:
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return None
        template = chooser.chosen()
    finally:
        chooser.deleteLater()
    return start_from(template, typed) if template is not None else typed or ClientInput()
