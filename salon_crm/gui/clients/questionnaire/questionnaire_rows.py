"""Repeating rows of the questionnaire: phones, e-mails, profiles, addresses, documents, people."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.enums import (
    AddressKind,
    ExpiringDocumentKind,
    PhoneKind,
    SocialNetwork,
)
from salon_crm.gui.common.date_field import DateField
from salon_crm.gui.common.enum_labels import (
    address_kind_labels,
    expiring_document_labels,
    phone_kind_labels,
    social_network_labels,
)
from salon_crm.gui.common.form_parts import ERROR_COLOR, ErrorLabel, FieldSlot, with_error
from salon_crm.gui.common.phone_field import PhoneField
from salon_crm.services.clients.client_types import (
    AddressData,
    ContactPersonData,
    ExpiringDocumentData,
    PhoneData,
    SocialLinkData,
)


def _enum_combo(parent: QWidget, labels: Mapping[Any, str], name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for value, text in labels.items():
        combo.addItem(text, value)
    return combo


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def _line(parent: QWidget, name: str, accessible: str, placeholder: str = "") -> QLineEdit:
    line = QLineEdit(parent)
    line.setObjectName(name)
    line.setAccessibleName(accessible)
    if placeholder:
        line.setPlaceholderText(placeholder)
    return line


class RowBase(QWidget):
    """One repeating row. `value()` is None for a row left empty (it is then not saved).

    Signals:
    changed(): something in the row was edited.
    remove_requested(): the row's remove button was pressed.
    """

    changed = Signal()
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._slots: dict[str, FieldSlot] = {}

    def slots(self) -> dict[str, FieldSlot]:
        """Attribute name (`number`, `note`…) → its widget and error label."""
        return self._slots

    def first_input(self) -> QWidget:
        return next(iter(self._slots.values())).widget

    def value(self) -> object:
        """The row's data, or None when the row was left empty."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def _remove_button(self, *, hidden: bool = False) -> QToolButton:
        """`hidden` for a row that cannot go (the main phone): it still takes its room, so
        the columns stay in line with the removable rows below."""
        button = QToolButton(self)
        button.setObjectName("removeRowButton")
        button.setText("✕")
        text = QCoreApplication.translate("QuestionnaireRows", "Remove this line")
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.setAutoRaise(True)
        button.clicked.connect(self.remove_requested)
        if hidden:
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
            button.hide()
        return button

    def _watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self.changed)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.changed)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self.changed)

    def _slot(self, name: str, widget: QWidget) -> QWidget:
        container, slot = with_error(widget)
        self._slots[name] = slot
        return container


