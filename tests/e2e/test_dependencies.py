"""Guards on the installed dependencies: the PySide6 pin and headless OpenCV."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

REPRO = Path(__file__).with_name("pyside6_none_refcount.py")


def test_installed_pyside6_does_not_leak_none_references() -> None:
    """PySide6 6.12.0 aborts Python 3.11 after a few thousand empty QModelIndex.data()
    calls; the pin stays below 6.12 until a release passes this script."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(REPRO)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no leak" in done.stdout


def test_only_headless_opencv_is_installed() -> None:
    installed = {d.metadata["Name"].lower() for d in metadata.distributions()}
    assert "opencv-python-headless" in installed
    clashing = {"opencv-python", "opencv-contrib-python", "pyside6", "pyqt5", "pyqt6"}
    assert installed & clashing == set()


def test_qt_and_opencv_import_together() -> None:
    code = "import cv2, PySide6.QtWidgets; print(cv2.__version__)"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
