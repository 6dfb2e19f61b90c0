"""`make screenshots`: PNGs of the main screens over a generated demo salon, per language.

    python -m salon_crm.gui.shell.screenshots OUT_DIR [--languages en,ru,uk,pl]
        [--sizes 1366x768,1024x600] [--clients N]

Run with QT_QPA_PLATFORM=offscreen. The pictures are for people to look at (release
notes, the guide, spotting clipped or untranslated text), not compared by tests.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListWidget, QWidget

from salon_crm.demo.demo_photos import add_demo_photos
from salon_crm.demo.generator import generate_demo
from salon_crm.gui.clients.questionnaire.questionnaire_dialog import QuestionnaireDialog
from salon_crm.gui.common import i18n
from salon_crm.gui.common.background import wait_for_jobs
from salon_crm.gui.settings.settings_view import SettingsView
from salon_crm.gui.shell import cosmetology_screenshots, document_screenshots, photo_screenshots
from salon_crm.gui.shell.main_window import MainWindow
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace

QUERY = "Ко"
# The demo clients who may get photos.
PHOTO_CLIENTS = range(1, 61)


def _wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not settle")
        QTest.qWait(20)
    QTest.qWait(150)  # let the last paint land


def _save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def _fit(dialog: QWidget, size: tuple[int, int]) -> None:
    """A dialog as it opens on a screen of `size`: its own size, no larger than the screen."""
    hint = dialog.sizeHint()
    dialog.resize(min(hint.width(), size[0]), min(hint.height(), size[1]))


def _shoot(workspace: Workspace, actor: Actor, size: tuple[int, int], out: Path) -> None:
    window = MainWindow(workspace, actor)
    window.show()
    # A window opens within its screen, and the offscreen one is small: resized once open.
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*size)
    _wait_until(lambda: not window.home_view.is_loading)
    _save(window, out / "1-home.png")

    # As if typed (QTest.keyClicks knows ASCII keys only).
    window.search_field.setText(QUERY)
    window.search_field.textEdited.emit(QUERY)
    model = window.client_list.model
    _wait_until(lambda: model.query.text == QUERY and model.rowCount() > 0 and not model.is_busy)
    _save(window, out / "2-clients.png")

    first = model.row_at(0)
    assert first is not None
    client_id = first.id
    window.open_client(client_id)
    _wait_until(lambda: window.card_view is not None)
    _save(window, out / "3-card.png")

    dialog = QuestionnaireDialog(workspace, actor, client_id=client_id)
    dialog.show()
    _fit(dialog, size)
    _wait_until(dialog.is_ready)
    sections = dialog.findChild(QListWidget, "sectionList")
    assert sections is not None
    for index in range(sections.count()):
        sections.setCurrentRow(index)
        QTest.qWait(100)
        _save(dialog, out / f"4-questionnaire-{index + 1}.png")
    dialog.done(0)

    window.show_page("settings")
    QTest.qWait(200)
    _save(window, out / "5-settings.png")
    settings = window.page("settings")
    if isinstance(settings, SettingsView) and settings.show_section("documents"):
        QTest.qWait(100)
        _save(window, out / "5-templates.png")
    window.show_page("clients")
    cosmetology_screenshots.shoot(window, workspace, actor, size, out, save=_save, fit=_fit)
    photo_screenshots.shoot(
        window, workspace, actor, size, out, save=_save, fit=_fit, wait=_wait_until,
        clients=PHOTO_CLIENTS,
    )  # fmt: skip
    document_screenshots.shoot(
        window, workspace, actor, client_id, size, out, save=_save, wait=_wait_until
    )
    window.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m salon_crm.gui.shell.screenshots")
    parser.add_argument("out", type=Path)
    parser.add_argument("--languages", default=",".join(i18n.LANGUAGES))
    parser.add_argument("--sizes", default="1366x768,1024x600")
    parser.add_argument("--clients", type=int, default=600)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as scratch:
        # Interface state (geometry, recent clients) goes to the scratch folder too.
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        workspace = Workspace.open(Path(scratch) / "salon")
        users = generate_demo(workspace.db, clients=args.clients, seed=3, today=date.today())
        owner = workspace.authenticate(users[0].login, users[0].password)
        add_demo_photos(workspace, owner, PHOTO_CLIENTS, seed=3)
        for language in args.languages.split(","):
            i18n.install_language(language.strip())
            for size in args.sizes.split(","):
                width, height = (int(n) for n in size.split("x"))
                folder = args.out / f"{language.strip()}-{size}"
                folder.mkdir(exist_ok=True)
                _shoot(workspace, owner, (width, height), folder)
        wait_for_jobs()
        workspace.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
