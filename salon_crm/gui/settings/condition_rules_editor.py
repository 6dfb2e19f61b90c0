"""Which conditions of the anamnesis block a procedure and which only warn: the condition
catalogue by group, one three-way choice per condition, with a search."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.text import fold
from salon_crm.domain.health.conditions import BY_CODE, CONDITIONS, ConditionGroup
from salon_crm.gui.common.form_parts import ERROR_COLOR
from salon_crm.gui.settings.catalogue_labels import condition_name, group_name

_WARN_COLOR = "#8a5a00"


class Rule(Enum):
    NONE = "none"
    WARNS = "warns"
    BLOCKS = "blocks"


class ConditionRulesEditor(QWidget):
    """Every condition of the catalogue with "no rule", "warns" or "blocks"; the search
    narrows the list to the conditions (or groups) whose name holds the typed text.

    Signals:
        edited(): the user changed a condition's rule.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, read_only: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("conditionRulesEditor")
        self._search = QLineEdit(self)
        self._search.setObjectName("conditionRuleSearch")
        self._search.setPlaceholderText(self.tr("Find a condition…"))
        self._search.setClearButtonEnabled(True)
        self._search.textChanged.connect(self._apply_search)
        self._tree = QTreeWidget(self)
        self._tree.setObjectName("conditionRules")
        self._tree.setColumnCount(2)
        self._tree.setHeaderLabels([self.tr("Condition"), self.tr("Rule")])
        self._tree.setRootIsDecorated(False)
        self._tree.setUniformRowHeights(True)
        self._tree.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self._tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._combos: dict[str, QComboBox] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        self._groups: dict[ConditionGroup, QTreeWidgetItem] = {}
        widest = 0
        for group in ConditionGroup:
            heading = QTreeWidgetItem(self._tree, [group_name(group)])
            heading.setFirstColumnSpanned(True)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(heading.font(0))
            font.setBold(True)
            heading.setFont(0, font)
            self._groups[group] = heading
            for condition in (c for c in CONDITIONS if c.group is group):
                item = QTreeWidgetItem(heading, [condition_name(condition.code)])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(0, item.text(0))
                combo = QComboBox(self._tree)
                combo.setObjectName(f"rule_{condition.code}")
                combo.addItem(self.tr("No rule"), Rule.NONE.value)
                combo.addItem(self.tr("Warns"), Rule.WARNS.value)
                combo.addItem(self.tr("Blocks"), Rule.BLOCKS.value)
                combo.setEnabled(not read_only)
                combo.setAccessibleName(condition_name(condition.code))
                combo.activated.connect(lambda _i, code=condition.code: self._chosen(code))
                self._tree.setItemWidget(item, 1, combo)
                item.setSizeHint(1, combo.sizeHint())
                widest = max(widest, combo.sizeHint().width())
                self._combos[condition.code] = combo
                self._items[condition.code] = item
        self._tree.expandAll()
        self._tree.setItemsExpandable(False)
        header = self._tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, max(widest, header.sectionSizeFromContents(1).width()) + 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._search)
        layout.addWidget(self._tree, 1)

    # --- the rules -----------------------------------------------------------------------

    def set_rules(self, blocks: tuple[str, ...], warns: tuple[str, ...]) -> None:
        for code in self._combos:
            rule = Rule.BLOCKS if code in blocks else Rule.WARNS if code in warns else Rule.NONE
            self._show(code, rule)

    def rules(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(blocking codes, warning codes), in the catalogue's order."""
        blocks = tuple(code for code in self._combos if self.rule(code) is Rule.BLOCKS)
        warns = tuple(code for code in self._combos if self.rule(code) is Rule.WARNS)
        return blocks, warns

    def rule(self, code: str) -> Rule:
        return Rule(self._combos[code].currentData())

    def set_rule(self, code: str, rule: Rule) -> None:
        """Choose as the user does (for tests and scripted set-up)."""
        self._show(code, rule)
        self.edited.emit()

    def _chosen(self, code: str) -> None:
        self._show(code, self.rule(code))
        self.edited.emit()

    def _show(self, code: str, rule: Rule) -> None:
        combo = self._combos[code]
        combo.setCurrentIndex(combo.findData(rule.value))
        item = self._items[code]
        color = {Rule.BLOCKS: ERROR_COLOR, Rule.WARNS: _WARN_COLOR}.get(rule)
        if color is None:
            item.setForeground(0, self.palette().color(QPalette.ColorRole.Text))
        else:
            item.setForeground(0, QColor(color))

    # --- the search ----------------------------------------------------------------------

    def search(self, text: str) -> None:
        self._search.setText(text)

    def shown_codes(self) -> list[str]:
        return [code for code, item in self._items.items() if not item.isHidden()]

    def _apply_search(self, text: str) -> None:
        wanted = " ".join(fold(text).split())
        for group, heading in self._groups.items():
            whole_group = bool(wanted) and wanted in fold(group_name(group))
            any_shown = False
            for code, item in self._items.items():
                if BY_CODE[code].group is not group:
                    continue
                shown = not wanted or whole_group or wanted in fold(item.text(0))
                item.setHidden(not shown)
                any_shown = any_shown or shown
            heading.setHidden(not any_shown)
