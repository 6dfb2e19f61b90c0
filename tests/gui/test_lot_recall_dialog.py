"""The lot recall dialog: reached from the menu by those who read health data, its product
and lot choices, and the owner marking the lot recalled from it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QMenu, QPushButton
from pytestqt.qtbot import QtBot

from salon_crm.gui.common.lot_recall_mark import RecallMark
from salon_crm.gui.procedures.lot_recall_dialog import LotRecallDialog
from salon_crm.gui.shell.main_window import MainWindow
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff
from tests.unit.procedure_setup import add_product

LATER = date.today() + timedelta(days=300)
shown = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _product_with_lots(workspace: Workspace, owner: Actor) -> int:
    product_id = add_product(workspace, owner, "Botox 100 U", "botulinum_toxin", manufacturer="X")
    catalogue = workspace.catalogue(owner)
    catalogue.add_lot(product_id, lot_number="B-1", expires_on=LATER)
    catalogue.add_lot(product_id, lot_number="B-2", expires_on=LATER)
    return product_id


def _dialog(qtbot: QtBot, workspace: Workspace, actor: Actor) -> LotRecallDialog:
    dialog = LotRecallDialog(workspace, actor)
    qtbot.addWidget(dialog)
    return dialog


def _mark_button(dialog: LotRecallDialog) -> QPushButton:
    button = dialog.findChild(QPushButton, "recallMarkLotButton")
    assert button is not None
    return button


def test_the_lots_offered_are_the_chosen_products(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    product_id = _product_with_lots(workspace, staff.owner)
    add_product(workspace, staff.owner, "Emla cream 5%", "lidocaine")
    dialog = _dialog(qtbot, workspace, staff.specialist)
    dialog.choose(product_id=product_id, lot_number="B-2")
    product, lot = dialog.current_product(), dialog.current_lot()
    assert product is not None and product.name == "Botox 100 U"
    assert lot is not None and lot.lot_number == "B-2"
    dialog.choose(product_id=product_id)  # any lot of the product
    assert dialog.current_lot() is None


def test_the_owner_marks_the_chosen_lot_recalled_from_the_dialog(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    product_id = _product_with_lots(workspace, staff.owner)
    dialog = _dialog(qtbot, workspace, staff.owner)
    dialog.choose(product_id=product_id, lot_number="B-1")
    assert _mark_button(dialog).isEnabled()
    dialog.ask_recall = lambda product, lot_number: None  # type: ignore[method-assign]
    assert not dialog.mark_recalled()  # the owner thought better of it
    today = date.today()
    dialog.ask_recall = lambda product, lot_number: RecallMark(today, "notice")  # type: ignore[method-assign]
    assert dialog.mark_recalled()
    stored = workspace.catalogue(staff.owner).product(product_id)
    lots = {lot.lot_number: lot for lot in stored.lots}
    assert lots["B-1"].recalled_on == today and not lots["B-2"].recalled
    lot = dialog.current_lot()
    assert lot is not None and lot.lot_number == "B-1" and lot.recalled
    assert not _mark_button(dialog).isEnabled()  # marked once is enough


def test_a_specialist_searches_but_does_not_mark(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    _product_with_lots(workspace, staff.owner)
    dialog = _dialog(qtbot, workspace, staff.specialist)
    assert not _mark_button(dialog).isVisibleTo(dialog)


def _menu(window: MainWindow, name: str) -> QMenu | None:
    return next(
        (
            menu
            for entry in window.menuBar().actions()
            if isinstance(menu := entry.menu(), QMenu) and menu.objectName() == name
        ),
        None,
    )


@shown
def test_the_procedures_menu_opens_the_dialog_for_those_reading_health_data(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    window = MainWindow(workspace, staff.specialist)
    qtbot.addWidget(window)
    menu = _menu(window, "proceduresMenu")
    assert menu is not None
    action = next(a for a in menu.actions() if a.objectName() == "lotRecallAction")
    assert action.shortcut().toString() == "Ctrl+Shift+T" and action.text()
    dialog = window.open_lot_recall()
    assert isinstance(dialog, LotRecallDialog) and dialog.objectName() == "lotRecallDialog"
    dialog.close()

    admin = MainWindow(workspace, staff.admin)
    qtbot.addWidget(admin)
    assert _menu(admin, "proceduresMenu") is None
    assert admin.open_lot_recall() is None
