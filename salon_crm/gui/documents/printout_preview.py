"""The client's questionnaire or cosmetology record, printed in the user's language and
shown in the preview, from where it is printed or saved (it is stored nowhere)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from salon_crm.domain.common.errors import SalonError
from salon_crm.gui.common import i18n
from salon_crm.gui.common.background import report_failure, run_in_background
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
) -> None:
    """Render the printout off the GUI thread (a long record takes a second) and show it
    window-modal over `parent`; a refusal (no right to read health data) is said in a
    message instead."""
    service = workspace.printouts(actor)
    clients = workspace.clients(actor)
    make = (
        service.questionnaire if printout is Printout.QUESTIONNAIRE else service.cosmetology_record
    )
    language = i18n.current_language()
    title = printout_title(printout)

    def render() -> tuple[bytes, str]:
        data = make(client_id, language=language, translate=_translate)
        return data, clients.card(client_id).data.number

    def show(rendered: tuple[bytes, str]) -> None:
        data, number = rendered
        file_name = suggested_file_name(number, title)
        open_window_modal(PdfViewerDialog(data, title=title, file_name=file_name, parent=parent))

    def refused(error: Exception) -> None:
        if not isinstance(error, SalonError):
            report_failure(error)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, title, describe_error(error)[0], parent=parent)
        box.setObjectName("printoutRefusal")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    run_in_background(render, on_success=show, on_failure=refused, parent=parent)


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
