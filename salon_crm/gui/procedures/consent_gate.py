"""Health data is written only while the client consents to its processing: before a
procedure is recorded without that consent, the user is told why and offered the
questionnaire's consents to record it."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QListWidget, QMessageBox, QWidget

from salon_crm.domain.common.enums import ConsentPurpose
from salon_crm.domain.common.errors import ConsentRequiredError
from salon_crm.gui.clients.questionnaire.questionnaire_dialog import QuestionnaireDialog, Section
from salon_crm.gui.common.error_messages import describe_error
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace


class ConsentGate(QObject):
    """Asks (`ask`) and opens the questionnaire on its consents (`exec_dialog`); tests
    replace both on the instance."""

    def __init__(self, workspace: Workspace, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._actor = actor

    def ask(self, parent: QWidget) -> bool:
        """Whether the user wants to record the consent now."""
        box = QMessageBox(parent)
        box.setObjectName("consentRequiredQuestion")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Consent needed"))
        box.setText(describe_error(ConsentRequiredError(ConsentPurpose.HEALTH_DATA.value, 0))[0])
        record = box.addButton(self.tr("Open the questionnaire"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(record)
        box.exec()
        chosen = box.clickedButton() is record
        box.deleteLater()
        return chosen

    def exec_dialog(self, dialog: QDialog) -> int:
        return dialog.exec()

    def offer(self, client_id: int, parent: QWidget) -> bool:
        """Say why, and open the questionnaire if the user wants to; True when the
        client's consent is active afterwards."""
        if not self.ask(parent):
            return False
        dialog = QuestionnaireDialog(
            self._workspace, self._actor, client_id=client_id, parent=parent
        )
        dialog.ready.connect(lambda: _show_consents(dialog))
        try:
            saved = self.exec_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if not saved:
            return False
        return self._workspace.health(self._actor).consent_given(client_id)


def _show_consents(dialog: QuestionnaireDialog) -> None:
    sections = dialog.findChild(QListWidget, "sectionList")
    if sections is not None:
        sections.setCurrentRow(Section.CONSENTS)
