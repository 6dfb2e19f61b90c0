"""The client questionnaire («анкета»): create a client or correct one, section by section."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QLocale, QRegularExpression, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.dates import format_day
from salon_crm.domain.common.enums import ClientClass, ConsentPurpose, Gender, IdentityDocumentKind
from salon_crm.domain.common.errors import (
    ConflictError,
    FieldError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from salon_crm.domain.permissions import Permission
from salon_crm.gui.clients.client_faces import face_source
from salon_crm.gui.clients.client_picker import ClientPickerDialog
from salon_crm.gui.clients.questionnaire.custom_fields_form import CustomFieldsForm
from salon_crm.gui.clients.questionnaire.list_choice import fill_list_combo
from salon_crm.gui.clients.questionnaire.questionnaire_rows import (
    AddressRow,
    ContactPersonRow,
    EmailRow,
    ExpiringDocumentRow,
    PhoneRow,
    RowBase,
    RowList,
    SocialRow,
)
from salon_crm.gui.clients.questionnaire.questionnaire_shape import (
    STAR,
    shape_questionnaire,
    starred,
)
from salon_crm.gui.common import ui_settings
from salon_crm.gui.common.background import report_failure, run_in_background
from salon_crm.gui.common.date_field import DateField
from salon_crm.gui.common.enum_labels import (
    client_class_labels,
    consent_labels,
    gender_labels,
    identity_document_labels,
    language_labels,
)
from salon_crm.gui.common.field_messages import field_message
from salon_crm.gui.common.form_parts import (
    ErrorLabel,
    FieldSlot,
    apply_tab_order,
    focus_chain,
    with_error,
)
from salon_crm.gui.common.side_by_side import SideBySide, follow_width
from salon_crm.services.clients.client_types import (
    AddressData,
    ClientCard,
    ClientInput,
    ClientRef,
    ConsentData,
    ContactPersonData,
    ExpiringDocumentData,
    IdentityDocumentData,
    PhoneData,
    PhoneOwner,
    SocialLinkData,
)
from salon_crm.services.clients.questionnaire_start import (
    QuestionnaireStart,
    load_questionnaire_start,
)
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.settings.settings_service import ListItem

DUPLICATE_CHECK_MS = 300
CLIENT_LINK = "client:"
RESTORE_LINK = "restore:"
V = TypeVar("V")


class CloseChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Section(int, Enum):
    BASIC = 0
    CONTACTS = 1
    ADDRESSES = 2
    ADDITIONAL = 3
    CONSENTS = 4
    CUSTOM = 5


@dataclass(frozen=True)
class _Problem:
    """One message to show: under `slot`'s field, or in the general box when it has none."""

    slot: FieldSlot | None
    section: Section
    text: str
    link: tuple[str, str] | None = None


def _required(caption: str) -> str:
    """`First name:` → `First name *:` with a red star (the label is rich text)."""
    return starred(html.escape(caption))


def _blank_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


