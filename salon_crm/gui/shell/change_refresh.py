"""Keeping the client list and the open card up to date with what other workstations
change: asked on a timer (often where the server pushes the news, seldom where asking
reads the database) and whenever the window is activated."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from salon_crm.gui.clients.client_list_view import ClientListView
from salon_crm.gui.home.home_view import HomeView
from salon_crm.services.core.change_feed import NO_CHANGES, ChangeFeed, SalonChanges

if TYPE_CHECKING:  # the card is imported when first shown (see the main window)
    from salon_crm.gui.clients.card.client_card_view import ClientCardView

RETRY_MS = 500


class ChangeRefresh(QObject):
    """Applies others' changes when the user is not in the middle of something: not while
    a dialog is open over the window (the questionnaire being edited keeps its version
    check for the save), not while the search is being typed; those wait for the next
    look."""

    def __init__(
        self,
        feed: ChangeFeed,
        *,
        client_list: ClientListView,
        home: HomeView,
        card: Callable[[], ClientCardView | None],
        busy: Callable[[], bool],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._feed: ChangeFeed | None = feed
        self._list = client_list
        self._home = home
        self._card = card
        self._busy = busy
        self._pending = NO_CHANGES
        self._timer = QTimer(self)
        self._timer.setObjectName("changeRefreshTimer")
        self._timer.setInterval(feed.poll_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        # A change that had to wait is tried again soon, not only at the next look.
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.check)

    def check(self) -> None:
        """Ask what changed elsewhere, and show it if the moment allows."""
        if self._feed is None:
            return
        self._pending = self._pending | self._feed.since_last_look()
        if not self._pending:
            return
        if self._busy() or QApplication.activeModalWidget() is not None:
            self._retry.start()
            return
        changes, self._pending = self._pending, NO_CHANGES
        self._apply(changes)

    def _apply(self, changes: SalonChanges) -> None:
        if not changes.any_client:
            return
        self._list.refresh()
        if self._home.isVisible():
            self._home.refresh()
        card = self._card()
        shown = card.client_id() if card is not None else None
        if card is not None and shown is not None and changes.client_changed(shown):
            card.show_client(shown)

    def stop(self) -> None:
        """The window closes: no more looking."""
        self._timer.stop()
        self._retry.stop()
        if self._feed is not None:
            self._feed.close()
            self._feed = None
