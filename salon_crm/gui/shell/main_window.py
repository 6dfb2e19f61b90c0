"""The main window: pages (Home, Clients, Settings), the always-present search, the user,
and the menu bar that lists every action with its shortcut."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QObject,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from salon_crm.domain.permissions import Permission
from salon_crm.gui.clients.client_list_view import ClientListView
from salon_crm.gui.common import ui_settings
from salon_crm.gui.home.home_view import HomeView, remember_client
from salon_crm.gui.shell.change_refresh import ChangeRefresh
from salon_crm.gui.shell.document_actions import DocumentActions
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace

if TYPE_CHECKING:  # imported when first needed: the login dialog comes up sooner
    from salon_crm.gui.clients.card.client_card_view import ClientCardView

HOME, CLIENTS, SETTINGS = "home", "clients", "settings"
DEFAULT_SIZE = QSize(1280, 800)
# What a window manager adds around the window (title bar, borders), before it is known.
_FRAME_ALLOWANCE = QSize(16, 40)
# Others' changes wait until the search has not been typed in for this long.
TYPING_PAUSE_MS = 1500
_NO_TYPING = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


@dataclass
class _Page:
    key: str
    title: Callable[[], str]
    make: Callable[[], QWidget]
    action: QAction
    widget: QWidget | None = None


class MainWindow(QMainWindow):
    """Everything after the login. Opening a client, from anywhere, goes through
    `open_client`; creating one through `new_client`.

    Signals:
        logout_requested(): the user logged out.
        lock_requested(): the user locked the session (the window stays as it is).
        client_opened(int): a client's card was shown (id).
    """

    logout_requested = Signal()
    lock_requested = Signal()
    client_opened = Signal(int)

    def __init__(self, workspace: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._workspace = workspace
        self._actor = actor
        self._salon_name = workspace.settings(actor).requisites().name
        self._pages: list[_Page] = []
        self._leave_checked = False
        self._card: ClientCardView | None = None
        self._settings_view: QWidget | None = None

        self._search = QLineEdit(self)
        self._search.setObjectName("clientSearch")
        self._search.setAccessibleName("clientSearch")
        self._search.setClearButtonEnabled(True)
        self._search.setMinimumWidth(220)  # the toolbar fits a 1024-pixel screen
        self._search.setMaximumWidth(560)
        self._search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._search.textEdited.connect(self._search_edited)

        self._new_client = QAction(self)
        self._new_client.setObjectName("newClientAction")
        self._new_client.setShortcut(QKeySequence.StandardKey.New)
        self._new_client.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self._new_client.setEnabled(actor.can(Permission.CLIENTS_WRITE))
        self._new_client.triggered.connect(self.new_client)

        # Navigation sits in the toolbar, not in a side column: the list and the card
        # need every pixel of the width.
        toolbar = QToolBar(self)
        toolbar.setObjectName("navigation")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setStyleSheet("QToolBar#navigation { spacing: 4px; padding: 2px 6px; }")
        self._toolbar = toolbar
        self._page_group = QActionGroup(self)
        self._page_group.setExclusive(True)
        self._stack = QStackedWidget(self)
        self._stack.setObjectName("pages")
        self.setCentralWidget(self._stack)

        # The pages; adding one is one line here (and a factory below).
        self._home = HomeView(workspace, actor, self)
        self._list = ClientListView(workspace, actor, self)
        self._card_area = QStackedWidget(self)
        self._clients_page = self._build_clients_page()
        self._add_page(HOME, lambda: self.tr("Home"), self._home)
        self._add_page(CLIENTS, lambda: self.tr("Clients"), self._clients_page)
        self._add_page(SETTINGS, lambda: self.tr("Settings"), self._make_settings)

        toolbar.addSeparator()
        toolbar.addWidget(self._search)
        toolbar.addAction(self._new_client)
        new_button = toolbar.widgetForAction(self._new_client)
        if new_button is not None:
            new_button.setObjectName("newClientButton")
        self.addToolBar(toolbar)

        self._home.open_client_requested.connect(self.open_client)
        self._list.open_client_requested.connect(self.open_client)
        self._list.client_selected.connect(self._client_selected)
        self._list.connect_search(self._search)
        # Typing anywhere on the home page goes into the search field.
        for widget in (self, toolbar, self._home, *self._home.findChildren(QWidget)):
            widget.installEventFilter(self)
        for action in self._page_group.actions():
            button = toolbar.widgetForAction(action)
            if button is not None:
                button.setObjectName(f"{action.objectName().removesuffix('Action')}Button")
                button.installEventFilter(self)

        self._build_actions()
        self._user = QLabel(self)
        self._user.setObjectName("currentUser")
        self.statusBar().addPermanentWidget(self._user)
        self._retranslate()
        self._restore_state()
        self.show_page(HOME)
        self._focused_once = False
        self._typed = QElapsedTimer()
        self._changes = ChangeRefresh(
            workspace.watch_changes(),
            client_list=self._list,
            home=self._home,
            card=lambda: self._card,
            busy=self._searching,
            parent=self,
        )

    # --- building ----------------------------------------------------------------------------

    def _build_clients_page(self) -> QSplitter:
        self._card_placeholder = QLabel(self._card_area)
        self._card_placeholder.setObjectName("cardPlaceholder")
        self._card_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._card_placeholder.setWordWrap(True)
        self._card_placeholder.setStyleSheet("QLabel { color: palette(mid); padding: 24px; }")
        self._card_area.setObjectName("cardArea")
        self._card_area.addWidget(self._card_placeholder)
        splitter = QSplitter(self)
        splitter.setObjectName("clientSplitter")
        splitter.setChildrenCollapsible(False)
        self._list.setContentsMargins(8, 6, 0, 0)
        splitter.addWidget(self._list)
        splitter.addWidget(self._card_area)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        # Both stay usable on a 1024×600 screen; the user's own sizes are restored over these.
        self._list.setMinimumWidth(360)
        self._card_area.setMinimumWidth(320)
        splitter.setSizes([680, 600])
        self._ensure_card()
        return splitter

    def _add_page(
        self, key: str, title: Callable[[], str], page: QWidget | Callable[[], QWidget]
    ) -> None:
        """A navigation button (Ctrl+number) and its page: a widget, or a factory that
        builds it when the page is first shown."""
        action = QAction(title(), self._page_group)
        action.setObjectName(f"{key}PageAction")
        action.setCheckable(True)
        action.setShortcut(QKeySequence(f"Ctrl+{len(self._pages) + 1}"))
        action.triggered.connect(lambda _checked=False: self.show_page(key))
        self._toolbar.addAction(action)
        if isinstance(page, QWidget):
            self._pages.append(_Page(key, title, lambda: page, action, page))
            self._stack.addWidget(page)
        else:
            self._pages.append(_Page(key, title, page, action))
            self._stack.addWidget(QWidget(self._stack))

    def _build_actions(self) -> None:
        self._find = self._action("findAction", QKeySequence.StandardKey.Find, self.focus_search)
        self._lock = self._action("lockAction", QKeySequence("Ctrl+L"), self.lock_requested.emit)
        self._logout = self._action(
            "logoutAction", QKeySequence("Ctrl+Shift+L"), self.request_logout
        )
        # Explicit: not every platform theme has a Quit key.
        self._quit = self._action("quitAction", QKeySequence("Ctrl+Q"), self.close)
        self._about = self._action(
            "aboutAction", QKeySequence.StandardKey.HelpContents, self.show_about
        )
        self._about.setMenuRole(QAction.MenuRole.AboutRole)
        self._lot_recall = self._action(
            "lotRecallAction", QKeySequence("Ctrl+Shift+T"), self.open_lot_recall
        )
        self._new_procedure = self._action(
            "newProcedureAction", QKeySequence("Ctrl+Shift+P"), self.new_procedure
        )
        self._new_assessment = self._action(
            "newAssessmentAction", QKeySequence("Ctrl+Shift+K"), self.new_assessment
        )
        self._take_photo = self._action(
            "takePhotoAction", QKeySequence("Ctrl+Shift+O"), self.take_photo
        )
        self._clinical_photo = self._action(
            "clinicalPhotoAction", QKeySequence("Ctrl+Shift+B"), self.take_clinical_photo
        )
        card = self._ensure_card().client_actions()
        self._documents = DocumentActions(
            self, self._workspace, self._actor, lambda: self.card_view, self.open_settings_section
        )

        bar = self.menuBar()
        self._client_menu = bar.addMenu("")
        self._client_menu.setObjectName("clientMenu")
        self._client_menu.addActions([self._new_client, self._find])
        self._client_menu.addSeparator()
        self._client_menu.addActions(list(card))
        if self._actor.can(Permission.PHOTOS_WRITE):
            self._client_menu.addAction(self._take_photo)
        self._client_menu.addSeparator()
        self._client_menu.addActions(self._documents.client_actions())
        self._client_menu.addSeparator()
        self._client_menu.addActions([self._lock, self._logout])
        self._client_menu.addSeparator()
        self._client_menu.addAction(self._quit)
        self._view_menu = bar.addMenu("")
        self._view_menu.setObjectName("viewMenu")
        self._view_menu.addActions([page.action for page in self._pages])
        self._view_menu.addSeparator()
        self._view_menu.addAction(self._list.filters_action)
        # Lot recall lists who received what: health data, not for every role.
        self._procedures_menu: QMenu | None = None
        if self._actor.can(Permission.HEALTH_READ):
            self._procedures_menu = bar.addMenu("")
            self._procedures_menu.setObjectName("proceduresMenu")
            if self._actor.can(Permission.HEALTH_WRITE):
                self._procedures_menu.addActions([self._new_procedure, self._new_assessment])
                if self._actor.can(Permission.PHOTOS_WRITE):
                    self._procedures_menu.addAction(self._clinical_photo)
                self._procedures_menu.addSeparator()
            self._procedures_menu.addAction(self._lot_recall)
        self._settings_menu = bar.addMenu("")
        self._settings_menu.setObjectName("settingsMenu")
        self._settings_menu.addAction(self._pages[self._index_of(SETTINGS)].action)
        self._settings_menu.addActions(self._documents.settings_actions())
        self._help_menu = bar.addMenu("")
        self._help_menu.setObjectName("helpMenu")
        self._help_menu.addAction(self._about)
        self._list.set_row_actions([*card[:2], None, *card[2:]])

    def _action(
        self,
        name: str,
        shortcut: QKeySequence | QKeySequence.StandardKey,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # --- texts -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_user"):
            self._retranslate()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            # Back from another program (perhaps a second one on this salon): catch up.
            self.check_changes()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._update_title()
        self._search.setPlaceholderText(
            self.tr("Find a client: name, phone, e-mail, number… (Ctrl+F)")
        )
        self._toolbar.setWindowTitle(self.tr("Search"))
        self._new_client.setText(self.tr("New client"))
        self._new_client.setToolTip(self.tr("Fill in a questionnaire for a new client (Ctrl+N)"))
        self._find.setText(self.tr("Find a client"))
        self._lock.setText(self.tr("Lock"))
        self._logout.setText(self.tr("Log out"))
        self._quit.setText(self.tr("Quit"))
        self._about.setText(self.tr("About Salon CRM"))
        self._new_procedure.setText(self.tr("New procedure…"))
        self._new_procedure.setToolTip(
            self.tr("Record a procedure for the client on the card (Ctrl+Shift+P)")
        )
        self._new_assessment.setText(self.tr("New skin assessment…"))
        self._new_assessment.setToolTip(
            self.tr("Assess the skin of the client on the card (Ctrl+Shift+K)")
        )
        self._take_photo.setText(self.tr("Take photo…"))
        self._take_photo.setToolTip(
            self.tr("Take the photo of the client on the card with the camera (Ctrl+Shift+O)")
        )
        self._clinical_photo.setText(self.tr("Clinical photo…"))
        self._clinical_photo.setToolTip(
            self.tr("A photo of a zone of the client on the card, before or after (Ctrl+Shift+B)")
        )
        self._lot_recall.setText(self.tr("Lot recall…"))
        self._lot_recall.setToolTip(
            self.tr("Who received a product's lot, with their contacts (Ctrl+Shift+T)")
        )
        self._documents.retranslate()
        self._client_menu.setTitle(self.tr("&Client"))
        self._view_menu.setTitle(self.tr("&View"))
        if self._procedures_menu is not None:
            self._procedures_menu.setTitle(self.tr("&Procedures"))
        self._settings_menu.setTitle(self.tr("S&ettings"))
        self._help_menu.setTitle(self.tr("&Help"))
        for page in self._pages:
            page.action.setText(page.title())
        if self._card is None:
            self._card_placeholder.setText(self.tr("The client card is not available yet."))
        self._user.setText(
            self.tr("User: {name} ({role})").format(
                name=self._actor.full_name, role=self._role_name()
            )
        )

    def _update_title(self) -> None:
        self.setWindowTitle(
            self.tr("{salon} — {user} — Salon CRM").format(
                salon=self._salon_name, user=self._actor.full_name
            )
            if self._salon_name
            else self.tr("{user} — Salon CRM").format(user=self._actor.full_name)
        )

    def about_text(self) -> str:
        """The About box: the program, its version and where this salon's data lives."""
        try:
            version = metadata.version("salon-crm")
        except metadata.PackageNotFoundError:  # a bundle without package metadata
            version = "—"
        return self.tr("<b>Salon CRM</b> {version}<br><br>Data folder:<br>{folder}").format(
            version=html.escape(version), folder=html.escape(str(self._salon_dir.resolve()))
        )

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Salon CRM"), self.about_text())

    def _role_name(self) -> str:
        names = {
            "owner": self.tr("owner"),
            "administrator": self.tr("administrator"),
            "specialist": self.tr("specialist"),
        }
        return names.get(self._actor.role.value, self._actor.role.value)

    # --- pages -------------------------------------------------------------------------------

    def current_page(self) -> str:
        row = self._stack.currentIndex()
        return self._pages[row].key if 0 <= row < len(self._pages) else ""

    def page(self, key: str) -> QWidget:
        """The page's widget, built now if it was not yet."""
        index = self._index_of(key)
        page = self._pages[index]
        if page.widget is None:
            widget = page.make()
            placeholder = self._stack.widget(index)
            self._stack.insertWidget(index, widget)
            if placeholder is not None:
                self._stack.removeWidget(placeholder)
                placeholder.deleteLater()
            page.widget = widget
        return page.widget

    def _index_of(self, key: str) -> int:
        return next(i for i, page in enumerate(self._pages) if page.key == key)

    def show_page(self, key: str) -> bool:
        """Switch pages; False if the page being left keeps the user (unsaved changes)."""
        index = self._index_of(key)
        if self._stack.currentIndex() != index or self._pages[index].widget is None:
            if self.current_page() != key and not self._may_leave_page():
                self._pages[self._stack.currentIndex()].action.setChecked(True)
                return False
            widget = self.page(key)
            self._stack.setCurrentWidget(widget)
        self._pages[index].action.setChecked(True)
        return True

    def open_settings_section(self, key: str) -> bool:
        """The Settings page at one of its sections (the document templates…)."""
        if not self.show_page(SETTINGS):
            return False
        view = self._settings_view
        show = getattr(view, "show_section", None)
        return bool(show(key)) if callable(show) else False

    def _may_leave_page(self) -> bool:
        widget = self._pages[self._stack.currentIndex()].widget
        maybe_leave = getattr(widget, "maybe_leave", None)
        return not callable(maybe_leave) or bool(maybe_leave())

    def _make_settings(self) -> QWidget:
        # Built on first visit.
        from salon_crm.gui.settings.settings_view import SettingsView
        from salon_crm.gui.shell.settings_parts import settings_sections

        view = SettingsView(
            self._workspace,
            self._actor,
            self._stack,
            more_sections=lambda prompts, read_only: settings_sections(
                self._workspace, self._actor, prompts, read_only
            ),
        )
        view.settings_changed.connect(self._settings_changed)
        self._settings_view = view
        return view

    def _settings_changed(self, section: str) -> None:
        if section == "requisites":
            self._salon_name = self._workspace.settings(self._actor).requisites().name
            self._update_title()
        elif section == "lists":
            self._list.reload_lists()
        elif section == "general":  # the name order may have changed
            self._list.refresh()
            self._home.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:
            # After the toolbar's first layout, which hides and shows its widgets.
            self._focused_once = True
            QTimer.singleShot(0, self._search.setFocus)
            self._keep_on_screen()  # the frame is known now

    # --- the search field --------------------------------------------------------------------

    def focus_search(self) -> None:
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    def _search_edited(self, _text: str) -> None:
        self._typed.start()
        if self.current_page() != CLIENTS:
            self.show_page(CLIENTS)
            self._search.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and self.current_page() == HOME
            and isinstance(event, QKeyEvent)
            and not isinstance(watched, QLineEdit)
            and self._typed_text(event)
        ):
            self._search.setFocus(Qt.FocusReason.OtherFocusReason)
            forwarded = QKeyEvent(
                QEvent.Type.KeyPress, event.key(), event.modifiers(), event.text()
            )
            QCoreApplication.sendEvent(self._search, forwarded)
            return True
        return super().eventFilter(watched, event)

    def _searching(self) -> bool:
        """The search is being typed or its list is loading: others' changes wait."""
        typing = self._typed.isValid() and self._typed.elapsed() < TYPING_PAUSE_MS
        return typing or self._list.model.is_busy

    def check_changes(self) -> None:
        """Show what other workstations changed (the list, the open card)."""
        if hasattr(self, "_changes"):  # not while the window is being built
            self._changes.check()

    @staticmethod
    def _typed_text(event: QKeyEvent) -> bool:
        text = event.text()
        if not text or not text.isprintable() or text.isspace():
            return False
        return not event.modifiers() & _NO_TYPING

    # --- clients -----------------------------------------------------------------------------

    def open_client(self, client_id: int) -> None:
        """The one way a client is opened: the Clients page, the card, the recent list."""
        if not self.show_page(CLIENTS):
            return
        had_focus = self._list.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        self._list.select_client(client_id)
        self._show_card(client_id)
        if not had_focus and self.focusWidget() is not self._search:
            self._list.focus_table()

    def new_procedure(self) -> None:
        """Ctrl+Shift+P: the card's Procedures tab, and its form for a new procedure."""
        from salon_crm.gui.procedures.procedures_tab import ProceduresTab

        tab = self.card_view.open_tab("proceduresTab") if self.card_view else None
        if isinstance(tab, ProceduresTab) and self._actor.can(Permission.HEALTH_WRITE):
            tab.new_procedure()

    def new_assessment(self) -> None:
        """Ctrl+Shift+K: the card's Cosmetology tab, and its form for a skin assessment."""
        from salon_crm.gui.health.assessments_panel import AssessmentsPanel

        tab = self.card_view.open_tab("cosmetologyTab") if self.card_view else None
        panel = tab.findChild(AssessmentsPanel) if tab is not None else None
        if panel is not None and self._actor.can(Permission.HEALTH_WRITE):
            panel.open_new()

    def take_photo(self) -> None:
        """Ctrl+Shift+O: the camera, for the photo of the client on the card."""
        from salon_crm.gui.photos.card_portrait import CardPortrait

        portrait = self.card_view.findChild(CardPortrait) if self.card_view else None
        if portrait is not None and portrait.can_take:
            portrait.take_photo()

    def take_clinical_photo(self) -> None:
        """Ctrl+Shift+B: the card's Photos tab, and a clinical photo of a zone."""
        from salon_crm.gui.photos.photos_tab import PhotosTab

        tab = self.card_view.open_tab("photosTab") if self.card_view else None
        if isinstance(tab, PhotosTab) and tab.can_take_clinical:
            tab.take_clinical()

    def open_lot_recall(self) -> QWidget | None:
        """The lot recall dialog, beside the window: a line opens the client's card."""
        if not self._actor.can(Permission.HEALTH_READ):
            return None
        from salon_crm.gui.procedures.lot_recall_dialog import LotRecallDialog

        dialog = LotRecallDialog(self._workspace, self._actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_client_requested.connect(self.open_client)
        dialog.show()
        return dialog

    def _client_selected(self, client_id: int) -> None:
        """Master–detail: the row chosen in the list is the client in the card."""
        card = self._card
        if card is None or card.client_id() != client_id:
            self._show_card(client_id)

    def _show_card(self, client_id: int) -> None:
        remember_client(client_id, self._salon_dir)
        card = self._ensure_card()
        card.show_client(client_id)
        self._card_area.setCurrentWidget(card)
        self.client_opened.emit(client_id)

    def _ensure_card(self) -> ClientCardView:
        if self._card is None:
            from salon_crm.gui.clients.card.client_card_view import ClientCardView
            from salon_crm.gui.shell.card_parts import card_features

            card = ClientCardView(
                self._workspace,
                self._actor,
                self._card_area,
                features=card_features(self._workspace, self._actor),
            )
            card.client_changed.connect(self._client_changed)
            card.open_client_requested.connect(self.open_client)
            self._card_area.addWidget(card)
            self._card_area.setCurrentWidget(card)
            self._card = card
        return self._card

    def _client_changed(self, client_id: int) -> None:
        del client_id
        self._list.refresh()
        if self._home.isVisible():
            self._home.refresh()

    def new_client(self) -> None:
        """Ctrl+N: a new questionnaire; after saving, the new client's card."""
        if not self._actor.can(Permission.CLIENTS_WRITE):
            return
        from salon_crm.gui.clients.questionnaire.questionnaire_dialog import (
            QuestionnaireDialog,
            prefill_from_search,
        )
        from salon_crm.gui.clients.questionnaire.template_chooser import choose_start

        # "Created from the main search": the name or phone typed there starts the form,
        # over the salon's template for new cards (asked for when there are several).
        prefill = choose_start(
            self._workspace, self._actor, prefill_from_search(self._search.text()), self
        )
        if prefill is None:
            return
        dialog = QuestionnaireDialog(self._workspace, self._actor, prefill=prefill, parent=self)
        saved: list[int] = []
        wanted: list[int] = []

        # The typed phone belongs to someone already here: the dialog closed to go to them
        # (or restored them from the archive).
        dialog.client_saved.connect(saved.append)
        dialog.client_restored.connect(saved.append)
        dialog.open_client_requested.connect(wanted.append)
        dialog.exec()
        dialog.deleteLater()
        if saved:
            self._list.refresh()
        if wanted or saved:
            self.open_client((wanted or saved)[-1])

    # --- leaving -----------------------------------------------------------------------------

    def request_logout(self) -> None:
        """Lock / Log out: unsaved settings are asked about first."""
        if not self._may_leave_page():
            return
        self._leave_checked = True
        self.logout_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leave_checked and not self._may_leave_page():
            event.ignore()
            return
        self._save_state()
        self._changes.stop()
        super().closeEvent(event)

    def _save_state(self) -> None:
        ui_settings.put(ui_settings.MAIN_GEOMETRY, self.saveGeometry())
        ui_settings.put(ui_settings.MAIN_STATE, self.saveState())
        ui_settings.put(ui_settings.CLIENT_SPLITTER, self._clients_page.saveState())
        self._list.save_state()

    def _restore_state(self) -> None:
        geometry = ui_settings.get(ui_settings.MAIN_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)
            screen = self.screen()
            # The first start on a laptop: the whole screen, every pixel for list and card.
            needed = DEFAULT_SIZE + _FRAME_ALLOWANCE
            room = screen.availableSize() if screen is not None else needed
            if room.width() < needed.width() or room.height() < needed.height():
                self.setWindowState(Qt.WindowState.WindowMaximized)
        self._keep_on_screen()
        state = ui_settings.get(ui_settings.MAIN_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = ui_settings.get(ui_settings.CLIENT_SPLITTER)
        if not splitter.isEmpty():
            self._clients_page.restoreState(splitter)
        self._list.restore_state()

    def _keep_on_screen(self) -> None:
        """Within the screen's available area (a small laptop, a restored geometry from a
        bigger monitor): shrunk to fit, moved inside."""
        screen = QGuiApplication.screenAt(self.geometry().center()) or self.screen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        frame = self.frameGeometry()
        extra = frame.size() - self.geometry().size()
        if extra.isNull() and not self.isVisible():
            extra = _FRAME_ALLOWANCE
        placed = fit_into(QRect(frame.topLeft(), self.size() + extra), screen.availableGeometry())
        self.resize(placed.size() - extra)
        self.move(placed.topLeft())

    # --- for tests and the controller --------------------------------------------------------

    @property
    def _salon_dir(self) -> Path:
        return self._workspace.data_dir

    @property
    def actor(self) -> Actor:
        return self._actor

    @property
    def search_field(self) -> QLineEdit:
        return self._search

    @property
    def home_view(self) -> HomeView:
        return self._home

    @property
    def client_list(self) -> ClientListView:
        return self._list

    @property
    def card_view(self) -> ClientCardView | None:
        return self._card

    def new_client_button(self) -> QAbstractButton | None:
        button = self._toolbar.widgetForAction(self._new_client)
        return button if isinstance(button, QAbstractButton) else None


def fit_into(window: QRect, area: QRect) -> QRect:
    """The window's rectangle (frame included) shrunk to the area and moved inside it."""
    size = window.size().boundedTo(area.size())
    left = min(max(window.left(), area.left()), area.right() + 1 - size.width())
    top = min(max(window.top(), area.top()), area.bottom() + 1 - size.height())
    return QRect(left, top, size.width(), size.height())
