"""The card's tables (visits, skin assessments, home care) size their columns as Qt's
own sizing would, from the widest texts only (a long history is not measured row by
row)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from salon_crm.domain.common.money import Money
from salon_crm.gui.common.fitted_table_view import FittedTableView
from salon_crm.gui.common.row_table_model import RowColumn, RowTableModel
from salon_crm.gui.common.table_header import fit_and_stretch
from salon_crm.gui.procedures.visit_table_model import VisitColumn, VisitTableModel
from salon_crm.services.procedures.procedure_types import VisitRow

START = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)


def _visit(n: int, price_minor: int, specialist: str, discount: int) -> VisitRow:
    price = Money(price_minor, "UAH")
    return VisitRow(
        id=n,
        performed_at=START + timedelta(days=n),
        procedure_type_id=1,
        procedure_code="massage",
        procedure_custom_name="",
        procedure_default_name="Facial massage",
        specialist=specialist,
        price=price,
        discount_percent=discount,
        sold=price.after_discount(discount),
        paid=Money(0, "UAH"),
        next_visit_on=None,
        overridden=False,
        has_recalled_lot=False,
    )


def _shown(qtbot: QtBot, table: QTableView, model: VisitTableModel) -> None:
    if table.model() is not model:
        table.setModel(model)
    fit_and_stretch(table.horizontalHeader(), stretched=(VisitColumn.PROCEDURE,))
    _show(qtbot, table)


def _show(qtbot: QtBot, table: QTableView) -> None:
    qtbot.addWidget(table)
    table.resize(900, 300)
    table.show()
    qtbot.waitExposed(table)


def test_the_columns_fit_the_widest_text_of_every_row(qtbot: QtBot) -> None:
    # The widest amounts, name and discount come last, far below what is on screen.
    rows = [_visit(n, 50_000 + n, "Ann", 0) for n in range(300)]
    rows.append(_visit(300, 1_234_567_800, "Kateryna Kovalenko-Shevchenko", 15))
    model = VisitTableModel()
    model.set_rows(rows)
    view = FittedTableView(model)
    reference = QTableView()  # Qt's own sizing, which asks about every row
    _shown(qtbot, view, model)
    _shown(qtbot, reference, model)
    for column in VisitColumn:
        if column is VisitColumn.PROCEDURE:
            continue  # stretched over what is left
        assert view.sizeHintForColumn(column) == reference.sizeHintForColumn(column)
        assert view.columnWidth(column) >= view.sizeHintForColumn(column)
    wide = view.sizeHintForColumn(VisitColumn.PRICE)
    model.set_rows(rows[:300])  # the widest visit gone: the column narrows
    assert view.sizeHintForColumn(VisitColumn.PRICE) < wide


def test_a_health_list_fits_its_columns_to_every_row(qtbot: QtBot) -> None:
    columns = [
        RowColumn(lambda: "Date", lambda row: row[0]),
        RowColumn(lambda: "Specialist", lambda row: row[1]),
        RowColumn(lambda: "Assessment", lambda row: row[2]),
    ]
    rows = [("01.02.2026", "Ann", "oily, III") for _ in range(60)]
    rows.append(("01.02.2026", "Kateryna Kovalenko-Shevchenko", "combination, IV, Glogau III"))
    model: RowTableModel[tuple[str, str, str]] = RowTableModel(columns)
    model.set_rows(rows)
    views = (FittedTableView(model), QTableView())
    views[1].setModel(model)
    for table in views:
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        _show(qtbot, table)
    fitted, reference = views
    for column in range(2):
        assert fitted.sizeHintForColumn(column) == reference.sizeHintForColumn(column)
        assert fitted.columnWidth(column) == reference.columnWidth(column)
