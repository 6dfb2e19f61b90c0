"""The owner's Procedures and Products pages of the settings, on a real database: rules
saved through the service and read back, products and lots added, a lot recalled."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from salon_crm.domain.common.money import Money
from salon_crm.gui.common.lot_recall_mark import RecallMark
from salon_crm.gui.common.row_table_model import RowTableModel
from salon_crm.gui.settings.condition_rules_editor import Rule
from salon_crm.gui.settings.procedures_editor import ProceduresEditor
from salon_crm.gui.settings.products_editor import ProductsEditor
from salon_crm.gui.settings.settings_view import SettingsView
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff
from tests.unit.procedure_setup import add_product

LATER = date.today() + timedelta(days=400)


def _view(qtbot: QtBot, workspace: Workspace, actor: Actor) -> SettingsView:
    view = SettingsView(workspace, actor)
    qtbot.addWidget(view)
    view.resize(1200, 720)

    def no_dialog(*args: object) -> object:
        raise AssertionError(f"an unexpected dialog was asked for: {args}")

    view.prompts.unsaved_changes = no_dialog  # type: ignore[method-assign,assignment]
    view.prompts.confirm = no_dialog  # type: ignore[method-assign,assignment]
    return view


def _procedures(view: SettingsView) -> ProceduresEditor:
    editor = view.procedures_editor
    assert editor is not None
    assert view.show_section("procedures")
    return editor


def _products(view: SettingsView) -> ProductsEditor:
    editor = view.products_editor
    assert editor is not None
    assert view.show_section("products")
    return editor


def test_a_condition_made_blocking_is_saved_and_read_back(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    editor = _procedures(_view(qtbot, workspace, staff.owner))
    editor.select("massage")
    row = editor.selected()
    assert row is not None and "keloid" not in row.blocks
    rules = editor.rules_editor()
    rules.set_rule("keloid", Rule.BLOCKS)
    rules.set_rule("diabetes", Rule.WARNS)
    assert editor.is_dirty()
    assert editor.save()

    stored = workspace.catalogue(staff.owner).find_procedure_type("massage")
    assert "keloid" in stored.blocks and "diabetes" in stored.warns
    # A fresh page shows what is stored, not what was typed.
    again = _procedures(_view(qtbot, workspace, staff.owner))
    again.select("massage")
    assert again.rules_editor().rule("keloid") is Rule.BLOCKS
    assert again.rules_editor().rule("diabetes") is Rule.WARNS
    assert not again.is_dirty()


def test_the_rules_search_narrows_the_conditions(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    rules = _procedures(_view(qtbot, workspace, staff.owner)).rules_editor()
    rules.search("herpes")
    assert rules.shown_codes() == ["herpes_active", "herpes_history"]
    rules.search("infections")  # a group's name shows the whole group
    assert "hepatitis" in rules.shown_codes() and "pregnancy" not in rules.shown_codes()
    rules.search("")
    assert len(rules.shown_codes()) > 30


def test_a_new_procedure_with_a_price_in_the_salon_currency(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    view = _view(qtbot, workspace, staff.owner)
    editor = _procedures(view)
    editor.start_new()
    editor.set_form(name="Carboxytherapy", duration=40, price="1 250,50")
    editor.rules_editor().set_rule("pregnancy", Rule.BLOCKS)
    assert editor.save()
    assert "Carboxytherapy" in view.message()
    created = workspace.catalogue(staff.owner).find_procedure_type("Carboxytherapy")
    currency = workspace.settings(staff.owner).currency()
    assert created.price == Money(125050, currency)
    assert created.duration_minutes == 40 and created.blocks == ("pregnancy",)


def test_a_price_that_is_not_one_is_refused_under_the_field(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    editor = _procedures(_view(qtbot, workspace, staff.owner))
    editor.start_new()
    editor.set_form(name="Carboxytherapy", price="a lot")
    assert not editor.save()
    assert editor.error_text("price")
    names = [r.name for r in workspace.catalogue(staff.owner).procedure_types()]
    assert "Carboxytherapy" not in names


def test_a_procedure_taken_out_of_use_is_kept_and_can_come_back(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    editor = _procedures(_view(qtbot, workspace, staff.owner))
    editor.select("ipl")
    editor.toggle_active()
    catalogue = workspace.catalogue(staff.owner)
    assert "ipl" not in [r.code for r in catalogue.procedure_types()]
    assert "ipl" in [r.code for r in catalogue.procedure_types(include_inactive=True)]
    assert "ipl" not in [r.code for r in editor.model().rows()]


def test_the_owner_adds_a_product_with_substances_and_a_lot(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    editor = _products(_view(qtbot, workspace, staff.owner))
    editor.start_new()
    editor.set_form(name="Juvederm Volift", manufacturer="Allergan", unit="ml")
    editor.add_substance("Hyaluronic acid")  # the catalogue's name: stored as its code
    editor.add_substance("Mannitol")  # anything else: as typed
    assert editor.save()
    product = workspace.catalogue(staff.owner).product_named("Juvederm Volift")
    assert product is not None
    assert product.substances == ("hyaluronic_acid", "Mannitol")

    editor.set_new_lot("JV-1001", LATER)
    lot = editor.add_lot()
    assert lot is not None
    stored = workspace.catalogue(staff.owner).product(product.id)
    assert [(x.lot_number, x.expires_on) for x in stored.lots] == [("JV-1001", LATER)]
    assert [x.lot_number for x in editor.lots_model().rows()] == ["JV-1001"]


def test_a_new_lot_needs_its_expiry(qtbot: QtBot, workspace: Workspace, staff: Staff) -> None:
    add_product(workspace, staff.owner, "Botox 100 U", "botulinum_toxin")
    editor = _products(_view(qtbot, workspace, staff.owner))
    editor.select("Botox 100 U")
    editor.set_new_lot("B-1", None)
    assert editor.add_lot() is None
    product = workspace.catalogue(staff.owner).product_named("Botox 100 U")
    assert product is not None and product.lots == ()


def test_marking_a_lot_recalled_asks_first_and_can_be_undone(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    product_id = add_product(workspace, staff.owner, "Botox 100 U", "botulinum_toxin")
    workspace.catalogue(staff.owner).add_lot(product_id, lot_number="B-7", expires_on=LATER)
    view = _view(qtbot, workspace, staff.owner)
    editor = _products(view)
    editor.select("Botox 100 U")
    editor.select_lot("B-7")
    asked: list[str] = []

    def thought_better(product: str, lot_number: str) -> RecallMark | None:
        asked.append(lot_number)
        return None

    editor.ask_recall = thought_better  # type: ignore[method-assign]
    editor.toggle_recall()
    assert asked == ["B-7"]
    assert not workspace.catalogue(staff.owner).product(product_id).lots[0].recalled

    day = date.today() - timedelta(days=1)
    editor.ask_recall = lambda product, lot_number: RecallMark(day, "supplier notice 12")  # type: ignore[method-assign]
    editor.toggle_recall()
    lot = workspace.catalogue(staff.owner).product(product_id).lots[0]
    assert lot.recalled_on == day and lot.recall_note == "supplier notice 12"
    lots = editor.lots_model()
    assert lots.index(0, 2).data(Qt.ItemDataRole.DisplayRole)  # the table says since when

    view.prompts.confirm = lambda *args: False  # type: ignore[method-assign]
    editor.toggle_recall()
    assert workspace.catalogue(staff.owner).product(product_id).lots[0].recalled
    view.prompts.confirm = lambda *args: True  # type: ignore[method-assign]
    editor.toggle_recall()
    assert not workspace.catalogue(staff.owner).product(product_id).lots[0].recalled


@pytest.mark.parametrize("role", ["admin", "specialist"])
def test_only_the_owner_gets_the_catalogue_pages(
    qtbot: QtBot, workspace: Workspace, staff: Staff, role: str
) -> None:
    view = _view(qtbot, workspace, getattr(staff, role))
    assert "procedures" not in view.sections() and "products" not in view.sections()
    assert view.procedures_editor is None and view.products_editor is None
    assert {"procedures", "products"} <= set(_view(qtbot, workspace, staff.owner).sections())


def test_the_catalogue_models_are_sound(
    qtbot: QtBot, qtmodeltester: object, workspace: Workspace, staff: Staff
) -> None:
    add_product(workspace, staff.owner, "Botox 100 U", "botulinum_toxin")
    view = _view(qtbot, workspace, staff.owner)
    models: list[RowTableModel] = [_procedures(view).model(), _products(view).model()]
    for model in models:
        assert model.rowCount() > 0
        qtmodeltester.check(model)  # type: ignore[attr-defined]
