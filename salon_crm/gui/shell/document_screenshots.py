"""The document screens for `make screenshots`: the fill-contract dialog over the card,
with the values the client's record lacks and the preview of the contract."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from salon_crm.gui.documents.contract_dialog import ContractDialog
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace

Save = Callable[[QWidget, Path], None]
Wait = Callable[[Callable[[], bool]], None]


def shoot(
    window: QWidget, workspace: Workspace, actor: Actor, client_id: int, size: tuple[int, int],
    out: Path, *, save: Save, wait: Wait,
) -> None:  # fmt: skip
    dialog = ContractDialog(workspace, actor, client_id, window)
    dialog.show()
    dialog.resize(ContractDialog.size_for(QSize(*size)))  # as it opens on such a screen
    dialog.blank_missing.setChecked(True)
    dialog.refresh_preview()
    wait(lambda: not dialog.preview_pending and dialog.preview.page_count() > 0)
    save(dialog, out / "17-contract.png")
    dialog.done(0)
    dialog.deleteLater()
