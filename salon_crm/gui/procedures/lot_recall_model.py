"""The clients a lot recall finds: one line per procedure that used the lot, with the
contacts to reach the client; the table's columns and the text copied for a spreadsheet."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject

from salon_crm.domain.common.dates import format_day
from salon_crm.domain.common.translation import QT_TRANSLATE_NOOP
from salon_crm.gui.common.row_table_model import RowColumn, RowTableModel
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace


@dataclass(frozen=True)
class RecallLine:
    client_id: int
    number: str
    full_name: str
    main_phone: str
    email: str
    performed_on: date
    product: str
    lot_number: str


@dataclass(frozen=True)
class RecallQuery:
    """A lot of a product (None: any of its lots) from `date_from` to `date_to` (both
    included; None leaves that end open)."""

    product_id: int
    lot_number: str | None = None
    date_from: date | None = None
    date_to: date | None = None


def find_recipients(workspace: Workspace, actor: Actor, query: RecallQuery) -> list[RecallLine]:
    """The one call to the lot recall service (`Workspace.lot_recall`)."""
    hits = workspace.lot_recall(actor).recall(
        lot_number=query.lot_number,
        product_id=query.product_id,
        date_from=query.date_from,
        date_to=query.date_to,
    )
    return [
        RecallLine(
            client_id=hit.client_id,
            number=hit.client_number,
            full_name=hit.client_name,
            main_phone=hit.phone,
            email=hit.email,
            performed_on=hit.performed_on,
            product=hit.product,
            lot_number=hit.lot_number,
        )
        for hit in hits
    ]


class RecallColumn(IntEnum):
    NUMBER = 0
    NAME = 1
    PHONE = 2
    EMAIL = 3
    DATE = 4
    PRODUCT = 5
    LOT = 6


_CONTEXT = "LotRecallModel"
_HEADERS = {
    RecallColumn.NUMBER: QT_TRANSLATE_NOOP("LotRecallModel", "No."),
    RecallColumn.NAME: QT_TRANSLATE_NOOP("LotRecallModel", "Client"),
    RecallColumn.PHONE: QT_TRANSLATE_NOOP("LotRecallModel", "Phone"),
    RecallColumn.EMAIL: QT_TRANSLATE_NOOP("LotRecallModel", "E-mail"),
    RecallColumn.DATE: QT_TRANSLATE_NOOP("LotRecallModel", "Date"),
    RecallColumn.PRODUCT: QT_TRANSLATE_NOOP("LotRecallModel", "Product"),
    RecallColumn.LOT: QT_TRANSLATE_NOOP("LotRecallModel", "Lot"),
}
_TEXTS: dict[RecallColumn, Callable[[RecallLine], str]] = {
    RecallColumn.NUMBER: lambda r: r.number,
    RecallColumn.NAME: lambda r: r.full_name,
    RecallColumn.PHONE: lambda r: r.main_phone,
    RecallColumn.EMAIL: lambda r: r.email,
    RecallColumn.DATE: lambda r: format_day(r.performed_on),
    RecallColumn.PRODUCT: lambda r: r.product,
    RecallColumn.LOT: lambda r: r.lot_number,
}


def _column(column: RecallColumn) -> RowColumn[RecallLine]:
    return RowColumn(
        lambda: QCoreApplication.translate(_CONTEXT, _HEADERS[column]),
        _TEXTS[column],
        sort=(lambda r: r.performed_on) if column is RecallColumn.DATE else None,
    )


def recall_model(parent: QObject | None = None) -> RowTableModel[RecallLine]:
    return RowTableModel([_column(column) for column in RecallColumn], parent=parent)


def as_tsv(model: RowTableModel[RecallLine]) -> str:
    """The table with its headers, tab-separated, as a spreadsheet pastes it."""
    lines = ["\t".join(QCoreApplication.translate(_CONTEXT, _HEADERS[c]) for c in RecallColumn)]
    for line in model.rows():
        cells = (_TEXTS[c](line) for c in RecallColumn)
        lines.append("\t".join(" ".join(cell.split()) for cell in cells))
    return "\n".join(lines) + "\n"
