"""The skin assessments panel: a new assessment filled in and saved from the keyboard,
refusals that keep what was typed, the history chart's data and painting, the table."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from salon_crm.domain.health.skin import SkinType
from salon_crm.gui.common.field_errors import UnsavedChoice
from salon_crm.gui.common.row_table_model import RowRole
from salon_crm.gui.health.assessment_dialog import AssessmentDialog
from salon_crm.gui.health.assessments_panel import AssessmentsPanel
from salon_crm.gui.health.scale_chart import ScaleChart
from salon_crm.gui.health.skin_inputs import OptionalCombo
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.health.assessment_service import AssessmentService
from salon_crm.services.health.assessment_types import AssessmentInput, scale_history
from tests.conftest import Staff
from tests.skin_records import new_client

TODAY = date.today()


def _panel(qtbot: QtBot, workspace: Workspace, staff: Staff, client_id: int) -> AssessmentsPanel:
    panel = AssessmentsPanel(workspace, staff.specialist, client_id)
    qtbot.addWidget(panel)
    panel.resize(1200, 420)
    panel.show()
    return panel


def _open_new(qtbot: QtBot, panel: AssessmentsPanel) -> AssessmentDialog:
    button = panel.findChild(QPushButton, "newAssessmentButton")
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # The one just opened (a closed one is deleted only later).
    (dialog,) = [d for d in panel.findChildren(AssessmentDialog) if d.isVisible()]
    assert dialog.objectName() == "assessmentDialog"
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _combo(dialog: AssessmentDialog, name: str) -> OptionalCombo:
    combo = dialog.findChild(OptionalCombo, name)
    assert isinstance(combo, OptionalCombo)
    return combo


def _click(qtbot: QtBot, dialog: AssessmentDialog, name: str) -> None:
    button = dialog.findChild(QPushButton, name)
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_assessment_is_filled_in_and_saved_with_ctrl_s(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client_id = new_client(workspace, staff.admin)
    panel = _panel(qtbot, workspace, staff, client_id)
    dialog = _open_new(qtbot, panel)
    fitzpatrick = _combo(dialog, "fitzpatrickInput")
    assert fitzpatrick.itemText(0) == "not assessed"
    assert [fitzpatrick.itemText(i) for i in range(1, 7)] == ["I", "II", "III", "IV", "V", "VI"]
    assert "tans gradually" in fitzpatrick.itemData(3, Qt.ItemDataRole.ToolTipRole)
    fitzpatrick.setCurrentIndex(3)
    assert "tans gradually" in fitzpatrick.toolTip()
    _combo(dialog, "glogauInput").setCurrentIndex(2)
    _combo(dialog, "acne_gradeInput").setCurrentIndex(3)  # not assessed, 0, 1, 2
    _combo(dialog, "skinTypeInput").set_value(SkinType.OILY)
    for letter in "OSNT":
        _click(qtbot, dialog, f"baumann{letter}")
    _click(qtbot, dialog, "baumannD")  # changing one's mind within a pair
    description = dialog.findChild(QPlainTextEdit, "descriptionInput")
    assert isinstance(description, QPlainTextEdit)
    qtbot.keyClicks(description, "Comedones on the chin")

    with qtbot.waitSignal(panel.client_changed) as changed:
        qtbot.keyClick(description, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert changed.args == [client_id]
    assert not dialog.isVisible()

    (stored,) = workspace.assessments(staff.specialist).list(client_id)
    assert stored.data.fitzpatrick == 3
    assert stored.data.glogau == 2
    assert stored.data.acne_grade == 2
    assert stored.data.skin_type is SkinType.OILY
    assert stored.data.baumann == "DSNT"
    assert stored.data.description == "Comedones on the chin"
    assert stored.data.turgor is None  # left "not assessed"
    shown = panel.model.index(0, 2).data()
    assert "Fitzpatrick III" in shown
    assert "Acne 2" in shown
    assert panel.history.chart.scales() == ("fitzpatrick", "glogau", "acne_grade")


def test_an_incomplete_baumann_type_is_said_and_nothing_is_lost(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client_id = new_client(workspace, staff.admin)
    panel = _panel(qtbot, workspace, staff, client_id)
    dialog = _open_new(qtbot, panel)
    _click(qtbot, dialog, "baumannO")
    _combo(dialog, "turgorInput").setCurrentIndex(4)
    assert not dialog.save()
    error = dialog.findChild(QLabel, "error_baumann")
    assert isinstance(error, QLabel)
    assert error.isVisible()
    assert "one letter of each pair" in error.text()
    assert dialog.isVisible()
    assert _combo(dialog, "turgorInput").value() == 4
    assert workspace.assessments(staff.specialist).list(client_id) == []


def test_escape_asks_about_unsaved_edits(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    client_id = new_client(workspace, staff.admin)
    panel = _panel(qtbot, workspace, staff, client_id)
    dialog = _open_new(qtbot, panel)
    asked: list[str] = []

    def answer(choice: UnsavedChoice) -> None:
        def unsaved(_parent: object, section: str) -> UnsavedChoice:
            asked.append(section)
            return choice

        dialog.prompts.unsaved_changes = unsaved  # type: ignore[method-assign]

    answer(UnsavedChoice.CANCEL)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == []  # nothing typed: nothing asked
    assert not dialog.isVisible()

    dialog = _open_new(qtbot, panel)
    _combo(dialog, "sensitivityInput").setCurrentIndex(2)
    answer(UnsavedChoice.CANCEL)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["New skin assessment"]
    assert dialog.isVisible()
    answer(UnsavedChoice.SAVE)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert workspace.assessments(staff.specialist).list(client_id)[0].data.sensitivity == 1


def test_without_the_consent_the_panel_says_why_before_anything_is_typed(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client_id = new_client(workspace, staff.admin, consent=False)
    panel = _panel(qtbot, workspace, staff, client_id)
    button = panel.findChild(QPushButton, "newAssessmentButton")
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert panel.findChild(AssessmentDialog) is None
    notice = panel.findChild(QLabel, "error_healthNotice")
    assert isinstance(notice, QLabel)
    assert notice.isVisible()
    assert "consented to the processing of health data" in notice.text()


def test_the_administrator_sees_no_assessments(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client_id = new_client(workspace, staff.admin)
    workspace.assessments(staff.specialist).record(client_id, AssessmentInput(fitzpatrick=2))
    panel = AssessmentsPanel(workspace, staff.admin, client_id)
    qtbot.addWidget(panel)
    assert panel.findChild(QPushButton, "newAssessmentButton") is None
    closed = panel.findChild(QLabel, "healthClosed")
    assert isinstance(closed, QLabel)
    assert "only by specialists and the owner" in closed.text()


def test_an_earlier_assessment_opens_to_read_only(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client_id = new_client(workspace, staff.admin)
    yesterday = datetime.now(UTC) - timedelta(days=1)
    AssessmentService(workspace.db, staff.specialist, clock=lambda: yesterday).record(
        client_id, AssessmentInput(assessed_on=TODAY - timedelta(days=1), glogau=3)
    )
    panel = _panel(qtbot, workspace, staff, client_id)
    panel.open_selected()
    dialog = panel.findChild(AssessmentDialog)
    assert isinstance(dialog, AssessmentDialog)
    assert dialog.read_only
    assert _combo(dialog, "glogauInput").value() == 3
    assert not _combo(dialog, "glogauInput").isEnabled()
    save = dialog.findChild(QPushButton, "saveButton")
    assert isinstance(save, QPushButton)
    assert not save.isVisible()
    # Its face chart can still be looked at, every view of it, but not drawn on.
    from PySide6.QtWidgets import QTabWidget

    from salon_crm.gui.common.face_chart import FaceChartView

    pages = dialog.findChild(QTabWidget, "assessmentPages")
    chart = dialog.findChild(FaceChartView, "faceChart")
    assert isinstance(pages, QTabWidget) and chart is not None
    assert pages.isEnabled() and chart.isEnabled()
    assert chart.is_read_only()


def _three_visits(workspace: Workspace, staff: Staff, client_id: int) -> None:
    service = workspace.assessments(staff.specialist)
    for ago, acne, turgor in ((90, 3, 2), (30, 2, 2), (0, 0, 2)):
        service.record(
            client_id,
            AssessmentInput(
                assessed_on=TODAY - timedelta(days=ago), acne_grade=acne, turgor=turgor
            ),
        )


def test_the_chart_draws_the_scales_that_moved_in_date_order(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client_id = new_client(workspace, staff.admin)
    _three_visits(workspace, staff, client_id)
    panel = _panel(qtbot, workspace, staff, client_id)
    chart = panel.history.chart
    assert chart.scales() == ("acne_grade",)  # turgor did not move
    chart.resize(560, 260)
    (line,) = chart.lines()
    assert [p.value for p in line.series.points] == [3, 2, 0]
    xs = [where.x() for where in line.positions]
    ys = [where.y() for where in line.positions]
    assert xs == sorted(xs) and xs[0] < xs[1] < xs[2]
    assert (xs[2] - xs[1]) / (xs[1] - xs[0]) == 0.5  # a month after two months
    assert ys[0] < ys[1] < ys[2]  # higher values higher up
    plot = chart.plot_rect()
    assert all(plot.contains(where) for where in line.positions)

    panel.history.choose(["acne_grade", "turgor", "glogau"])
    assert [line.scale for line in chart.lines()] == ["turgor", "acne_grade"]  # glogau: none
    found = chart.point_at(line.positions[1] + QPointF(2, 2))
    assert found is not None
    assert ScaleChart.point_text(*found).endswith("Acne grade: 2 — papules, a few pustules")
    image = chart.grab().toImage()
    assert not image.isNull()
    assert len({image.pixel(x, y) for x in range(0, 560, 7) for y in range(0, 260, 7)}) > 3


def test_the_chart_says_when_there_is_nothing_to_draw(qtbot: QtBot) -> None:
    chart = ScaleChart()
    qtbot.addWidget(chart)
    chart.resize(560, 260)
    assert chart.empty_text() == "No skin assessments yet."
    assert not chart.grab().isNull()


def test_the_history_table_reads_the_same_values(
    qtbot: QtBot, qtmodeltester: object, workspace: Workspace, staff: Staff
) -> None:
    client_id = new_client(workspace, staff.admin)
    _three_visits(workspace, staff, client_id)
    panel = _panel(qtbot, workspace, staff, client_id)
    model = panel.history.table.model()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    rows = {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, 4)]
        for r in range(model.rowCount())
    }
    assert rows == {"Turgor": ["2", "2", "2"], "Acne grade": ["3", "2", "0"]}
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "reduced"
    assert model.headerData(3, Qt.Orientation.Horizontal) == TODAY.strftime("%d.%m.%Y")
    newest = panel.model.index(0, 0).data(RowRole)
    history = scale_history(workspace.assessments(staff.specialist).list(client_id))
    assert newest.id == history.visits[-1].assessment_id


def test_the_history_table_fits_its_columns_when_it_is_looked_at(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client_id = new_client(workspace, staff.admin)
    _three_visits(workspace, staff, client_id)
    panel = _panel(qtbot, workspace, staff, client_id)
    table = panel.history.table
    panel.history.setCurrentWidget(table)
    qtbot.waitExposed(table)
    header = table.horizontalHeader()
    assert header.count() == 4  # the scale and three visits
    for column in range(header.count()):
        fitted = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert table.columnWidth(column) == fitted


def test_problem_zones_marked_on_the_face_chart_are_saved_with_the_assessment(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    from PySide6.QtWidgets import QLineEdit, QTabWidget, QToolButton

    from salon_crm.domain.health.face_chart import FaceChart, Point, ProblemZone
    from salon_crm.gui.common.face_chart import FaceChartView
    from salon_crm.gui.common.face_chart.chart_canvas import ChartCanvas

    client_id = new_client(workspace, staff.admin)
    dialog = _open_new(qtbot, _panel(qtbot, workspace, staff, client_id))
    pages = dialog.findChild(QTabWidget, "assessmentPages")
    assert isinstance(pages, QTabWidget)
    pages.setCurrentIndex(1)
    chart = dialog.findChild(FaceChartView, "faceChart")
    canvas = dialog.findChild(ChartCanvas, "faceChartCanvas")
    tool = dialog.findChild(QToolButton, "toolZone")
    assert chart is not None and canvas is not None and tool is not None
    qtbot.mouseClick(tool, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        canvas, Qt.MouseButton.LeftButton, pos=canvas.widget_point(Point(0.35, 0.62)).toPoint()
    )
    note = dialog.findChild(QLineEdit, "markerNote")
    assert isinstance(note, QLineEdit)
    qtbot.keyClicks(note, "Post-acne")
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert dialog.has_changes()

    with qtbot.waitSignal(dialog.saved):
        assert dialog.save()
    (stored,) = workspace.assessments(staff.specialist).list(client_id)
    (zone,) = FaceChart.from_json(stored.data.face_chart).markers
    assert isinstance(zone, ProblemZone)
    assert zone.note == "Post-acne"
