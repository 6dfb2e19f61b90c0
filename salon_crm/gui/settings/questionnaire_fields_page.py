"""Settings → Questionnaire: which standard fields show and which must be filled."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.errors import SalonError
from salon_crm.gui.common.field_errors import Prompts, SettingsSection, hint_label
from salon_crm.services.settings.questionnaire_layout import (
    STANDARD_FIELDS,
    QuestionnaireLayout,
    QuestionnaireLayoutService,
)

SHOWN, REQUIRED = 1, 2
_KEY = Qt.ItemDataRole.UserRole


class QuestionnaireFieldsPage(SettingsSection):
    """The standard fields by their labels with "Shown" and "Required" boxes. A field
    that cannot be hidden or made required has that box disabled, with the reason in
    its tooltip; hiding a field clears its "Required"."""

    def __init__(
        self,
        service: QuestionnaireLayoutService,
        prompts: Prompts,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(prompts, parent)
        self.setObjectName("questionnaireFieldsPage")
        self._service = service
        self._read_only = read_only
        self._stored = QuestionnaireLayout()
        self._filling = False
        self._table = QTableWidget(len(STANDARD_FIELDS), 3, self)
        self._table.setObjectName("questionnaireFields")
        self._table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Shown"), self.tr("Required")]
        )
        self._table.verticalHeader().hide()
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (SHOWN, REQUIRED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        labels = self._labels()
        for row, field in enumerate(STANDARD_FIELDS):
            name = QTableWidgetItem(labels[field.key])
            name.setData(_KEY, field.key)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self._table.setItem(row, 0, name)
            for column, allowed, why in (
                (SHOWN, field.can_hide, self.tr("Always shown: it identifies the client.")),
                (
                    REQUIRED,
                    field.can_require,
                    self.tr("The main phone is always required.")
                    if field.always_required
                    else self.tr("This field always has a value or is a list of rows."),
                ),
            ):
                box = QTableWidgetItem()
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                if allowed and not read_only:
                    flags |= Qt.ItemFlag.ItemIsEnabled
                elif not allowed:
                    box.setToolTip(why)
                box.setFlags(flags)
                self._table.setItem(row, column, box)
        self._table.itemChanged.connect(self._item_changed)
        self._save_button = QPushButton(self.tr("Save"), self)
        self._save_button.setObjectName("questionnaireFieldsSave")
        self._save_button.setToolTip(self.tr("Ctrl+S"))
        self._save_button.clicked.connect(self.save)
        self._save_button.setVisible(not read_only)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Hidden fields leave the questionnaire and the card; what clients "
                    "already have in them is kept, exported and merged. A required field "
                    "must be filled before a questionnaire is saved."
                ),
                self,
            )
        )
        layout.addWidget(self._table, 1)
        layout.addLayout(buttons)
        self.reload()

    def title(self) -> str:
        return self.tr("Questionnaire")

    def _labels(self) -> dict[str, str]:
        return {
            "last_name": self.tr("Last name"),
            "first_name": self.tr("First name"),
            "middle_name": self.tr("Middle name"),
            "salutation": self.tr("Salutation"),
            "gender": self.tr("Gender"),
            "birth_date": self.tr("Date of birth"),
            "name_day": self.tr("Name day"),
            "preferred_language": self.tr("Preferred language"),
            "company": self.tr("Company"),
            "job_title": self.tr("Job title"),
            "client_number": self.tr("Client number"),
            "client_class": self.tr("Class"),
            "category": self.tr("Category"),
            "source": self.tr("Source"),
            "responsible_user": self.tr("Responsible staff member"),
            "marks": self.tr("Marks: VIP, blacklist"),
            "discount_percent": self.tr("Personal discount"),
            "loyalty_card": self.tr("Loyalty card"),
            "call_period_days": self.tr("Call every (days)"),
            "next_call_date": self.tr("Next call"),
            "tags": self.tr("Groups"),
            "notes": self.tr("Private notes"),
            "visible_notes": self.tr("Visible notes"),
            "phone_main": self.tr("Main phone"),
            "email": self.tr("E-mail"),
            "social_links": self.tr("Social networks and web sites"),
            "addresses": self.tr("Addresses"),
            "identity_document": self.tr("Identity document"),
            "expiring_documents": self.tr("Documents with an expiry date"),
            "family": self.tr("Family"),
            "contact_persons": self.tr("Contact persons"),
        }

    # --- the boxes -----------------------------------------------------------------------

    def cell(self, key: str, column: int) -> QTableWidgetItem:
        """The label (column 0) or a box (SHOWN, REQUIRED) of the field `key`."""
        row = next(i for i, f in enumerate(STANDARD_FIELDS) if f.key == key)
        item = self._table.item(row, column)
        assert item is not None
        return item

    def set_checked(self, key: str, column: int, on: bool) -> None:
        """Tick or untick a box as a click would."""
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.cell(key, column).setCheckState(state)

    def _show(self, layout: QuestionnaireLayout) -> None:
        self._filling = True
        try:
            for field in STANDARD_FIELDS:
                for column, on in (
                    (SHOWN, layout.is_shown(field.key)),
                    (REQUIRED, layout.is_required(field.key)),
                ):
                    state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
                    self.cell(field.key, column).setCheckState(state)
        finally:
            self._filling = False

    def _item_changed(self, item: QTableWidgetItem) -> None:
        """A hidden field cannot be required, and a required one is shown."""
        if self._filling or item.column() not in (SHOWN, REQUIRED):
            return
        key = STANDARD_FIELDS[item.row()].key
        checked = item.checkState() == Qt.CheckState.Checked
        if item.column() == SHOWN and not checked:
            other, state = self.cell(key, REQUIRED), Qt.CheckState.Unchecked
        elif item.column() == REQUIRED and checked:
            other, state = self.cell(key, SHOWN), Qt.CheckState.Checked
        else:
            return
        if other.flags() & Qt.ItemFlag.ItemIsEnabled and other.checkState() != state:
            other.setCheckState(state)

    def layout_shown(self) -> QuestionnaireLayout:
        """The layout as the boxes say now."""
        checked = Qt.CheckState.Checked
        hidden = {
            f.key
            for f in STANDARD_FIELDS
            if f.can_hide and self.cell(f.key, SHOWN).checkState() != checked
        }
        required = {
            f.key
            for f in STANDARD_FIELDS
            if f.can_require and self.cell(f.key, REQUIRED).checkState() == checked
        }
        return QuestionnaireLayout(frozenset(hidden), frozenset(required - hidden))

    # --- the section ---------------------------------------------------------------------

    def reload(self) -> None:
        try:
            self._stored = self._service.layout()
        except SalonError as error:
            self.report(error)
            return
        self._show(self._stored)

    def is_dirty(self) -> bool:
        return not self._read_only and self.layout_shown() != self._stored

    def discard(self) -> None:
        self._show(self._stored)

    def save(self) -> bool:
        if not self.is_dirty():
            return True
        try:
            self._stored = self._service.save_layout(self.layout_shown())
        except SalonError as error:
            self.report(error)
            return False
        self._show(self._stored)
        self.say(self.tr("The questionnaire's fields are saved."))
        self.changed.emit()
        return True
