"""Errors nobody caught: logged beside the data, told calmly, an expired session locks."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from salon_crm.domain.common.errors import SessionExpiredError
from salon_crm.gui.shell.error_reporting import ErrorReporter


@pytest.fixture
def reporter(tmp_path: Path) -> Iterator[tuple[ErrorReporter, list[str], list[bool]]]:
    told: list[str] = []
    locked: list[bool] = []
    made = ErrorReporter(tmp_path / "logs", on_session_expired=lambda: locked.append(True))
    made.tell = told.append  # type: ignore[method-assign]
    yield made, told, locked
    made.uninstall()


def test_an_unexpected_error_is_logged_and_told(
    reporter: tuple[ErrorReporter, list[str], list[bool]],
) -> None:
    made, told, locked = reporter
    try:
        raise RuntimeError("disk on fire")
    except RuntimeError as error:
        made.handle(RuntimeError, error, error.__traceback__)
    logged = made.log_path.read_text(encoding="utf-8")
    assert "disk on fire" in logged and "Traceback" in logged
    assert len(told) == 1 and str(made.log_path) in told[0] and "data is safe" in told[0]
    assert locked == []


def test_an_expired_session_sends_the_user_to_log_in(
    reporter: tuple[ErrorReporter, list[str], list[bool]],
) -> None:
    made, told, locked = reporter
    error = SessionExpiredError("user 'admin' must log in again")
    made.handle(SessionExpiredError, error, None)
    assert locked == [True]
    assert told == ["The owner has changed your account. Log in again to go on."]


def test_install_and_uninstall_the_hook(
    reporter: tuple[ErrorReporter, list[str], list[bool]],
) -> None:
    made, _told, _locked = reporter
    previous = sys.excepthook
    made.install()
    assert sys.excepthook == made.handle
    made.uninstall()
    assert sys.excepthook is sys.__excepthook__
    sys.excepthook = previous
