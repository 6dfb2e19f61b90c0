"""The table of an uploaded form's fields and the placeholder each takes: the field's
short name (the full nested name as its tooltip), its page and a placeholder picker.

Signals:
    changed(): a placeholder was picked.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from salon_crm.domain.documents.form_field_names import short_name
from salon_crm.domain.documents.placeholders import PLACEHOLDERS_CONTEXT, Placeholder
from salon_crm.services.documents.form_service import MappedField

_NAME = Qt.ItemDataRole.UserRole


class Column(IntEnum):
    FIELD = 0
    PAGE = 1
    PLACEHOLDER = 2


class FieldMapTable(QTableWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(Column), parent)
        self.setObjectName("formFieldMap")
        self.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Page"), self.tr("Placeholder")])
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(Column.FIELD, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.PAGE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.PLACEHOLDER, QHeaderView.ResizeMode.Stretch)
        self._read_only = False

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for row in range(self.rowCount()):
            self.combo(row).setEnabled(not read_only)

    def set_fields(
        self, fields: Sequence[MappedField], placeholders: Sequence[Placeholder]
    ) -> None:
        """Show `fields` with their placeholders; the pickers offer `placeholders`."""
        self.setRowCount(0)
        self.setRowCount(len(fields))
        for row, mapped in enumerate(fields):
            text = short_name(mapped.name)
            if mapped.field.check_box:
                text = self.tr("{name} (check box: ticked when the value is not empty)").format(
                    name=text
                )
            item = QTableWidgetItem(text)
            item.setToolTip(mapped.name)
            item.setData(_NAME, mapped.name)
            self.setItem(row, Column.FIELD, item)
            page = QTableWidgetItem(str(mapped.field.page))
            page.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(row, Column.PAGE, page)
            self.setCellWidget(row, Column.PLACEHOLDER, self._picker(row, placeholders, mapped))
        self.set_read_only(self._read_only)

    def _picker(
        self, row: int, placeholders: Sequence[Placeholder], mapped: MappedField
    ) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"formFieldPlaceholder_{row}")
        combo.setAccessibleName(short_name(mapped.name))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(20)
        combo.addItem(self.tr("— leave empty —"), "")
        for placeholder in placeholders:
            label = QCoreApplication.translate(PLACEHOLDERS_CONTEXT, placeholder.label)
            combo.addItem(label, placeholder.name)
            combo.setItemData(combo.count() - 1, placeholder.name, Qt.ItemDataRole.ToolTipRole)
        if mapped.placeholder:
            index = combo.findData(mapped.placeholder)
            if index < 0:  # a placeholder no longer offered (a custom field removed)
                combo.addItem(mapped.placeholder, mapped.placeholder)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def combo(self, row: int) -> QComboBox:
        widget = self.cellWidget(row, Column.PLACEHOLDER)
        assert isinstance(widget, QComboBox)
        return widget

    def field_name(self, row: int) -> str:
        item = self.item(row, Column.FIELD)
        return str(item.data(_NAME)) if item is not None else ""

    def row_of(self, field: str) -> int:
        return next(row for row in range(self.rowCount()) if self.field_name(row) == field)

    def mapping(self) -> dict[str, str]:
        """{field: placeholder} as picked now, the fields left empty omitted."""
        picked = {
            self.field_name(row): str(self.combo(row).currentData() or "")
            for row in range(self.rowCount())
        }
        return {field: placeholder for field, placeholder in picked.items() if placeholder}
