"""The card's Cosmetology tab: the anamnesis (current version, older ones on request, a
review), and room for the sections that follow it (skin assessments, home care)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.dates import format_day, format_moment
from salon_crm.domain.common.errors import SalonError
from salon_crm.domain.health import conditions
from salon_crm.domain.permissions import Permission
from salon_crm.gui.common.error_messages import describe_error
from salon_crm.gui.common.form_parts import ERROR_COLOR
from salon_crm.gui.common.health_names import allergy_text, condition_name, group_name
from salon_crm.gui.common.side_by_side import follow_width
from salon_crm.gui.health.anamnesis_dialog import AnamnesisDialog
from salon_crm.gui.health.consent_notice import ConsentNotice
from salon_crm.gui.health.health_texts import field_groups
from salon_crm.services.clients.client_types import ClientCard
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.health.anamnesis_types import AnamnesisRecord


def _plain(text: str, parent: QWidget) -> QLabel:
    """A label for what was typed: never read as HTML, wrapped, selectable."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _heading(text: str, parent: QWidget, *, scale: float = 1.0) -> QLabel:
    label = _plain(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setContentsMargins(0, 8, 0, 2)
    return label


class AnamnesisSection(QWidget):
    """One version of the anamnesis, readable: allergies first and in red, conditions by
    group, the texts grouped, who signed it and when.

    Signals:
        recorded(int): a new version (number) was signed here.
    """

    recorded = Signal(int)

    def __init__(
        self, workspace: Workspace, actor: Actor, card: ClientCard, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("anamnesisSection")
        self._workspace = workspace
        self._actor = actor
        self._card = card
        self._health = workspace.health(actor)
        self.record: AnamnesisRecord | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(_heading(self.tr("Anamnesis"), self, scale=1.15), 1)
        self.versions = QComboBox(self)
        self.versions.setObjectName("anamnesisVersion")
        self.versions.setAccessibleName(self.tr("Anamnesis version"))
        self.versions.setToolTip(self.tr("Older versions stay readable"))
        self.versions.activated.connect(self._version_chosen)
        top.addWidget(self.versions)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newAnamnesisButton")
        self.new_button.clicked.connect(self.open_dialog)
        self.new_button.setVisible(actor.can(Permission.HEALTH_WRITE))
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.consent_notice = ConsentNotice(
            workspace.consents(actor), card.id, card.full_name, self
        )
        layout.addWidget(self.consent_notice)
        self._body = QWidget(self)
        layout.addWidget(self._body)
        self.load()

    def load(self) -> None:
        """Read the versions and show the current one (a refusal is said instead)."""
        try:
            versions = self._health.versions(self._card.id)
            self.record = self._health.current(self._card.id) if versions else None
            writer = self._actor.can(Permission.HEALTH_WRITE)
            consent = not writer or self._health.consent_given(self._card.id)
        except SalonError as error:
            self._show_message(describe_error(error)[0])
            return
        self.versions.clear()
        for summary in versions:
            self.versions.addItem(
                self.tr("Version {number} of {date}").format(
                    number=summary.version, date=format_day(summary.signed_at)
                ),
                summary.version,
            )
        self.versions.setVisible(len(versions) > 1)
        self.consent_notice.setVisible(not consent)
        if self.record is None:
            self.new_button.setText(self.tr("Fill in the anamnesis…"))
            self.new_button.setToolTip("")
        else:
            self.new_button.setText(self.tr("Review…"))
            self.new_button.setToolTip(self.tr("Sign a new version, starting from this one"))
        self._show(self.record)

    def _version_chosen(self, index: int) -> None:
        number = self.versions.itemData(index)
        if not isinstance(number, int):
            return
        try:
            self._show(self._health.version(self._card.id, number))
        except SalonError as error:
            self._show_message(describe_error(error)[0])

    def shown_version(self) -> int | None:
        data = self.versions.currentData()
        return data if isinstance(data, int) else None

    def _replace_body(self) -> QVBoxLayout:
        body = QWidget(self)
        body.setObjectName("anamnesisBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        outer = self.layout()
        assert outer is not None
        outer.replaceWidget(self._body, body)
        self._body.setParent(None)
        self._body.deleteLater()
        self._body = body
        return layout

    def _show_message(self, text: str) -> None:
        layout = self._replace_body()
        label = _plain(text, self._body)
        label.setObjectName("anamnesisMessage")
        layout.addWidget(label)

    def _show(self, record: AnamnesisRecord | None) -> None:
        layout = self._replace_body()
        body = self._body
        if record is None:
            empty = _plain(self.tr("No anamnesis recorded yet."), body)
            empty.setObjectName("anamnesisEmpty")
            layout.addWidget(empty)
            return
        signed = _plain(
            self.tr("Version {number}, signed {moment} by {name}").format(
                number=record.version,
                moment=format_moment(record.signed_at),
                name=record.signed_by or "—",
            ),
            body,
        )
        signed.setObjectName("anamnesisSigned")
        signed.setEnabled(False)  # greyed: about the record, not in it
        layout.addWidget(signed)
        data = record.data
        allergies = _plain(
            self.tr("Allergies: {list}").format(
                list=", ".join(allergy_text(a) for a in data.allergies)
            )
            if data.allergies
            else self.tr("No allergies noted."),
            body,
        )
        allergies.setObjectName("anamnesisAllergies")
        if data.allergies:
            font = allergies.font()
            font.setBold(True)
            allergies.setFont(font)
            allergies.setStyleSheet(f"color: {ERROR_COLOR};")
        layout.addWidget(allergies)
        if data.conditions:
            form = self._form(layout, self.tr("Conditions"))
            for group in conditions.ConditionGroup:
                names = [
                    self._condition_text(entry.code, entry.since, entry.note)
                    for entry in data.conditions
                    if conditions.BY_CODE[entry.code].group is group
                ]
                if names:
                    self._row(form, group_name(group), ", ".join(names))
        for title, fields in field_groups():
            shown = [(caption, getattr(data, field)) for field, caption in fields]
            if any(value.strip() for _caption, value in shown):
                form = self._form(layout, title)
                for caption, value in shown:
                    self._row(form, caption, value)

    def _condition_text(self, code: str, since: date | None, note: str) -> str:
        text = condition_name(code)
        extra = [self.tr("since {date}").format(date=format_day(since))] if since else []
        if note:
            extra.append(note)
        return f"{text} ({'; '.join(extra)})" if extra else text

    def _form(self, layout: QVBoxLayout, title: str) -> QFormLayout:
        layout.addWidget(_heading(title, self._body))
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(3)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        return form

    def _row(self, form: QFormLayout, caption: str, value: str) -> None:
        if not value.strip():
            return
        name = _plain(caption, self._body)
        name.setEnabled(False)
        form.addRow(name, _plain(value.strip(), self._body))

    def open_dialog(self) -> None:
        """A new version, starting from the current one."""
        try:
            dialog = AnamnesisDialog(
                self._workspace,
                self._actor,
                self._card.id,
                self._card.full_name,
                start=self.record,
                parent=self,
            )
        except SalonError as error:
            self._show_message(describe_error(error)[0])
            return
        dialog.recorded.connect(self.recorded)
        dialog.consent_notice.consent_recorded.connect(self.consent_notice.hide)
        try:
            self.exec_dialog(dialog)
        finally:
            dialog.deleteLater()

    def exec_dialog(self, dialog: QDialog) -> int:
        """Run the anamnesis dialog; tests replace it to drive the dialog instead."""
        return dialog.exec()


class CosmetologyTab(QWidget):
    """The tab's content: the anamnesis first, then the sections added with
    `add_section`, in one scrolling column.

    Signals:
        client_changed(int): something of the client (id) was recorded; the card reloads.
    """

    client_changed = Signal(int)

    def __init__(
        self, workspace: Workspace, actor: Actor, card: ClientCard, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cosmetologyContent")
        self._card = card
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._inner = inner = QWidget()
        self._column = QVBoxLayout(inner)
        self._column.setContentsMargins(4, 0, 4, 8)
        self.anamnesis = AnamnesisSection(workspace, actor, card, inner)
        self.anamnesis.recorded.connect(lambda _version: self.client_changed.emit(card.id))
        self._column.addWidget(self.anamnesis)
        self._column.addStretch(1)
        area.setWidget(inner)
        follow_width(area)
        outer.addWidget(area)

    def add_section(self, title: str, widget: QWidget) -> None:
        """Another part of the record under the anamnesis (before the closing stretch)."""
        at = self._column.count() - 1
        self._column.insertWidget(at, _heading(title, self._inner, scale=1.15))
        widget.setParent(self._inner)
        self._column.insertWidget(at + 1, widget)
