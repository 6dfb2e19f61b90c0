"""GUI fixtures: per-test interface settings, English unless a test installs another language;
no background job outlives the test's database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from salon_crm.gui.common import i18n
from salon_crm.gui.common.background import wait_for_jobs
from salon_crm.services.core.workspace import Workspace


@pytest.fixture(autouse=True)
def isolated_ui_settings(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    """Window geometry, last login… go to a folder of this test, not the user's."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "ui"))
    i18n.install_language("en")
    yield
    i18n.install_language("en")


@pytest.fixture
def workspace(workspace: Workspace) -> Iterator[Workspace]:
    """The salon of tests/conftest.py; the jobs the test started end before it closes."""
    yield workspace
    assert wait_for_jobs(), "a background job was still running"
