"""Long work runs as a job: off the GUI thread, with progress and Cancel when it is long,
and a failure that always reaches someone.

`run_in_background` is for the quick service calls of a screen (a page of the list, a
card); `run_job` is for work the user waits for: it shows a window-modal progress dialog
with Cancel once the job takes longer than a moment. A job opens its own session through
the services and never touches a widget; the callbacks run in the GUI thread.

Failures a caller does not handle take the standard route (`report_failure`): the shell's
error reporter says a refusal (SalonError) in the user's language, logs anything else
with its traceback and tells the user calmly, and locks the window when the session
expired. The shell installs the route with `set_failure_route`; this module knows no
shell.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from salon_crm.domain.common.errors import SalonError, SessionExpiredError
from salon_crm.gui.common.error_messages import describe_error
from salon_crm.gui.common.job_dialog import JobDialog
from salon_crm.services.core.progress import JobCancelledError, Progress

R = TypeVar("R")
FailureRoute = Callable[[Exception], object]

# A job that ends sooner than this never shows its dialog: no flash for instant work.
SHOW_DELAY_MS = 400
WAIT_MS = 10_000
_RETIRED = "salonJobsRetired"

log = logging.getLogger("salon_crm")
_failure_route: FailureRoute | None = None


# --- the standard failure route ---------------------------------------------------------------


def set_failure_route(route: FailureRoute | None) -> None:
    """Where failures nobody handled go (the shell's error reporter); None: back to
    `sys.excepthook`."""
    global _failure_route
    _failure_route = route


def report_failure(error: Exception) -> None:
    """Send a job's error down the standard route (the default `on_failure`)."""
    if _failure_route is not None:
        _failure_route(error)
    else:
        sys.excepthook(type(error), error, error.__traceback__)


def failure_text(error: Exception) -> str:
    """What a view shows in place of what it could not load or do. A refusal is only said
    there; anything else (an expired session too) also takes the standard route, so it
    is logged and the window locks, and the view says it calmly."""
    if isinstance(error, SalonError) and not isinstance(error, SessionExpiredError):
        return describe_error(error)[0]
    report_failure(error)
    if isinstance(error, SessionExpiredError):
        return describe_error(error)[0]
    return QCoreApplication.translate(
        "Jobs", "Something unexpected happened; the details are written in the log."
    )


# --- running ---------------------------------------------------------------------------------


class _Relay(QObject):
    """Lives in the GUI thread; queued signals carry the outcome across threads.

    Signals:
        succeeded(object): the operation's return value.
        failed(object): the exception it raised.
        cancelled(): it stopped because it was asked to (JobCancelledError).
        progressed(int, int, str): done, total and what it is doing now.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progressed = Signal(int, int, str)


class _Runnable(QRunnable):
    def __init__(self, op: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._op = op
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._op()
        except JobCancelledError:
            self._relay.cancelled.emit()
        except Exception as error:  # delivered to on_failure, never lost in the pool
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class _JobProgress:
    """The Progress a job of `run_job` is given: reports become queued signals, the
    cancel flag is safe to read from the worker thread."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()

    def report(self, done: int, total: int, message: str = "") -> None:
        self._relay.progressed.emit(done, total, message)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


_pending: set[_Relay] = set()


def _start(
    op: Callable[[], R],
    relay: _Relay,
    *,
    on_success: Callable[[R], Any],
    on_failure: Callable[[Exception], Any] | None,
    on_cancelled: Callable[[], Any] | None,
    parent: QObject | None,
    on_end: Callable[[], None] | None = None,
) -> None:
    _pending.add(relay)  # no Qt parent: it must outlive a closed window until the job ends

    def finish(callback: Callable[[], Any]) -> None:
        _pending.discard(relay)
        relay.deleteLater()
        if on_end is not None:
            on_end()
        if _wanted(parent):
            callback()

    def failed(error: Exception) -> None:
        if not _wanted(parent):
            log.warning("a job failed after its window closed", exc_info=error)
        finish(lambda: (on_failure or report_failure)(error))

    relay.succeeded.connect(lambda value: finish(lambda: on_success(value)))
    relay.failed.connect(failed)
    relay.cancelled.connect(lambda: finish(on_cancelled or (lambda: None)))
    QThreadPool.globalInstance().start(_Runnable(op, relay))


def _wanted(parent: QObject | None) -> bool:
    """Whether the outcome is still wanted: its parent is alive and in no retired window."""
    owner = parent
    while owner is not None:
        if not shiboken6.isValid(owner) or owner.property(_RETIRED):
            return False
        owner = owner.parent()
    return True


def retire(window: QObject) -> None:
    """The window is closing for good: what its jobs still deliver is dropped (a failure
    only logged), so a job of a user who left cannot speak to, or lock, the next one."""
    window.setProperty(_RETIRED, True)


def run_in_background(
    op: Callable[[], R],
    *,
    on_success: Callable[[R], Any],
    on_failure: Callable[[Exception], Any] | None = None,
    parent: QObject | None = None,
) -> None:
    """Run `op` on the thread pool. `op` calls services only and never touches a widget;
    the callbacks run in the GUI thread (dropped if `parent` was destroyed meanwhile).
    Without `on_failure` a failure takes the standard route."""
    _start(
        op,
        _Relay(),
        on_success=on_success,
        on_failure=on_failure,
        on_cancelled=None,
        parent=parent,
    )


class LatestOnly:
    """Runs one quick service call at a time for a screen that asks faster than answers
    come (a search per keystroke): a call asked for while one runs waits, replacing any
    call already waiting, and the running call's value is dropped when a newer one was
    asked for meanwhile. A failure is always delivered (the caller logs or drops it)."""

    def __init__(self, parent: QObject) -> None:
        self._parent = parent
        self._running = False
        self._waiting: tuple[Callable[[], Any], Callable[[Any], Any], FailureRoute] | None = None

    @property
    def busy(self) -> bool:
        return self._running

    def run(
        self,
        op: Callable[[], R],
        *,
        on_success: Callable[[R], Any],
        on_failure: Callable[[Exception], Any],
    ) -> None:
        if self._running:
            self._waiting = (op, on_success, on_failure)
            return
        self._running = True

        def ended(deliver: Callable[[], Any]) -> None:
            self._running = False
            waiting, self._waiting = self._waiting, None
            if waiting is None:
                deliver()
            else:
                self.run(waiting[0], on_success=waiting[1], on_failure=waiting[2])

        def failed(error: Exception) -> None:
            on_failure(error)
            ended(lambda: None)

        run_in_background(
            op,
            on_success=lambda value: ended(lambda: on_success(value)),
            on_failure=failed,
            parent=self._parent,
        )


class Job:
    """A running `run_job`: its dialog (shown after SHOW_DELAY_MS) and a way to cancel."""

    def __init__(self, dialog: JobDialog, progress: _JobProgress) -> None:
        self.dialog = dialog
        self._progress = progress
        self.finished = False

    def cancel(self) -> None:
        """Ask the job to stop at its next check; it rolls back what it started."""
        self._progress.cancel()
        self.dialog.show_cancelling()

    def _end(self) -> None:
        self.finished = True
        self.dialog.finish()


def run_job(
    op: Callable[[Progress], R],
    *,
    title: str,
    on_success: Callable[[R], Any],
    on_failure: Callable[[Exception], Any] | None = None,
    on_cancelled: Callable[[], Any] | None = None,
    parent: QWidget,
) -> Job:
    """Run `op(progress)` on the thread pool behind a window-modal progress dialog with
    Cancel; `op` reports through `progress` and calls `check_cancelled` between steps.
    A cancelled job ends with `on_cancelled` (its unit of work rolled back)."""
    relay = _Relay()
    progress = _JobProgress(relay)
    dialog = JobDialog(title, parent)
    job = Job(dialog, progress)
    dialog.cancel_requested.connect(job.cancel)
    relay.progressed.connect(dialog.show_progress)
    QTimer.singleShot(SHOW_DELAY_MS, dialog, lambda: None if job.finished else dialog.open())
    _start(
        lambda: op(progress),
        relay,
        on_success=on_success,
        on_failure=on_failure,
        on_cancelled=on_cancelled,
        parent=parent,
        on_end=job._end,
    )
    return job


def wait_for_jobs(timeout_ms: int = WAIT_MS) -> bool:
    """Block until every job has left the thread pool (before the database closes); their
    callbacks still arrive through the event loop. False if some job is still running."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
