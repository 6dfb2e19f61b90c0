"""What the documents add to the client card: the "Fill contract…" button that opens the
fill dialog for the card's client, and in the documents tab the registry of the
documents made for the client with "Fill a PDF form…" when the salon keeps forms."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from salon_crm.domain.common.errors import SalonError
from salon_crm.domain.permissions import Permission
from salon_crm.gui.clients.card.card_features import CardFeature
from salon_crm.gui.common.error_messages import describe_error
from salon_crm.gui.documents.contract_dialog import ContractDialog, open_contract_dialog
from salon_crm.gui.documents.documents_registry import DocumentsRegistry
from salon_crm.gui.documents.form_fill_dialog import FormFillDialog, open_form_fill_dialog
from salon_crm.services.clients.client_types import ClientCard
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace

# The registry sits in the documents tab's scroll area: room for a few rows at least.
REGISTRY_MIN_HEIGHT = 220


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


class DocumentsPart(QWidget):
    """The documents tab's part: the registry, and filling one of the salon's PDF forms.

    Signals:
        client_changed(int): a form was filled and stored (the card reloads).
    """

    client_changed = Signal(int)

    def __init__(
        self, workspace: Workspace, actor: Actor, card: ClientCard, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentsPart")
        self._workspace = workspace
        self._actor = actor
        self._client_id = card.id
        self.registry = DocumentsRegistry(workspace, actor, card.id, self)
        self.registry.setMinimumHeight(REGISTRY_MIN_HEIGHT)
        self.form_dialog: FormFillDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.registry)
        if self._may_fill_forms(card):
            fill_form = QPushButton(self.tr("Fill a PDF form…"), self)
            fill_form.setObjectName("fillFormButton")
            fill_form.setToolTip(self.tr("Fill one of the salon's PDF forms for this client"))
            fill_form.clicked.connect(self.fill_form)
            row = QHBoxLayout()
            row.addWidget(fill_form)
            row.addStretch(1)
            layout.addLayout(row)

    def _may_fill_forms(self, card: ClientCard) -> bool:
        if card.archived_at is not None or not self._actor.can(Permission.DOCUMENTS_WRITE):
            return False
        try:
            return self._workspace.forms(self._actor).has_forms()
        except SalonError:
            return False

    def fill_form(self) -> None:
        dialog = open_form_fill_dialog(self.window(), self._workspace, self._actor, self._client_id)
        dialog.client_changed.connect(self.client_changed)
        self.form_dialog = dialog


class DocumentsCardFeature(CardFeature):
    def __init__(self, workspace: Workspace, actor: Actor) -> None:
        self._workspace = workspace
        self._actor = actor

    def buttons(self, card: ClientCard, parent: QWidget) -> Sequence[QWidget]:
        if not self._actor.can(Permission.DOCUMENTS_WRITE):
            return ()
        return (FillContractButton(self._workspace, self._actor, card, parent),)

    def documents(self, card: ClientCard, parent: QWidget) -> QWidget | None:
        if not self._actor.can(Permission.DOCUMENTS_READ):
            return None
        return DocumentsPart(self._workspace, self._actor, card, parent)
