"""The document preview: a stored two-page contract shown page by page, zoomed, printed
(to a PDF printer, the pages asked for) and saved byte for byte; the banner says whether
the file still matches the registry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from salon_crm.gui.documents.pdf_printing import printer_for
from salon_crm.gui.documents.pdf_saving import suggested_file_name
from salon_crm.gui.documents.pdf_viewer import PdfViewer
from salon_crm.gui.documents.pdf_viewer_dialog import PdfViewerDialog
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff
from tests.gui.contract_files import (
    make_document,
    new_client,
    page_count,
    show_active,
    two_page_template,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def contract(workspace: Workspace, staff: Staff) -> bytes:
    client = new_client(workspace, staff)
    stored = make_document(workspace, staff, client, two_page_template(workspace, staff))
    data, intact = workspace.documents(staff.admin).pdf(stored.id)
    assert intact and page_count(data) == 2
    return data


def _viewer(qtbot: QtBot, data: bytes) -> PdfViewer:
    viewer = PdfViewer(data, file_name="2026-0001 Contract.pdf")
    show_active(qtbot, viewer, 900, 700)
    viewer.view.setFocus()
    qtbot.waitUntil(lambda: viewer.document.status() == QPdfDocument.Status.Ready)
    return viewer


def _pdf_printer(document: QPdfDocument, path: Path) -> QPrinter:
    printer = printer_for(document)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_the_pages_are_counted_and_paged_through(qtbot: QtBot, contract: bytes) -> None:
    viewer = _viewer(qtbot, contract)
    assert viewer.page_count() == 2
    assert viewer.view.pageMode() == QPdfView.PageMode.MultiPage
    assert viewer.page_label.text() == "Page 1 of 2"
    assert not viewer.previous_action.isEnabled() and viewer.next_action.isEnabled()
    viewer.next_action.trigger()
    qtbot.waitUntil(lambda: viewer.page_label.text() == "Page 2 of 2")
    assert viewer.current_page() == 1
    assert viewer.previous_action.isEnabled() and not viewer.next_action.isEnabled()
    viewer.next_page()  # past the last page: stays there
    assert viewer.current_page() == 1
    viewer.previous_action.trigger()
    qtbot.waitUntil(lambda: viewer.current_page() == 0)
    assert viewer.page_label.text() == "Page 1 of 2"


def test_zoom_keys_zoom_and_fit_the_width_again(qtbot: QtBot, contract: bytes) -> None:
    viewer = _viewer(qtbot, contract)
    fitted = viewer.zoom()
    assert 0.5 < fitted < 3
    qtbot.keyClick(viewer.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert viewer.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert viewer.zoom() == pytest.approx(fitted * 1.25)
    qtbot.keyClick(viewer.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(viewer.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.zoom() == pytest.approx(fitted / 1.25)
    for _ in range(20):
        viewer.zoom_out()
    assert viewer.zoom() == pytest.approx(0.25)  # no smaller than a quarter
    qtbot.keyClick(viewer.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert viewer.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert viewer.zoom() == pytest.approx(fitted)


def test_printing_gives_every_page_or_the_range_asked(
    qtbot: QtBot, contract: bytes, tmp_path: Path
) -> None:
    viewer = _viewer(qtbot, contract)
    told: list[str] = []
    viewer.output.tell = told.append  # type: ignore[method-assign]
    printer = _pdf_printer(viewer.document, tmp_path / "all.pdf")
    viewer.output.choose_printer = lambda _document: printer  # type: ignore[method-assign]
    assert viewer.print_pages()
    assert page_count(tmp_path / "all.pdf") == 2
    assert "A4" in _page_size(tmp_path / "all.pdf")

    second = _pdf_printer(viewer.document, tmp_path / "second.pdf")
    second.setPrintRange(QPrinter.PrintRange.PageRange)
    second.setFromTo(2, 2)
    viewer.output.choose_printer = lambda _document: second  # type: ignore[method-assign]
    assert viewer.print_pages()
    assert page_count(tmp_path / "second.pdf") == 1

    viewer.output.choose_printer = lambda _document: None  # type: ignore[method-assign]
    assert not viewer.print_pages()  # cancelled: nothing said
    assert told == []


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_printer_that_cannot_start_is_reported(
    qtbot: QtBot, contract: bytes, tmp_path: Path
) -> None:
    viewer = _viewer(qtbot, contract)
    told: list[str] = []
    viewer.output.tell = told.append  # type: ignore[method-assign]
    broken = _pdf_printer(viewer.document, tmp_path / "no-such-folder" / "out.pdf")
    viewer.output.choose_printer = lambda _document: broken  # type: ignore[method-assign]
    assert not viewer.print_pages()
    assert told == ["The document could not be printed. Check the printer and retry."]


def _page_size(path: Path) -> str:
    import subprocess

    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return next(line for line in info.splitlines() if line.startswith("Page size:"))


def test_save_as_writes_the_exact_bytes(qtbot: QtBot, contract: bytes, tmp_path: Path) -> None:
    viewer = _viewer(qtbot, contract)
    told: list[str] = []
    viewer.output.tell = told.append  # type: ignore[method-assign]
    offered: list[str] = []

    def choose(name: str) -> Path:
        offered.append(name)
        return tmp_path / "copy"

    viewer.output.choose_save_path = choose  # type: ignore[method-assign]
    qtbot.keyClick(
        viewer.view,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert offered == ["2026-0001 Contract.pdf"]
    assert (tmp_path / "copy.pdf").read_bytes() == contract
    assert told == []


def test_a_folder_that_cannot_be_written_is_said_in_words(
    qtbot: QtBot, contract: bytes, tmp_path: Path
) -> None:
    viewer = _viewer(qtbot, contract)
    told: list[str] = []
    viewer.output.tell = told.append  # type: ignore[method-assign]
    target = tmp_path / "gone" / "contract.pdf"
    viewer.output.choose_save_path = lambda _name: target  # type: ignore[method-assign]
    assert not viewer.save_as()
    assert told == [f"The folder of {target} does not exist."]
    # The file is written, then cannot take the chosen name (a folder has it).
    out = tmp_path / "out"
    (out / "c.pdf").mkdir(parents=True)
    viewer.output.choose_save_path = lambda _name: out / "c.pdf"  # type: ignore[method-assign]
    assert not viewer.save_as()
    assert told[1] == f"The file could not be saved to {out / 'c.pdf'}."
    assert [p.name for p in out.iterdir()] == ["c.pdf"]  # no half file left beside it


def test_the_suggested_name_is_safe_on_every_system() -> None:
    assert suggested_file_name("2026-0001", "Contract title") == "2026-0001 Contract title.pdf"
    assert (
        suggested_file_name("2026-0002", 'Згода: "фото"/відео? <так>|ні*.')
        == "2026-0002 Згода_ _фото__відео_ _так__ні_.pdf"
    )
    assert suggested_file_name("", "Umowa. ") == "Umowa.pdf"
    assert suggested_file_name("", "") == "document.pdf"


@pytest.mark.parametrize(
    ("intact", "text"),
    [
        (True, "This is the document as it was saved: the file has not been changed."),
        (
            False,
            "This file has been changed since it was saved: it is not the document as it "
            "was made and signed.",
        ),
    ],
)
def test_the_dialog_says_whether_the_file_matches_the_registry(
    qtbot: QtBot, contract: bytes, intact: bool, text: str
) -> None:
    dialog = PdfViewerDialog(
        contract, title="2026-0001 · Contract", file_name="c.pdf", intact=intact
    )
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert dialog.objectName() == "pdfPreview"
    assert dialog.windowTitle() == "2026-0001 · Contract"
    assert dialog.banner.isVisible() and dialog.banner.text() == text
    assert dialog.viewer.objectName() == "pdfViewer"
    assert dialog.width() <= 1366 and dialog.height() <= 768


def test_a_draft_preview_has_no_banner(qtbot: QtBot, contract: bytes) -> None:
    dialog = PdfViewerDialog(contract, title="Draft", file_name="draft.pdf")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert not dialog.banner.isVisible()
    qtbot.waitUntil(lambda: dialog.viewer.page_count() == 2)


def test_a_file_that_is_not_a_pdf_says_so(qtbot: QtBot) -> None:
    viewer = _viewer_of_garbage(qtbot)
    assert viewer.page_label.text() == "The file cannot be shown: it is not a readable PDF."
    assert not viewer.print_action.isEnabled() and not viewer.next_action.isEnabled()


def _viewer_of_garbage(qtbot: QtBot) -> PdfViewer:
    viewer = PdfViewer(b"%PDF-1.7 but nothing else", file_name="x.pdf")
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: viewer.document.status() == QPdfDocument.Status.Error)
    return viewer
