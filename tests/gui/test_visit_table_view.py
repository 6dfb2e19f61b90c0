"""The visit table on the card sizes its columns as Qt's own sizing would, from the
widest texts only (a long history is not measured row by row)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from salon_crm.domain.common.money import Money
from salon_crm.gui.common.table_header import fit_and_stretch
from salon_crm.gui.procedures.visit_table_model import VisitColumn, VisitTableModel
from salon_crm.gui.procedures.visit_table_view import VisitTableView
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
    view = VisitTableView(model)
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
