"""The menu commands of the documents feature: fill a contract for the client on the
card, print the client's questionnaire or cosmetology record, and go to the templates
and the PDF forms in Settings."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from salon_crm.domain.permissions import Permission
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace

if TYPE_CHECKING:  # the card is built after the window's menus
    from salon_crm.gui.clients.card.client_card_view import ClientCardView


class DocumentActions(QObject):
    """The actions, made for the window's user; the window puts them in its menus.

    `card` gives the card view (None before the clients page is built); `show_settings`
    opens a section of the Settings page by its key.
    """

    def __init__(
        self,
        window: QWidget,
        workspace: Workspace,
        actor: Actor,
        card: Callable[[], ClientCardView | None],
        show_settings: Callable[[str], object],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self._actor = actor
        self._card = card
        self._show_settings = show_settings
        self.fill_contract = self._action("fillContractAction", "Ctrl+Shift+D", self.fill)
        self.print_questionnaire = self._action(
            "printQuestionnaireAction", "Ctrl+P", lambda: self.print_out(questionnaire=True)
        )
        self.print_record = self._action(
            "printRecordAction", "Ctrl+Alt+P", lambda: self.print_out(questionnaire=False)
        )
        self.templates = self._action(
            "templatesAction", "", lambda: self._show_settings("documents")
        )
        self.forms = self._action("pdfFormsAction", "", lambda: self._show_settings("pdf_forms"))

    def _action(self, name: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def client_actions(self) -> list[QAction]:
        """For the Client menu: what this user may do with the client on the card."""
        actions = []
        if self._actor.can(Permission.DOCUMENTS_WRITE):
            actions.append(self.fill_contract)
        actions.append(self.print_questionnaire)
        if self._actor.can(Permission.HEALTH_READ):
            actions.append(self.print_record)
        return actions

    def settings_actions(self) -> list[QAction]:
        return [self.templates, self.forms]

    def retranslate(self) -> None:
        self.fill_contract.setText(self.tr("Fill contract…"))
        self.fill_contract.setToolTip(
            self.tr("Fill a contract or a consent for the client on the card (Ctrl+Shift+D)")
        )
        self.print_questionnaire.setText(self.tr("Print questionnaire…"))
        self.print_questionnaire.setToolTip(
            self.tr("The questionnaire of the client on the card as a PDF to print (Ctrl+P)")
        )
        self.print_record.setText(self.tr("Print cosmetology record…"))
        self.print_record.setToolTip(
            self.tr(
                "The cosmetology record of the client on the card as a PDF to print (Ctrl+Alt+P)"
            )
        )
        self.templates.setText(self.tr("Document templates"))
        self.forms.setText(self.tr("PDF forms"))

    # --- the commands --------------------------------------------------------------------

    def fill(self) -> None:
        """The card's own "Fill contract…" button, so both ways open the same dialog."""
        card = self._card()
        button = card.findChild(QPushButton, "fillContractButton") if card else None
        if button is not None and button.isEnabled():
            button.click()

    def print_out(self, *, questionnaire: bool) -> None:
        from salon_crm.gui.documents.printout_preview import Printout, open_printout

        card = self._card()
        client_id = card.client_id() if card is not None else None
        if client_id is None:
            return
        printout = Printout.QUESTIONNAIRE if questionnaire else Printout.RECORD
        open_printout(self._window, self._workspace, self._actor, client_id, printout)
