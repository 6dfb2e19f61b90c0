"""How long work says how far it got and hears that the user cancelled, without knowing
who is listening (a progress dialog, a command line, nobody).

A service that loops over many records takes a `Progress`, reports after each step and
calls `check_cancelled` between steps: the `JobCancelledError` it raises leaves the unit of
work like any other exception does, so the transaction rolls back and nothing is written.
"""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    """What a job is given to talk to whoever started it; safe to use from any thread."""

    def report(self, done: int, total: int, message: str = "") -> None:
        """`done` of `total` steps are finished (total 0: not known yet); `message` says
        what is being done now, in the user's words."""

    @property
    def cancelled(self) -> bool:
        """The user asked to stop; the job should stop at its next safe point."""


class JobCancelledError(Exception):
    """A job stopped because it was asked to; whatever it had started was rolled back."""


def check_cancelled(progress: Progress) -> None:
    """Raise JobCancelledError if the user asked to stop: call it between steps."""
    if progress.cancelled:
        raise JobCancelledError


class _NoProgress:
    def report(self, done: int, total: int, message: str = "") -> None:
        del done, total, message

    @property
    def cancelled(self) -> bool:
        return False


NO_PROGRESS: Progress = _NoProgress()
"""For calling a job where nobody watches it (scripts, tests): reports go nowhere and it is
never cancelled."""
