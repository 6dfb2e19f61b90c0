"""The printed questionnaire and cosmetology record of a fully filled client: what a
reader looks for is on the paper (names, the allergy, the lots, every procedure across
the pages), every font is embedded, the face chart is vectors with its marks where they
were put, and a role that may not read health data gets no record."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from salon_crm.db.models import AuditEntry
from salon_crm.domain.common.dates import format_day
from salon_crm.domain.common.enums import AuditAction
from salon_crm.domain.common.errors import PermissionDeniedError
from salon_crm.domain.documents.document_blocks import ChartFigure, FilledDocument, Letterhead
from salon_crm.domain.health.face_chart import FaceChart, InjectionPoint, Point, ProblemZone, View
from salon_crm.pdf.document_pdf import render_document
from salon_crm.pdf.face_chart_drawing import ART_HEIGHT, ART_WIDTH, VIEW_WIDTH, view_art
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff
from tests.printout_records import filled_client, lot_number, visit_day


def _poppler(tool: str, pdf: bytes, tmp_path: Path, *options: str) -> str:
    path = tmp_path / "printout.pdf"
    path.write_bytes(pdf)
    # pdftotext writes to a file unless told "-"; the others print what they find.
    output = ["-"] if tool == "pdftotext" else []
    done = subprocess.run([tool, *options, str(path), *output], capture_output=True, check=True)
    return done.stdout.decode()


def _pages(pdf: bytes, tmp_path: Path) -> int:
    info = _poppler("pdfinfo", pdf, tmp_path)
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)[1])  # type: ignore[index]


def _all_fonts_embedded(pdf: bytes, tmp_path: Path) -> bool:
    rows = _poppler("pdffonts", pdf, tmp_path).splitlines()[2:]
    # name type encoding emb sub uni object ID: "emb" is the fifth column from the right.
    return bool(rows) and all(row.split()[-5] == "yes" for row in rows)


def test_the_record_carries_the_allergy_the_lots_and_every_procedure_across_pages(
    workspace: Workspace, staff: Staff, tmp_path: Path
) -> None:
    client = filled_client(workspace, staff.owner, staff.specialist, procedures=200)
    pdf = workspace.printouts(staff.specialist).cosmetology_record(client, language="uk")
    text = _poppler("pdftotext", pdf, tmp_path)
    assert "Їжакова Ґанна Євгенівна" in text
    assert "Allergy: Lidocaine (набряк)" in text
    assert "Contraindications: Anticoagulants, aspirin" in text
    assert "Сухість шкіри, пігментація" in text  # the anamnesis
    assert "Зневоднена шкіра" in text  # an assessment
    assert "Крем La Roche-Posay Cicaplast" in text  # home care
    assert _pages(pdf, tmp_path) > 10
    for index in range(200):
        assert format_day(visit_day(index)) in text, index
    for index in range(400):
        assert lot_number(index) in text, index
    assert "2 500,00" in text  # the price, as Ukrainian writes money
    assert _all_fonts_embedded(pdf, tmp_path)
    # The face chart is drawn, not pasted: no picture in the file without a logo.
    assert _poppler("pdfimages", pdf, tmp_path, "-list").splitlines()[2:] == []


def test_the_procedures_header_repeats_on_every_page_of_the_table(
    workspace: Workspace, staff: Staff, tmp_path: Path
) -> None:
    client = filled_client(workspace, staff.owner, staff.specialist, procedures=40)
    pdf = workspace.printouts(staff.specialist).cosmetology_record(client, language="pl")
    pages = _poppler("pdftotext", pdf, tmp_path).split("\f")
    with_lots = [page for page in pages if "LOT-" in page]
    assert len(with_lots) >= 3
    assert all("Preparations: lot, expiry" in page for page in with_lots)
    # A row is never cut: each procedure's date and both of its lots are on one page.
    for index in range(40):
        day = format_day(visit_day(index))
        (page,) = [page for page in with_lots if day in page]
        assert lot_number(2 * index) in page and lot_number(2 * index + 1) in page


def test_a_role_without_the_health_permission_is_refused_the_record(
    workspace: Workspace, staff: Staff
) -> None:
    client = filled_client(workspace, staff.owner, staff.specialist, procedures=1)
    with pytest.raises(PermissionDeniedError):
        workspace.printouts(staff.admin).cosmetology_record(client, language="uk")
    # The questionnaire holds no health data: the receptionist prints it.
    assert workspace.printouts(staff.admin).questionnaire(client, language="uk").startswith(b"%PDF")


def test_printing_the_record_is_audited_as_a_reading_of_each_part(
    workspace: Workspace, staff: Staff
) -> None:
    client = filled_client(workspace, staff.owner, staff.specialist, procedures=2)
    workspace.printouts(staff.specialist).cosmetology_record(client, language="uk")
    with workspace.db.session(user_id=None) as session:
        read = set(
            session.scalars(
                select(AuditEntry.table_name).where(
                    AuditEntry.action == AuditAction.READ,
                    AuditEntry.client_id == client,
                    AuditEntry.user_id == staff.specialist.user_id,
                )
            )
        )
    assert {"anamneses", "skin_assessments", "procedures", "home_care"} <= read


def test_the_questionnaire_prints_every_section_with_its_values(
    workspace: Workspace, staff: Staff, tmp_path: Path
) -> None:
    client = filled_client(
        workspace,
        staff.owner,
        staff.specialist,
        last_name="Żółkiewska",
        first_name="Łucja",
        procedures=0,
    )
    translations = {("Printouts", "Client questionnaire"): "Ankieta klienta"}
    pdf = workspace.printouts(staff.admin).questionnaire(
        client,
        language="pl",
        translate=lambda context, text: translations.get((context, text), text),
    )
    text = _poppler("pdftotext", pdf, tmp_path)
    assert "Ankieta klienta" in text
    assert "Żółkiewska Łucja Євгенівна" in text
    for value in (
        "24.05.1990",
        "hanna@example.com",
        "Viber",
        "вул. Ґонти, 5",
        "КВ",
        "123456",
        "Шевченківським РУ ГУ ДМС у м. Києві",
        "01.06.2008",
        "Мета візитів",
        "ліфтинг і зволоження",
        "Любить зелений чай",
    ):
        assert value in text, value
    # Each consent with the day it was given.
    given = [line for line in text.splitlines() if "given on" in line]
    assert len(given) == 2
    assert _all_fonts_embedded(pdf, tmp_path)
    assert "Аспірин" not in text  # no health data in the questionnaire


@pytest.mark.parametrize("view", list(View))
def test_every_view_of_the_chart_art_is_read_as_paths(view: View) -> None:
    assert len(view_art(view)) > 10


def test_the_face_chart_marks_are_drawn_where_they_were_stored(tmp_path: Path) -> None:
    chart = FaceChart(
        (
            InjectionPoint(View.FRONT, Point(0.3, 0.6)),
            ProblemZone(View.FRONT, Point(0.8, 0.2)),
        )
    )
    document = FilledDocument(
        title="",
        blocks=(ChartFigure(chart, ((View.FRONT, ""),)),),
        letterhead=Letterhead(""),
        page_label="",
    )
    pdf = render_document(document)
    assert _poppler("pdfimages", pdf, tmp_path, "-list").splitlines()[2:] == []
    words = _poppler("pdftotext", pdf, tmp_path, "-bbox").splitlines()
    centres = {}
    for line in words:
        found = re.search(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(\d)<', line
        )
        if found:
            x0, y0, x1, y1 = (float(found[i]) for i in range(1, 5))
            centres[found[5]] = ((x0 + x1) / 2, (y0 + y1) / 2)
    (x1, y1), (x2, y2) = centres["1"], centres["2"]
    height = VIEW_WIDTH * ART_HEIGHT / ART_WIDTH
    # From mark 1 to mark 2: half the drawing's width right, 0.4 of its height up.
    assert x2 - x1 == pytest.approx(0.5 * VIEW_WIDTH, abs=1.0)
    assert y1 - y2 == pytest.approx(0.4 * height, abs=1.0)
