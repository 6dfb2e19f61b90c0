"""The main window: navigation, the always-present client search, the logged-in user."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from salon_crm.gui import ui_settings
from salon_crm.services.actor import Actor
from salon_crm.services.workspace import Workspace


class MainWindow(QMainWindow):
    """Signals:
    logout_requested(): the user logged out or locked the session.
    """

    logout_requested = Signal()

    def __init__(self, workspace: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._workspace = workspace
        self._actor = actor
        self.setWindowTitle(self.tr("Salon CRM"))

        self._search = QLineEdit(self)
        self._search.setObjectName("clientSearch")
        self._search.setAccessibleName("clientSearch")
        self._search.setPlaceholderText(
            self.tr("Find a client: name, phone, e-mail, card… (Ctrl+F)")
        )
        self._search.setClearButtonEnabled(True)
        toolbar = QToolBar(self.tr("Search"), self)
        toolbar.setObjectName("searchToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self._search)
        self.addToolBar(toolbar)

        self._nav = QListWidget(self)
        self._nav.setObjectName("navigation")
        self._pages = QStackedWidget(self)
        for title in (self.tr("Home"), self.tr("Clients"), self.tr("Settings")):
            self._nav.addItem(title)
            self._pages.addWidget(QLabel(title, self))
        self._nav.currentRowChanged.connect(self._pages.setCurrentIndex)
        self._nav.setCurrentRow(0)
        self._nav.setMaximumWidth(200)
        splitter = QSplitter(self)
        splitter.addWidget(self._nav)
        splitter.addWidget(self._pages)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)

        find = QAction(self.tr("Find a client"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_search)
        self.addAction(find)
        session_menu = self.menuBar().addMenu(self.tr("&Session"))
        lock = QAction(self.tr("Lock"), self)
        lock.setObjectName("lockAction")
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.logout_requested.emit)
        session_menu.addAction(lock)
        logout = QAction(self.tr("Log out"), self)
        logout.setObjectName("logoutAction")
        logout.triggered.connect(self.logout_requested.emit)
        session_menu.addAction(logout)
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        session_menu.addAction(quit_action)

        user = QLabel(
            self.tr("User: {name} ({role})").format(name=actor.full_name, role=actor.role.value),
            self,
        )
        user.setObjectName("currentUser")
        self.statusBar().addPermanentWidget(user)
        geometry = ui_settings.get(ui_settings.MAIN_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 780)

    def _focus_search(self) -> None:
        self._search.setFocus()
        self._search.selectAll()

    def closeEvent(self, event: QCloseEvent) -> None:
        ui_settings.put(ui_settings.MAIN_GEOMETRY, self.saveGeometry())
        super().closeEvent(event)
