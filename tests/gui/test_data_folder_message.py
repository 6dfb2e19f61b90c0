"""At start-up a data folder that cannot be used is explained in the user's language,
with no SQL or exception text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from salon_crm import paths
from salon_crm.db.storage.data_dir import TEXTS
from salon_crm.gui.common import i18n, ui_settings
from salon_crm.gui.shell.app import run_gui
from salon_crm.services.core.workspace import DATA_FOLDER_CONTEXT, DataFolderProblem


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the error boxes shown (a modal box would wait for a click)."""
    texts: list[str] = []

    def critical(parent: QWidget | None, title: str, text: str) -> QMessageBox.StandardButton:
        texts.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return texts


@pytest.fixture
def ukrainian() -> Iterator[None]:
    ui_settings.put(ui_settings.LANGUAGE, "uk")
    yield
    i18n.install_language("en")


def test_a_file_in_place_of_the_folder_is_said_plainly(tmp_path: Path, shown: list[str]) -> None:
    blocking = tmp_path / "salon"
    blocking.write_text("")
    assert run_gui(blocking) == 1
    assert shown == [
        f"{blocking} is a file, not a folder. Move the file away or choose another data folder."
    ]


def test_a_broken_database_is_said_in_the_users_language(
    tmp_path: Path, shown: list[str], ukrainian: None
) -> None:
    paths.database_path(tmp_path).write_bytes(b"garbage" * 100)
    assert run_gui(tmp_path) == 1
    text = TEXTS[DataFolderProblem.NOT_A_DATABASE]
    ukrainian_text = QCoreApplication.translate(DATA_FOLDER_CONTEXT, text)
    assert ukrainian_text != text
    assert shown == [ukrainian_text.format(path=paths.database_path(tmp_path))]
    assert not any(word in shown[0] for word in ("sqlite", "SQL", "Error", "Background"))