def _scroll(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    # The area itself is not a stop for Tab; the fields inside it are.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(page)
    follow_width(area)
    return area


def prefill_from_search(text: str) -> ClientInput | None:
    """A new client's starting form from what was typed in the main search: a phone, or
    the name in the list's order (last, first, middle); None when nothing was typed."""
    text = " ".join(text.split())
    if not text:
        return None
    if re.fullmatch(r"[\d\s+\-().]+", text) and sum(ch.isdigit() for ch in text) >= 5:
        return ClientInput(phones=(PhoneData(text, is_main=True),))
    words = [w for w in text.split(" ") if any(ch.isalpha() for ch in w)]
    last, first, middle = (*words[:3], "", "", "")[:3]
    return ClientInput(
        last_name=_capitalised(last),
        first_name=_capitalised(first),
        middle_name=_capitalised(middle),
    )


def _capitalised(word: str) -> str:
    # Not str.title(): that would make «Мар'яна» into «Мар'Яна».
    return word[:1].upper() + word[1:]


class QuestionnaireDialog(QDialog):
    """Create (`client_id=None`) or correct a client; everything is saved in one call.

    The client and the salon's lists are read in the background: the form is built when
    they arrive (`ready`). If they cannot be read the dialog closes, and the error goes to
    `on_load_failure` (by default the standard failure route).

    After a successful save `saved_card` holds the card as stored. Closing with unsaved
    changes asks first (`_ask_save_changes`, a method so tests can answer it).

    Signals:
    ready(): the form is filled in and can be used.
    client_saved(int): the client (id) was created or updated; emitted before accepting.
    open_client_requested(int): the user followed the link to another client (the owner
        of a phone typed here), and the dialog has closed; the main window opens that card.
    client_restored(int): instead of a new card, the archived client whose main phone was
        typed was restored (open_client_requested follows).
    """

    ready = Signal()
    client_saved = Signal(int)
    open_client_requested = Signal(int)
    client_restored = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        actor: Actor,
        *,
        client_id: int | None = None,
        prefill: ClientInput | None = None,
        on_load_failure: Callable[[Exception], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("questionnaireDialog")
        self._clients = workspace.clients(actor)
        self._actor = actor
        self._search = workspace.search(actor)
        self._faces = face_source(workspace, actor)
        self._client_id = client_id
        self._prefill = prefill
        self._on_load_failure = on_load_failure or report_failure
        self.saved_card: ClientCard | None = None
        self.duplicate_owner: PhoneOwner | None = None
        self._is_ready = False

        self._layout = QVBoxLayout(self)
        self._loading = QLabel(self.tr("Opening the questionnaire…"), self)
        self._loading.setObjectName("questionnaireLoading")
        self._loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self._loading)
        self.setWindowTitle(self.tr("Questionnaire"))
        # Wide enough for a phone line (number, type, three messengers, note) unwrapped.
        self.setMinimumSize(920, 560)
        geometry = ui_settings.get(ui_settings.QUESTIONNAIRE_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            # Comfortable by default, but never larger than a small laptop's screen.
            room = self.screen().availableGeometry()
            self.resize(min(1060, room.width()), min(720, room.height()))

        clients, settings, users = self._clients, workspace.settings(actor), workspace.users(actor)
        layout = workspace.questionnaire_layout(actor)
        run_in_background(
            lambda: load_questionnaire_start(
                clients=clients,
                settings=settings,
                users=users,
                client_id=client_id,
                layout=layout,
            ),
            on_success=self._build,
            on_failure=self._load_failed,
            parent=self,
        )

    def is_ready(self) -> bool:
        return self._is_ready

    def _load_failed(self, error: Exception) -> None:
        self.reject()
        self._on_load_failure(error)

    def _build(self, start: QuestionnaireStart) -> None:
        self._lookups = start
        self._card = start.card
        if self._card is not None:
            self._start = self._card.edit_input()
        else:
            self._start = self._prefill or ClientInput()
        self._region = start.region
        self._parent_ref: ClientRef | None = None
        self._slots: dict[str, tuple[FieldSlot, Section]] = {}
        self._sent: dict[str, list[RowBase]] = {}
        self._identity_sent = False
        # The boxes standing for one field each, for the owner's hidden fields.
        self._field_boxes: dict[str, QWidget] = {}

        self._general_error = ErrorLabel("general", self)
        self._general_error.setObjectName("generalErrors")
        self._general_error.setTextFormat(Qt.TextFormat.RichText)
        self._title = QLabel(self)
        self._title.setObjectName("questionnaireTitle")
        title_font = self._title.font()
        title_font.setBold(True)
        self._title.setFont(title_font)

        self._nav = QListWidget(self)
        self._nav.setObjectName("sectionList")
        self._nav.setAccessibleName(self.tr("Sections"))
        self._stack = QStackedWidget(self)
        self._stack.setObjectName("sectionStack")
        self._areas: list[QScrollArea] = []
        for section, title, page in (
            (Section.BASIC, self.tr("Basic"), self._build_basic()),
            (Section.CONTACTS, self.tr("Contacts"), self._build_contacts()),
            (Section.ADDRESSES, self.tr("Addresses"), self._build_addresses()),
            (Section.ADDITIONAL, self.tr("Additional"), self._build_additional()),
            (Section.CONSENTS, self.tr("Consents"), self._build_consents()),
            (Section.CUSTOM, self.tr("Custom fields"), self._build_custom()),
        ):
            page.setObjectName(f"section_{section.name.lower()}")
            area = _scroll(page)
            self._areas.append(area)
            self._stack.addWidget(area)
            QListWidgetItem(title, self._nav)
        # Every item holds an icon's room, so the warning icon of a section with errors
        # does not make its line taller than the others.
        self._nav.setIconSize(QSize(16, 16))
        self._nav.setSpacing(2)
        self._blank_icon = _blank_icon()
        for index in range(self._nav.count()):
            self._nav.item(index).setIcon(self._blank_icon)
        self._nav.currentRowChanged.connect(self._stack.setCurrentIndex)
        self._nav.setCurrentRow(0)
        width = max(self._nav.sizeHintForColumn(0), 120) + 36
        self._nav.setFixedWidth(width)

        self._save_button = QPushButton(self.tr("Save"), self)
        self._save_button.setObjectName("saveButton")
        self._save_button.setToolTip(self.tr("Save the questionnaire (Ctrl+S)"))
        self._save_button.clicked.connect(self.save)
        self._cancel_button = QPushButton(self.tr("Cancel"), self)
        self._cancel_button.setObjectName("cancelButton")
        self._cancel_button.setToolTip(self.tr("Close without saving (Esc)"))
        self._cancel_button.clicked.connect(self.reject)
        for button in (self._save_button, self._cancel_button):
            # Enter in a long form must not save or close it by surprise: Ctrl+S saves.
            button.setAutoDefault(False)
        legend = QLabel(
            self.tr("{star} required field").format(star=STAR),
            self,
        )
        legend.setObjectName("requiredLegend")
        legend.setTextFormat(Qt.TextFormat.RichText)

        middle = QHBoxLayout()
        middle.addWidget(self._nav)
        middle.addWidget(self._stack, 1)
        footer = QHBoxLayout()
        footer.addWidget(legend, 1)
        footer.addWidget(self._save_button)
        footer.addWidget(self._cancel_button)
        self._loading.hide()
        layout = self._layout
        layout.addWidget(self._title)
        layout.addWidget(self._general_error)
        layout.addLayout(middle, 1)
        layout.addLayout(footer)

        # A duplicate main phone is said while typing, not only on Save; the pause keeps
        # one query per burst of keys.
        self._duplicate_timer = QTimer(self)
        self._duplicate_timer.setSingleShot(True)
        self._duplicate_timer.setInterval(DUPLICATE_CHECK_MS)
        self._duplicate_timer.timeout.connect(self.check_duplicate_phone)
        self._main_phone.number.textChanged.connect(self._duplicate_timer.start)

        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self._step_section(1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self._step_section(-1))

        self._populate(self._start, self._card)
        self._apply_shape(start)
        self._baseline = self._snapshot()
        self._fix_tab_order()
        self._last_name.setFocus()
        self._is_ready = True
        self.ready.emit()

    # --- building the sections -------------------------------------------------------------

    def _slot(self, field: str, widget: QWidget, section: Section) -> QWidget:
        """Pair `widget` with its error label; returns the container to put in a layout."""
        container, slot = with_error(widget, field)
        self._slots[field] = (slot, section)
        return container

    def _line(self, name: str, accessible: str = "", placeholder: str = "") -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        if accessible:
            line.setAccessibleName(accessible)
        if placeholder:
            line.setPlaceholderText(placeholder)
        return line

    def _form(self, group: QGroupBox) -> QFormLayout:
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return form

    def _add_row(
        self,
        form: QFormLayout,
        caption: str,
        field: str,
        widget: QWidget,
        section: Section,
        *,
        required: bool = False,
    ) -> None:
        label = QLabel(_required(caption) if required else html.escape(caption))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setBuddy(widget)
        # Level with the field's text, not with the top of its frame.
        label.setContentsMargins(0, 4, 0, 0)
        form.addRow(label, self._slot(field, widget, section))

    def _list_combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        return combo

    def _build_basic(self) -> QWidget:
        s = Section.BASIC
        self._last_name = self._line("lastName", self.tr("Last name"))
        self._first_name = self._line("firstName", self.tr("First name"))
        self._middle_name = self._line("middleName", self.tr("Middle name"))
        self._salutation = self._line(
            "salutation", self.tr("Salutation"), self.tr("e.g. dear Olena Petrivna")
        )
        self._gender = self._list_combo("gender", self.tr("Gender"))
        for gender, text in gender_labels().items():
            self._gender.addItem(text, gender.value)
        self._birth_date = DateField()
        self._birth_date.setObjectName("birthDate")
        self._birth_date.setAccessibleName(self.tr("Date of birth"))
        self._name_day_day = QSpinBox()
        self._name_day_day.setObjectName("nameDayDay")
        self._name_day_day.setAccessibleName(self.tr("Name day: day"))
        self._name_day_day.setRange(0, 31)
        self._name_day_day.setSpecialValueText("—")
        self._name_day_month = self._list_combo("nameDayMonth", self.tr("Name day: month"))
        self._name_day_month.addItem("—", 0)
        locale = QLocale()
        for month in range(1, 13):
            self._name_day_month.addItem(
                locale.standaloneMonthName(month, QLocale.FormatType.LongFormat), month
            )
        name_day = QWidget()
        name_day_layout = QHBoxLayout(name_day)
        name_day_layout.setContentsMargins(0, 0, 0, 0)
        name_day_layout.addWidget(self._name_day_day)
        name_day_layout.addWidget(self._name_day_month)
        name_day_layout.addStretch(1)
        self._language = self._list_combo("preferredLanguage", self.tr("Preferred language"))
        self._language.addItem("", "")
        for code, name in language_labels().items():
            self._language.addItem(name, code)
        self._company = self._line("company", self.tr("Company"))
        self._job_title = self._line("jobTitle", self.tr("Job title"))

        person = QGroupBox(self.tr("Person"))
        form = self._form(person)
        # Either name will do: both are marked, and a note under them says so.
        self._add_row(form, self.tr("Last name:"), "last_name", self._last_name, s, required=True)
        self._add_row(
            form, self.tr("First name:"), "first_name", self._first_name, s, required=True
        )
        either = QLabel(self.tr("{star} one of the two names is enough").format(star=STAR))
        either.setObjectName("eitherNameNote")
        either.setTextFormat(Qt.TextFormat.RichText)
        either.setEnabled(False)  # greyed: a note, not a field
        form.addRow("", either)
        self._add_row(form, self.tr("Middle name:"), "middle_name", self._middle_name, s)
        self._add_row(form, self.tr("Salutation:"), "salutation", self._salutation, s)
        self._add_row(form, self.tr("Gender:"), "gender", self._gender, s)
        self._add_row(form, self.tr("Date of birth:"), "birth_date", self._birth_date, s)
        self._add_row(form, self.tr("Name day:"), "name_day", name_day, s)
        self._slots["name_day"] = (FieldSlot(self._name_day_day, self._error("name_day")), s)
        self._add_row(form, self.tr("Preferred language:"), "preferred_language", self._language, s)
        self._add_row(form, self.tr("Company:"), "company", self._company, s)
        self._add_row(form, self.tr("Job title:"), "job_title", self._job_title, s)

        self._client_number = self._line("clientNumber", self.tr("Client number"))
        self._client_number.setMaximumWidth(200)
        self._class = self._list_combo("clientClass", self.tr("Class"))
        self._class.addItem(self.tr("— not set —"), None)
        for value, text in client_class_labels().items():
            self._class.addItem(text, value.value)
        self._category = self._list_combo("category", self.tr("Category"))
        self._source = self._list_combo("source", self.tr("Source"))
        self._responsible = self._list_combo("responsible", self.tr("Responsible staff member"))
        self._vip = QCheckBox(self.tr("VIP"))
        self._vip.setObjectName("isVip")
        self._blacklisted = QCheckBox(self.tr("Blacklist"))
        self._blacklisted.setObjectName("isBlacklisted")
        self._blacklisted.setToolTip(self.tr("Do not book: unwanted client or spam"))
        marks = QWidget()
        marks_layout = QHBoxLayout(marks)
        marks_layout.setContentsMargins(0, 0, 0, 0)
        marks_layout.addWidget(self._vip)
        marks_layout.addWidget(self._blacklisted)
        marks_layout.addStretch(1)
        self._discount = QSpinBox()
        self._discount.setObjectName("discountPercent")
        self._discount.setAccessibleName(self.tr("Personal discount, %"))
        self._discount.setRange(0, 100)
        self._discount.setSuffix(" %")
        self._discount.setMaximumWidth(140)
        self._loyalty = self._line(
            "loyaltyCard", self.tr("Loyalty card"), self.tr("EAN-8 or EAN-13 barcode")
        )
        self._loyalty.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^[0-9 ]{0,20}$"), self._loyalty)
        )
        self._call_period = QSpinBox()
        self._call_period.setObjectName("callPeriodDays")
        self._call_period.setAccessibleName(self.tr("Call every (days)"))
        self._call_period.setRange(0, 3650)
        self._call_period.setSpecialValueText("—")
        self._call_period.setMaximumWidth(140)
        self._next_call = DateField()
        self._next_call.setObjectName("nextCallDate")
        self._next_call.setAccessibleName(self.tr("Next call"))
        self._tags = QListWidget()
        self._tags.setObjectName("tags")
        self._tags.setAccessibleName(self.tr("Groups"))
        self._tags.setMaximumHeight(120)
        self._no_tags = QLabel(self.tr("No tags yet: the owner adds them in Settings."))
        self._no_tags.setObjectName("noTags")
        self._no_tags.setWordWrap(True)
        tags = QWidget()
        tags_layout = QVBoxLayout(tags)
        tags_layout.setContentsMargins(0, 0, 0, 0)
        tags_layout.addWidget(self._tags)
        tags_layout.addWidget(self._no_tags)

        client = QGroupBox(self.tr("Client"))
        form = self._form(client)
        self._add_row(form, self.tr("Client number:"), "client_number", self._client_number, s)
        self._add_row(form, self.tr("Class:"), "client_class", self._class, s)
        self._add_row(form, self.tr("Category:"), "category", self._category, s)
        self._add_row(form, self.tr("Source:"), "source", self._source, s)
        self._add_row(form, self.tr("Responsible:"), "responsible_user", self._responsible, s)
        self._add_row(form, self.tr("Marks:"), "marks", marks, s)
        self._add_row(form, self.tr("Discount:"), "discount_percent", self._discount, s)
        self._add_row(form, self.tr("Loyalty card:"), "loyalty_card", self._loyalty, s)
        self._add_row(form, self.tr("Call every (days):"), "call_period_days", self._call_period, s)
        self._add_row(form, self.tr("Next call:"), "next_call_date", self._next_call, s)
        self._add_row(form, self.tr("Groups:"), "tags", tags, s)
        self._slots["tags"] = (FieldSlot(self._tags, self._slots["tags"][0].error), s)

        self._notes = QPlainTextEdit()
        self._notes.setObjectName("notes")
        self._notes.setAccessibleName(self.tr("Private notes"))
        self._notes.setTabChangesFocus(True)
        self._visible_notes = QPlainTextEdit()
        self._visible_notes.setObjectName("visibleNotes")
        self._visible_notes.setAccessibleName(self.tr("Visible notes"))
        self._visible_notes.setTabChangesFocus(True)
        for edit in (self._notes, self._visible_notes):
            # Room for a few lines without pushing the page into a scroll at the default
            # size; longer notes scroll inside.
            edit.setMinimumHeight(80)
            edit.setMaximumHeight(120)
        notes = QGroupBox(self.tr("Notes"))
        notes_layout = QGridLayout(notes)
        for column, (caption, hint, field, edit) in enumerate(
            (
                (
                    self.tr("Private notes"),
                    self.tr("for the staff only"),
                    "notes",
                    self._notes,
                ),
                (
                    self.tr("Visible notes"),
                    self.tr("shown on the card and whenever the client is picked"),
                    "visible_notes",
                    self._visible_notes,
                ),
            )
        ):
            label = QLabel(f"<b>{html.escape(caption)}</b> — {html.escape(hint)}")
            label.setWordWrap(True)
            label.setBuddy(edit)
            notes_layout.addWidget(label, 0, column)
            notes_layout.addWidget(self._slot(field, edit, s), 1, column)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(SideBySide((person, client), page))
        layout.addWidget(notes)
        layout.addStretch(1)
        return page

    def _error(self, field: str) -> ErrorLabel:
        """The error label already made for `field` by `_slot`."""
        return self._slots[field][0].error

    def _build_contacts(self) -> QWidget:
        s = Section.CONTACTS
        self._main_phone = PhoneRow(self._region, main=True)
        main_slot = self._main_phone.slots()["number"]
        main_slot.error.setObjectName("error_phone_main")
        # The one place the phone's owner is named, while typing as after Save; its room
        # is kept, so the warning coming and going moves nothing.
        main_slot.error.reserve_line()
        self._connect_links(main_slot.error)
        self._slots["phone_main"] = (main_slot, s)
        self._extra_phones = RowList(
            lambda parent: PhoneRow(self._region, parent=parent),
            self.tr("Add a phone"),
            name="extraPhones",
        )
        phones = QGroupBox(self.tr("Phones"))
        form = self._form(phones)
        main_label = QLabel(_required(self.tr("Main phone:")))
        main_label.setBuddy(self._main_phone.number)
        main_label.setContentsMargins(0, 4, 0, 0)
        hint = QLabel(
            self.tr(
                "The main mobile identifies the client: two clients cannot share it. "
                "Other phones may repeat."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)  # greyed: a hint, not a field
        # One field cell for the row and the hint: a separate form row would add spacing.
        main_box = QWidget()
        main_layout = QVBoxLayout(main_box)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.setSpacing(2)
        main_layout.addWidget(self._main_phone)
        main_layout.addWidget(hint)
        form.addRow(main_label, main_box)
        other_label = QLabel(self.tr("Other phones:"))
        other_label.setContentsMargins(0, 4, 0, 0)
        form.addRow(other_label, self._extra_phones)

        self._first_email = EmailRow(first=True)
        # Not in self._slots: "email" names the first e-mail *sent*, found via self._sent.
        self._first_email.slots()["address"].error.setObjectName("error_email")
        self._extra_emails = RowList(
            lambda parent: EmailRow(parent=parent), self.tr("Add an e-mail"), name="extraEmails"
        )
        emails = QGroupBox(self.tr("E-mail"))
        self._field_boxes["email"] = emails
        form = self._form(emails)
        email_label = QLabel(self.tr("E-mail:"))
        email_label.setBuddy(self._first_email.address)
        email_label.setContentsMargins(0, 4, 0, 0)
        form.addRow(email_label, self._first_email)
        other_label = QLabel(self.tr("Other e-mails:"))
        other_label.setContentsMargins(0, 4, 0, 0)
        form.addRow(other_label, self._extra_emails)

        self._social = RowList(
            lambda parent: SocialRow(parent), self.tr("Add a profile"), name="socialLinks"
        )
        social = QGroupBox(self.tr("Social networks and web sites"))
        self._field_boxes["social_links"] = social
        social_layout = QVBoxLayout(social)
        social_layout.addWidget(self._social)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(phones)
        layout.addWidget(emails)
        layout.addWidget(social)
        layout.addStretch(1)
        for rows in (self._extra_phones, self._extra_emails, self._social):
            self._watch_rows(rows)
        return page

    def _watch_rows(self, rows: RowList) -> None:
        rows.rows_changed.connect(self._fix_tab_order)

    def _build_addresses(self) -> QWidget:
        self._addresses = RowList(
            lambda parent: AddressRow(parent), self.tr("Add an address"), name="addresses"
        )
        self._watch_rows(self._addresses)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self._addresses)
        layout.addStretch(1)
        return page

    def _build_additional(self) -> QWidget:
        s = Section.ADDITIONAL
        self._id_kind = self._list_combo("idKind", self.tr("Identity document type"))
        for kind, text in identity_document_labels().items():
            self._id_kind.addItem(text, kind.value)
        self._id_series = self._line("idSeries", self.tr("Series"))
        self._id_series.setMaximumWidth(120)
        self._id_number = self._line("idNumber", self.tr("Document number"))
        self._id_issued_on = DateField()
        self._id_issued_on.setObjectName("idIssuedOn")
        self._id_issued_on.setAccessibleName(self.tr("Date of issue"))
        self._id_issued_by = self._line("idIssuedBy", self.tr("Issued by"))
        self._id_department = self._line("idDepartmentCode", self.tr("Department code"))
        self._id_department.setMaximumWidth(160)
        self._id_expires_on = DateField()
        self._id_expires_on.setObjectName("idExpiresOn")
        self._id_expires_on.setAccessibleName(self.tr("Valid until"))
        self._id_address = self._line(
            "idRegistrationAddress", self.tr("Registered address"), self.tr("As in the document")
        )
        identity = QGroupBox(self.tr("Identity document (for contracts)"))
        self._field_boxes["identity_document"] = identity
        form = self._form(identity)
        p = "identity_documents.0."
        self._add_row(form, self.tr("Document:"), p + "kind", self._id_kind, s)
        series_number = QWidget()
        series_layout = QHBoxLayout(series_number)
        series_layout.setContentsMargins(0, 0, 0, 0)
        series_layout.addWidget(self._slot(p + "series", self._id_series, s))
        number_label = QLabel(self.tr("Number:"))
        number_label.setBuddy(self._id_number)
        series_layout.addWidget(number_label, 0, Qt.AlignmentFlag.AlignTop)
        number_label.setContentsMargins(0, 4, 0, 0)
        series_layout.addWidget(self._slot(p + "number", self._id_number, s), 1)
        series_label = QLabel(self.tr("Series:"))
        series_label.setBuddy(self._id_series)
        series_label.setContentsMargins(0, 4, 0, 0)
        form.addRow(series_label, series_number)
        self._add_row(form, self.tr("Date of issue:"), p + "issued_on", self._id_issued_on, s)
        self._add_row(form, self.tr("Issued by:"), p + "issued_by", self._id_issued_by, s)
        self._add_row(
            form, self.tr("Department code:"), p + "department_code", self._id_department, s
        )
        self._add_row(form, self.tr("Valid until:"), p + "expires_on", self._id_expires_on, s)
        self._add_row(
            form,
            self.tr("Registered address:"),
            p + "registration_address",
            self._id_address,
            s,
        )

        self._documents = RowList(
            lambda parent: ExpiringDocumentRow(date.today, parent),
            self.tr("Add a document"),
            name="expiringDocuments",
        )
        documents = QGroupBox(self.tr("Documents with an expiry date"))
        self._field_boxes["expiring_documents"] = documents
        documents_layout = QVBoxLayout(documents)
        documents_hint = QLabel(
            self.tr("Medical certificate, insurance, signed consent, safety briefing…")
        )
        documents_hint.setEnabled(False)
        documents_hint.setWordWrap(True)
        documents_layout.addWidget(documents_hint)
        documents_layout.addWidget(self._documents)

        self._parent_label = QLabel()
        self._parent_label.setObjectName("parentClient")
        self._parent_label.setAccessibleName(self.tr("Parent"))
        self._parent_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._choose_parent = QPushButton(self.tr("Choose…"))
        self._choose_parent.setObjectName("chooseParentButton")
        self._choose_parent.setAutoDefault(False)
        self._choose_parent.clicked.connect(self._pick_parent)
        self._clear_parent = QPushButton(self.tr("Remove the link"))
        self._clear_parent.setObjectName("clearParentButton")
        self._clear_parent.setAutoDefault(False)
        self._clear_parent.clicked.connect(lambda: self.set_parent_client(None))
        parent_line = QWidget()
        parent_layout = QHBoxLayout(parent_line)
        parent_layout.setContentsMargins(0, 0, 0, 0)
        parent_layout.addWidget(self._parent_label, 1)
        parent_layout.addWidget(self._choose_parent)
        parent_layout.addWidget(self._clear_parent)
        self._children_label = QLabel()
        self._children_label.setObjectName("childrenList")
        self._children_label.setWordWrap(True)
        family = QGroupBox(self.tr("Family"))
        self._field_boxes["family"] = family
        form = self._form(family)
        self._add_row(form, self.tr("Parent:"), "parent", parent_line, s)
        self._slots["parent"] = (FieldSlot(self._choose_parent, self._error("parent")), s)
        self._children_caption = QLabel(self.tr("Children:"))
        form.addRow(self._children_caption, self._children_label)

        self._contacts = RowList(
            lambda parent: ContactPersonRow(self._region, parent),
            self.tr("Add a contact person"),
            name="contactPersons",
        )
        contacts = QGroupBox(self.tr("Contact persons"))
        self._field_boxes["contact_persons"] = contacts
        contacts_layout = QVBoxLayout(contacts)
        contacts_layout.addWidget(self._contacts)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(identity)
        layout.addWidget(documents)
        layout.addWidget(family)
        layout.addWidget(contacts)
        layout.addStretch(1)
        for rows in (self._documents, self._contacts):
            self._watch_rows(rows)
        return page

    def _build_consents(self) -> QWidget:
        self._consents: dict[ConsentPurpose, QCheckBox] = {}
        self._consent_given: dict[ConsentPurpose, DateField] = {}
        self._consent_dates: dict[ConsentPurpose, QLabel] = {}
        group = QGroupBox(self.tr("Consents given by the client"))
        grid = QGridLayout(group)
        hint = QLabel(
            self.tr(
                "Tick a consent only when the client has given it, and correct the day it "
                "was given if it was not today. Unticking records that it was withdrawn, "
                "with the date."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        grid.addWidget(hint, 0, 0, 1, 3)
        for row, (purpose, text) in enumerate(consent_labels().items(), start=1):
            box = QCheckBox(text)
            box.setObjectName(f"consent_{purpose.value}")
            box.toggled.connect(lambda _on, p=purpose: self._show_consent_date(p))
            given = DateField()
            given.setObjectName(f"consentGiven_{purpose.value}")
            given.setAccessibleName(self.tr("Given on: {purpose}").format(purpose=text))
            given.setMaximumWidth(given.fontMetrics().horizontalAdvance("00.00.00000") + 40)
            when = QLabel()
            when.setObjectName(f"consentDate_{purpose.value}")
            when.setEnabled(False)
            when.setWordWrap(True)
            grid.addWidget(box, row, 0)
            grid.addWidget(self._slot(f"consents.{purpose.value}", given, Section.CONSENTS), row, 1)
            grid.addWidget(when, row, 2)
            self._consents[purpose] = box
            self._consent_given[purpose] = given
            self._consent_dates[purpose] = when
        grid.setColumnStretch(2, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(group)
        layout.addStretch(1)
        return page

    def _build_custom(self) -> QWidget:
        self._custom = CustomFieldsForm(list(self._lookups.custom_fields))
        for field, slot in self._custom.slots().items():
            self._slots[field] = (slot, Section.CUSTOM)
        group = QGroupBox(self.tr("The salon's own fields"))
        group_layout = QVBoxLayout(group)
        group_layout.addWidget(self._custom)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(group)
        layout.addStretch(1)
        return page

    def _apply_shape(self, start: QuestionnaireStart) -> None:
        """Hide what the owner hid and star what they made required."""
        layout = start.layout
        fields = {key: slot.widget for key, (slot, _section) in self._slots.items()}
        fields["email"] = self._first_email
        shape_questionnaire(
            layout,
            fields=fields,
            groups=self._field_boxes,
            required_custom=[
                self._slots[f"custom.{f.key}"][0].widget
                for f in start.custom_fields
                if f.is_required
            ],
        )
        self._nav.item(Section.ADDRESSES).setHidden(not layout.is_shown("addresses"))

    # --- filling in and reading back -------------------------------------------------------

    def _populate(self, data: ClientInput, card: ClientCard | None) -> None:
        if card is None:
            self.setWindowTitle(self.tr("New client — questionnaire"))
            self._title.setText(self.tr("New client"))
            self._client_number.setPlaceholderText(self.tr("automatic"))
        else:
            self.setWindowTitle(self.tr("Questionnaire: {name}").format(name=card.full_name))
            self._title.setText(
                self.tr("{name}, client No. {number}").format(
                    name=card.full_name, number=card.number
                )
            )
        self._last_name.setText(data.last_name)
        self._first_name.setText(data.first_name)
        self._middle_name.setText(data.middle_name)
        self._salutation.setText(data.salutation)
        self._gender.setCurrentIndex(max(self._gender.findData(data.gender.value), 0))
        self._birth_date.set_date(data.birth_date)
        month, day = data.name_day if data.name_day else (0, 0)
        self._name_day_month.setCurrentIndex(max(self._name_day_month.findData(month), 0))
        self._name_day_day.setValue(day)
        language = self._language.findData(data.preferred_language)
        if language < 0:
            # Text typed before languages were codes: shown as it is until a language is
            # chosen (saving it unchanged is refused with a message at the field).
            self._language.addItem(data.preferred_language, data.preferred_language)
            language = self._language.count() - 1
        self._language.setCurrentIndex(language)
        self._company.setText(data.company)
        self._job_title.setText(data.job_title)
        self._client_number.setText(data.number)
        klass = data.client_class.value if data.client_class else None
        self._class.setCurrentIndex(max(self._class.findData(klass), 0) if klass else 0)
        lookups = self._lookups
        fill_list_combo(self._category, lookups.categories, data.category_id)
        fill_list_combo(self._source, lookups.sources, data.source_id)
        fill_list_combo(
            self._responsible,
            [ListItem(m.id, m.name, 0, not m.is_active) for m in lookups.staff],
            data.responsible_user_id,
        )
        self._vip.setChecked(data.is_vip)
        self._blacklisted.setChecked(data.is_blacklisted)
        self._discount.setValue(data.discount_percent)
        self._loyalty.setText(data.loyalty_card)
        self._call_period.setValue(data.call_period_days or 0)
        self._next_call.set_date(data.next_call_date)
        self._tags.clear()
        for tag in lookups.tags:
            if tag.is_hidden and tag.id not in data.tag_ids:
                continue
            item = QListWidgetItem(tag.name, self._tags)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = tag.id in data.tag_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, tag.id)
        self._tags.setVisible(self._tags.count() > 0)
        self._no_tags.setVisible(self._tags.count() == 0)
        self._notes.setPlainText(data.notes)
        self._visible_notes.setPlainText(data.visible_notes)

        main = next((p for p in data.phones if p.is_main), None)
        self._main_phone.set_value(main or PhoneData(""))
        self._extra_phones.set_values([p for p in data.phones if p is not main])
        self._first_email.set_value(data.emails[0] if data.emails else "")
        self._extra_emails.set_values(data.emails[1:])
        self._social.set_values(data.social_links)
        self._addresses.set_values(data.addresses)
        if not data.addresses:
            # One empty address to type into: most clients have one, and an empty row is
            # not saved.
            self._addresses.add_row()
        self._set_identity(data.identity_documents[0] if data.identity_documents else None)
        self._documents.set_values(data.expiring_documents)
        self._contacts.set_values(data.contact_persons)
        self.set_parent_client(card.parent if card is not None else None)
        children = card.children if card is not None else ()
        self._children_label.setText(
            ", ".join(
                self.tr("No. {number} {name}").format(number=c.number, name=c.full_name)
                for c in children
            )
        )
        self._children_caption.setVisible(bool(children))
        self._children_label.setVisible(bool(children))
        given = {c.purpose: c.given_on for c in data.consents}
        for purpose, box in self._consents.items():
            self._consent_given[purpose].set_date(given.get(purpose))
            box.setChecked(purpose in given)
            self._show_consent_date(purpose)
        self._custom.set_values(data.custom_values)
        self._clear_errors()
        self.duplicate_owner = None

    def _set_identity(self, document: IdentityDocumentData | None) -> None:
        document = document or IdentityDocumentData()
        self._id_kind.setCurrentIndex(max(self._id_kind.findData(document.kind.value), 0))
        self._id_series.setText(document.series)
        self._id_number.setText(document.number)
        self._id_issued_on.set_date(document.issued_on)
        self._id_issued_by.setText(document.issued_by)
        self._id_department.setText(document.department_code)
        self._id_expires_on.set_date(document.expires_on)
        self._id_address.setText(document.registration_address)

    def _identity(self) -> IdentityDocumentData | None:
        texts = [
            w.text().strip()
            for w in (
                self._id_series,
                self._id_number,
                self._id_issued_by,
                self._id_department,
                self._id_address,
            )
        ]
        if not any(texts) and self._id_issued_on.is_empty() and self._id_expires_on.is_empty():
            return None
        series, number, issued_by, department, address = texts
        return IdentityDocumentData(
            kind=IdentityDocumentKind(self._id_kind.currentData()),
            series=series,
            number=number,
            issued_on=self._id_issued_on.date_value(),
            issued_by=issued_by,
            department_code=department,
            expires_on=self._id_expires_on.date_value(),
            registration_address=address,
        )

    def _collect(self) -> ClientInput:
        """The input as the widgets show it now; remembers which rows went where, so the
        service's `phones.2.number` can be put back under the right row."""
        phone_rows: list[RowBase] = []
        phones: list[PhoneData] = []
        main = self._main_phone.value(main=True)
        if main is not None:
            phones.append(main)
            phone_rows.append(self._main_phone)
        for row in self._extra_phones.rows():
            if isinstance(row, PhoneRow) and (phone := row.value(main=False)) is not None:
                phones.append(phone)
                phone_rows.append(row)
        email_rows: list[RowBase] = []
        emails: list[str] = []
        for row in [self._first_email, *self._extra_emails.rows()]:
            if isinstance(row, EmailRow) and (email := row.value()) is not None:
                emails.append(email)
                email_rows.append(row)
        social_rows, social = self._row_values(self._social, SocialRow, SocialLinkData)
        address_rows, addresses = self._row_values(self._addresses, AddressRow, AddressData)
        document_rows, documents = self._row_values(
            self._documents, ExpiringDocumentRow, ExpiringDocumentData
        )
        contact_rows, contacts = self._row_values(
            self._contacts, ContactPersonRow, ContactPersonData
        )
        self._sent = {
            "phones": phone_rows,
            "emails": email_rows,
            "social_links": social_rows,
            "addresses": address_rows,
            "expiring_documents": document_rows,
            "contact_persons": contact_rows,
        }
        identity = self._identity()
        self._identity_sent = identity is not None
        # Only the first identity document is on the form; any further ones ride along.
        identities = ([identity] if identity else []) + list(self._start.identity_documents[1:])
        month = int(self._name_day_month.currentData() or 0)
        day = self._name_day_day.value()
        klass = self._class.currentData()
        start = self._start
        return ClientInput(
            first_name=self._first_name.text(),
            last_name=self._last_name.text(),
            middle_name=self._middle_name.text(),
            number=self._client_number.text().strip(),
            salutation=self._salutation.text(),
            gender=Gender(self._gender.currentData()),
            birth_date=self._birth_date.date_value(),
            name_day=(month, day) if month or day else None,
            preferred_language=str(self._language.currentData() or ""),
            company=self._company.text(),
            job_title=self._job_title.text(),
            phones=tuple(phones),
            emails=tuple(emails),
            addresses=tuple(addresses),
            social_links=tuple(social),
            is_vip=self._vip.isChecked(),
            is_blacklisted=self._blacklisted.isChecked(),
            client_class=None if klass is None else ClientClass(str(klass)),
            category_id=self._category.currentData(),
            source_id=self._source.currentData(),
            # Not on this form (assigning staff is the owner's business); kept as it was.
            responsible_user_id=self._responsible.currentData(),
            discount_percent=self._discount.value(),
            loyalty_card=self._loyalty.text().strip(),
            tag_ids=frozenset(
                int(item.data(Qt.ItemDataRole.UserRole))
                for item in (self._tags.item(i) for i in range(self._tags.count()))
                if item.checkState() == Qt.CheckState.Checked
            ),
            parent_id=self._parent_ref.id if self._parent_ref else None,
            call_period_days=self._call_period.value() or None,
            next_call_date=self._next_call.date_value(),
            notes=self._notes.toPlainText(),
            visible_notes=self._visible_notes.toPlainText(),
            consents=tuple(
                ConsentData(p, self._consent_given[p].date_value())
                for p, box in self._consents.items()
                if box.isChecked()
            ),
            identity_documents=tuple(identities),
            expiring_documents=tuple(documents),
            contact_persons=tuple(contacts),
            custom_values=self._custom.values(),
            expected_version=start.expected_version,
        )

    @staticmethod
    def _row_values(
        rows: RowList, row_type: type[RowBase], value_type: type[V]
    ) -> tuple[list[RowBase], list[V]]:
        kept_rows: list[RowBase] = []
        values: list[V] = []
        for row in rows.rows():
            if isinstance(row, row_type):
                value = row.value()
                if isinstance(value, value_type):
                    kept_rows.append(row)
                    values.append(value)
        return kept_rows, values

    def _snapshot(self) -> tuple[ClientInput, tuple[str, ...]]:
        """What "unchanged" is compared on: the input, plus every text typed anywhere, so
        that an unreadable date or a note on a phone without a number also counts."""
        texts = tuple(
            line.text()
            for line in self.findChildren(QLineEdit)
            if line.text() and not line.isHidden()
        )
        return self._collect(), texts

    def has_changes(self) -> bool:
        return self._snapshot() != self._baseline

    # --- saving ----------------------------------------------------------------------------

    def save(self) -> bool:
        """Check, then create or update in one call; True when saved (the dialog accepts)."""
        self._clear_errors()
        data = self._collect()
        problems = self._local_problems()
        if problems:
            # The service's objections too, so one Save shows everything to correct.
            try:
                self._clients.validate(data, client_id=self._client_id)
            except ValidationError as error:
                problems += [self._problem_of(e) for e in error.errors]
            self._show_problems(problems)
            return False
        try:
            if self._client_id is None:
                card = self._clients.create(data)
            else:
                card = self._clients.update(self._client_id, data)
        except ValidationError as error:
            self._show_problems([self._problem_of(e) for e in error.errors])
            return False
        except ConflictError:
            if self._ask_reload_after_conflict():
                self.reload()
            return False
        except (PermissionDeniedError, NotFoundError):
            self._tell(
                self.tr(
                    "This questionnaire cannot be saved: the client is no longer there or "
                    "your role may not change it. Ask the salon's owner."
                )
            )
            return False
        self.saved_card = card
        self._client_id = card.id
        self._baseline = self._snapshot()
        self.client_saved.emit(card.id)
        self.accept()
        return True

    def reload(self) -> None:
        """Start again from the client as stored now (after someone else saved it)."""
        if self._client_id is None:
            return
        self._card = self._clients.card(self._client_id)
        self._start = self._card.edit_input()
        self._populate(self._start, self._card)
        self._baseline = self._snapshot()
        self._fix_tab_order()

    def _local_problems(self) -> list[_Problem]:
        """What the service cannot be told: text that is not a date never becomes a value."""
        problems: list[_Problem] = []
        not_a_date = field_message(FieldError("", msg.DATE_EXPECTED))
        required = field_message(FieldError("", msg.REQUIRED))
        dates: list[tuple[DateField, FieldSlot | None, Section]] = [
            (self._birth_date, self._slots["birth_date"][0], Section.BASIC),
            (self._next_call, self._slots["next_call_date"][0], Section.BASIC),
            (
                self._id_issued_on,
                self._slots["identity_documents.0.issued_on"][0],
                Section.ADDITIONAL,
            ),
            (
                self._id_expires_on,
                self._slots["identity_documents.0.expires_on"][0],
                Section.ADDITIONAL,
            ),
        ]
        for row in self._documents.rows():
            if isinstance(row, ExpiringDocumentRow):
                slots = row.slots()
                for name, field in row.date_fields().items():
                    dates.append((field, slots[name], Section.ADDITIONAL))
        for purpose, field in self._consent_given.items():
            if self._consents[purpose].isChecked():
                dates.append((field, self._slots[f"consents.{purpose.value}"][0], Section.CONSENTS))
        problems += [
            _Problem(slot, section, not_a_date)
            for field, slot, section in dates
            if not field.is_valid()
        ]
        for row in self._extra_phones.rows():
            if isinstance(row, PhoneRow) and row.is_incomplete():
                problems.append(_Problem(row.slots()["number"], Section.CONTACTS, required))
        if self._main_phone.is_incomplete():
            main = self._main_phone.slots()["number"]
            problems.append(_Problem(main, Section.CONTACTS, required))
        return problems

    def _problem_of(self, error: FieldError) -> _Problem:
        text = field_message(error)
        link = None
        if "client_id" in error.params:
            link = self._owner_link(
                int(error.params["client_id"]), bool(error.params.get("archived"))
            )
        found = self._slot_for(error.field)
        if found is None:
            return _Problem(None, Section.BASIC, text, link)
        return _Problem(found[0], found[1], text, link)

    def _slot_for(self, field: str) -> tuple[FieldSlot, Section] | None:
        """The widget a service field path (`phone_main`, `emails.2`, `addresses.0.city`)
        names, as the rows stood when the input was collected."""
        if field == "phone_main":
            rows = self._sent.get("phones", [])
            row = rows[0] if rows else self._main_phone
            return row.slots()["number"], Section.CONTACTS
        if field in self._slots:
            return self._slots[field]
        parts = field.split(".")
        if parts[0] == "email" or parts[0] == "emails":
            index = 0 if parts[0] == "email" else int(parts[1])
            found = self._row_slot("emails", index, "address", Section.CONTACTS)
            if found is None and field == "email":
                # None sent, and the owner requires one: said under the first e-mail.
                return self._first_email.slots()["address"], Section.CONTACTS
            return found
        if len(parts) != 3 or not parts[1].isdigit():
            return None
        collection, index, attr = parts[0], int(parts[1]), parts[2]
        sections = {
            "phones": Section.CONTACTS,
            "social_links": Section.CONTACTS,
            "addresses": Section.ADDRESSES,
            "expiring_documents": Section.ADDITIONAL,
            "contact_persons": Section.ADDITIONAL,
        }
        if collection in sections:
            return self._row_slot(collection, index, attr, sections[collection])
        if collection == "identity_documents" and index == 0 and self._identity_sent:
            return self._slots.get(f"identity_documents.0.{attr}")
        return None

    def _row_slot(
        self, collection: str, index: int, attr: str, section: Section
    ) -> tuple[FieldSlot, Section] | None:
        rows = self._sent.get(collection, [])
        if index >= len(rows):
            return None
        slot = rows[index].slots().get(attr)
        return (slot, section) if slot is not None else None

    def _show_problems(self, problems: list[_Problem]) -> None:
        general: list[str] = []
        first: _Problem | None = None
        for problem in problems:
            if problem.slot is None:
                general.append(html.escape(problem.text))
                continue
            problem.slot.show_error(problem.text, problem.link)
            self._connect_links(problem.slot.error)
            if first is None or self._comes_before(problem, first):
                first = problem
        if general:
            self._general_error.setText("<br>".join(general))
            self._general_error.show()
        sections = {p.section for p in problems if p.slot is not None}
        style = self.style()
        for index in range(self._nav.count()):
            item = self._nav.item(index)
            marked = Section(index) in sections
            item.setIcon(
                style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                if marked
                else self._blank_icon
            )
        if first is not None and first.slot is not None:
            self._show_field(first.section, first.slot.widget)

    def _comes_before(self, problem: _Problem, other: _Problem) -> bool:
        """Visual order: section first, then the order of the focus chain inside it."""
        if problem.section != other.section:
            return problem.section < other.section
        chain = focus_chain(self._areas[problem.section])
        try:
            return chain.index(problem.slot.widget) < chain.index(other.slot.widget)  # type: ignore[union-attr]
        except ValueError:
            return False

    def _show_field(self, section: Section, widget: QWidget) -> None:
        self._nav.setCurrentRow(int(section))
        self._areas[section].ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_errors(self) -> None:
        for label in self.findChildren(QLabel):
            if label.objectName().startswith("error_"):
                label.clear()
                label.hide()
        self._general_error.clear()
        self._general_error.hide()
        for index in range(self._nav.count()):
            self._nav.item(index).setIcon(self._blank_icon)

    def _connect_links(self, label: QLabel) -> None:
        # Marked on the label itself: rows come and go, and a message may be shown again.
        if not label.property("linksConnected"):
            label.setProperty("linksConnected", True)
            label.linkActivated.connect(self._on_link)

    def _owner_link(self, client_id: int, archived: bool) -> tuple[str, str]:
        """The way to the client a phone belongs to: restore an archived one (for whoever
        may), open a working one's card."""
        if archived and self._actor.can(Permission.CLIENTS_ARCHIVE):
            return f"{RESTORE_LINK}{client_id}", self.tr("Restore them instead")
        return f"{CLIENT_LINK}{client_id}", self.tr("open")

    def _on_link(self, href: str) -> None:
        if href.startswith(CLIENT_LINK):
            self._leave_for(int(href.removeprefix(CLIENT_LINK)), ask=True)
        elif href.startswith(RESTORE_LINK):
            self.restore_instead(int(href.removeprefix(RESTORE_LINK)))

    def _leave_for(self, client_id: int, *, ask: bool) -> None:
        """Close (asking about what was typed, if `ask`) and have that client's card shown:
        the card must not open hidden behind this dialog."""
        if ask:
            self.reject()
        else:
            super().reject()
        if not self.isVisible():
            self.open_client_requested.emit(client_id)

    def restore_instead(self, client_id: int) -> bool:
        """The typed phone is an archived client's: bring them back instead of a new card
        (after asking), close the questionnaire and show their card."""
        owner = self.duplicate_owner
        known = owner.client if owner is not None and owner.client.id == client_id else None
        if not self._confirm_restore(
            known.number if known else "", known.full_name if known else ""
        ):
            return False
        try:
            self._clients.restore(client_id)
        except ValidationError as error:
            self._tell(" ".join(field_message(e) for e in error.errors))
            return False
        except (PermissionDeniedError, NotFoundError):
            self._tell(
                self.tr(
                    "The client cannot be restored: they are no longer there or your role "
                    "may not restore clients. Ask the salon's owner."
                )
            )
            return False
        self.client_restored.emit(client_id)
        self._leave_for(client_id, ask=False)
        return True

    def _confirm_restore(self, number: str, name: str) -> bool:
        """Asked before restoring (a method, so tests can answer it)."""
        box = QMessageBox(self)
        box.setObjectName("restoreQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore from the archive"))
        box.setText(
            self.tr("Restore client No. {number}, {name}, from the archive?").format(
                number=number, name=name
            )
        )
        box.setInformativeText(
            self.tr("Their card opens; what was typed in this questionnaire is not saved.")
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        chosen = box.clickedButton() is restore
        box.deleteLater()
        return chosen

    # --- live helpers ----------------------------------------------------------------------

    def check_duplicate_phone(self) -> None:
        """Say under the main phone whose main phone it already is (or take that back)."""
        self._duplicate_timer.stop()
        text = self._main_phone.number.text().strip()
        owner = self._clients.main_phone_owner(text, except_id=self._client_id) if text else None
        had_owner, self.duplicate_owner = self.duplicate_owner, owner
        slot = self._main_phone.slots()["number"]
        if owner is None:
            if had_owner is not None:
                slot.clear_error()
            return
        ref = owner.client
        message = field_message(
            FieldError(
                "phone_main",
                msg.PHONE_ARCHIVED_OWNER if owner.archived else msg.PHONE_DUPLICATE,
                {"number": ref.number, "name": ref.full_name},
            )
        )
        slot.show_error(message, self._owner_link(ref.id, owner.archived))

    def set_parent_client(self, ref: ClientRef | None) -> None:
        self._parent_ref = ref
        if ref is None:
            self._parent_label.setText(self.tr("Not linked"))
        else:
            self._parent_label.setText(
                self.tr("No. {number} {name}").format(number=ref.number, name=ref.full_name)
            )
        self._clear_parent.setEnabled(ref is not None)

    def _pick_parent(self) -> None:
        ref = self._run_client_picker()
        if ref is not None:
            self.set_parent_client(ref)

    def _run_client_picker(self) -> ClientRef | None:
        picker = ClientPickerDialog(
            self._search,
            faces=self._faces,
            exclude_id=self._client_id,
            title=self.tr("Choose the parent"),
            parent=self,
        )
        try:
            return picker.chosen if picker.exec() == QDialog.DialogCode.Accepted else None
        finally:
            picker.deleteLater()

    def _show_consent_date(self, purpose: ConsentPurpose) -> None:
        """The given-on field is open while ticked (today for a new tick); the note beside
        it says what saving will record."""
        history = self._card.consent_history if self._card is not None else ()
        last = next((c for c in reversed(history) if c.purpose is purpose), None)
        today = date.today()
        active = last is not None and last.is_current(today)
        ticked = self._consents[purpose].isChecked()
        given = self._consent_given[purpose]
        given.setEnabled(ticked)
        if ticked and given.is_empty():
            given.set_date(date.today())
        if ticked and active and last is not None:
            text = last.recorded_by and self.tr("recorded by {user}").format(user=last.recorded_by)
        elif ticked:
            text = self.tr("will be recorded when saved")
        elif active:
            text = self.tr("will be recorded as withdrawn today when saved")
        elif last is not None and last.withdrawn_on is not None:
            text = self.tr("withdrawn on {date}").format(date=format_day(last.withdrawn_on))
        elif last is not None and last.lapsed(today):
            text = self.tr("expired on {date}").format(date=format_day(last.expires_on))
        else:
            text = ""
        self._consent_dates[purpose].setText(text)

    def _step_section(self, step: int) -> None:
        count = self._nav.count()
        row = (self._nav.currentRow() + step) % count
        while self._nav.item(row).isHidden():  # a section the owner hid is skipped
            row = (row + step) % count
        self._nav.setCurrentRow(row)
        chain = focus_chain(self._areas[self._nav.currentRow()])
        if chain:
            chain[0].setFocus(Qt.FocusReason.TabFocusReason)

    def _fix_tab_order(self) -> None:
        apply_tab_order(focus_chain(self))

    # --- closing ---------------------------------------------------------------------------

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        if visible and self._is_ready and self._client_id is not None:
            # QDialog focuses the first field as if by Tab, which selects its text: one
            # stray key would then replace the client's surname.
            self._last_name.deselect()
            self._last_name.end(False)

    def reject(self) -> None:
        """Cancel, Esc and the window's close button all come here."""
        if self._is_ready and self.has_changes():
            choice = self._ask_save_changes()
            if choice is CloseChoice.CANCEL:
                return
            if choice is CloseChoice.SAVE:
                self.save()
                return
        super().reject()

    def done(self, result: int) -> None:
        if self._is_ready:
            self._duplicate_timer.stop()
        ui_settings.put(ui_settings.QUESTIONNAIRE_GEOMETRY, self.saveGeometry())
        super().done(result)

    def _ask_save_changes(self) -> CloseChoice:
        box = QMessageBox(self)
        box.setObjectName("saveChangesQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("Save changes?"))
        box.setInformativeText(self.tr("The questionnaire was changed and not saved yet."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Save:
            return CloseChoice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return CloseChoice.DISCARD
        return CloseChoice.CANCEL

    def _ask_reload_after_conflict(self) -> bool:
        box = QMessageBox(self)
        box.setObjectName("conflictQuestion")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Changed by someone else"))
        box.setText(self.tr("Someone else saved this client while you were editing."))
        box.setInformativeText(
            self.tr(
                "Reload to see their version; what you typed here will be replaced. "
                "To keep your text, choose Keep editing and copy it first."
            )
        )
        reload_button = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reload_button)
        box.exec()
        chosen = box.clickedButton() is reload_button
        box.deleteLater()
        return chosen

    def _tell(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), text)
