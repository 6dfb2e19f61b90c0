"""The client list's filters: group, source, category, class, flags, birthdays, debt, archive."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QPushButton,
    QWidget,
)

from salon_crm.domain.clients.client_filter import ClientFilter, Scope
from salon_crm.domain.common.enums import ClientClass
from salon_crm.gui.common.background import run_in_background
from salon_crm.gui.common.enum_labels import client_class_labels
from salon_crm.gui.common.flow_layout import FlowLayout
from salon_crm.services.settings.settings_service import ListItem, ListKind, SettingsService

_LIST_KINDS: tuple[ListKind, ...] = ("tags", "sources", "categories")


@dataclass(frozen=True)
class _Lists:
    items: dict[ListKind, list[ListItem]]


class ClientFilterPanel(QWidget):
    """Combos for the salon's lists and the class, check boxes for the rest.

    Signals:
        filter_changed(object): the new ClientFilter, after any change by the user.
    """

    filter_changed = Signal(object)

    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientFilterPanel")
        self._settings = settings
        self._quiet = False

        self._combos: dict[ListKind, QComboBox] = {}
        for kind, name in zip(
            _LIST_KINDS, ("filterTag", "filterSource", "filterCategory"), strict=True
        ):
            combo = QComboBox(self)
            combo.setObjectName(name)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(10)
            combo.currentIndexChanged.connect(self._changed)
            self._combos[kind] = combo
        self._class = QComboBox(self)
        self._class.setObjectName("filterClass")
        self._class.currentIndexChanged.connect(self._changed)

        def check(name: str) -> QCheckBox:
            box = QCheckBox(self)
            box.setObjectName(name)
            box.toggled.connect(self._changed)
            return box

        self._vip = check("filterVip")
        self._blacklisted = check("filterBlacklisted")
        self._children = check("filterChildren")
        self._birthday = check("filterBirthdayThisWeek")
        self._expired = check("filterExpiredDocuments")
        self._debt = check("filterHasDebt")
        self._archived = check("filterArchived")
        self._clear = QPushButton(self)
        self._clear.setObjectName("clearFiltersButton")
        self._clear.setAutoDefault(False)
        self._clear.clicked.connect(self.clear)

        # The combos, then the check boxes, wrapping onto more lines when the list is
        # narrow (the card beside it wants room too) instead of being cut off.
        layout = FlowLayout(self, spacing=(10, 4))
        for combo in (*self._combos.values(), self._class):
            combo.setMaximumWidth(220)
            layout.addWidget(combo)
        layout.add_break()
        for box in (
            self._vip,
            self._blacklisted,
            self._children,
            self._birthday,
            self._expired,
            self._debt,
            self._archived,
        ):
            layout.addWidget(box)

        self._lists: dict[ListKind, list[ListItem]] = {kind: [] for kind in _LIST_KINDS}
        self._retranslate()
        self._update_clear()
        self.reload_lists()

    # --- texts -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._vip.setText(self.tr("VIP"))
        self._blacklisted.setText(self.tr("Blacklist"))
        self._children.setText(self.tr("Children"))
        self._birthday.setText(self.tr("Birthday this week"))
        self._expired.setText(self.tr("Expired documents"))
        self._debt.setText(self.tr("Has debt"))
        self._debt.setToolTip(self.tr("Clients who owe the salon for their procedures"))
        self._archived.setText(self.tr("Archived"))
        self._archived.setToolTip(self.tr("Show the archive instead of the working list"))
        self._clear.setText(self.tr("Clear filters"))
        self._combos["tags"].setToolTip(self.tr("Group"))
        self._combos["sources"].setToolTip(self.tr("Source: how the client found the salon"))
        self._combos["categories"].setToolTip(self.tr("Category"))
        self._class.setToolTip(self.tr("Importance class"))
        self._fill_combos()

    def _any_label(self, kind: ListKind) -> str:
        return {
            "tags": self.tr("Any group"),
            "sources": self.tr("Any source"),
            "categories": self.tr("Any category"),
        }[kind]

    def _fill_combos(self) -> None:
        """(Re)fill the combos from the loaded lists, keeping what is chosen."""
        chosen = self.current_filter()
        self._quiet = True
        try:
            for kind, combo in self._combos.items():
                combo.clear()
                combo.addItem(self._any_label(kind), None)
                items = sorted(self._lists[kind], key=lambda i: (i.is_hidden, i.position))
                for item in items:
                    label = item.name
                    if item.is_hidden:
                        label = self.tr("{name} (hidden)").format(name=item.name)
                    combo.addItem(label, item.id)
            self._class.clear()
            self._class.addItem(self.tr("Any class"), None)
            for klass, label in client_class_labels().items():
                self._class.addItem(label, klass.value)
            self._select(chosen)
        finally:
            self._quiet = False

    # --- lists of the salon ------------------------------------------------------------------

    def reload_lists(self) -> None:
        """Fetch groups, sources and categories (hidden ones too: clients keep them)."""
        settings = self._settings

        def op() -> _Lists:
            return _Lists(
                {kind: settings.list_items(kind, include_hidden=True) for kind in _LIST_KINDS}
            )

        # A failure takes the standard route: the combos keep what they had.
        run_in_background(op, on_success=self._lists_loaded, parent=self)

    def _lists_loaded(self, lists: _Lists) -> None:
        before = self.current_filter()
        self._lists = lists.items
        self._fill_combos()
        if self.current_filter() != before:  # a chosen item no longer exists
            self.filter_changed.emit(self.current_filter())

    # --- the filter --------------------------------------------------------------------------

    def current_filter(self) -> ClientFilter:
        klass = self._class.currentData()
        return ClientFilter(
            scope=Scope.ARCHIVED if self._archived.isChecked() else Scope.ACTIVE,
            tag_id=self._combos["tags"].currentData(),
            source_id=self._combos["sources"].currentData(),
            category_id=self._combos["categories"].currentData(),
            client_class=ClientClass(klass) if klass else None,
            vip=self._vip.isChecked(),
            blacklisted=self._blacklisted.isChecked(),
            children=self._children.isChecked(),
            birthday_this_week=self._birthday.isChecked(),
            expired_documents=self._expired.isChecked(),
            has_debt=self._debt.isChecked(),
        )

    def set_filter(self, flt: ClientFilter) -> None:
        self._quiet = True
        try:
            self._select(flt)
        finally:
            self._quiet = False
        self._changed()

    def _select(self, flt: ClientFilter) -> None:
        for combo, value in (
            (self._combos["tags"], flt.tag_id),
            (self._combos["sources"], flt.source_id),
            (self._combos["categories"], flt.category_id),
            (self._class, flt.client_class.value if flt.client_class else None),
        ):
            index = combo.findData(value) if value is not None else 0
            combo.setCurrentIndex(max(index, 0))
        self._vip.setChecked(flt.vip)
        self._blacklisted.setChecked(flt.blacklisted)
        self._children.setChecked(flt.children)
        self._birthday.setChecked(flt.birthday_this_week)
        self._expired.setChecked(flt.expired_documents)
        self._debt.setChecked(flt.has_debt)
        self._archived.setChecked(flt.scope is Scope.ARCHIVED)

    def active_count(self) -> int:
        """How many conditions are set (the archive counts as one)."""
        flt = self.current_filter()
        return sum(
            (
                flt.scope is not Scope.ACTIVE,
                flt.tag_id is not None,
                flt.source_id is not None,
                flt.category_id is not None,
                flt.client_class is not None,
                flt.vip,
                flt.blacklisted,
                flt.children,
                flt.birthday_this_week,
                flt.expired_documents,
                flt.has_debt,
            )
        )

    def clear(self) -> None:
        self.set_filter(ClientFilter())

    def _changed(self) -> None:
        if self._quiet:
            return
        self._update_clear()
        self.filter_changed.emit(self.current_filter())

    def _update_clear(self) -> None:
        self._clear.setVisible(self.active_count() > 0)

    @property
    def clear_button(self) -> QPushButton:
        """Shown only while a filter is set; the list puts it beside its Filters button, so
        it stays at hand when the panel is folded away."""
        return self._clear
