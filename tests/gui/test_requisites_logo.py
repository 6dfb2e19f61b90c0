"""The logo on documents, chosen in the requisites: shown small once stored, a file that
is no image refused in the user's words, removed again; the administrator only sees it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from salon_crm.gui.common.field_errors import Prompts
from salon_crm.gui.settings.requisites_form import RequisitesForm
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff
from tests.unit.photo_files import encoded, solid

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _form(qtbot: QtBot, workspace: Workspace, actor: Actor, read_only: bool) -> RequisitesForm:
    form = RequisitesForm(
        workspace.settings(actor),
        Prompts(),
        read_only=read_only,
        letterhead=workspace.letterhead(actor),
    )
    qtbot.addWidget(form)
    form.show()
    return form


def test_a_logo_is_stored_shown_and_removed(
    qtbot: QtBot, workspace: Workspace, staff: Staff, tmp_path: Path
) -> None:
    form = _form(qtbot, workspace, staff.owner, read_only=False)
    assert not form.has_logo()
    picture = tmp_path / "logo.jpg"
    picture.write_bytes(encoded(solid(900, 300)))
    form.set_logo_file(str(picture))
    assert form.has_logo()
    stored = workspace.letterhead(staff.owner).logo()
    assert stored is not None and stored.startswith(b"\x89PNG")

    not_image = tmp_path / "logo.png"
    not_image.write_bytes(b"this is no picture")
    with qtbot.waitSignal(form.notice) as notice:
        form.set_logo_file(str(not_image))
    assert notice.args is not None and notice.args[1] is True and notice.args[0]
    assert workspace.letterhead(staff.owner).logo() == stored

    form.remove_logo()
    assert not form.has_logo() and workspace.letterhead(staff.owner).logo() is None


def test_the_administrator_cannot_change_the_logo(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    form = _form(qtbot, workspace, staff.admin, read_only=True)
    for name in ("requisitesLogoChoose", "requisitesLogoRemove"):
        button = form.findChild(QPushButton, name)
        assert button is not None and not button.isVisible()
