"""The signature pad: what is drawn on it with the mouse, a pen or a finger is kept as
strokes in the pad's 0..1 coordinates, and lands as vectors at the PDF's signature place."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from salon_crm.domain.documents.document_blocks import (
    FilledDocument,
    Letterhead,
    SignaturePlace,
    Signer,
)
from salon_crm.gui.documents.signature_pad import SignaturePad
from salon_crm.gui.documents.signatures_panel import SignaturesPanel
from salon_crm.pdf.document_pdf import render_document
from salon_crm.pdf.signature_box import SIGNATURE_ASPECT, SIGNATURE_HEIGHT, SIGNATURE_WIDTH

Fraction = tuple[float, float]


@pytest.fixture
def pad(qtbot: QtBot) -> SignaturePad:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(390, pad.heightForWidth(390))
    pad.show()
    qtbot.waitExposed(pad)
    return pad


def _at(pad: SignaturePad, point: Fraction) -> QPoint:
    area = pad.drawing_area()
    return QPoint(
        round(area.left() + point[0] * area.width()), round(area.top() + point[1] * area.height())
    )


def _draw(qtbot: QtBot, pad: SignaturePad, points: list[Fraction]) -> None:
    left = Qt.MouseButton.LeftButton
    qtbot.mousePress(pad, left, pos=_at(pad, points[0]))
    for point in points[1:]:
        qtbot.mouseMove(pad, _at(pad, point))
    qtbot.mouseRelease(pad, left, pos=_at(pad, points[-1]))


ZIGZAG = [(0.1, 0.2), (0.3, 0.8), (0.5, 0.2), (0.7, 0.8), (0.9, 0.5)]


def test_mouse_strokes_are_kept_where_they_were_drawn(qtbot: QtBot, pad: SignaturePad) -> None:
    with qtbot.waitSignal(pad.changed):
        _draw(qtbot, pad, ZIGZAG)
    (stroke,) = pad.strokes()
    assert len(stroke.points) == len(ZIGZAG)
    tolerance = 1.5 / pad.drawing_area().height()
    for (x, y), (expected_x, expected_y) in zip(stroke.points, ZIGZAG, strict=True):
        assert abs(x - expected_x) <= tolerance and abs(y - expected_y) <= tolerance
    assert not pad.is_empty()


def test_a_pen_slipping_off_the_pad_draws_along_its_edge(qtbot: QtBot, pad: SignaturePad) -> None:
    _draw(qtbot, pad, [(0.5, 0.5), (1.3, 1.4), (-0.2, -0.1)])
    (stroke,) = pad.strokes()
    assert stroke.points[1:] == ((1.0, 1.0), (0.0, 0.0))


def test_jitter_under_a_pixel_is_dropped_and_a_dot_is_kept(qtbot: QtBot, pad: SignaturePad) -> None:
    start = QPointF(_at(pad, (0.4, 0.4)))
    _pen(pad, QEvent.Type.TabletPress, start)
    _pen(pad, QEvent.Type.TabletMove, start + QPointF(0.4, 0.3))  # the hand's tremor
    _pen(pad, QEvent.Type.TabletRelease, start + QPointF(0.4, 0.3))
    (dot,) = pad.strokes()
    assert len(dot.points) == 1
    _pen(pad, QEvent.Type.TabletPress, start)
    _pen(pad, QEvent.Type.TabletMove, start + QPointF(0.6, 0.6))
    _pen(pad, QEvent.Type.TabletMove, start + QPointF(2, 0))
    _pen(pad, QEvent.Type.TabletRelease, start + QPointF(2, 0))
    assert [len(stroke.points) for stroke in pad.strokes()] == [1, 2]


def test_undo_takes_back_the_last_stroke(qtbot: QtBot, pad: SignaturePad) -> None:
    _draw(qtbot, pad, ZIGZAG)
    _draw(qtbot, pad, [(0.2, 0.9), (0.8, 0.9)])
    first = pad.strokes()[0]
    with qtbot.waitSignal(pad.changed):
        pad.undo()
    assert pad.strokes() == (first,)
    # Ctrl+Z on the focused pad does the same.
    _draw(qtbot, pad, [(0.2, 0.9), (0.8, 0.9)])
    assert pad.hasFocus()
    QTest.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pad.strokes() == (first,)


def test_clear_empties_the_pad(qtbot: QtBot, pad: SignaturePad) -> None:
    _draw(qtbot, pad, ZIGZAG)
    with qtbot.waitSignal(pad.changed):
        pad.clear()
    assert pad.is_empty() and pad.strokes() == ()


def test_a_pen_draws_like_the_mouse(qtbot: QtBot, pad: SignaturePad) -> None:
    with qtbot.waitSignal(pad.changed):
        _pen(pad, QEvent.Type.TabletPress, QPointF(_at(pad, (0.2, 0.3))))
        _pen(pad, QEvent.Type.TabletMove, QPointF(_at(pad, (0.6, 0.7))))
        _pen(pad, QEvent.Type.TabletRelease, QPointF(_at(pad, (0.6, 0.7))))
    (stroke,) = pad.strokes()
    assert len(stroke.points) == 2
    assert abs(stroke.points[1][0] - 0.6) < 0.01 and abs(stroke.points[1][1] - 0.7) < 0.02


def _pen(pad: SignaturePad, kind: QEvent.Type, position: QPointF) -> None:
    """A stylus event at a widget position (a pen reports fractions of a pixel)."""
    pen = QPointingDevice.primaryPointingDevice()
    left = Qt.MouseButton.LeftButton
    event = QTabletEvent(
        kind, pen, position, QPointF(pad.mapToGlobal(position)), 0.5, 0, 0, 0, 0, 0,
        Qt.KeyboardModifier.NoModifier, left, left,
    )  # fmt: skip
    QApplication.sendEvent(pad, event)


def test_a_finger_draws_like_the_mouse(qtbot: QtBot, pad: SignaturePad) -> None:
    screen = QTest.createTouchDevice()
    QTest.touchEvent(pad, screen).press(0, _at(pad, (0.1, 0.5)), pad)
    QTest.touchEvent(pad, screen).move(0, _at(pad, (0.5, 0.2)), pad)
    QTest.touchEvent(pad, screen).move(0, _at(pad, (0.9, 0.5)), pad)
    with qtbot.waitSignal(pad.changed):
        QTest.touchEvent(pad, screen).release(0, _at(pad, (0.9, 0.5)), pad)
    (stroke,) = pad.strokes()
    assert len(stroke.points) == 3
    assert abs(stroke.points[1][0] - 0.5) < 0.01


def test_the_drawing_area_has_the_pdf_box_proportions(pad: SignaturePad) -> None:
    assert pytest.approx(3) == SIGNATURE_ASPECT
    assert pad.hasHeightForWidth()
    for width, height in [(390, pad.heightForWidth(390)), (600, 400), (300, 80)]:
        pad.resize(width, height)
        area = pad.drawing_area()
        assert area.width() / area.height() == pytest.approx(SIGNATURE_ASPECT)
        assert area.left() >= 0 and area.right() <= width and area.bottom() < height
    hint = pad.sizeHint()
    assert hint.height() == pad.heightForWidth(hint.width()) < hint.width() / 2


def test_the_panel_gives_the_signatures_of_those_who_signed(qtbot: QtBot) -> None:
    panel = SignaturesPanel()
    qtbot.addWidget(panel)
    panel.set_names({Signer.CLIENT: "Ґаврилюк Євгенія", Signer.EMPLOYEE: "Żaneta Ćwikła"})
    panel.show()
    qtbot.waitExposed(panel)
    client, employee = panel.pad(Signer.CLIENT), panel.pad(Signer.EMPLOYEE)
    assert panel.objectName() == "signaturesPanel"
    assert client.objectName() == employee.objectName() == "signaturePad"
    assert client.accessibleName() != employee.accessibleName()
    assert panel.signatures() == {}
    with qtbot.waitSignal(panel.changed):
        _draw(qtbot, client, ZIGZAG)
    assert panel.signatures() == {Signer.CLIENT: client.strokes()}
    _draw(qtbot, employee, [(0.1, 0.9), (0.9, 0.1)])
    assert set(panel.signatures()) == {Signer.CLIENT, Signer.EMPLOYEE}
    clear = panel.findChild(QPushButton, "clientSignatureClear")
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert set(panel.signatures()) == {Signer.EMPLOYEE}
    assert not clear.isEnabled()


def test_the_signature_drawn_lands_as_vectors_in_the_pdf_signature_place(
    qtbot: QtBot, pad: SignaturePad, tmp_path: Path
) -> None:
    _draw(qtbot, pad, ZIGZAG)
    place = SignaturePlace(Signer.CLIENT, "Łucja Żółkiewska")
    doc = FilledDocument(
        title="Umowa",
        blocks=(place,),
        letterhead=Letterhead("Salon"),
        signatures={Signer.CLIENT: pad.strokes()},
    )
    pdf = tmp_path / "signed.pdf"
    pdf.write_bytes(render_document(doc))
    reader = PdfReader(pdf)
    operations = ContentStream(reader.pages[0].get_contents(), reader).operations
    line_y, drawn = _signature_box(operations)
    # Smooth: a curve through each sample between the first and the last, not a polyline.
    assert sum(operator == b"c" for _, operator in drawn) == len(ZIGZAG) - 2
    points = [
        (float(operands[-2]), float(operands[-1]))  # type: ignore[arg-type]
        for operands, operator in drawn
        if operator in (b"m", b"c", b"l")
    ]
    # In the box above the line, the stroke starts and ends where it was drawn on the pad.
    for x, y in points:
        assert 0 <= x <= SIGNATURE_WIDTH and line_y <= y <= line_y + SIGNATURE_HEIGHT
    for (x, y), (pad_x, pad_y) in [(points[0], ZIGZAG[0]), (points[-1], ZIGZAG[-1])]:
        assert x == pytest.approx(pad_x * SIGNATURE_WIDTH, abs=1)
        assert y == pytest.approx(line_y + (1 - pad_y) * SIGNATURE_HEIGHT, abs=1)


Operations = list[tuple[list[object], bytes]]


def _signature_box(operations: Operations) -> tuple[float, Operations]:
    """The height of the line signed on (the path from x 0 to the box's width) and what is
    drawn after it in the box (up to the restored graphics state)."""
    for index, ((start, move), (end, line)) in enumerate(pairwise(operations)):
        if (move, line) == (b"m", b"l") and (float(start[0]), float(end[0])) == pytest.approx(  # type: ignore[arg-type]
            (0, SIGNATURE_WIDTH)
        ):
            rest = operations[index + 2 :]
            box = rest[: [operator for _, operator in rest].index(b"Q")]
            return float(start[1]), box  # type: ignore[arg-type]
    raise AssertionError("no signature line")
