"""GUI fixtures: per-test interface settings, English unless a test installs another language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from salon_crm.gui.common import i18n


@pytest.fixture(autouse=True)
def isolated_ui_settings(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    """Window geometry, last login… go to a folder of this test, not the user's."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "ui"))
    i18n.install_language("en")
    yield
    i18n.install_language("en")
