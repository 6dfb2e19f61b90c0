"""GUI fixtures: per-test interface settings, English unless a test installs another language;
no background job outlives the test's database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from salon_crm.camera.camera_devices import CAMERA_ENV
from salon_crm.camera.pattern_video import write_test_pattern
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


@pytest.fixture
def cameras_released(qapp: QApplication) -> Iterator[None]:
    """Each capture dialog closed as a user closes it; its camera thread then ends by
    itself (a test fails if one still runs)."""
    from salon_crm.gui.photos.camera_dialog import CameraDialog
    from salon_crm.gui.photos.camera_worker import wait_for_cameras

    yield
    for widget in qapp.topLevelWidgets():
        if isinstance(widget, CameraDialog):
            widget.close()
    assert wait_for_cameras(), "a camera thread still runs after its dialog closed"


@pytest.fixture
def pattern(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The camera: a 640×480 test-pattern video (red left, blue right), read through the
    real OpenCV path."""
    video = write_test_pattern(tmp_path / "pattern.avi", (640, 480), frames=30)
    monkeypatch.setenv(CAMERA_ENV, str(video))
    return video


@pytest.fixture
def engine() -> str:
    """The screens are tested on the SQLite salon; the services beneath them run on both."""
    return "sqlite"
