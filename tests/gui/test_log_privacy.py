"""No personal data reaches the log, even when a write fails with it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from salon_crm import paths
from salon_crm.db.models import Client
from salon_crm.gui.shell.error_reporting import ErrorReporter
from salon_crm.services.core.workspace import Workspace

NAME = "Сколопендрова"
PHONE = "+380671239876"


def test_a_failed_write_logs_neither_name_nor_phone(workspace: Workspace, data_dir: Path) -> None:
    reporter = ErrorReporter(paths.logs_dir(data_dir), on_session_expired=lambda: None)
    told: list[str] = []
    reporter.tell = told.append  # type: ignore[method-assign]
    try:
        with pytest.raises(IntegrityError) as raised:
            for _ in range(2):
                with workspace.db.session(user_id=None) as session:
                    session.add(Client(number="77", last_name=NAME, main_phone=PHONE))
        error = raised.value
        reporter.handle(type(error), error, error.__traceback__)
    finally:
        reporter.uninstall()
    logged = reporter.log_path.read_text(encoding="utf-8")
    assert "IntegrityError" in logged and "Traceback" in logged  # the fault itself is there
    assert NAME not in logged
    assert PHONE not in logged and PHONE[1:] not in logged
    assert told and NAME not in told[0]
