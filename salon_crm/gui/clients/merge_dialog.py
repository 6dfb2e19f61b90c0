"""Joining a duplicate card into this one: find the duplicate, choose the differing values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.dates import format_day
from salon_crm.domain.common.enums import CustomFieldType
from salon_crm.domain.common.errors import (
    SalonError,
)
from salon_crm.domain.permissions import Permission
from salon_crm.gui.clients.card.client_history_model import (
    client_field_labels,
    format_custom_value,
)
from salon_crm.gui.clients.client_faces import ListFaces, face_source
from salon_crm.gui.common import enum_labels
from salon_crm.gui.common.error_messages import describe_error
from salon_crm.gui.common.field_errors import hint_label
from salon_crm.gui.common.form_parts import ERROR_STYLE
from salon_crm.services.clients.client_merge import MERGEABLE_FIELDS
from salon_crm.services.clients.client_types import ClientCard, ClientRow
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace

EMPTY = "—"
# A value is cut to this many characters on its radio button; the tooltip has all of it.
SHOWN_LIMIT = 70
SEARCH_DELAY_MS = 200


@dataclass(frozen=True)
class MergeChoice:
    """One differing single value: its field (`custom.<key>` for custom fields) and both
    sides as shown."""

    field: str
    label: str
    ours: str
    theirs: str
    take_theirs_by_default: bool


def _date(value: date | None) -> str:
    return format_day(value) or EMPTY


def _ref_text(number: str, name: str) -> str:
    return QCoreApplication.translate("ClientActions", "No. {number} {name}").format(
        number=number, name=name
    )


def _yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("ClientActions", "Yes")
        if value
        else QCoreApplication.translate("ClientActions", "No")
    )


class _Shown:
    """How the merge table shows a card's single values."""

    def __init__(self, users: dict[int, str], custom_types: dict[str, CustomFieldType]) -> None:
        self._users = users
        self._custom_types = custom_types

    def value(self, card: ClientCard, name: str) -> str:
        data = card.data
        if name == "main_phone":
            main = card.main_phone
            return main.display or main.number if main else EMPTY
        if name == "category_id":
            return card.category or EMPTY
        if name == "source_id":
            return card.source or EMPTY
        if name == "parent_id":
            parent = card.parent
            return _ref_text(parent.number, parent.full_name) if parent else EMPTY
        if name == "responsible_user_id":
            user_id = data.responsible_user_id
            return EMPTY if user_id is None else self._users.get(user_id, f"#{user_id}")
        if name == "gender":
            return enum_labels.gender_labels()[data.gender]
        if name == "client_class":
            cls = data.client_class
            return enum_labels.client_class_labels()[cls] if cls else EMPTY
        if name == "name_day":
            return f"{data.name_day[1]:02d}.{data.name_day[0]:02d}" if data.name_day else EMPTY
        if name == "discount_percent":
            return f"{data.discount_percent}%"
        if name == "preferred_language":
            return enum_labels.language_name(data.preferred_language) or EMPTY
        value = getattr(data, name)
        if isinstance(value, bool):
            return _yes_no(value)
        if isinstance(value, date):
            return _date(value)
        if value is None or value == "":
            return EMPTY
        return " / ".join(line.strip() for line in str(value).splitlines() if line.strip())

    def custom(self, key: str, value: str) -> str:
        return format_custom_value(value, self._custom_types.get(key)) or EMPTY


def _is_empty(card: ClientCard, name: str) -> bool:
    if name == "main_phone":
        return card.main_phone is None
    value = getattr(card.data, name)
    return value is None or value == ""


def _main_number(card: ClientCard) -> str | None:
    main = card.main_phone
    return main.number if main else None


def merge_choices(survivor: ClientCard, duplicate: ClientCard, shown: _Shown) -> list[MergeChoice]:
    """The single values that differ between the two cards, in questionnaire order, then
    the custom fields both cards filled in differently."""
    labels = client_field_labels()
    choices: list[MergeChoice] = []
    for name in MERGEABLE_FIELDS:
        if name == "main_phone":
            differs = _main_number(survivor) != _main_number(duplicate)
        else:
            differs = getattr(survivor.data, name) != getattr(duplicate.data, name)
        if differs:
            choices.append(
                MergeChoice(
                    name,
                    labels.get(name, name),
                    shown.value(survivor, name),
                    shown.value(duplicate, name),
                    _is_empty(survivor, name) and not _is_empty(duplicate, name),
                )
            )
    theirs = {c.key: c for c in duplicate.custom}
    for ours in survivor.custom:
        other = theirs.get(ours.key)
        if other is not None and other.value != ours.value:
            choices.append(
                MergeChoice(
                    f"custom.{ours.key}",
                    ours.label,
                    shown.custom(ours.key, ours.value),
                    shown.custom(ours.key, other.value),
                    False,
                )
            )
    return choices


def _cut(text: str) -> str:
    return text if len(text) <= SHOWN_LIMIT else text[: SHOWN_LIMIT - 1] + "…"


