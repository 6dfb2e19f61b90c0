"""What the procedures add to the client card: the Procedures tab, the balance chip in
the header and a red line for every recalled lot the client received."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from salon_crm.domain.common.dates import format_day
from salon_crm.gui.clients.card.card_features import BannerLine, CardFeature, CardTab, Severity
from salon_crm.gui.common.chip import Chip
from salon_crm.gui.procedures.procedure_texts import balance_color, balance_line
from salon_crm.gui.procedures.procedures_tab import ProceduresTab
from salon_crm.services.clients.client_types import ClientCard
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace


class ProceduresFeature(CardFeature):
    def __init__(self, workspace: Workspace, actor: Actor) -> None:
        self._workspace = workspace
        self._actor = actor

    def tabs(self) -> Sequence[CardTab]:
        return (
            CardTab(
                "proceduresTab",
                lambda: QCoreApplication.translate("ProceduresFeature", "Procedures"),
                lambda card, parent: ProceduresTab(self._workspace, self._actor, card, parent),
            ),
        )

    def badges(self, card: ClientCard, parent: QWidget) -> Sequence[QWidget]:
        balance = self._workspace.procedures(self._actor).balance(card.id)
        text = balance_line(balance)
        color = balance_color(balance)
        chip = Chip(text, parent) if color is None else Chip(text, parent, bg=color, fg="#ffffff")
        chip.setObjectName("cardBalance")
        return (chip,)

    def banner_lines(self, card: ClientCard) -> Sequence[BannerLine]:
        notices = self._workspace.procedures(self._actor).recalled_lots_of(card.id)
        return tuple(
            BannerLine(
                QCoreApplication.translate(
                    "ProceduresFeature", "Recalled lot {lot} of {product}, used on {date}"
                ).format(lot=n.lot_number, product=n.product, date=format_day(n.received_on)),
                Severity.DANGER,
            )
            for n in notices
        )
