"""Nothing cut, in any language, at 1366×768 and at 1024×600: every screen is opened over a
small demo salon and each label, button, header, tab, placeholder and short table cell is
compared with the width it was given."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QListWidget,
    QPushButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from salon_crm import paths
from salon_crm.camera.camera_devices import CAMERA_ENV
from salon_crm.camera.pattern_video import write_test_pattern
from salon_crm.demo.generator import generate_demo
from salon_crm.domain.common.enums import ConsentPurpose
from salon_crm.domain.health.contraindications import Reason, Severity
from salon_crm.domain.photos.photo_kinds import PhotoKind, PhotoZone
from salon_crm.gui.clients.archive_dialog import ArchiveDialog
from salon_crm.gui.clients.client_table_model import Column
from salon_crm.gui.clients.merge_dialog import MergeDialog
from salon_crm.gui.clients.questionnaire.questionnaire_dialog import QuestionnaireDialog
from salon_crm.gui.clients.questionnaire.template_chooser import TemplateChooser
from salon_crm.gui.common import i18n
from salon_crm.gui.common.lot_recall_mark import RecallMarkDialog
from salon_crm.gui.health.anamnesis_dialog import AnamnesisDialog
from salon_crm.gui.photos.camera_dialog import CameraDialog
from salon_crm.gui.photos.crop_dialog import CropDialog
from salon_crm.gui.photos.photo_compare_canvas import ComparedPhoto
from salon_crm.gui.photos.photo_compare_dialog import PhotoCompareDialog
from salon_crm.gui.photos.photo_details_dialog import PhotoDetailsDialog
from salon_crm.gui.photos.photos_tab import PhotosTab
from salon_crm.gui.procedures.contraindication_dialog import ContraindicationDialog
from salon_crm.gui.procedures.lot_recall_dialog import LotRecallDialog
from salon_crm.gui.procedures.procedure_dialog import ProcedureDialog
from salon_crm.gui.settings.settings_view import SettingsView
from salon_crm.gui.settings.users_editor import NewUserDialog
from salon_crm.gui.shell.first_run_dialog import FirstRunDialog
from salon_crm.gui.shell.login_dialog import LoginDialog
from salon_crm.gui.shell.main_window import MainWindow
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.photos.photo_types import PhotoDetails
from salon_crm.services.procedures.procedure_types import ContraindicationCheck, RefusedLot
from salon_crm.services.settings.card_templates import CardTemplateData
from tests.gui.text_fit import clipped_texts
from tests.unit.photo_files import frame as photo_frame

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SIZES = {"1366x768": (1366, 768), "1024x600": (1024, 600)}
# Short values that a list column must always show whole.
WHOLE_COLUMNS = {
    "clientTable": {Column.NUMBER.value, Column.BIRTH_DATE.value, Column.LAST_VISIT.value}
}


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    data_dir = tmp_path_factory.mktemp("demo")
    workspace = Workspace.open(data_dir)
    users = generate_demo(workspace.db, clients=60, seed=5, today=date(2026, 11, 20))
    workspace.close()
    return data_dir, users[0].login, users[0].password


@pytest.fixture
def demo(demo_template: tuple[Path, str, str], tmp_path: Path) -> Iterator[tuple[Workspace, Actor]]:
    source, login, password = demo_template
    target = tmp_path / "salon"
    target.mkdir()
    shutil.copy2(paths.database_path(source), paths.database_path(target))
    workspace = Workspace.open(target)
    actor = workspace.authenticate(login, password)
    assert actor is not None
    yield workspace, actor
    workspace.close()


class Screens:
    """Opens screens at one size and collects what each cuts."""

    def __init__(self, qtbot: QtBot, size: tuple[int, int]) -> None:
        self._qtbot = qtbot
        self._size = size
        self.problems: list[str] = []

    def fit(self, widget: QWidget) -> None:
        """Show `widget` no larger than the screen, the way the program opens it."""
        width, height = self._size
        hint = widget.sizeHint()
        if widget.isWindow() and not isinstance(widget, MainWindow):
            widget.resize(min(max(hint.width(), widget.width()), width), min(hint.height(), height))
        widget.show()
        self._qtbot.waitExposed(widget)
        if isinstance(widget, MainWindow):
            # The test screen is smaller than these sizes, and a window opens within its
            # screen: once open, the window is given the size of such a screen.
            widget.setWindowState(Qt.WindowState.WindowNoState)
            widget.resize(width, height)
            self._qtbot.waitUntil(lambda: widget.size() == QSize(width, height))
        least = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        if least.width() > width or least.height() > height:
            name = widget.objectName() or type(widget).__name__
            least_text = f"{least.width()}×{least.height()}"
            self.problems.append(
                f"{name} needs at least {least_text}, the screen is {width}×{height}"
            )

    def check(self, where: str, widget: QWidget) -> None:
        QApplication.processEvents()
        for problem in clipped_texts(widget, whole_cells=WHOLE_COLUMNS):
            if not any(problem in seen for seen in self.problems):
                self.problems.append(f"{where}: {problem}")


def _main_window(
    screens: Screens, qtbot: QtBot, workspace: Workspace, actor: Actor, video: Path
) -> None:
    window = MainWindow(workspace, actor)
    qtbot.addWidget(window)
    screens.fit(window)
    qtbot.waitUntil(lambda: not window.home_view.is_loading)
    screens.check("home", window)

    window.show_page("clients")
    model = window.client_list.model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.is_busy)
    first = model.row_at(0)
    assert first is not None
    window.open_client(first.id)
    card = window.card_view
    assert card is not None
    qtbot.waitUntil(lambda: card.card is not None)
    tabs = card.findChild(QTabWidget)
    assert tabs is not None
    for index in range(tabs.count()):
        if tabs.isTabEnabled(index):
            tabs.setCurrentIndex(index)
            qtbot.wait(50)
            screens.check(f"clients, card tab {index + 1}", window)

    window.show_page("settings")
    settings = window.page("settings")
    assert isinstance(settings, SettingsView)
    for key in settings.sections():
        settings.show_section(key)
        qtbot.wait(30)
        screens.check(f"settings {key}", window)

    archive = ArchiveDialog(first.full_name, window)
    screens.fit(archive)
    screens.check("archive dialog", archive)
    archive.done(0)

    merge = MergeDialog(workspace, actor, first.id, window)
    screens.fit(merge)
    screens.check("merge dialog", merge)
    second = model.row_at(1)
    assert second is not None
    merge.choose_duplicate(second.id)
    qtbot.wait(30)
    screens.check("merge dialog, two cards", merge)
    merge.done(0)

    recall = LotRecallDialog(workspace, actor, window)
    screens.fit(recall)
    screens.check("lot recall dialog", recall)
    recall.done(0)

    mark = RecallMarkDialog("Juvéderm Volbella with Lidocaine", "B1239963", window)
    screens.fit(mark)
    screens.check("recall mark dialog", mark)
    mark.done(0)

    new_user = NewUserDialog(workspace.users(actor), window)
    screens.fit(new_user)
    screens.check("new user dialog", new_user)
    new_user.done(0)

    chooser = TemplateChooser(
        [CardTemplateData("Перша консультація"), CardTemplateData("Абонемент на 10 візитів")],
        window,
    )
    screens.fit(chooser)
    screens.check("template chooser", chooser)
    chooser.done(0)

    dialog = QuestionnaireDialog(workspace, actor, client_id=first.id, parent=window)
    screens.fit(dialog)
    qtbot.waitUntil(dialog.is_ready)
    sections = dialog.findChild(QListWidget, "sectionList")
    assert sections is not None
    for index in range(sections.count()):
        sections.setCurrentRow(index)
        qtbot.wait(30)
        screens.check(f"questionnaire section {index + 1}", dialog)
    dialog.done(QDialog.DialogCode.Rejected)
    anamnesis = AnamnesisDialog(workspace, actor, first.id, first.full_name, parent=window)
    screens.fit(anamnesis)
    pages = anamnesis.findChild(QListWidget, "anamnesisSections")
    assert pages is not None
    for index in range(pages.count()):
        pages.setCurrentRow(index)
        qtbot.wait(30)
        screens.check(f"anamnesis section {index + 1}", anamnesis)
    anamnesis.done(QDialog.DialogCode.Rejected)
    _procedure_screens(screens, workspace, actor, first.id, window)
    _photo_screens(screens, qtbot, workspace, actor, first.id, window, video)


def _photo_screens(
    screens: Screens,
    qtbot: QtBot,
    workspace: Workspace,
    actor: Actor,
    client_id: int,
    window: MainWindow,
    video: Path,
) -> None:
    """The Photos tab with a photo of each kind, the camera and its crop page, the crop
    dialog, the clinical photo's details and the comparison."""
    workspace.consents(actor).give(client_id, ConsentPurpose.CLINICAL_PHOTOS)
    photos = workspace.photos(actor)
    photos.add_frame(client_id, photo_frame(), PhotoDetails(PhotoKind.PROFILE))
    for kind in (PhotoKind.BEFORE, PhotoKind.AFTER):
        photos.add_frame(
            client_id, photo_frame(), PhotoDetails(kind, PhotoZone.CUSTOM, "Décolleté")
        )
    window.open_client(client_id)
    card = window.card_view
    assert card is not None
    tab = card.open_tab("photosTab")
    assert isinstance(tab, PhotosTab)
    qtbot.waitUntil(lambda: len(tab.gallery.tiles()) == 3)
    screens.check("photos tab", window)

    camera = CameraDialog(
        window, purpose=PhotoKind.BEFORE, ghost=QImage(640, 480, QImage.Format.Format_RGB32)
    )
    screens.fit(camera)
    qtbot.waitUntil(lambda: camera.preview.frame() is not None, timeout=5000)
    screens.check("camera dialog", camera)
    camera.findChild(QPushButton, "captureButton").click()
    screens.check("camera dialog, crop page", camera)
    camera.done(QDialog.DialogCode.Rejected)
    crop = CropDialog(QImage(800, 600, QImage.Format.Format_RGB32), (4, 3), window)
    screens.fit(crop)
    screens.check("crop dialog", crop)
    crop.done(QDialog.DialogCode.Rejected)
    details = PhotoDetailsDialog(workspace.procedures(actor).visits(client_id), parent=window)
    screens.fit(details)
    screens.check("clinical photo details", details)
    details.done(QDialog.DialogCode.Rejected)
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    compare = PhotoCompareDialog(
        [ComparedPhoto(image, "Before · 12.03.2026 · Décolleté")] * 2, window
    )
    screens.fit(compare)
    screens.check("photo comparison", compare)
    compare.done(QDialog.DialogCode.Rejected)


