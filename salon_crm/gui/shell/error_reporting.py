"""What happens to an error nobody caught, in a slot or in a background job: a refusal
(SalonError) is said in the user's language; anything else is written with its traceback
to a log file beside the data and told calmly; the program keeps running.

An expired session (the owner disabled the account or changed its role) is not a fault:
the user is sent to the lock dialog to log in again.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from salon_crm.domain.common.errors import SalonError, SessionExpiredError
from salon_crm.gui.common import background
from salon_crm.gui.common.error_messages import describe_error

LOG_FILE = "salon-crm.log"
log = logging.getLogger("salon_crm")


class ErrorReporter:
    """Installed as sys.excepthook and as the background jobs' failure route while the GUI
    runs. PySide hands it exceptions raised in slots and event handlers; jobs hand it the
    failures their callers do not handle themselves. Both arrive in the GUI thread."""

    def __init__(self, log_dir: Path, *, on_session_expired: Callable[[], None]) -> None:
        self.log_path = log_dir / LOG_FILE
        self._on_session_expired = on_session_expired
        log_dir.mkdir(parents=True, exist_ok=True)
        self._handler = RotatingFileHandler(
            self.log_path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        self._handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(self._handler)
        log.setLevel(logging.INFO)

    def install(self) -> None:
        sys.excepthook = self.handle
        background.set_failure_route(self.report)

    def uninstall(self) -> None:
        sys.excepthook = sys.__excepthook__
        background.set_failure_route(None)
        log.removeHandler(self._handler)
        self._handler.close()

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        traceback: TracebackType | None,
    ) -> None:
        if isinstance(error, SessionExpiredError):
            log.info("session expired: %s", error)
            self.tell(
                QCoreApplication.translate(
                    "ErrorReporter",
                    "The owner has changed your account. Log in again to go on.",
                )
            )
            self._on_session_expired()
            return
        if isinstance(error, SalonError):
            log.info("refused: %s", error)
            self.tell(describe_error(error)[0])
            return
        log.error("unexpected error", exc_info=(kind, error, traceback))
        self.tell(
            QCoreApplication.translate(
                "ErrorReporter",
                "Something went wrong, but your data is safe: every change is saved whole or "
                "not at all. The details are in {path}; please show them to whoever looks "
                "after this computer.",
            ).format(path=self.log_path)
        )

    def report(self, error: Exception) -> None:
        """A background job's failure that its caller left to the standard route."""
        self.handle(type(error), error, error.__traceback__)

    def tell(self, text: str) -> None:
        """Show the message; tests replace this."""
        QMessageBox.warning(None, QCoreApplication.translate("ErrorReporter", "Salon CRM"), text)
