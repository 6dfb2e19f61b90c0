"""The question a new document template starts with: its kind, name and language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from salon_crm.domain.documents.template_kinds import TEMPLATE_LANGUAGES, TemplateKind
from salon_crm.gui.common.i18n import LANGUAGE_NAMES
from salon_crm.gui.documents.template_kind_labels import kind_labels


class NewTemplateDialog(QDialog):
    def __init__(self, kind: TemplateKind, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newTemplateDialog")
        self.setWindowTitle(self.tr("New document template"))
        self._kind = QComboBox(self)
        self._kind.setObjectName("newTemplateKind")
        for value, label in kind_labels().items():
            self._kind.addItem(label, value.value)
        self._kind.setCurrentIndex(max(self._kind.findData(kind.value), 0))
        self._name = QLineEdit(self)
        self._name.setObjectName("newTemplateName")
        self._name.setMaxLength(200)
        self._language = QComboBox(self)
        self._language.setObjectName("newTemplateLanguage")
        for code in TEMPLATE_LANGUAGES:
            self._language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self._language.setCurrentIndex(max(self._language.findData(language), 0))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Kind:"), self._kind)
        form.addRow(self.tr("Name:"), self._name)
        form.addRow(self.tr("Language:"), self._language)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def kind(self) -> TemplateKind:
        return TemplateKind(str(self._kind.currentData()))

    def name(self) -> str:
        return self._name.text()

    def language(self) -> str:
        return str(self._language.currentData())

    def fill(self, *, kind: TemplateKind, name: str, language: str) -> None:
        """Answer the questions as a user would (for tests)."""
        self._kind.setCurrentIndex(self._kind.findData(kind.value))
        self._name.setText(name)
        self._language.setCurrentIndex(self._language.findData(language))
