"""One editor for the salon's short lists (client groups, sources, categories): never deletes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.errors import SalonError, ValidationError
from salon_crm.domain.common.text import tidy
from salon_crm.gui.common.field_errors import Prompts, SettingsSection, hint_label
from salon_crm.gui.common.field_messages import field_message
from salon_crm.gui.common.form_parts import ErrorLabel
from salon_crm.services.settings.settings_service import ListItem, ListKind, SettingsService

_ROW = Qt.ItemDataRole.UserRole


class ListEditor(SettingsSection):
    """Add, rename (inline, F2), hide or show again, and reorder the items of one list.

    Items are only ever hidden: clients keep the ones they have, forms stop offering them.
    Enter in the name field adds; Delete hides the selected item.
    """

    def __init__(
        self,
        settings: SettingsService,
        kind: ListKind,
        prompts: Prompts,
        *,
        title: str,
        placeholder: str,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(prompts, parent)
        self.setObjectName(f"{kind}Editor")
        self._settings = settings
        self._kind: ListKind = kind
        self._title = title
        self._read_only = read_only
        self._loading = False

        box = QGroupBox(title, self)
        self._new = QLineEdit(box)
        self._new.setObjectName(f"{kind}NewName")
        self._new.setPlaceholderText(placeholder)
        self._new.setMaxLength(100)
        self._new.returnPressed.connect(self.add_from_field)
        self._add = QPushButton(self.tr("Add"), box)
        self._add.setObjectName(f"{kind}Add")
        self._add.clicked.connect(self.add_from_field)
        self._error = ErrorLabel(f"{kind}_name", box)
        self._new.textEdited.connect(lambda _text: self._error.clear_message())

        self._list = QListWidget(box)
        self._list.setObjectName(f"{kind}List")
        self._list.setStyleSheet("QListWidget::item { padding: 3px 2px; }")
        self._list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self._list.installEventFilter(self)
        self._list.itemChanged.connect(self._renamed)
        self._list.currentItemChanged.connect(self._update_buttons)

        self._rename = QPushButton(self.tr("Rename"), box)
        self._rename.setObjectName(f"{kind}Rename")
        self._rename.setToolTip(self.tr("Or double-click the item, or press F2"))
        self._rename.clicked.connect(self._start_rename)
        self._hide = QPushButton(self.tr("Hide"), box)
        self._hide.setObjectName(f"{kind}Hide")
        self._hide.setToolTip(self.tr("Delete key. Clients keep it; forms stop offering it."))
        self._hide.clicked.connect(self.toggle_hidden)
        self._up = QPushButton(self.tr("Up"), box)
        self._up.setObjectName(f"{kind}Up")
        self._up.clicked.connect(lambda: self.move_selected(-1))
        self._down = QPushButton(self.tr("Down"), box)
        self._down.setObjectName(f"{kind}Down")
        self._down.clicked.connect(lambda: self.move_selected(1))
        self._show_hidden = QCheckBox(self.tr("Show hidden"), box)
        self._show_hidden.setObjectName(f"{kind}ShowHidden")
        self._show_hidden.toggled.connect(self._apply_visibility)

        if read_only:
            self._list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        else:
            # Dragging reorders too; the new order is stored when the drop lands.
            self._list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self._list.setDefaultDropAction(Qt.DropAction.MoveAction)
            # Stored after the drop has finished, not in the middle of the view's move.
            self._order_timer = QTimer(self)
            self._order_timer.setSingleShot(True)
            self._order_timer.setInterval(0)
            self._order_timer.timeout.connect(self._store_order)
            self._list.model().rowsMoved.connect(lambda *_: self._order_timer.start())

        add_row = QHBoxLayout()
        add_row.addWidget(self._new, 1)
        add_row.addWidget(self._add)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self._rename)
        edit_row.addWidget(self._hide)
        move_row = QHBoxLayout()
        move_row.addWidget(self._up)
        move_row.addWidget(self._down)
        inner = QVBoxLayout(box)
        inner.addLayout(add_row)
        inner.addWidget(self._error)
        inner.addWidget(self._list, 1)
        inner.addLayout(edit_row)
        inner.addLayout(move_row)
        inner.addWidget(self._show_hidden)
        for widget in (self._new, self._add, self._rename, self._hide, self._up, self._down):
            widget.setVisible(not read_only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        self.reload()

    # --- reading -------------------------------------------------------------------------

    def title(self) -> str:
        return self._title

    def kind(self) -> ListKind:
        return self._kind

    def reload(self, select_id: int | None = None) -> None:
        if select_id is None:
            current = self.selected()
            select_id = current.id if current else None
        try:
            items = self._settings.list_items(self._kind, include_hidden=True)
        except SalonError as error:
            self.report(error)
            return
        self._loading = True
        try:
            self._list.clear()
            for row in items:
                item = QListWidgetItem(row.name, self._list)
                self._style(item, row)
                if row.id == select_id:
                    self._list.setCurrentItem(item)
        finally:
            self._loading = False
        self._apply_visibility()
        self._update_buttons()

    def _style(self, item: QListWidgetItem, row: ListItem) -> None:
        item.setData(_ROW, row)
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if not self._read_only:
            flags |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
        item.setFlags(flags)
        font = item.font()
        font.setItalic(row.is_hidden)
        item.setFont(font)
        if row.is_hidden:
            item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            item.setToolTip(self.tr("Hidden: clients keep it, forms do not offer it."))
        else:
            item.setData(Qt.ItemDataRole.ForegroundRole, None)
            item.setToolTip("")

    def items(self, *, include_hidden: bool = True) -> list[ListItem]:
        """The items in the order shown (hidden ones too unless asked otherwise)."""
        rows = [self._row(self._list.item(i)) for i in range(self._list.count())]
        return [r for r in rows if include_hidden or not r.is_hidden]

    def visible_names(self) -> list[str]:
        """The names a user sees in the list right now."""
        return [
            self._list.item(i).text()
            for i in range(self._list.count())
            if not self._list.item(i).isHidden()
        ]

    def selected(self) -> ListItem | None:
        item = self._list.currentItem()
        return None if item is None else self._row(item)

    def select(self, name: str) -> None:
        for i in range(self._list.count()):
            if self._list.item(i).text() == name:
                self._list.setCurrentRow(i)
                return

    def error_text(self) -> str:
        return "" if self._error.isHidden() else self._error.text()

    @staticmethod
    def _row(item: QListWidgetItem) -> ListItem:
        row = item.data(_ROW)
        assert isinstance(row, ListItem)
        return row

    def _apply_visibility(self) -> None:
        show_hidden = self._show_hidden.isChecked()
        for i in range(self._list.count()):
            item = self._list.item(i)
            item.setHidden(self._row(item).is_hidden and not show_hidden)
        current = self._list.currentItem()
        if current is not None and current.isHidden():
            self._list.setCurrentRow(-1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        for button in (self._rename, self._hide, self._up, self._down):
            button.setEnabled(row is not None)
        self._hide.setText(self.tr("Show again") if row and row.is_hidden else self.tr("Hide"))

    # --- changing ------------------------------------------------------------------------

    def add_from_field(self) -> None:
        if self.add(self._new.text()) is not None:
            self._new.clear()
        self._new.setFocus()

    def add(self, name: str) -> ListItem | None:
        """Add an item at the end; None (with the reason shown) if refused."""
        try:
            row = self._settings.save_list_item(self._kind, name=name)
        except ValidationError as error:
            self._show_errors(error)
            return None
        except SalonError as error:
            self.report(error)
            return None
        self._error.clear_message()
        self.reload(select_id=row.id)
        self.say(self.tr("“{name}” is added to “{list}”.").format(name=row.name, list=self._title))
        self.changed.emit()
        return row

    def rename(self, item_id: int, name: str) -> bool:
        row = next((r for r in self.items() if r.id == item_id), None)
        if row is None:
            return False
        try:
            saved = self._settings.save_list_item(
                self._kind, name=name, item_id=item_id, is_hidden=row.is_hidden
            )
        except ValidationError as error:
            self._show_errors(error)
            self.reload(select_id=item_id)
            return False
        except SalonError as error:
            self.report(error)
            self.reload(select_id=item_id)
            return False
        self._error.clear_message()
        self.reload(select_id=saved.id)
        self.say(self.tr("Renamed to “{name}”.").format(name=saved.name))
        self.changed.emit()
        return True

    def toggle_hidden(self) -> None:
        row = self.selected()
        if row is not None:
            self.set_hidden(row.id, hidden=not row.is_hidden)

    def hide_selected(self) -> None:
        row = self.selected()
        if row is not None and not row.is_hidden:
            self.set_hidden(row.id, hidden=True)

    def set_hidden(self, item_id: int, *, hidden: bool) -> bool:
        row = next((r for r in self.items() if r.id == item_id), None)
        if row is None:
            return False
        try:
            self._settings.save_list_item(
                self._kind, name=row.name, item_id=row.id, is_hidden=hidden
            )
        except SalonError as error:
            self.report(error)
            return False
        self.reload(select_id=row.id)
        if hidden:
            self.say(
                self.tr(
                    "“{name}” is hidden: clients who have it keep it, forms no longer offer it. "
                    "Tick “Show hidden” to bring it back."
                ).format(name=row.name)
            )
        else:
            self.say(self.tr("“{name}” is offered again.").format(name=row.name))
        self.changed.emit()
        return True

    def move_selected(self, step: int) -> None:
        """Move the selected item one visible place up (-1) or down (+1)."""
        current = self._list.currentRow()
        if current < 0:
            return
        target = current + step
        while 0 <= target < self._list.count() and self._list.item(target).isHidden():
            target += step
        if not 0 <= target < self._list.count():
            return
        ids = [r.id for r in self.items()]
        ids.insert(target, ids.pop(current))
        self._save_order(ids, select_id=ids[target])

    def _store_order(self) -> None:
        if not self._loading:
            row = self.selected()
            self._save_order([r.id for r in self.items()], select_id=row.id if row else None)

    def _save_order(self, ids: list[int], *, select_id: int | None) -> None:
        try:
            self._settings.reorder_list(self._kind, ids)
        except SalonError as error:
            self.report(error)
        else:
            self.changed.emit()
        self.reload(select_id=select_id)

    def _start_rename(self) -> None:
        item = self._list.currentItem()
        if item is not None:
            self._list.editItem(item)

    def _renamed(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        row = self._row(item)
        if tidy(item.text()) == row.name:
            return
        self.rename(row.id, item.text())

    def _show_errors(self, error: ValidationError) -> None:
        self._error.show_message(" ".join(field_message(e) for e in error.errors))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._list
            and not self._read_only
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            self.hide_selected()
            return True
        return super().eventFilter(watched, event)


class ListsSection(SettingsSection):
    """Client groups, sources and categories side by side."""

    def __init__(
        self,
        settings: SettingsService,
        prompts: Prompts,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(prompts, parent)
        self.setObjectName("listsSection")
        self.editors: dict[ListKind, ListEditor] = {}
        columns = QHBoxLayout()
        lists: tuple[tuple[ListKind, str, str], ...] = (
            ("tags", self.tr("Client groups"), self.tr("New group…")),
            ("sources", self.tr("Where clients come from"), self.tr("New source…")),
            ("categories", self.tr("Client categories"), self.tr("New category…")),
        )
        for kind, title, placeholder in lists:
            editor = ListEditor(
                settings,
                kind,
                prompts,
                title=title,
                placeholder=placeholder,
                read_only=read_only,
                parent=self,
            )
            editor.notice.connect(self.notice)
            editor.changed.connect(self.changed)
            self.editors[kind] = editor
            columns.addWidget(editor, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns, 1)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Nothing here is ever deleted: clients keep the items they have. Hide an "
                    "item (Delete key) to stop offering it; “Show hidden” brings it back. "
                    "Drag items or use Up and Down to set the order forms show."
                ),
                self,
            )
        )

    def title(self) -> str:
        return self.tr("Lists")

    def reload(self) -> None:
        for editor in self.editors.values():
            editor.reload()
