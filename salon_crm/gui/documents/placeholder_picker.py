"""The list of placeholders a template may use, by their labels in the user's language,
grouped, with a filter; choosing one inserts it where the text cursor is."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.text import fold
from salon_crm.domain.documents.placeholders import (
    CUSTOM_PREFIX,
    PLACEHOLDERS_CONTEXT,
    Placeholder,
)

_NAME = Qt.ItemDataRole.UserRole


class _PlaceholderTree(QTreeWidget):
    """Enter on a placeholder chooses it, as a double click does."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.itemActivated.emit(item, 0)
            return
        super().keyPressEvent(event)


class PlaceholderPicker(QWidget):
    """Signals:
    chosen(str): a placeholder's name (`client.full_name`) was picked."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placeholderPicker")
        self._filter = QLineEdit(self)
        self._filter.setObjectName("placeholderFilter")
        self._filter.setPlaceholderText(self.tr("Find a placeholder"))
        self._filter.setClearButtonEnabled(True)
        self._filter.textChanged.connect(self._apply_filter)
        # From the search line: Enter picks the first placeholder found, Down goes to it.
        self._filter.returnPressed.connect(self._choose_first)
        self._filter.installEventFilter(self)
        self._tree = _PlaceholderTree(self)
        self._tree.setObjectName("placeholderList")
        self._tree.setHeaderHidden(True)
        self._tree.setColumnCount(1)
        self._tree.setRootIsDecorated(False)
        self._tree.setItemDelegate(_NameBelowDelegate(self._tree))
        self._tree.itemActivated.connect(self._activated)
        self._groups: dict[str, tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._filter)
        layout.addWidget(self._tree, 1)

    def _group(self, name: str) -> str:
        if name.startswith(CUSTOM_PREFIX):
            return self.tr("Custom fields")
        if name.startswith("client.passport."):
            return self.tr("Passport")
        if name.startswith("client."):
            return self.tr("Client")
        if name.startswith("salon."):
            return self.tr("Salon")
        if name.startswith("procedure."):
            return self.tr("Procedure")
        return self.tr("Document")

    def set_placeholders(self, placeholders: Sequence[Placeholder]) -> None:
        self._tree.clear()
        self._groups = {}
        for placeholder in placeholders:
            title = self._group(placeholder.name)
            if title not in self._groups:
                heading = QTreeWidgetItem(self._tree, [title])
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = heading.font(0)
                font.setBold(True)
                heading.setFont(0, font)
                self._groups[title] = (heading, [])
            group, members = self._groups[title]
            label = placeholder.label
            if not placeholder.name.startswith(CUSTOM_PREFIX):
                # "Client: passport number" under the heading "Passport": the part
                # before the colon is the group's.
                label = QCoreApplication.translate(PLACEHOLDERS_CONTEXT, label)
                label = label.partition(": ")[2] or label
            item = QTreeWidgetItem(group, [label])
            members.append(item)
            item.setData(0, _NAME, placeholder.name)
            item.setToolTip(0, self.tr("Enter or a double click puts it into the text"))
        self._tree.expandAll()
        self._apply_filter(self._filter.text())

    def names(self) -> list[str]:
        """The placeholders shown now (the filter applied), in order."""
        return [item.data(0, _NAME) for item in self._items() if not item.isHidden()]

    def select(self, name: str) -> None:
        for item in self._items():
            if item.data(0, _NAME) == name:
                self._tree.setCurrentItem(item)
                return

    def tree(self) -> QTreeWidget:
        return self._tree

    def filter_edit(self) -> QLineEdit:
        return self._filter

    def _items(self) -> list[QTreeWidgetItem]:
        return [item for _group, members in self._groups.values() for item in members]

    def _apply_filter(self, text: str) -> None:
        wanted = fold(text)
        for group, members in self._groups.values():
            shown = 0
            for item in members:
                seen = f"{item.text(0)} {item.data(0, _NAME)}"
                hit = not wanted or wanted in fold(seen)
                item.setHidden(not hit)
                shown += hit
            group.setHidden(shown == 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._filter
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            first = self._first_shown()
            if first is not None:
                self._tree.setCurrentItem(first)
                self._tree.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _first_shown(self) -> QTreeWidgetItem | None:
        return next((item for item in self._items() if not item.isHidden()), None)

    def _choose_first(self) -> None:
        first = self._first_shown()
        if first is not None:
            self._tree.setCurrentItem(first)
            self._activated(first, 0)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        name = item.data(0, _NAME)
        if isinstance(name, str):
            self.chosen.emit(name)


class _NameBelowDelegate(QStyledItemDelegate):
    """A placeholder's label, and under it, small and grey, the name the text holds."""

    def _name_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 6.0))
        return font

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(_NAME) is None:
            return size
        return QSize(
            size.width(), size.height() + QFontMetrics(self._name_font(option)).height() + 2
        )

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        name = index.data(_NAME)
        if name is None:
            super().paint(painter, option, index)
            return
        small = self._name_font(option)
        below = QFontMetrics(small).height() + 2
        top = QStyleOptionViewItem(option)
        top.rect = option.rect.adjusted(0, 0, 0, -below)
        super().paint(painter, top, index)
        painter.save()
        painter.setFont(small)
        role = (
            QPalette.ColorRole.HighlightedText
            if option.state & QStyle.StateFlag.State_Selected
            else QPalette.ColorRole.PlaceholderText
        )
        painter.setPen(option.palette.color(role))
        area = option.rect.adjusted(top.rect.height() and 4, top.rect.height(), 0, 0)
        text = QFontMetrics(small).elidedText(
            f"{{{{{name}}}}}", Qt.TextElideMode.ElideRight, area.width()
        )
        painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()
