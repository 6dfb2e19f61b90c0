"""`make screenshots`: PNGs of the main screens over a generated demo salon, per language.

    python -m salon_crm.gui.shell.screenshots OUT_DIR [--languages en,ru] [--clients N]

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

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListWidget, QWidget

from salon_crm.demo.generator import generate_demo
from salon_crm.gui.clients.questionnaire.questionnaire_dialog import QuestionnaireDialog
from salon_crm.gui.common import i18n
from salon_crm.gui.common.background import wait_for_jobs
from salon_crm.gui.shell.main_window import MainWindow
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace

SIZE = (1366, 820)
QUERY = "Ко"


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


def _shoot_language(workspace: Workspace, actor: Actor, language: str, out: Path) -> None:
    i18n.install_language(language)
    window = MainWindow(workspace, actor)
    window.resize(*SIZE)
    window.show()
    _wait_until(lambda: not window.home_view.is_loading)
    _save(window, out / f"{language}-1-home.png")

    # As if typed (QTest.keyClicks knows ASCII keys only).
    window.search_field.setText(QUERY)
    window.search_field.textEdited.emit(QUERY)
    model = window.client_list.model
    _wait_until(lambda: model.query.text == QUERY and model.rowCount() > 0 and not model.is_busy)
    _save(window, out / f"{language}-2-clients.png")

    first = model.row_at(0)
    assert first is not None
    client_id = first.id
    window.open_client(client_id)
    _wait_until(lambda: window.card_view is not None)
    _save(window, out / f"{language}-3-card.png")

    dialog = QuestionnaireDialog(workspace, actor, client_id=client_id)
    dialog.show()
    dialog.resize(1100, 760)  # its usual size on a desktop (the offscreen screen is small)
    _wait_until(dialog.is_ready)
    sections = dialog.findChild(QListWidget, "sectionList")
    assert sections is not None
    for index in range(sections.count()):
        sections.setCurrentRow(index)
        QTest.qWait(100)
        _save(dialog, out / f"{language}-4-questionnaire-{index + 1}.png")
    dialog.done(0)

    window.show_page("settings")
    QTest.qWait(200)
    _save(window, out / f"{language}-5-settings.png")
    window.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m salon_crm.gui.shell.screenshots")
    parser.add_argument("out", type=Path)
    parser.add_argument("--languages", default="en,ru")
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
        for language in args.languages.split(","):
            _shoot_language(workspace, owner, language.strip(), args.out)
        wait_for_jobs()
        workspace.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