def _procedure_screens(
    screens: Screens, workspace: Workspace, actor: Actor, client_id: int, window: QWidget
) -> None:
    procedure = ProcedureDialog(workspace, actor, workspace.clients(actor).card(client_id), window)
    screens.fit(procedure)
    procedure.choose_procedure(workspace.catalogue(actor).find_procedure_type("filler_ha").id)
    line = procedure.products.add_line()
    line.product.setCurrentIndex(1)
    pages = procedure.findChild(QTabWidget, "procedurePages")
    assert pages is not None
    for index in range(pages.count()):
        pages.setCurrentIndex(index)
        QApplication.processEvents()
        screens.check(f"procedure dialog page {index + 1}", procedure)
    procedure.done(QDialog.DialogCode.Rejected)

    check = ContraindicationCheck(
        reasons=(
            Reason(Severity.BLOCK, condition="photosensitising_drugs"),
            Reason(Severity.BLOCK, substance="lidocaine", product="Juvederm Volbella"),
            Reason(Severity.WARN, condition="anticoagulants"),
        )
    )
    for found in (
        check,
        ContraindicationCheck(
            check.reasons, (RefusedLot("Belotero", "L-1", date(2026, 1, 2), None),)
        ),
    ):
        dialog = ContraindicationDialog(found, window)
        screens.fit(dialog)
        screens.check("contraindication dialog", dialog)
        dialog.done(QDialog.DialogCode.Rejected)


@pytest.mark.parametrize("size", SIZES, ids=list(SIZES))
@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_no_text_is_cut(
    qtbot: QtBot,
    demo: tuple[Workspace, Actor],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    size: str,
) -> None:
    i18n.install_language(language)
    screens = Screens(qtbot, SIZES[size])
    workspace, actor = demo

    login = LoginDialog(workspace)
    qtbot.addWidget(login)
    screens.fit(login)
    screens.check("login", login)

    fresh = Workspace.open(tmp_path / "new salon")
    try:
        first_run = FirstRunDialog(fresh)
        qtbot.addWidget(first_run)
        screens.fit(first_run)
        screens.check("first run", first_run)
    finally:
        fresh.close()

    monkeypatch.setenv(CAMERA_ENV, str(write_test_pattern(tmp_path / "camera.avi", (640, 480), 20)))
    _main_window(screens, qtbot, workspace, actor, tmp_path / "camera.avi")
    assert not screens.problems, "\n".join(screens.problems)
