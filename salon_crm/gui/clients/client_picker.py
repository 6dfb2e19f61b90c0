"""A small dialog to pick one client by typing part of a name, phone or number."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salon_crm.gui.clients.client_faces import FaceSource, ListFaces
from salon_crm.gui.common.background import failure_text, run_in_background
from salon_crm.services.clients.client_types import ClientRef
from salon_crm.services.clients.search_service import SearchResult, SearchService

SEARCH_DELAY_MS = 250
RESULT_LIMIT = 30


class ClientPickerDialog(QDialog):
    """Accepted with `chosen` set to the picked client; `exclude_id` is never offered.

    The search runs in the background; Enter typed before the results arrive picks the
    first of them when they do.

    Signals:
        results_shown(): the results of the latest search are in the list.
    """

    results_shown = Signal()

    def __init__(
        self,
        search: SearchService,
        *,
        faces: FaceSource | None = None,
        exclude_id: int | None = None,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clientPickerDialog")
        self.setWindowTitle(title or self.tr("Choose a client"))
        self._search = search
        self._exclude_id = exclude_id
        self.chosen: ClientRef | None = None
        self._searches = 0  # the latest search; older results are dropped
        self._searching = False
        self._accept_when_found = False

        self._query = QLineEdit(self)
        self._query.setObjectName("clientPickerSearch")
        self._query.setAccessibleName(self.tr("Find a client"))
        self._query.setPlaceholderText(self.tr("Name, phone, e-mail or client number"))
        self._query.setClearButtonEnabled(True)
        self._results = QListWidget(self)
        self._results.setObjectName("clientPickerResults")
        self._results.setAccessibleName(self.tr("Clients found"))
        self._faces = ListFaces(faces, self._results) if faces is not None else None
        self._hint = QLabel(self.tr("Start typing to find the client."), self)
        self._hint.setObjectName("clientPickerHint")
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons.accepted.connect(self._accept_current)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._query)
        layout.addWidget(self._results, 1)
        layout.addWidget(self._hint)
        layout.addWidget(self._buttons)
        self.resize(460, 380)

        # Searching on every key would hit the database for each letter of a fast typist.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self._query.textChanged.connect(self._timer.start)
        self._results.itemActivated.connect(lambda _item: self._accept_current())
        self._results.currentRowChanged.connect(lambda _row: self._update_ok())
        self._query.installEventFilter(self)
        self._update_ok()

    def run_search(self) -> None:
        self._timer.stop()
        text = self._query.text().strip()
        self._searches += 1
        search_id = self._searches
        if not text:
            self._searching = False
            self._results.clear()
            self._hint.setText(self.tr("Start typing to find the client."))
            self._update_ok()
            return
        self._searching = True
        search = self._search
        run_in_background(
            lambda: search.search(text, limit=RESULT_LIMIT),
            on_success=lambda found: self._show_results(search_id, found),
            on_failure=lambda error: self._failed(search_id, error),
            parent=self,
        )

    def _failed(self, search_id: int, error: Exception) -> None:
        text = failure_text(error)
        if search_id == self._searches:
            self._searching = False
            self._accept_when_found = False
            self._results.clear()
            self._hint.setText(text)
            self._update_ok()

    def _show_results(self, search_id: int, found: SearchResult) -> None:
        if search_id != self._searches:
            return
        self._searching = False
        self._results.clear()
        for row in found.rows:
            if row.id == self._exclude_id:
                continue
            parts = [self.tr("No. {number}").format(number=row.number), row.full_name]
            if row.main_phone_display:
                parts.append(row.main_phone_display)
            item = QListWidgetItem(" — ".join(parts), self._results)
            item.setData(Qt.ItemDataRole.UserRole, ClientRef(row.id, row.number, row.full_name))
            if self._faces is not None:
                self._faces.tag(item, row.photo_thumb)
        if self._faces is not None:
            self._faces.load()
        if self._results.count():
            self._results.setCurrentRow(0)
            self._hint.setText("")
        else:
            self._hint.setText(self.tr("Nobody found. Check the spelling or try the phone."))
        self._update_ok()
        self.results_shown.emit()
        if self._accept_when_found:
            self._accept_when_found = False
            self._accept_current()

    def _update_ok(self) -> None:
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self._results.currentItem() is not None)

    def _accept_current(self) -> None:
        item = self._results.currentItem()
        if item is None:
            return
        ref = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(ref, ClientRef):
            self.chosen = ref
            self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down in the search field move through the results, as in the main search."""
        if watched is self._query and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Down,
                Qt.Key.Key_Up,
            ):
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = min(max(self._results.currentRow() + step, 0), self._results.count() - 1)
                self._results.setCurrentRow(row)
                return True
            if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            ):
                if self._timer.isActive():
                    self.run_search()
                if self._searching:
                    self._accept_when_found = True
                else:
                    self._accept_current()
                return True
        return super().eventFilter(watched, event)
