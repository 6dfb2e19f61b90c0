"""The dialog a long job shows while the user waits: what it does, how far, and Cancel."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class JobDialog(QDialog):
    """Window-modal over the window that started the job. Cancel, Esc and the close
    button only ask the job to stop: the dialog goes away when the job has ended, so
    nothing runs on behind the user's back.

    Signals:
        cancel_requested(): the user asked to stop.
    """

    cancel_requested = Signal()

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("jobDialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._ended = False
        self._message = QLabel(self)
        self._message.setObjectName("jobMessage")
        self._message.setWordWrap(True)
        self._message.setMinimumWidth(360)
        self._bar = QProgressBar(self)
        self._bar.setObjectName("jobProgress")
        self._bar.setRange(0, 0)  # busy until the job says how much there is
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._message)
        layout.addWidget(self._bar)
        layout.addWidget(self._buttons)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        if not self._message.text():
            self._message.setText(self.tr("Working…"))

    def show_progress(self, done: int, total: int, message: str) -> None:
        """`done` of `total` (0: not known yet), and what is being done now."""
        if self.cancel_button.isEnabled():
            self._bar.setRange(0, max(total, 0))
            self._bar.setValue(min(done, total) if total > 0 else 0)
            if message:
                self._message.setText(message)
            elif total > 0:
                self._message.setText(self.tr("{done} of {total}").format(done=done, total=total))

    def show_cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self._message.setText(self.tr("Cancelling… nothing of this work will be kept."))

    def finish(self) -> None:
        """The job ended: close for good."""
        self._ended = True
        self.done(QDialog.DialogCode.Accepted)
        self.deleteLater()

    def reject(self) -> None:
        if self._ended:
            super().reject()
        elif self.cancel_button.isEnabled():
            self.cancel_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._ended:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    # --- for tests -------------------------------------------------------------------------

    @property
    def cancel_button(self) -> QPushButton:
        button = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert button is not None
        return button

    @property
    def progress_bar(self) -> QProgressBar:
        return self._bar

    def message(self) -> str:
        return self._message.text()
