"""The client's questionnaire or cosmetology record, printed in the user's language and
shown in the preview, from where it is printed or saved (it is stored nowhere)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from salon_crm.domain.common.errors import SalonError
from salon_crm.gui.common import i18n
from salon_crm.gui.common.error_messages import describe_error
from salon_crm.gui.common.window_modal import open_window_modal
from salon_crm.gui.documents.pdf_saving import suggested_file_name
from salon_crm.gui.documents.pdf_viewer_dialog import PdfViewerDialog
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace


class Printout(Enum):
    QUESTIONNAIRE = "questionnaire"
    RECORD = "record"


def printout_title(printout: Printout) -> str:
    if printout is Printout.QUESTIONNAIRE:
        return QCoreApplication.translate("Printout", "Questionnaire")
    return QCoreApplication.translate("Printout", "Cosmetology record")


def open_printout(
    parent: QWidget, workspace: Workspace, actor: Actor, client_id: int, printout: Printout
) -> PdfViewerDialog | None:
    """Render the printout and show it window-modal over `parent`; a refusal (no right to
    read health data) is said in a message instead. Returns the preview shown."""
    service = workspace.printouts(actor)
    make = (
        service.questionnaire if printout is Printout.QUESTIONNAIRE else service.cosmetology_record
    )
    title = printout_title(printout)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        data = make(client_id, language=i18n.current_language(), translate=_translate)
        number = workspace.clients(actor).card(client_id).data.number
    except SalonError as error:
        QGuiApplication.restoreOverrideCursor()
        refusal = QMessageBox(
            QMessageBox.Icon.Warning, title, describe_error(error)[0], parent=parent
        )
        refusal.setObjectName("printoutRefusal")
        refusal.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        refusal.open()
        return None
    QGuiApplication.restoreOverrideCursor()
    return open_window_modal(
        PdfViewerDialog(
            data, title=title, file_name=suggested_file_name(number, title), parent=parent
        )
    )


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
