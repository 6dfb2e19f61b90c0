"""What the documents add to the client card: the "Fill contract…" button that opens the
fill dialog for the card's client (the documents tab's registry comes later)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from salon_crm.domain.common.errors import SalonError
from salon_crm.domain.permissions import Permission
from salon_crm.gui.clients.card.card_features import CardFeature
from salon_crm.gui.common.error_messages import describe_error
from salon_crm.gui.documents.contract_dialog import ContractDialog, open_contract_dialog
from salon_crm.services.clients.client_types import ClientCard
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace


class FillContractButton(QPushButton):
    """Opens the fill dialog for one client.

    Signals:
        client_changed(int): a document was saved (the card reloads).
    """

    client_changed = Signal(int)

    def __init__(
        self, workspace: Workspace, actor: Actor, card: ClientCard, parent: QWidget
    ) -> None:
        super().__init__(self.tr("Fill contract…"), parent)
        self.setObjectName("fillContractButton")
        self.setToolTip(self.tr("Fill a contract or a consent for this client and sign it"))
        self._workspace = workspace
        self._actor = actor
        self._client_id = card.id
        self.dialog: ContractDialog | None = None
        self.setEnabled(card.archived_at is None)
        self.clicked.connect(self.open_dialog)

    def open_dialog(self) -> None:
        try:
            dialog = open_contract_dialog(
                self.window(), self._workspace, self._actor, self._client_id
            )
        except SalonError as error:
            QMessageBox.warning(self, self.text(), describe_error(error)[0])
            return
        dialog.client_changed.connect(self.client_changed)
        self.dialog = dialog


class DocumentsCardFeature(CardFeature):
    def __init__(self, workspace: Workspace, actor: Actor) -> None:
        self._workspace = workspace
        self._actor = actor

    def buttons(self, card: ClientCard, parent: QWidget) -> Sequence[QWidget]:
        if not self._actor.can(Permission.DOCUMENTS_WRITE):
            return ()
        return (FillContractButton(self._workspace, self._actor, card, parent),)
