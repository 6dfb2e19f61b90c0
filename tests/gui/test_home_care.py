"""The home-care panel: a product added, and its outcome written down later."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from salon_crm.gui.health.home_care_dialog import HomeCareDialog
from salon_crm.gui.health.home_care_panel import HomeCarePanel
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff
from tests.skin_records import new_client


def _dialog(qtbot: QtBot, panel: HomeCarePanel, button: str) -> HomeCareDialog:
    found = panel.findChild(QPushButton, button)
    assert isinstance(found, QPushButton)
    qtbot.mouseClick(found, Qt.MouseButton.LeftButton)
    (dialog,) = [d for d in panel.findChildren(HomeCareDialog) if d.isVisible()]
    return dialog


def _field(dialog: HomeCareDialog, kind: type, name: str):  # type: ignore[no-untyped-def]
    widget = dialog.findChild(kind, name)
    assert isinstance(widget, kind)
    return widget


def test_a_product_is_added_and_its_outcome_written_later(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client_id = new_client(workspace, staff.admin)
    panel = HomeCarePanel(workspace, staff.specialist, client_id)
    qtbot.addWidget(panel)
    panel.show()
    dialog = _dialog(qtbot, panel, "addHomeCareButton")
    assert not dialog.save()  # the product is required
    assert dialog.isVisible()
    assert _field(dialog, QLabel, "error_product").text() == "This field is required."
    qtbot.keyClicks(_field(dialog, QLineEdit, "productInput"), "Vitamin C serum")
    qtbot.keyClicks(_field(dialog, QPlainTextEdit, "usageInput"), "Mornings, 3 drops")
    with qtbot.waitSignal(panel.client_changed):
        assert dialog.save()
    assert panel.model.index(0, 1).data() == "Vitamin C serum"
    assert panel.model.index(0, 3).data() == ""

    dialog = _dialog(qtbot, panel, "editHomeCareButton")
    outcome = _field(dialog, QPlainTextEdit, "outcomeInput")
    assert dialog.windowTitle() == "How the product worked"
    qtbot.keyClicks(outcome, "Even tone")
    qtbot.keyClick(outcome, Qt.Key.Key_Return)
    qtbot.keyClicks(outcome, "no irritation")
    with qtbot.waitSignal(panel.client_changed):
        assert dialog.save()
    assert panel.model.index(0, 3).data() == "Even tone no irritation"
    (stored,) = workspace.home_care(staff.specialist).list(client_id)
    assert stored.data.outcome == "Even tone\nno irritation"
    assert stored.data.usage == "Mornings, 3 drops"


def test_the_administrator_sees_no_home_care(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client_id = new_client(workspace, staff.admin)
    panel = HomeCarePanel(workspace, staff.admin, client_id)
    qtbot.addWidget(panel)
    assert panel.findChild(QPushButton, "addHomeCareButton") is None
