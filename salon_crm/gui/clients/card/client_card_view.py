"""The client card: everything about one client at a glance, and the actions on the card."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QFont,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.dates import format_day, format_moment
from salon_crm.domain.common.enums import PhoneKind
from salon_crm.domain.common.errors import SalonError
from salon_crm.domain.permissions import Permission
from salon_crm.gui.clients.archive_dialog import ArchiveDialog
from salon_crm.gui.clients.card import contact_links
from salon_crm.gui.clients.card.card_features import CardFeature, CardTab, Severity
from salon_crm.gui.clients.card.card_shape import shown_card
from salon_crm.gui.clients.card.client_history_model import (
    ClientHistoryModel,
    HistoryColumn,
    format_custom_value,
)
from salon_crm.gui.clients.merge_dialog import MergeDialog
from salon_crm.gui.common import enum_labels
from salon_crm.gui.common.background import failure_text, run_in_background
from salon_crm.gui.common.chip import Chip
from salon_crm.gui.common.error_messages import describe_error
from salon_crm.gui.common.flow_layout import FlowLayout
from salon_crm.gui.common.form_parts import ERROR_COLOR
from salon_crm.gui.common.side_by_side import SideBySide, follow_width
from salon_crm.gui.common.table_header import fit_and_stretch
from salon_crm.gui.common.wrapping_tabs import WrappingTabs
from salon_crm.services.clients.client_types import (
    ClientCard,
    ClientRef,
    ConsentState,
    ExpiringDocumentData,
    IdentityDocumentData,
    PhoneData,
)
from salon_crm.services.clients.history_catalogue import HistoryLine
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.settings.questionnaire_layout import QuestionnaireLayout

# Colours chosen for contrast (WCAG AA on their backgrounds), not for decoration.
DANGER_BG, DANGER_FG = ERROR_COLOR, "#ffffff"
WARNING_BG, WARNING_FG = "#ffc107", "#1a1a1a"
ARCHIVED_BG, ARCHIVED_FG = "#e3e3e3", "#303030"
NOTE_BG, NOTE_BORDER, NOTE_FG = "#fff8d6", "#e6c84f", "#3a3000"
ERROR_BG, ERROR_FG = "#fdecee", "#8a0018"
# Avatar backgrounds: muted, each dark enough for white initials.
AVATAR_COLORS = ("#5b7083", "#7a5c8e", "#4f7d6a", "#8a6a4b", "#5a6fa8", "#8d5a6a")
AVATAR_SIZE = 84
LINK_COLORS = {
    "tel": "#1f5fa8",
    "viber": "#665cac",
    "telegram": "#1b7fb4",
    "whatsapp": "#0f7a5f",
}
STATUS_MS = 2500
EXPIRY_WARNING_DAYS = 30
CLIENT_LINK = "client:"
DISMISS_LINK = "dismiss:"
EMPTY = "—"


def _client_href(client_id: int) -> str:
    return f"{CLIENT_LINK}{client_id}"


def _link(href: str, text: str) -> str:
    return f'<a href="{html.escape(href)}">{html.escape(text)}</a>'


def _plain(text: str, parent: QWidget) -> QLabel:
    """A label for the client's own words: never read as HTML, whatever they contain."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _initials(card: ClientCard) -> str:
    first, last = card.data.first_name.strip(), card.data.last_name.strip()
    letters = (last[:1] + first[:1]) if last and first else (first or last)[:2]
    return letters.upper()


