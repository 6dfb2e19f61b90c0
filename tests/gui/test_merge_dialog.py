"""The merge dialog: finding the duplicate, choosing the differing values, merging."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from salon_crm.gui.clients.merge_dialog import MergeDialog
from salon_crm.services.clients.client_types import ClientCard, ClientInput, PhoneData
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff


def _pair(workspace: Workspace, staff: Staff) -> tuple[ClientCard, ClientCard]:
    clients = workspace.clients(staff.admin)
    survivor = clients.create(
        ClientInput(
            last_name="Коваль",
            first_name="Анна",
            middle_name="Петрівна",
            birth_date=date(1990, 3, 8),
            phones=(PhoneData("0671234567", has_viber=True),),
            emails=("anna@example.com",),
        )
    )
    duplicate = clients.create(
        ClientInput(
            last_name="Коваль",
            first_name="Ганна",
            birth_date=date(1990, 3, 9),
            phones=(PhoneData("0501112233"),),
            emails=("hanna@example.com",),
            company="Ромашка",
        )
    )
    return survivor, duplicate


def _dialog(qtbot: QtBot, workspace: Workspace, staff: Staff, survivor_id: int) -> MergeDialog:
    dialog = MergeDialog(workspace, staff.admin, survivor_id)
    qtbot.addWidget(dialog)
    return dialog


def _result_ids(dialog: MergeDialog) -> list[int]:
    return [
        dialog.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.results.count())
    ]


def test_merge_two_cards_through_the_dialog(
    qtbot: QtBot, workspace: Workspace, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    survivor, duplicate = _pair(workspace, staff)
    dialog = _dialog(qtbot, workspace, staff, survivor.id)
    merge_button = dialog.findChild(QPushButton, "mergeConfirm")
    assert merge_button is not None and not merge_button.isEnabled()

    dialog.search_edit.setText("050 111 2233")  # searched after a short pause in typing
    qtbot.waitUntil(lambda: _result_ids(dialog) == [duplicate.id])
    dialog.results.setCurrentRow(0)

    assert dialog.duplicate_id == duplicate.id and merge_button.isEnabled()
    offered = dialog.fields_offered()
    assert {"first_name", "middle_name", "birth_date", "company", "main_phone"} <= set(offered)
    assert "last_name" not in offered and "gender" not in offered
    # Where this card is empty, the duplicate's value is proposed.
    assert dialog.taken() == {"company"}
    dialog.take_from_duplicate("birth_date")
    dialog.take_from_duplicate("company", False)
    assert dialog.taken() == {"birth_date"}
    summary = dialog.findChild(QLabel, "mergeSummary")
    assert summary is not None and f"No. {duplicate.number} is archived" in summary.text()

    asked: list[bool] = []

    def confirm() -> bool:
        asked.append(True)
        return True

    monkeypatch.setattr(dialog, "confirm_merge", confirm)
    with qtbot.waitSignal(dialog.merged) as merged:
        qtbot.mouseClick(merge_button, Qt.MouseButton.LeftButton)

    assert merged.args == [survivor.id] and asked == [True]
    clients = workspace.clients(staff.admin)
    kept = clients.card(survivor.id)
    assert kept.data.birth_date == date(1990, 3, 9)
    assert kept.data.first_name == "Анна" and kept.data.middle_name == "Петрівна"
    assert kept.data.company == ""
    assert [p.number for p in kept.phones] == ["+380671234567", "+380501112233"]
    assert set(kept.data.emails) == {"anna@example.com", "hanna@example.com"}
    gone = clients.card(duplicate.id)
    assert gone.archived_at is not None
    assert gone.merged_into is not None and gone.merged_into.id == survivor.id


def test_the_search_starts_from_the_surname_and_skips_this_card(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    survivor, duplicate = _pair(workspace, staff)
    dialog = _dialog(qtbot, workspace, staff, survivor.id)
    assert dialog.search_edit.text() == "Коваль"
    assert _result_ids(dialog) == [duplicate.id]

    dialog.search_edit.setText("nobody like this")
    dialog.search_now()
    assert _result_ids(dialog) == []


def test_declined_confirmation_merges_nothing(
    qtbot: QtBot, workspace: Workspace, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    survivor, duplicate = _pair(workspace, staff)
    dialog = _dialog(qtbot, workspace, staff, survivor.id)
    dialog.choose_duplicate(duplicate.id)
    monkeypatch.setattr(dialog, "confirm_merge", lambda: False)
    with qtbot.assertNotEmitted(dialog.merged):
        dialog.accept()
    assert workspace.clients(staff.admin).card(duplicate.id).archived_at is None


def test_a_refused_merge_is_explained_and_the_dialog_stays(
    qtbot: QtBot, workspace: Workspace, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    survivor, _ = _pair(workspace, staff)
    child = workspace.clients(staff.admin).create(
        ClientInput(first_name="Софія", phones=(PhoneData("0931112233"),), parent_id=survivor.id)
    )
    dialog = _dialog(qtbot, workspace, staff, survivor.id)
    dialog.choose_duplicate(child.id)
    dialog.take_from_duplicate("parent_id")  # this card would become its own parent
    monkeypatch.setattr(dialog, "confirm_merge", lambda: True)
    with qtbot.assertNotEmitted(dialog.merged):
        dialog.accept()

    error = dialog.findChild(QLabel, "mergeError")
    assert error is not None and "cannot be their own parent" in error.text()
    assert workspace.clients(staff.admin).card(child.id).archived_at is None
