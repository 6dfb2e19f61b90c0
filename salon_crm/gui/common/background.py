"""Running service calls off the GUI thread and delivering the outcome back to it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

R = TypeVar("R")


class _Relay(QObject):
    """Lives in the GUI thread; queued signals carry the result across threads.

    Signals:
        succeeded(object): the operation's return value.
        failed(object): the exception it raised.
    """

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable, Generic[R]):
    def __init__(self, op: Callable[[], R], relay: _Relay) -> None:
        super().__init__()
        self._op = op
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._op()
        except Exception as error:  # delivered to on_failure, never lost in the pool
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


_pending: set[_Relay] = set()


def run_in_background(
    op: Callable[[], R],
    *,
    on_success: Callable[[R], Any],
    on_failure: Callable[[Exception], Any],
    parent: QObject | None = None,
) -> None:
    """Run `op` on the thread pool. `op` calls services only and never touches a widget;
    the callbacks run in the GUI thread (dropped if `parent` was destroyed meanwhile)."""
    relay = _Relay()  # no parent: it must outlive a closed window until the job ends
    _pending.add(relay)

    def finish(callback: Callable[[Any], Any], value: Any) -> None:
        _pending.discard(relay)
        relay.deleteLater()
        if parent is None or shiboken6.isValid(parent):
            callback(value)

    relay.succeeded.connect(lambda value: finish(on_success, value))
    relay.failed.connect(lambda error: finish(on_failure, error))
    QThreadPool.globalInstance().start(_Job(op, relay))