def avatar_pixmap(card: ClientCard, size: int, ratio: float) -> QPixmap:
    """The client's initials in a circle (a neutral silhouette without a name): the
    picture of a client with no photo."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    initials = _initials(card)
    # Stable across runs (unlike hash()): the same client keeps the same colour.
    color = AVATAR_COLORS[sum(map(ord, card.full_name)) % len(AVATAR_COLORS)]
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color if initials else "#9aa5b1"))
    painter.drawEllipse(QRectF(0, 0, size, size))
    painter.setBrush(QColor("#ffffff"))
    if initials:
        font = QFont()
        font.setPixelSize(round(size * 0.38))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initials)
    else:
        painter.drawEllipse(QRectF(size * 0.34, size * 0.18, size * 0.32, size * 0.32))
        body = QPainterPath()
        body.addEllipse(QRectF(size * 0.18, size * 0.56, size * 0.64, size * 0.6))
        clip = QPainterPath()
        clip.addEllipse(QRectF(0, 0, size, size))
        painter.drawPath(body.intersected(clip))
    painter.end()
    return pixmap


class ClientCardView(QWidget):
    """Shows one client (`show_client`) or nothing (`clear`); edits go through the
    questionnaire, archive/restore/merge through the client service.

    Signals:
        client_changed(int): the client was edited, archived, restored or merged into.
        open_client_requested(int): the user asked to open another client (a parent, a
            child, the card this one was merged into, the owner of a phone).
        history_loaded(int): the history tab of the client (id) is filled.
    """

    client_changed = Signal(int)
    open_client_requested = Signal(int)
    history_loaded = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        features: Sequence[CardFeature] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clientCard")
        self._features = tuple(features)
        self._workspace = workspace
        self._actor = actor
        self._clients = workspace.clients(actor)
        self._card: ClientCard | None = None
        self._layout = QuestionnaireLayout()
        self._tabs: QTabWidget | None = None
        # What each tab of the shown client still has to load, run when it is first shown.
        self._tab_loaders: dict[QWidget, Callable[[], None]] = {}
        # Bumped whenever another client (or none) is shown: late history is dropped.
        self._history_generation = 0
        self._current_tab = 0
        self.history_model = ClientHistoryModel(self)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._stack = QStackedWidget(self)
        outer.addWidget(self._stack)

        self._empty = QLabel(self.tr("Choose a client in the list to see the card."), self)
        self._empty.setObjectName("cardEmpty")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._grey(self._empty)
        self._stack.addWidget(self._empty)

        body = QWidget(self)
        self._body = QVBoxLayout(body)
        self._body.setContentsMargins(10, 8, 10, 8)
        self._body.setSpacing(6)
        self._stack.addWidget(body)

        self._banner = self._banner_label("cardBanner", body)
        self._archived_banner = self._banner_label("cardArchivedBanner", body)
        self._archived_banner.setStyleSheet(
            f"background: {ARCHIVED_BG}; color: {ARCHIVED_FG}; padding: 8px 12px;"
            "border-radius: 4px;"
        )
        self._message = self._banner_label("cardMessage", body)
        self._message.setStyleSheet(
            f"background: {ERROR_BG}; color: {ERROR_FG}; padding: 8px 12px;"
            f"border: 1px solid {ERROR_FG}; border-radius: 4px;"
        )
        for label in (self._banner, self._archived_banner, self._message):
            self._body.addWidget(label)

        action_row = QHBoxLayout()
        self._status = QLabel(body)
        self._status.setObjectName("cardStatus")
        self._grey(self._status)
        action_row.addWidget(self._status, 1)
        # The features' buttons for the client shown (refilled with each card).
        self._feature_buttons = QWidget(body)
        self._feature_buttons.setObjectName("cardFeatureButtons")
        QHBoxLayout(self._feature_buttons).setContentsMargins(0, 0, 0, 0)
        action_row.addWidget(self._feature_buttons)
        self._toolbar = QToolBar(body)
        self._toolbar.setObjectName("cardActions")
        self._toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Shortcuts work anywhere in the window (the main window's menu holds them too).
        self._edit_action = self._add_action("editAction", "Ctrl+E")
        self._call_done_action = self._add_action("callDoneAction", "Ctrl+Shift+C")
        self._archive_action = self._add_action("archiveAction", "Ctrl+Shift+A")
        self._restore_action = self._add_action("restoreAction", "Ctrl+Shift+R")
        self._merge_action = self._add_action("mergeAction", "Ctrl+Shift+M")
        self._name_actions()
        self._edit_action.triggered.connect(self.edit_questionnaire)
        self._call_done_action.triggered.connect(self.mark_call_done)
        self._archive_action.triggered.connect(self.archive)
        self._restore_action.triggered.connect(self.restore)
        self._merge_action.triggered.connect(self.merge)
        action_row.addWidget(self._toolbar)
        self._body.addLayout(action_row)

        self._content = QWidget(body)
        self._body.addWidget(self._content, 1)

        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(STATUS_MS)
        self._status_timer.timeout.connect(self._status.clear)
        self.clear()

    # --- public API -----------------------------------------------------------------------

    def show_client(self, client_id: int) -> None:
        """Load and show the client; a refusal (no such client, no permission) is said on
        the empty card instead."""
        try:
            card = self._clients.card(client_id)
        except SalonError as error:
            self.clear()
            self._empty.setText(describe_error(error)[0])
            return
        if self._card is None or self._card.id != card.id:
            self._hide_message()
        self._show(card)

    def clear(self) -> None:
        self._card = None
        for action in self.client_actions():
            action.setEnabled(False)  # nobody to act on (the menus keep them, greyed)
        self._hide_message()
        self._empty.setText(self.tr("Choose a client in the list to see the card."))
        self._stack.setCurrentWidget(self._empty)
        self.history_model.set_rows([])
        self._tab_loaders.clear()
        self._history_generation += 1

    def card(self) -> ClientCard | None:
        """The client shown, as last loaded."""
        return self._card

    def client_id(self) -> int | None:
        return None if self._card is None else self._card.id

    def open_tab(self, name: str) -> QWidget | None:
        """Switch to the tab named `name` (built now if it was not yet) and return its
        content, so a menu command can act in it; None when there is no such tab."""
        holder = self._tabs.findChild(QWidget, name) if self._tabs and self._card else None
        if self._tabs is None or holder is None:
            return None
        self._tabs.setCurrentWidget(holder)
        self._on_tab_changed(self._tabs.currentIndex())
        layout = holder.layout()
        item = layout.itemAt(0) if layout is not None else None
        return item.widget() if item is not None else None

    def _name_actions(self) -> None:
        self._toolbar.setWindowTitle(self.tr("Card actions"))
        for action, text in (
            (self._edit_action, self.tr("Edit questionnaire")),
            (self._call_done_action, self.tr("Call made")),
            (self._archive_action, self.tr("Archive…")),
            (self._restore_action, self.tr("Restore")),
            (self._merge_action, self.tr("Merge with another card…")),
        ):
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})")

    def changeEvent(self, event: QEvent) -> None:
        """The interface language was switched: every text again, the client's too."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_content"):
            self._name_actions()
            if self._card is None:
                self.clear()
            else:
                self._show(self._card)
        super().changeEvent(event)

    def client_actions(self) -> tuple[QAction, ...]:
        """The actions on the client shown, for the window's menu and the list's context
        menu: visible and enabled as the user's permissions and the client's state allow."""
        return (
            self._edit_action,
            self._call_done_action,
            self._archive_action,
            self._restore_action,
            self._merge_action,
        )

    # --- building the card ----------------------------------------------------------------

    def _show(self, stored: ClientCard) -> None:
        self._card = stored
        self._layout = self._workspace.questionnaire_layout(self._actor).layout()
        card = shown_card(stored, self._layout)
        if self._tabs is not None:
            self._current_tab = self._tabs.currentIndex()
        content = self._build_content(card)
        self._body.replaceWidget(self._content, content)
        self._content.setParent(None)
        self._content.deleteLater()
        self._content = content
        self._update_banners(card)
        self._update_actions(card)
        self._refill_feature_buttons(card)
        self._history_generation += 1
        self.history_model.set_rows([])
        self._stack.setCurrentIndex(1)
        assert self._tabs is not None
        self._tabs.setCurrentIndex(min(self._current_tab, self._tabs.count() - 1))
        self._on_tab_changed(self._tabs.currentIndex())

    def _refill_feature_buttons(self, card: ClientCard) -> None:
        layout = self._feature_buttons.layout()
        assert layout is not None
        while (item := layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        for feature in self._features:
            for button in feature.buttons(card, self._feature_buttons):
                layout.addWidget(self._following(button))
        self._feature_buttons.setVisible(layout.count() > 0)

    def _build_content(self, card: ClientCard) -> QWidget:
        content = QWidget(self._stack.widget(1))
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self._header(card, content))
        contacts = self._contacts(card, content)
        if contacts is not None:
            layout.addWidget(contacts)
        if card.data.visible_notes.strip():
            note = _plain(card.data.visible_notes.strip(), content)
            note.setObjectName("cardNotes")
            note.setWordWrap(True)
            note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            note.setStyleSheet(
                f"background: {NOTE_BG}; color: {NOTE_FG}; border: 1px solid {NOTE_BORDER};"
                "border-radius: 4px; padding: 8px 10px; font-weight: 600;"
            )
            note.setToolTip(self.tr("Visible note: shown wherever the client is picked"))
            layout.addWidget(note)
        titles = WrappingTabs(content)
        self._tabs = self._build_tabs(card, titles.tabs)
        titles.refresh()
        layout.addWidget(titles, 1)
        return content

    def _header(self, card: ClientCard, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(14)
        row.addWidget(self._portrait(card, parent), 0, Qt.AlignmentFlag.AlignTop)

        info = QVBoxLayout()
        info.setSpacing(4)
        name = _plain(card.full_name, parent)
        name.setObjectName("cardName")
        name.setWordWrap(True)
        name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.55)
        font.setBold(True)
        name.setFont(font)
        info.addWidget(name)

        facts = _plain(self._facts_text(card), parent)
        facts.setObjectName("cardFacts")
        facts.setWordWrap(True)
        facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        info.addWidget(facts)

        info.addWidget(self._badges(card, parent))
        family = self._family_text(card)
        if family:
            label = self._rich_label(family, parent)
            label.setObjectName("cardFamily")
            info.addWidget(label)
        row.addLayout(info, 1)
        return row

    def _portrait(self, card: ClientCard, parent: QWidget) -> QWidget:
        """A feature's picture of the client (the photos' one), or the initials."""
        for feature in self._features:
            picture = feature.portrait(card, parent)
            if picture is not None:
                return self._following(picture)
        avatar = QLabel(parent)
        avatar.setObjectName("cardAvatar")
        avatar.setPixmap(avatar_pixmap(card, AVATAR_SIZE, self.devicePixelRatioF()))
        avatar.setFixedSize(QSize(AVATAR_SIZE, AVATAR_SIZE))
        return avatar

    def _facts_text(self, card: ClientCard) -> str:
        data = card.data
        parts = [self.tr("No. {number}").format(number=card.number)]
        if data.birth_date is not None:
            born = format_day(data.birth_date)
            parts.append(
                self.tr("age {age}, born {date}").format(age=card.age, date=born)
                if card.age is not None
                else self.tr("born {date}").format(date=born)
            )
        if card.category:
            parts.append(card.category)
        if card.source:
            parts.append(self.tr("came from: {source}").format(source=card.source))
        if data.next_call_date is not None:
            parts.append(self.tr("next call {date}").format(date=format_day(data.next_call_date)))
        return "  ·  ".join(parts)

    def _badges(self, card: ClientCard, parent: QWidget) -> QWidget:
        data = card.data
        box = QWidget(parent)
        box.setObjectName("cardTags")
        row = FlowLayout(box)
        row.setContentsMargins(0, 2, 0, 2)
        if data.is_blacklisted:
            row.addWidget(Chip(self.tr("Blacklist"), box, bg=DANGER_BG, fg=DANGER_FG))
        if data.is_vip:
            row.addWidget(Chip("VIP", box, bg="#f3d36b", fg="#3d2f00"))
        if data.client_class is not None:
            chip = Chip(self.tr("Class {cls}").format(cls=data.client_class.value), box)
            chip.setToolTip(enum_labels.client_class_labels()[data.client_class])
            row.addWidget(chip)
        if data.discount_percent:
            row.addWidget(
                Chip(
                    self.tr("Discount {percent}%").format(percent=data.discount_percent),
                    box,
                    bg="#e1f2e6",
                    fg="#1d5230",
                )
            )
        for feature in self._features:
            for badge in feature.badges(card, box):
                row.addWidget(badge)
        for tag in card.tags:
            chip = Chip(tag, box, bg="#ffffff", fg="#2f3a45", border="#c3ccd5")
            chip.setObjectName("cardTag")
            row.addWidget(chip)
        return box

    def _family_text(self, card: ClientCard) -> str:
        parts: list[str] = []
        if card.parent is not None:
            parts.append(self.tr("Child of {link}").format(link=self._ref_link(card.parent)))
        if card.children:
            links = ", ".join(self._ref_link(c) for c in card.children)
            parts.append(self.tr("Children: {links}").format(links=links))
        return "  ·  ".join(parts)

    def _ref_link(self, ref: ClientRef) -> str:
        text = self.tr("No. {number} {name}").format(number=ref.number, name=ref.full_name)
        return _link(_client_href(ref.id), text)

    # --- contacts -------------------------------------------------------------------------

    def _contacts(self, card: ClientCard, parent: QWidget) -> QWidget | None:
        data = card.data
        if not (card.phones or data.emails or data.social_links):
            return None
        box = QWidget(parent)
        box.setObjectName("cardContacts")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        kinds = enum_labels.phone_kind_labels()
        row = 0
        for index, phone in enumerate(card.phones):
            kind = _plain(kinds.get(phone.kind, phone.kind.value), box)
            self._grey(kind)
            grid.addWidget(kind, row, 0)
            grid.addWidget(self._phone_button(phone, index, box), row, 1)
            grid.addLayout(self._phone_links(phone, index, box), row, 2)
            row += 1
        if data.emails:
            label = QLabel(self.tr("E-mail"), box)
            self._grey(label)
            grid.addWidget(label, row, 0)
            links = ",&nbsp;&nbsp;".join(_link(contact_links.mailto_url(e), e) for e in data.emails)
            grid.addWidget(self._rich_label(links, box, "cardEmails"), row, 1, 1, 2)
            row += 1
        profiles = self._profile_links(card)
        if profiles:
            label = QLabel(self.tr("Profiles"), box)
            self._grey(label)
            grid.addWidget(label, row, 0)
            grid.addWidget(self._rich_label(profiles, box, "cardProfiles"), row, 1, 1, 2)
        grid.setColumnStretch(2, 1)
        return box

    def _phone_button(self, phone: PhoneData, index: int, parent: QWidget) -> QToolButton:
        shown = phone.display or phone.number
        button = QToolButton(parent)
        button.setObjectName("cardPhone" if phone.is_main else f"cardPhone_{index}")
        button.setText(shown)
        button.setAutoRaise(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setToolTip(self.tr("Click to copy {number}").format(number=phone.number))
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(phone.is_main)
        button.setFont(font)
        button.clicked.connect(lambda: self.copy_phone(phone))
        return button

    def _phone_links(self, phone: PhoneData, index: int, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(2)
        links: list[tuple[str, str, str]] = []
        if phone.kind is not PhoneKind.FAX:
            links.append(("tel", self.tr("Call"), contact_links.tel_url(phone.number)))
        if phone.has_viber:
            links.append(("viber", "Viber", contact_links.viber_url(phone.number)))
        if phone.has_telegram:
            links.append(("telegram", "Telegram", contact_links.telegram_url(phone.number)))
        if phone.has_whatsapp:
            links.append(("whatsapp", "WhatsApp", contact_links.whatsapp_url(phone.number)))
        for key, text, url in links:
            button = QToolButton(parent)
            button.setObjectName(f"phoneLink_{key}_{index}")
            button.setText(text)
            button.setAutoRaise(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(url)
            button.setStyleSheet(f"color: {LINK_COLORS[key]}; font-weight: 600;")
            button.clicked.connect(lambda _=False, url=url: self.open_url(url))
            row.addWidget(button)
        notes = [self.tr("main")] if phone.is_main and len(self._phones()) > 1 else []
        if phone.note:
            notes.append(phone.note)
        if notes:
            note = _plain(" · ".join(notes), parent)
            self._grey(note)
            row.addWidget(note)
        row.addStretch(1)
        return row

    def _phones(self) -> tuple[PhoneData, ...]:
        return () if self._card is None else self._card.phones

    def _profile_links(self, card: ClientCard) -> str:
        networks = enum_labels.social_network_labels()
        parts: list[str] = []
        for link in card.data.social_links:
            caption = contact_links.social_caption(link.network, link.handle)
            name = networks.get(link.network, link.network.value)
            url = contact_links.social_url(link.network, link.handle)
            shown = f"{name} {caption}" if name not in caption.split(".")[0] else caption
            parts.append(_link(url, shown) if url else html.escape(shown))
        return ",&nbsp;&nbsp;".join(parts)

    # --- tabs -----------------------------------------------------------------------------

    def _build_tabs(self, card: ClientCard, tabs: QTabWidget) -> QTabWidget:
        # Only the tabs that hold something (a card has room for few): the features'
        # tabs come after the questionnaire.
        tabs.setObjectName("cardTabs")
        tabs.setDocumentMode(True)
        self._tab_loaders = {}
        tabs.addTab(
            self._lazy_tab(
                tabs, "cardQuestionnaireTab", lambda parent: self._questionnaire_tab(card, parent)
            ),
            self.tr("Questionnaire"),
        )
        for feature in self._features:
            for tab in feature.tabs():
                build = partial(self._feature_tab, tab, card)
                tabs.addTab(self._lazy_tab(tabs, tab.object_name, build), tab.title())
        tabs.addTab(
            self._lazy_tab(tabs, "documentsTab", lambda parent: self._documents_tab(card, parent)),
            self.tr("Documents"),
        )
        history = self._history_view(tabs)
        self._tab_loaders[history] = self.load_history
        tabs.addTab(history, self.tr("History"))
        tabs.currentChanged.connect(self._on_tab_changed)
        return tabs

    def _feature_tab(self, tab: CardTab, card: ClientCard, parent: QWidget) -> QWidget:
        return self._following(tab.build(card, parent))

    def _following(self, content: QWidget) -> QWidget:
        """A feature's widget; its `client_changed` signal, if any, reloads the card."""
        changed = getattr(content, "client_changed", None)
        if changed is not None:
            changed.connect(self._reload)
        return content

    def _lazy_tab(
        self, tabs: QTabWidget, name: str, build: Callable[[QWidget], QWidget]
    ) -> QWidget:
        """A tab whose content is built when it is first shown for this client."""
        holder = QWidget(tabs)
        holder.setObjectName(name)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        self._tab_loaders[holder] = lambda: layout.addWidget(build(holder))
        return holder

    def _scroll(self, inner: QWidget, parent: QWidget) -> QScrollArea:
        area = QScrollArea(parent)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        # Labels wrap instead: a sideways scroll hides half of every row.
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(inner)
        follow_width(area)
        return area

    def _section(self, title: str, parent: QWidget) -> QFormLayout:
        column = parent.layout()
        assert isinstance(column, QVBoxLayout)
        heading = _plain(title, parent)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setContentsMargins(0, 8, 0, 2)
        column.addWidget(heading)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(3)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A long label (a consent's purpose, in Russian) puts its value on the next line
        # instead of squeezing it into a sliver at the pane's edge.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        column.addLayout(form)
        return form

    def _row(self, form: QFormLayout, label: str, value: str, *, rich: bool = False) -> None:
        if not value.strip():
            return
        parent = form.parentWidget() or self
        name = _plain(label, parent)
        self._grey(name)
        shown = self._rich_label(value, parent) if rich else _plain(value, parent)
        shown.setWordWrap(True)
        shown.setTextInteractionFlags(
            shown.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        form.addRow(name, shown)

    def _empty_section(self, form: QFormLayout, text: str) -> None:
        if form.rowCount() == 0:
            label = _plain(text, form.parentWidget() or self)
            self._grey(label)
            form.addRow(label)

    def _questionnaire_tab(self, card: ClientCard, parent: QWidget) -> QWidget:
        inner = QWidget()
        outer = QVBoxLayout(inner)
        outer.setContentsMargins(4, 0, 4, 8)
        left, right = QWidget(inner), QWidget(inner)
        for column in (left, right):
            layout = QVBoxLayout(column)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(2)
        # Two columns in a wide pane, one under the other in a narrow one.
        outer.addWidget(SideBySide((left, right), inner, spacing=28, preferred=True))
        outer.addStretch(1)
        self._personal_section(card, left)
        self._contacts_section(card, left)
        self._documents_section(card, right, self.tr("Documents"))
        self._family_section(card, right)
        self._consents_section(card, right)
        self._custom_section(card, right)
        self._record_section(card, left)
        for column in (left, right):
            column_layout = column.layout()
            assert isinstance(column_layout, QVBoxLayout)
            column_layout.addStretch(1)
        return self._scroll(inner, parent)

    def _personal_section(self, card: ClientCard, column: QWidget) -> None:
        data = card.data
        form = self._section(self.tr("Personal"), column)
        names = (data.last_name, data.first_name, data.middle_name)
        self._row(form, self.tr("Full name"), " ".join(n for n in names if n))
        self._row(form, self.tr("Salutation"), data.salutation)
        if self._layout.is_shown("gender"):
            self._row(form, self.tr("Gender"), enum_labels.gender_labels()[data.gender])
        self._row(form, self.tr("Date of birth"), format_day(data.birth_date))
        if data.name_day is not None:
            month, day = data.name_day
            self._row(form, self.tr("Name day"), f"{day:02d}.{month:02d}")
        self._row(form, self.tr("Language"), enum_labels.language_name(data.preferred_language))
        work = ", ".join(p for p in (data.job_title, data.company) if p)
        self._row(form, self.tr("Work"), work)
        self._row(form, self.tr("Loyalty card"), data.loyalty_card)
        if data.client_class is not None:
            self._row(form, self.tr("Class"), enum_labels.client_class_labels()[data.client_class])
        self._row(form, self.tr("Category"), card.category)
        self._row(form, self.tr("Source"), card.source)
        self._row(form, self.tr("Responsible"), card.responsible)
        if data.call_period_days:
            self._row(form, self.tr("Call every (days)"), str(data.call_period_days))
        self._row(form, self.tr("Next call"), format_day(data.next_call_date))

    def _contacts_section(self, card: ClientCard, column: QWidget) -> None:
        data = card.data
        form = self._section(self.tr("Contacts"), column)
        kinds = enum_labels.phone_kind_labels()
        for phone in card.phones:
            extras = [
                name
                for name, on in (
                    ("Viber", phone.has_viber),
                    ("Telegram", phone.has_telegram),
                    ("WhatsApp", phone.has_whatsapp),
                )
                if on
            ]
            if phone.is_main:
                extras.insert(0, self.tr("main"))
            if phone.note:
                extras.append(phone.note)
            text = phone.display or phone.number
            self._row(
                form,
                kinds.get(phone.kind, phone.kind.value),
                f"{text} ({', '.join(extras)})" if extras else text,
            )
        for email in data.emails:
            self._row(
                form, self.tr("E-mail"), _link(contact_links.mailto_url(email), email), rich=True
            )
        networks = enum_labels.social_network_labels()
        for link in data.social_links:
            url = contact_links.social_url(link.network, link.handle)
            caption = contact_links.social_caption(link.network, link.handle)
            self._row(
                form,
                networks.get(link.network, link.network.value),
                _link(url, caption) if url else html.escape(caption),
                rich=True,
            )
        addresses = enum_labels.address_kind_labels()
        for address in data.addresses:
            parts = (
                address.postal_code,
                address.country,
                address.region,
                address.city,
                address.street,
            )
            self._row(
                form,
                addresses.get(address.kind, address.kind.value),
                ", ".join(p for p in parts if p),
            )
        self._empty_section(form, self.tr("No contacts entered."))

    def _identity_text(self, doc: IdentityDocumentData) -> str:
        parts = [" ".join(p for p in (doc.series, doc.number) if p)]
        if doc.issued_on or doc.issued_by:
            issued = self.tr("issued {date}").format(date=format_day(doc.issued_on))
            parts.append(" ".join(p for p in (issued, doc.issued_by) if p))
        if doc.department_code:
            parts.append(self.tr("code {code}").format(code=doc.department_code))
        if doc.expires_on:
            parts.append(self.tr("valid until {date}").format(date=format_day(doc.expires_on)))
        if doc.registration_address:
            parts.append(
                self.tr("registered at {address}").format(address=doc.registration_address)
            )
        return ", ".join(p for p in parts if p)

    def _expiry_html(self, doc: ExpiringDocumentData, today: date) -> str:
        parts = [html.escape(p) for p in (doc.title, doc.number) if p]
        if doc.expires_on is None:
            state = html.escape(self.tr("no expiry date"))
        elif doc.expires_on < today:
            state = _danger(self.tr("expired on {date}").format(date=format_day(doc.expires_on)))
        elif (doc.expires_on - today).days <= EXPIRY_WARNING_DAYS:
            state = '<span style="color:#8a5a00; font-weight:600;">{t}</span>'.format(
                t=html.escape(self.tr("expires on {date}").format(date=format_day(doc.expires_on)))
            )
        else:
            state = html.escape(
                self.tr("valid until {date}").format(date=format_day(doc.expires_on))
            )
        if doc.note:
            parts.append(html.escape(doc.note))
        return ", ".join([*parts, state])

    def _documents_section(self, card: ClientCard, column: QWidget, title: str) -> None:
        data = card.data
        form = self._section(title, column)
        identity = enum_labels.identity_document_labels()
        for doc in data.identity_documents:
            self._row(form, identity.get(doc.kind, doc.kind.value), self._identity_text(doc))
        expiring = enum_labels.expiring_document_labels()
        today = date.today()
        for exp in data.expiring_documents:
            self._row(
                form,
                expiring.get(exp.kind, exp.kind.value),
                self._expiry_html(exp, today),
                rich=True,
            )
        self._empty_section(form, self.tr("No documents entered."))

    def _family_section(self, card: ClientCard, column: QWidget) -> None:
        form = self._section(self.tr("Family and contact persons"), column)
        if card.parent is not None:
            self._row(form, self.tr("Parent"), self._ref_link(card.parent), rich=True)
        for child in card.children:
            self._row(form, self.tr("Child"), self._ref_link(child), rich=True)
        for person in card.data.contact_persons:
            parts = [html.escape(p) for p in (person.name, person.phone) if p]
            if person.email:
                parts.append(_link(contact_links.mailto_url(person.email), person.email))
            if person.note:
                parts.append(html.escape(person.note))
            self._row(form, person.role or self.tr("Contact person"), ", ".join(parts), rich=True)
        self._empty_section(form, self.tr("No family links or contact persons."))

    def _consents_section(self, card: ClientCard, column: QWidget) -> None:
        form = self._section(self.tr("Consents"), column)
        labels = enum_labels.consent_labels()
        today = date.today()
        for state in card.consent_history:
            # One wrapped line: the purposes are long («Рекламные SMS и сообщения в
            # мессенджерах») and would push the date out of a narrow card.
            purpose = html.escape(labels.get(state.purpose, state.purpose.value))
            line = QLabel(f"{purpose}: {self._consent_html(state, today)}", column)
            line.setTextFormat(Qt.TextFormat.RichText)
            line.setWordWrap(True)
            form.addRow(line)
        self._empty_section(form, self.tr("No consents recorded."))

    def _consent_html(self, state: ConsentState, today: date) -> str:
        given = self.tr("given {date}").format(date=format_day(state.given_on))
        if state.evidence:
            given = self.tr("{given}, document {number}").format(given=given, number=state.evidence)
        if state.withdrawn_on is not None:
            withdrawn = format_day(state.withdrawn_on)
            return html.escape(
                self.tr("{given}, withdrawn {date}").format(given=given, date=withdrawn)
            )
        if state.expires_on is None:
            return html.escape(given)
        if state.expires_on < today:
            expired = self.tr("expired on {date}").format(date=format_day(state.expires_on))
            return f"{html.escape(given)}, {_danger(expired)}"
        valid = self.tr("valid until {date}").format(date=format_day(state.expires_on))
        return html.escape(f"{given}, {valid}")

    def _custom_section(self, card: ClientCard, column: QWidget) -> None:
        if not card.custom:
            return
        types = {
            f.key: f.field_type
            for f in self._workspace.settings(self._actor).custom_fields(include_hidden=True)
        }
        form = self._section(self.tr("More about the client"), column)
        for value in card.custom:
            self._row(form, value.label, format_custom_value(value.value, types.get(value.key)))

    def _record_section(self, card: ClientCard, column: QWidget) -> None:
        form = self._section(self.tr("Card"), column)
        self._row(form, self.tr("Private notes"), card.data.notes)
        self._row(
            form,
            self.tr("Created"),
            " ".join(p for p in (format_moment(card.created_at), card.created_by) if p),
        )
        self._row(
            form,
            self.tr("Last changed"),
            " ".join(p for p in (format_moment(card.updated_at), card.updated_by) if p),
        )

    def _documents_tab(self, card: ClientCard, parent: QWidget) -> QWidget:
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(4, 0, 4, 8)
        layout.setSpacing(2)
        self._documents_section(card, inner, self.tr("Documents of the client"))
        for feature in self._features:
            part = feature.documents(card, inner)
            if part is not None:
                layout.addWidget(self._following(part))
        layout.addStretch(1)
        return self._scroll(inner, parent)

    def _history_view(self, parent: QWidget) -> QWidget:
        view = QTableView(parent)
        view.setObjectName("cardHistory")
        view.setModel(self.history_model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        fit_and_stretch(
            view.horizontalHeader(),
            stretched=(HistoryColumn.WHAT, HistoryColumn.OLD, HistoryColumn.NEW),
        )
        return view

    def _on_tab_changed(self, index: int) -> None:
        tab = self._tabs.widget(index) if self._tabs is not None else None
        load = self._tab_loaders.pop(tab, None) if tab is not None else None
        if load is not None:
            load()

    def load_history(self) -> None:
        """Fill the history tab in the background (done when it is first shown for this
        client; a refusal is said above the card)."""
        if self._card is None:
            return
        client_id = self._card.id
        generation = self._history_generation
        clients = self._clients

        def loaded(lines: list[HistoryLine]) -> None:
            if generation == self._history_generation:
                self.history_model.set_rows(lines)
                self.history_loaded.emit(client_id)

        def failed(error: Exception) -> None:
            text = failure_text(error)
            if generation == self._history_generation:
                self._show_message(text)

        run_in_background(
            lambda: clients.history(client_id), on_success=loaded, on_failure=failed, parent=self
        )

    # --- banners and messages -------------------------------------------------------------

    def _banner_label(self, name: str, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        label.linkActivated.connect(self._on_link)
        label.hide()
        return label

    def _update_banners(self, card: ClientCard) -> None:
        lines: list[str] = []
        danger = card.data.is_blacklisted
        if card.data.is_blacklisted:
            lines.append(self.tr("BLACKLIST: this client is on the salon's blacklist."))
        for feature in self._features:
            for line in feature.banner_lines(card):
                lines.append(line.text)
                danger = danger or line.severity is Severity.DANGER
        consents = enum_labels.consent_labels()
        for state in card.lapsed_consents(date.today()):
            lines.append(
                self.tr("Consent expired: {purpose}, valid until {date}.").format(
                    purpose=consents.get(state.purpose, state.purpose.value),
                    date=format_day(state.expires_on),
                )
            )
        kinds = enum_labels.expiring_document_labels()
        for doc in card.expired_documents(date.today()):
            name = doc.title or kinds.get(doc.kind, doc.kind.value)
            lines.append(
                self.tr("Expired: {document}, valid until {date}.").format(
                    document=name, date=format_day(doc.expires_on)
                )
            )
        if lines:
            bg, fg = (DANGER_BG, DANGER_FG) if danger else (WARNING_BG, WARNING_FG)
            self._banner.setStyleSheet(
                f"background: {bg}; color: {fg}; font-weight: bold; font-size: 11pt;"
                "padding: 10px 14px; border-radius: 4px;"
            )
            self._banner.setText("<br>".join(html.escape(line) for line in lines))
        self._banner.setVisible(bool(lines))

        text = ""
        if card.merged_into is not None:
            text = self.tr("Merged into {link} on {date}.").format(
                link=self._ref_link(card.merged_into),
                date=format_day(card.archived_at) if card.archived_at else EMPTY,
            )
        elif card.archived_at is not None:
            day = format_day(card.archived_at)
            text = html.escape(
                self.tr("Archived on {date}: {reason}").format(date=day, reason=card.archive_reason)
                if card.archive_reason
                else self.tr("Archived on {date}.").format(date=day)
            )
        self._archived_banner.setText(text)
        self._archived_banner.setVisible(bool(text))

    def _update_actions(self, card: ClientCard) -> None:
        archived = card.archived_at is not None
        can = self._actor.can
        offered = {
            self._edit_action: can(Permission.CLIENTS_WRITE),
            self._call_done_action: can(Permission.CLIENTS_WRITE)
            and not archived
            and card.data.next_call_date is not None,
            self._archive_action: can(Permission.CLIENTS_ARCHIVE) and not archived,
            self._restore_action: can(Permission.CLIENTS_ARCHIVE) and archived,
            self._merge_action: can(Permission.CLIENTS_MERGE) and not archived,
        }
        for action, shown in offered.items():
            action.setVisible(shown)
            action.setEnabled(shown)
        self._edit_action.setEnabled(offered[self._edit_action] and card.merged_into is None)

    def _show_message(self, text: str, client_id: int | None = None) -> None:
        """A refusal said calmly above the card, with a link to the client it concerns."""
        shown = html.escape(text).replace("\n", "<br>")
        if client_id is not None:
            shown += "<br>" + _link(_client_href(client_id), self.tr("Open that client"))
        shown += "&nbsp;&nbsp;&nbsp;" + _link(DISMISS_LINK, self.tr("Dismiss"))
        self._message.setText(shown)
        self._message.show()

    def _hide_message(self) -> None:
        self._message.clear()
        self._message.hide()

    def message_text(self) -> str:
        """The refusal shown above the card, as plain text ("" when none)."""
        return "" if self._message.isHidden() else self._message.text()

    def _report(self, error: SalonError) -> None:
        self._show_message(*describe_error(error))

    def _say(self, text: str) -> None:
        self._status.setText(text)
        self._status_timer.start()

    def _on_link(self, href: str) -> None:
        if href == DISMISS_LINK:
            self._hide_message()
        elif href.startswith(CLIENT_LINK):
            self.open_client_requested.emit(int(href.removeprefix(CLIENT_LINK)))
        else:
            self.open_url(href)

    def _rich_label(self, text: str, parent: QWidget, name: str = "") -> QLabel:
        label = QLabel(text, parent)
        if name:
            label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        label.linkActivated.connect(self._on_link)
        return label

    def _grey(self, label: QLabel) -> None:
        palette = label.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
        )
        label.setPalette(palette)

    def _add_action(self, name: str, shortcut: str) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        self._toolbar.addAction(action)
        button = self._toolbar.widgetForAction(action)
        if button is not None:  # a toolbar's buttons take no focus of their own: Tab reaches them
            button.setObjectName(f"{name.removesuffix('Action')}Button")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return action

    # --- actions --------------------------------------------------------------------------

    def copy_phone(self, phone: PhoneData) -> None:
        QGuiApplication.clipboard().setText(phone.number)
        self._say(self.tr("Copied {number}").format(number=phone.number))

    def open_url(self, url: str) -> None:
        """Hand a link to the system (dialler, messenger, mail, browser); tests replace it."""
        if not QDesktopServices.openUrl(QUrl(url)):
            self._show_message(self.tr("No program on this computer opens {url}.").format(url=url))

    def exec_dialog(self, dialog: QDialog) -> int:
        """Run a modal dialog of the card; tests replace it to drive the dialog instead."""
        return dialog.exec()

    def ask_archive_reason(self, client_name: str) -> str | None:
        """The reason typed or chosen, None if the user cancelled; tests replace it."""
        dialog = ArchiveDialog(client_name, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.reason()
        finally:
            dialog.deleteLater()

    def _reload(self, client_id: int) -> None:
        self.show_client(client_id)
        self.client_changed.emit(client_id)

    def edit_questionnaire(self) -> None:
        card = self._card
        if card is None:
            return
        # Imported when needed: the questionnaire is a big form the card opens rarely.
        from salon_crm.gui.clients.questionnaire.questionnaire_dialog import QuestionnaireDialog

        dialog = QuestionnaireDialog(
            self._workspace,
            self._actor,
            client_id=card.id,
            on_load_failure=lambda error: self._show_message(failure_text(error)),
            parent=self,
        )
        dialog.client_saved.connect(self._reload)
        dialog.open_client_requested.connect(self.open_client_requested)
        dialog.client_restored.connect(self.client_changed)
        try:
            self.exec_dialog(dialog)
        finally:
            dialog.deleteLater()

    def mark_call_done(self) -> None:
        card = self._card
        if card is None:
            return
        try:
            next_call = self._clients.call_done(card.id)
        except SalonError as error:
            self._report(error)
            return
        self._reload(card.id)
        self._say(
            self.tr("Call noted; next call on {date}.").format(date=format_day(next_call))
            if next_call
            else self.tr("Call noted.")
        )

    def archive(self) -> None:
        card = self._card
        if card is None:
            return
        reason = self.ask_archive_reason(card.full_name)
        if reason is None:
            return
        try:
            self._clients.archive(card.id, reason=reason)
        except SalonError as error:
            self._report(error)
            return
        self._reload(card.id)

    def restore(self) -> None:
        card = self._card
        if card is None:
            return
        try:
            self._clients.restore(card.id)
        except SalonError as error:
            self._report(error)
            return
        self._hide_message()
        self._reload(card.id)
        self._say(self.tr("The client is back in the working list."))

    def merge(self) -> None:
        card = self._card
        if card is None:
            return
        try:
            dialog = MergeDialog(self._workspace, self._actor, card.id, self)
        except SalonError as error:
            self._report(error)
            return
        try:
            if self.exec_dialog(dialog) == QDialog.DialogCode.Accepted:
                self._reload(card.id)
                self._say(self.tr("The cards are merged."))
        finally:
            dialog.deleteLater()


def _danger(text: str) -> str:
    """`text` as rich text in the card's danger colour (an expired document or consent)."""
    return f'<span style="color:{DANGER_BG}; font-weight:600;">{html.escape(text)}</span>'