class PhoneRow(RowBase):
    """Number, type, messengers and a note; the main phone's row has no remove button."""

    def __init__(self, region: str, *, main: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainPhoneRow" if main else "phoneRow")
        self.number = PhoneField(region, self)
        self.number.setObjectName("phoneMain" if main else "phoneNumber")
        self.number.setAccessibleName(self.tr("Main phone") if main else self.tr("Phone"))
        self.number.setMinimumWidth(150)
        self.kind = _enum_combo(self, phone_kind_labels(), "phoneKind")
        self.kind.setAccessibleName(self.tr("Phone type"))
        self.viber = QCheckBox("Viber", self)
        self.viber.setObjectName("phoneViber")
        self.telegram = QCheckBox("Telegram", self)
        self.telegram.setObjectName("phoneTelegram")
        self.whatsapp = QCheckBox("WhatsApp", self)
        self.whatsapp.setObjectName("phoneWhatsapp")
        self.note = _line(self, "phoneNote", self.tr("Phone note"), self.tr("e.g. husband's phone"))
        self.note.setMinimumWidth(100)
        number_error, note_error = ErrorLabel(parent=self), ErrorLabel(parent=self)
        self._slots["number"] = FieldSlot(self.number, number_error)
        self._slots["note"] = FieldSlot(self.note, note_error)
        for slot in self._slots.values():
            slot.recheck_on_edit()
        # Number, type and note on the first line, the messengers of that number under
        # it: the row fits a narrow window without scrolling sideways.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        for column, widget in enumerate((self.number, self.kind, self.note)):
            grid.addWidget(widget, 0, column)
        grid.addWidget(self._remove_button(hidden=main), 0, 3)
        # The number's message may be long (a duplicate names the other client): it gets
        # the whole width, the note's its own line.
        grid.addWidget(number_error, 1, 0, 1, 3)
        grid.addWidget(note_error, 2, 0, 1, 3)
        messengers = QHBoxLayout()
        for box in (self.viber, self.telegram, self.whatsapp):
            messengers.addWidget(box)
        messengers.addStretch(1)
        grid.addLayout(messengers, 3, 0, 1, 3)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        self._watch(self.number, self.kind, self.viber, self.telegram, self.whatsapp, self.note)

    def set_value(self, phone: PhoneData) -> None:
        self.number.set_number(phone.number)
        _select(self.kind, phone.kind)
        self.viber.setChecked(phone.has_viber)
        self.telegram.setChecked(phone.has_telegram)
        self.whatsapp.setChecked(phone.has_whatsapp)
        self.note.setText(phone.note)

    def value(self, *, main: bool = False) -> PhoneData | None:
        number = self.number.text().strip()
        if not number:
            return None
        return PhoneData(
            number=number,
            kind=PhoneKind(self.kind.currentData()),
            is_main=main,
            has_viber=self.viber.isChecked(),
            has_telegram=self.telegram.isChecked(),
            has_whatsapp=self.whatsapp.isChecked(),
            note=self.note.text().strip(),
        )

    def is_incomplete(self) -> bool:
        """A note or a messenger without a number would be dropped silently; say so instead."""
        extras = self.note.text().strip() or any(
            b.isChecked() for b in (self.viber, self.telegram, self.whatsapp)
        )
        return bool(extras) and not self.number.text().strip()


class EmailRow(RowBase):
    def __init__(self, *, first: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address = _line(
            self, "email" if first else "emailAddress", self.tr("E-mail"), "name@example.com"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._slot("address", self.address), 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._remove_button(hidden=first), 0, Qt.AlignmentFlag.AlignTop)
        self._watch(self.address)

    def set_value(self, address: str) -> None:
        self.address.setText(address)

    def value(self) -> str | None:
        return self.address.text().strip() or None


class SocialRow(RowBase):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network = _enum_combo(self, social_network_labels(), "socialNetwork")
        self.network.setAccessibleName(self.tr("Network"))
        self.handle = _line(
            self, "socialHandle", self.tr("Profile"), self.tr("@name or a link to the profile")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.network, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._slot("handle", self.handle), 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._remove_button(), 0, Qt.AlignmentFlag.AlignTop)
        self._watch(self.network, self.handle)

    def first_input(self) -> QWidget:
        return self.network

    def set_value(self, link: SocialLinkData) -> None:
        _select(self.network, link.network)
        self.handle.setText(link.handle)

    def value(self) -> SocialLinkData | None:
        handle = self.handle.text().strip()
        if not handle:
            return None
        return SocialLinkData(SocialNetwork(self.network.currentData()), handle)


class _FramedRow(RowBase):
    """A row of several labelled fields, in a light frame so rows read as separate cards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.grid = QGridLayout(frame)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)
        self.frame = frame

    def _field(self, row: int, column: int, caption: str, name: str, widget: QWidget) -> None:
        label = QLabel(caption, self.frame)
        label.setBuddy(widget)
        self.grid.addWidget(label, row, column * 2, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(self._slot(name, widget), row, column * 2 + 1)
        label.setContentsMargins(0, 4, 0, 0)  # level with the text of the field beside it


class AddressRow(_FramedRow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = _enum_combo(self.frame, address_kind_labels(), "addressKind")
        self.kind.setAccessibleName(self.tr("Address type"))
        self.country = _line(self.frame, "addressCountry", self.tr("Country"))
        self.region = _line(self.frame, "addressRegion", self.tr("Region"))
        self.city = _line(self.frame, "addressCity", self.tr("City"))
        self.street = _line(self.frame, "addressStreet", self.tr("Street, house, flat"))
        self.postal_code = _line(self.frame, "addressPostalCode", self.tr("Postcode"))
        self.postal_code.setMaximumWidth(140)
        self._field(0, 0, self.tr("Type:"), "kind", self.kind)
        self._field(0, 1, self.tr("Country:"), "country", self.country)
        self._field(1, 0, self.tr("Region:"), "region", self.region)
        self._field(1, 1, self.tr("City:"), "city", self.city)
        self._field(2, 0, self.tr("Street, house, flat:"), "street", self.street)
        self._field(2, 1, self.tr("Postcode:"), "postal_code", self.postal_code)
        self.grid.addWidget(self._remove_button(), 0, 4, Qt.AlignmentFlag.AlignTop)
        self._watch(self.kind, self.country, self.region, self.city, self.street, self.postal_code)

    def set_value(self, address: AddressData) -> None:
        _select(self.kind, address.kind)
        self.country.setText(address.country)
        self.region.setText(address.region)
        self.city.setText(address.city)
        self.street.setText(address.street)
        self.postal_code.setText(address.postal_code)

    def value(self) -> AddressData | None:
        texts = [w.text().strip() for w in (self.country, self.region, self.city, self.street)]
        postal = self.postal_code.text().strip()
        if not any(texts) and not postal:
            return None
        country, region, city, street = texts
        return AddressData(
            AddressKind(self.kind.currentData()), country, region, city, street, postal
        )


class ExpiringDocumentRow(_FramedRow):
    """A document that runs out (medical certificate, insurance…); an expired one says so."""

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.kind = _enum_combo(self.frame, expiring_document_labels(), "documentKind")
        self.kind.setAccessibleName(self.tr("Document type"))
        self.title = _line(self.frame, "documentTitle", self.tr("Title"))
        self.number = _line(self.frame, "documentNumber", self.tr("Document number"))
        self.issued_on = DateField(self.frame)
        self.issued_on.setObjectName("documentIssuedOn")
        self.issued_on.setAccessibleName(self.tr("Issued on"))
        self.expires_on = DateField(self.frame)
        self.expires_on.setObjectName("documentExpiresOn")
        self.expires_on.setAccessibleName(self.tr("Valid until"))
        self.note = _line(self.frame, "documentNote", self.tr("Document note"))
        self.expired = QLabel(self.tr("Expired"), self.frame)
        self.expired.setObjectName("documentExpired")
        self.expired.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;")
        self.expired.hide()
        self._field(0, 0, self.tr("Type:"), "kind", self.kind)
        self._field(0, 1, self.tr("Title:"), "title", self.title)
        self._field(1, 0, self.tr("Number:"), "number", self.number)
        self._field(1, 1, self.tr("Note:"), "note", self.note)
        self._field(2, 0, self.tr("Issued on:"), "issued_on", self.issued_on)
        expiry = QWidget(self.frame)
        expiry_layout = QHBoxLayout(expiry)
        expiry_layout.setContentsMargins(0, 0, 0, 0)
        expiry_layout.addWidget(self.expires_on)
        expiry_layout.addWidget(self.expired)
        expiry_layout.addStretch(1)
        label = QLabel(self.tr("Valid until:"), self.frame)
        label.setBuddy(self.expires_on)
        label.setContentsMargins(0, 4, 0, 0)
        self.grid.addWidget(label, 2, 2, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(self._slot_around("expires_on", self.expires_on, expiry), 2, 3)
        self.grid.addWidget(self._remove_button(), 0, 4, Qt.AlignmentFlag.AlignTop)
        self._watch(self.kind, self.title, self.number, self.issued_on, self.expires_on, self.note)
        self.expires_on.textChanged.connect(self._show_expiry)

    def _slot_around(self, name: str, field: QWidget, shown: QWidget) -> QWidget:
        """The error slot belongs to `field`, the layout shows `shown` (field + badge)."""
        container = self._slot(name, shown)
        self._slots[name] = FieldSlot(field, self._slots[name].error)
        return container

    def _show_expiry(self) -> None:
        expires = self.expires_on.date_value()
        self.expired.setVisible(expires is not None and expires < self._today())

    def set_value(self, document: ExpiringDocumentData) -> None:
        _select(self.kind, document.kind)
        self.title.setText(document.title)
        self.number.setText(document.number)
        self.issued_on.set_date(document.issued_on)
        self.expires_on.set_date(document.expires_on)
        self.note.setText(document.note)

    def date_fields(self) -> dict[str, DateField]:
        return {"issued_on": self.issued_on, "expires_on": self.expires_on}

    def value(self) -> ExpiringDocumentData | None:
        texts = [w.text().strip() for w in (self.title, self.number, self.note)]
        issued, expires = self.issued_on.date_value(), self.expires_on.date_value()
        # A date that is typed but unreadable still makes the row count: its error must
        # be shown, not the row dropped.
        if not any(texts) and self.issued_on.is_empty() and self.expires_on.is_empty():
            return None
        title, number, note = texts
        return ExpiringDocumentData(
            ExpiringDocumentKind(self.kind.currentData()), title, number, issued, expires, note
        )


class ContactPersonRow(_FramedRow):
    """Someone to call about the client (a mother, a husband) with their own phone and role."""

    def __init__(self, region: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = _line(self.frame, "contactName", self.tr("Contact person's name"))
        self.role = _line(
            self.frame, "contactRole", self.tr("Role"), self.tr("e.g. mother, husband")
        )
        self.phone = PhoneField(region, self.frame)
        self.phone.setObjectName("contactPhone")
        self.phone.setAccessibleName(self.tr("Contact person's phone"))
        self.email = _line(self.frame, "contactEmail", self.tr("Contact person's e-mail"))
        self.note = _line(self.frame, "contactNote", self.tr("Contact person note"))
        self._field(0, 0, self.tr("Name:"), "name", self.name)
        self._field(0, 1, self.tr("Role:"), "role", self.role)
        self._field(1, 0, self.tr("Phone:"), "phone", self.phone)
        self._field(1, 1, self.tr("E-mail:"), "email", self.email)
        self._field(2, 0, self.tr("Note:"), "note", self.note)
        self.grid.addWidget(self._remove_button(), 0, 4, Qt.AlignmentFlag.AlignTop)
        self._watch(self.name, self.role, self.phone, self.email, self.note)

    def set_value(self, person: ContactPersonData) -> None:
        self.name.setText(person.name)
        self.role.setText(person.role)
        self.phone.set_number(person.phone)
        self.email.setText(person.email)
        self.note.setText(person.note)

    def value(self) -> ContactPersonData | None:
        name, role, phone, email, note = (
            w.text().strip() for w in (self.name, self.role, self.phone, self.email, self.note)
        )
        if not any((name, role, phone, email, note)):
            return None
        return ContactPersonData(name, role, phone, email, note)


class RowList(QWidget):
    """Rows of one kind stacked above an "Add …" button.

    Signals:
    changed(): a row was edited, added or removed.
    rows_changed(): a row was added or removed (the tab order needs redoing).
    """

    changed = Signal()
    rows_changed = Signal()

    def __init__(
        self,
        make_row: Callable[[QWidget], RowBase],
        add_text: str,
        *,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._make_row = make_row
        self._rows: list[RowBase] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        self.add_button = QPushButton(add_text, self)
        self.add_button.setObjectName(f"{name}AddButton")
        # Enter in a field must not press it; it is pressed on purpose only.
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_and_focus)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def rows(self) -> list[RowBase]:
        return list(self._rows)

    def add_row(self) -> RowBase:
        row = self._make_row(self)
        self._rows.append(row)
        self._rows_layout.addWidget(row)
        row.changed.connect(self.changed)
        row.remove_requested.connect(lambda: self.remove_row(row))
        self.rows_changed.emit()
        return row

    def remove_row(self, row: RowBase) -> None:
        if row not in self._rows:
            return
        self._rows.remove(row)
        self._rows_layout.removeWidget(row)
        # Out of the dialog at once, not only when deleteLater runs: what the dialog
        # compares and lays out must no longer see it.
        row.hide()
        row.setParent(None)
        row.deleteLater()
        self.rows_changed.emit()
        self.changed.emit()
        self.add_button.setFocus()

    def set_values(self, values: Sequence[object]) -> None:
        self.clear()
        for value in values:
            self.add_row().set_value(value)

    def clear(self) -> None:
        for row in self._rows:
            self._rows_layout.removeWidget(row)
            row.hide()
            row.setParent(None)
            row.deleteLater()
        self._rows.clear()
        self.rows_changed.emit()

    def _add_and_focus(self) -> None:
        row = self.add_row()
        self.changed.emit()
        row.first_input().setFocus()
