"""The cosmetologist's screens for `make screenshots`: the card of a client with a health
record (banner, Cosmetology and Procedures tabs), the anamnesis, a skin assessment with
its face chart, a procedure and its contraindication warning, the lot recall."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QListWidget, QTabWidget, QWidget

from salon_crm.domain.health.contraindications import Reason, Severity
from salon_crm.domain.health.face_chart import FaceChart
from salon_crm.gui.common.face_chart import FaceChartView
from salon_crm.gui.health.anamnesis_dialog import AnamnesisDialog
from salon_crm.gui.health.assessment_dialog import AssessmentDialog
from salon_crm.gui.procedures.contraindication_dialog import ContraindicationDialog
from salon_crm.gui.procedures.lot_recall_dialog import LotRecallDialog
from salon_crm.gui.procedures.procedure_dialog import ProcedureDialog
from salon_crm.gui.shell.main_window import MainWindow
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.procedures.procedure_types import ContraindicationCheck, RefusedLot

Save = Callable[[QWidget, Path], None]
Fit = Callable[[QWidget, tuple[int, int]], None]


def record_client(workspace: Workspace, actor: Actor) -> int:
    """A demo client with allergies, procedures and assessments: the richest card."""
    clients, procedures = workspace.clients(actor), workspace.procedures(actor)
    best, most = 0, -1
    for client_id in range(1, 400):
        card = clients.card(client_id)
        if not (card.has_allergies and card.has_contraindications):
            continue
        visits = len(procedures.visits(client_id))
        if visits > most:
            best, most = client_id, visits
    return best


def _pages(dialog: QWidget, out: Path, name: str, save: Save) -> None:
    pages = dialog.findChild(QTabWidget) or dialog.findChild(QListWidget)
    count = pages.count() if pages is not None else 1
    for index in range(count):
        if isinstance(pages, QTabWidget):
            pages.setCurrentIndex(index)
        elif isinstance(pages, QListWidget):
            pages.setCurrentRow(index)
        QTest.qWait(100)
        save(dialog, out / f"{name}-{index + 1}.png")


def shoot(
    window: MainWindow, workspace: Workspace, actor: Actor, size: tuple[int, int], out: Path,
    *, save: Save, fit: Fit,
) -> None:  # fmt: skip
    client_id = record_client(workspace, actor)
    window.open_client(client_id)
    card_view = window.card_view
    assert card_view is not None
    tabs = card_view.findChild(QTabWidget, "cardTabs")
    assert tabs is not None
    for name in ("cosmetologyTab", "proceduresTab"):
        page = tabs.findChild(QWidget, name)
        if page is not None:
            tabs.setCurrentWidget(page)
            QTest.qWait(300)
            save(window, out / f"6-card-{name.removesuffix('Tab')}.png")

    card = workspace.clients(actor).card(client_id)
    current = workspace.health(actor).current(client_id)
    anamnesis = AnamnesisDialog(workspace, actor, client_id, card.full_name, start=current)
    anamnesis.show()
    fit(anamnesis, size)
    _pages(anamnesis, out, "7-anamnesis", save)
    anamnesis.done(0)

    stored = workspace.assessments(actor).list(client_id)
    assessment = AssessmentDialog(
        workspace, actor, client_id, assessment=stored[0] if stored else None
    )
    assessment.show()
    fit(assessment, size)
    chart = assessment.findChild(FaceChartView)
    procedures = workspace.procedures(actor)
    for visit in procedures.visits(client_id):
        detail = procedures.detail(visit.id)
        if chart is not None and detail.face_chart:
            chart.set_chart(FaceChart.from_json(detail.face_chart))
            break
    _pages(assessment, out, "8-assessment", save)
    assessment.done(0)

    procedure = ProcedureDialog(workspace, actor, card)
    procedure.show()
    fit(procedure, size)
    procedure.choose_procedure(workspace.catalogue(actor).find_procedure_type("filler_ha").id)
    _pages(procedure, out, "9-procedure", save)
    procedure.done(0)

    check = ContraindicationCheck(
        reasons=(
            Reason(Severity.BLOCK, condition="pregnancy"),
            Reason(Severity.BLOCK, substance="lidocaine", product="Juvéderm Volbella"),
            Reason(Severity.WARN, condition="anticoagulants"),
        ),
        refused_lots=(RefusedLot("Belotero Balance", "BB240117", date(2026, 1, 31), None),),
    )
    warning = ContraindicationDialog(check)
    warning.show()
    fit(warning, size)
    QTest.qWait(100)
    save(warning, out / "10-contraindications.png")
    warning.done(0)

    recall = LotRecallDialog(workspace, actor)
    recall.show()
    fit(recall, size)
    QTest.qWait(100)
    save(recall, out / "11-lot-recall.png")
    recall.done(0)
