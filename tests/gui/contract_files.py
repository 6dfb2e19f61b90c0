"""Real documents for the viewer and registry tests: the salon's service contract, made
longer by the owner so that it runs over two pages, filled for a client and stored."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from salon_crm.services.clients.client_types import ClientInput, PhoneData
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.documents.document_service import DocumentRequest, StoredDocument
from tests.conftest import Staff

EXTRA_CLAUSES = "\n\n".join(
    f"{n}. The Contractor explains the course of procedure {n}, its risks and the care "
    "after it, and answers the Client's questions before it begins."
    for n in range(1, 9)
)


def new_client(workspace: Workspace, staff: Staff, last_name: str = "Ковальчук") -> int:
    client = ClientInput(first_name="Ганна", last_name=last_name, phones=(PhoneData("0671234567"),))
    return workspace.clients(staff.admin).create(client).id


def two_page_template(workspace: Workspace, staff: Staff) -> int:
    """The service contract with clauses added (its version 2)."""
    templates = workspace.templates(staff.owner)
    contract = templates.templates()[0].id
    templates.save(contract, templates.current(contract).body + "\n\n## Extra\n\n" + EXTRA_CLAUSES)
    return contract


def make_document(
    workspace: Workspace, staff: Staff, client_id: int, template_id: int, *, signed: bool = False
) -> StoredDocument:
    request = DocumentRequest(client_id, template_id, blank_missing=True, signed_on_paper=signed)
    return workspace.documents(staff.admin).make(request)


def page_count(pdf: Path | bytes) -> int:
    args = ["pdfinfo", str(pdf) if isinstance(pdf, Path) else "-"]
    data = pdf if isinstance(pdf, bytes) else None
    done = subprocess.run(args, input=data, capture_output=True, check=True)
    line = next(x for x in done.stdout.decode().splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def show_active(qtbot: QtBot, widget: QWidget, width: int, height: int) -> None:
    """Shown as its own active window, so its keyboard shortcuts work."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    with qtbot.waitExposed(widget):
        widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