class MergeDialog(QDialog):
    """Merges a duplicate into `survivor_id` through ClientService.merge.

    Signals:
        merged(int): the survivor's id, once the merge is saved.
    """

    merged = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        actor: Actor,
        survivor_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self._clients = workspace.clients(actor)
        self._search_service = workspace.search(actor)
        self._face_source = face_source(workspace, actor)
        self._survivor = self._clients.card(survivor_id)
        self._duplicate: ClientCard | None = None
        self._choices: list[MergeChoice] = []
        self._theirs: dict[str, QRadioButton] = {}
        users = (
            {u.id: u.full_name or u.login for u in workspace.users(actor).list_users()}
            if actor.can(Permission.USERS_MANAGE)
            else {actor.user_id: actor.full_name}
        )
        custom_types = {
            f.key: f.field_type
            for f in workspace.settings(actor).custom_fields(include_hidden=True)
        }
        self._shown = _Shown(users, custom_types)

        self.setWindowTitle(self.tr("Merge with another card"))
        self.resize(860, 680)
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("Merge a duplicate into No. {number} {name}").format(
                number=self._survivor.number, name=self._survivor.full_name
            ),
            self,
        )
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(
            hint_label(
                self.tr("Find the other card of the same client: by name, phone, e-mail or card."),
                self,
            )
        )

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("mergeSearch")
        self.search_edit.setPlaceholderText(self.tr("Name, phone, e-mail or card number"))
        self.search_edit.setClearButtonEnabled(True)
        layout.addWidget(self.search_edit)
        self.results = QListWidget(self)
        # Faces help most here: two cards of one person.
        self._faces = ListFaces(self._face_source, self.results) if self._face_source else None
        self.results.setObjectName("mergeResults")
        self.results.setMaximumHeight(130)
        layout.addWidget(self.results)
        self._no_results = hint_label("", self)
        self._no_results.setTextFormat(Qt.TextFormat.PlainText)
        self._no_results.hide()
        layout.addWidget(self._no_results)

        self._compare_title = QLabel(self)
        self._compare_title.setWordWrap(True)
        layout.addWidget(self._compare_title)
        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("mergeFields")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.StyledPanel)
        layout.addWidget(self._scroll, 1)

        self._summary = QLabel(self)
        self._summary.setTextFormat(Qt.TextFormat.PlainText)
        self._summary.setObjectName("mergeSummary")
        self._summary.setWordWrap(True)
        layout.addWidget(self._summary)
        self._error = QLabel(self)
        self._error.setTextFormat(Qt.TextFormat.PlainText)
        self._error.setObjectName("mergeError")
        self._error.setStyleSheet(ERROR_STYLE)
        self._error.setWordWrap(True)
        self._error.hide()
        layout.addWidget(self._error)

        buttons = QDialogButtonBox(self)
        self._merge_button = QPushButton(self.tr("Merge"), self)
        self._merge_button.setObjectName("mergeConfirm")
        buttons.addButton(self._merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search_edit.textChanged.connect(self._timer.start)
        self.results.currentItemChanged.connect(self._on_current)

        self._show_comparison()
        # The likeliest duplicates share the surname: start there.
        data = self._survivor.data
        self.search_edit.setText(data.last_name or data.first_name)
        self._timer.stop()
        self.search_now()

    # --- finding the duplicate ------------------------------------------------------------

    def search_now(self) -> None:
        self._timer.stop()
        text = self.search_edit.text()
        try:
            rows = [r for r in self._search_service.search(text).rows if r.id != self._survivor.id]
        except SalonError as error:
            self._show_error(describe_error(error)[0])
            return
        self.results.blockSignals(True)
        self.results.clear()
        for row in rows:
            item = QListWidgetItem(self._row_text(row), self.results)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            if self._faces is not None:
                self._faces.tag(item, row.photo_thumb)
        self.results.blockSignals(False)
        if self._faces is not None:
            self._faces.load()
        self._no_results.setText(
            self.tr("No other card matches “{text}”.").format(text=text.strip())
        )
        self._no_results.setVisible(bool(text.strip()) and not rows)
        self._select_duplicate_row()

    def _select_duplicate_row(self) -> None:
        """Keep the chosen duplicate highlighted in the results, without choosing again."""
        chosen = self.duplicate_id
        self.results.blockSignals(True)
        for index in range(self.results.count()):
            item = self.results.item(index)
            if item.data(Qt.ItemDataRole.UserRole) == chosen:
                self.results.setCurrentItem(item)
                break
        else:
            self.results.setCurrentRow(-1)
        self.results.blockSignals(False)

    def _row_text(self, row: ClientRow) -> str:
        parts = [_ref_text(row.number, row.full_name)]
        if row.main_phone_display or row.main_phone:
            parts.append(row.main_phone_display or row.main_phone)
        if row.birth_date:
            parts.append(_date(row.birth_date))
        if row.email:
            parts.append(row.email)
        return "  ·  ".join(parts)

    def _on_current(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.choose_duplicate(int(current.data(Qt.ItemDataRole.UserRole)))

    def choose_duplicate(self, client_id: int) -> None:
        """Compare this card with `client_id` (a search result, or any id in tests)."""
        self._error.hide()
        try:
            self._duplicate = self._clients.card(client_id)
        except SalonError as error:
            self._duplicate = None
            self._show_error(describe_error(error)[0])
        self._select_duplicate_row()
        self._show_comparison()

    @property
    def duplicate_id(self) -> int | None:
        return None if self._duplicate is None else self._duplicate.id

    # --- choosing values ------------------------------------------------------------------

    def _show_comparison(self) -> None:
        self._theirs.clear()
        content = QWidget(self._scroll)
        grid = QGridLayout(content)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(16)
        duplicate = self._duplicate
        self._merge_button.setEnabled(duplicate is not None)
        if duplicate is None:
            self._compare_title.setText(self.tr("Pick the duplicate in the list above."))
            self._choices = []
            self._summary.clear()
            self._scroll.setWidget(content)
            return
        self._compare_title.setText(
            self.tr("Where the cards differ, choose the value to keep:")
            if (choices := merge_choices(self._survivor, duplicate, self._shown))
            else self.tr("The single values of both cards are the same; nothing to choose.")
        )
        self._choices = choices
        header_font = self.font()
        header_font.setBold(True)
        for column, text in enumerate(
            (
                self.tr("Field"),
                self.tr("This card, No. {number}").format(number=self._survivor.number),
                self.tr("Duplicate, No. {number}").format(number=duplicate.number),
            )
        ):
            header = QLabel(text, content)
            header.setTextFormat(Qt.TextFormat.PlainText)
            header.setFont(header_font)
            grid.addWidget(header, 0, column)
        for row, choice in enumerate(choices, start=1):
            label = QLabel(choice.label, content)
            label.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(label, row, 0)
            group = QButtonGroup(content)
            for column, (text, take) in enumerate(
                ((choice.ours, False), (choice.theirs, True)), start=1
            ):
                button = QRadioButton(_cut(text), content)
                button.setObjectName(f"merge_{'theirs' if take else 'ours'}_{choice.field}")
                button.setToolTip(text)
                button.setChecked(take == choice.take_theirs_by_default)
                group.addButton(button)
                grid.addWidget(button, row, column)
                if take:
                    self._theirs[choice.field] = button
        grid.setRowStretch(len(choices) + 1, 1)
        self._scroll.setWidget(content)
        self._summary.setText(self._summary_text(duplicate))

    def _summary_text(self, duplicate: ClientCard) -> str:
        data = duplicate.data
        moving = [
            (self.tr("phones"), len(duplicate.phones)),
            (self.tr("e-mails"), len(data.emails)),
            (self.tr("addresses"), len(data.addresses)),
            (self.tr("social profiles"), len(data.social_links)),
            (self.tr("groups"), len(duplicate.tags)),
            (self.tr("consents"), len(data.consents)),
            (
                self.tr("documents"),
                len(data.identity_documents) + len(data.expiring_documents),
            ),
            (self.tr("contact persons"), len(data.contact_persons)),
            (self.tr("children"), len(duplicate.children)),
        ]
        counted = ", ".join(f"{name}: {count}" for name, count in moving if count)
        text = self.tr(
            "Phones, e-mails, addresses, profiles, tags, consents, documents, contact persons, "
            "children and the history of the duplicate move to this card (the same entries "
            "are not doubled). The duplicate No. {number} is archived as merged into this card."
        ).format(number=duplicate.number)
        if counted:
            text += "\n" + self.tr("The duplicate has {items}.").format(items=counted)
        return text

    def take_from_duplicate(self, field: str, take: bool = True) -> None:
        """Choose the duplicate's value (or this card's, with take=False) for one field."""
        button = self._theirs[field]
        if take:
            button.setChecked(True)
        else:
            group = button.group()
            other = next(b for b in group.buttons() if b is not button)
            other.setChecked(True)

    def fields_offered(self) -> list[str]:
        return [c.field for c in self._choices]

    def taken(self) -> frozenset[str]:
        """The fields whose value comes from the duplicate, as ClientService.merge wants."""
        return frozenset(name for name, button in self._theirs.items() if button.isChecked())

    # --- merging --------------------------------------------------------------------------

    def confirm_merge(self) -> bool:
        """The last question before the merge; tests replace it on the instance."""
        assert self._duplicate is not None
        answer = QMessageBox.question(
            self,
            self.tr("Merge the cards"),
            self.tr(
                "Merge No. {duplicate} into No. {survivor}? The duplicate stays in the "
                "archive as merged; the merge itself cannot be undone."
            ).format(duplicate=self._duplicate.number, survivor=self._survivor.number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def accept(self) -> None:
        if self._duplicate is None or not self.confirm_merge():
            return
        try:
            card = self._clients.merge(
                self._survivor.id, self._duplicate.id, take_from_duplicate=self.taken()
            )
        except SalonError as error:
            self._show_error(describe_error(error)[0])
            return
        self.merged.emit(card.id)
        super().accept()

    def _show_error(self, text: str) -> None:
        self._error.setText(text)
        self._error.show()
