"""The salon's own fields, built at run time from the owner's definitions."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from salon_crm.domain.common.dates import format_day, parse_day
from salon_crm.domain.common.enums import CustomFieldType
from salon_crm.gui.common.date_field import DateField
from salon_crm.gui.common.form_parts import FieldSlot, with_error
from salon_crm.services.settings.settings_service import CustomField

# Digits with an optional sign, spaces between thousands and a comma or a dot: the service
# turns "1 234,5" into a Decimal.
_NUMBER = QRegularExpression(r"^-?[0-9 ]*([.,][0-9]*)?$")
_YES = "1"


class CustomFieldsForm(QWidget):
    """One row per visible field: text → line, number → line with a validator, date → date
    field, yes/no → check box, choice → drop-down with an empty first entry.

    `values()` gives the strings the service stores ("" means none); values of fields that
    are hidden now are carried through untouched, so hiding a field never erases data.

    Signals:
    changed(): any value was edited.
    """

    changed = Signal()

    def __init__(self, definitions: list[CustomField], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customFieldsForm")
        self._definitions = definitions
        self._widgets: dict[str, QWidget] = {}
        self._slots: dict[str, FieldSlot] = {}
        self._carried: dict[str, str] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for definition in definitions:
            widget = self._make(definition)
            widget.setObjectName(f"custom_{definition.key}")
            widget.setAccessibleName(definition.label)
            container, slot = with_error(widget, f"custom.{definition.key}")
            label = QLabel(definition.label + ":", self)
            label.setBuddy(widget)
            # Short labels stay on one line; only a long one wraps, so it cannot push
            # the fields off to the right.
            label.setWordWrap(len(definition.label) > 40)
            layout.addRow(label, container)
            self._widgets[definition.key] = widget
            self._slots[f"custom.{definition.key}"] = slot
        if not definitions:
            empty = QLabel(
                self.tr(
                    "The salon has no fields of its own yet. The owner can add them in "
                    "Settings → Custom fields."
                ),
                self,
            )
            empty.setObjectName("noCustomFields")
            empty.setWordWrap(True)
            layout.addRow(empty)

    def _make(self, definition: CustomField) -> QWidget:
        kind = definition.field_type
        if kind is CustomFieldType.BOOLEAN:
            box = QCheckBox(self)
            box.toggled.connect(self.changed)
            return box
        if kind is CustomFieldType.CHOICE:
            combo = QComboBox(self)
            combo.addItem("")
            combo.addItems(list(definition.choices))
            combo.currentIndexChanged.connect(self.changed)
            return combo
        if kind is CustomFieldType.DATE:
            date_field = DateField(self)
            date_field.textChanged.connect(self.changed)
            return date_field
        line = QLineEdit(self)
        if kind is CustomFieldType.NUMBER:
            line.setValidator(QRegularExpressionValidator(_NUMBER, line))
            line.setMaximumWidth(200)
        line.textChanged.connect(self.changed)
        return line

    def slots(self) -> dict[str, FieldSlot]:
        """`custom.<key>` → the field and its error label, in the order shown."""
        return dict(self._slots)

    def set_values(self, values: Mapping[str, str]) -> None:
        shown = {d.key for d in self._definitions}
        self._carried = {k: v for k, v in values.items() if k not in shown}
        for definition in self._definitions:
            value = values.get(definition.key, "")
            widget = self._widgets[definition.key]
            if isinstance(widget, QCheckBox):
                widget.setChecked(value == _YES)
            elif isinstance(widget, QComboBox):
                index = widget.findText(value) if value else 0
                if index < 0:
                    # A choice the owner has since removed: keep showing what was stored.
                    widget.addItem(value)
                    index = widget.count() - 1
                widget.setCurrentIndex(index)
            elif isinstance(widget, DateField):
                parsed = parse_day(value)
                widget.setText(format_day(parsed) if parsed else value)
            elif isinstance(widget, QLineEdit):
                widget.setText(value)

    def values(self) -> dict[str, str]:
        result = dict(self._carried)
        for definition in self._definitions:
            value = self._value_of(self._widgets[definition.key])
            if value:
                result[definition.key] = value
        return result

    @staticmethod
    def _value_of(widget: QWidget) -> str:
        if isinstance(widget, QCheckBox):
            # Unticked is stored as nothing: "no" and "never answered" look the same on a
            # check box, and an empty value keeps the card free of "0" lines.
            return _YES if widget.isChecked() else ""
        if isinstance(widget, QComboBox):
            return widget.currentText() if widget.currentIndex() > 0 else ""
        if isinstance(widget, DateField):
            parsed = widget.date_value()
            # An unreadable date goes as typed, so the service names the problem.
            return parsed.isoformat() if parsed else widget.text().strip()
        if isinstance(widget, QLineEdit):
            return widget.text().strip()
        return ""
