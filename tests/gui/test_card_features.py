"""Features add tabs, warning lines and badges to the client card without it knowing them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from salon_crm.gui.clients.card.card_features import BannerLine, CardFeature, CardTab, Severity
from salon_crm.gui.clients.card.client_card_view import ClientCardView
from salon_crm.gui.common.chip import Chip
from salon_crm.services.clients.client_types import ClientCard, ClientInput, PhoneData
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff


class _Content(QLabel):
    client_changed = Signal(int)


class _Feature(CardFeature):
    def __init__(self) -> None:
        self.built: list[int] = []
        self.content: _Content | None = None

    def tabs(self) -> Sequence[CardTab]:
        return (CardTab("extraTab", lambda: "Extra", self._build),)

    def _build(self, card: ClientCard, parent: QWidget) -> QWidget:
        self.built.append(card.id)
        self.content = _Content(f"for {card.full_name}", parent)
        return self.content

    def banner_lines(self, card: ClientCard) -> Sequence[BannerLine]:
        return (BannerLine(f"Allergy of {card.data.first_name}", Severity.DANGER),)

    def badges(self, card: ClientCard, parent: QWidget) -> Sequence[QWidget]:
        chip = Chip("Balance: 0", parent)
        chip.setObjectName("extraBadge")
        return (chip,)


def test_a_feature_adds_its_tab_banner_and_badge(
    qtbot: QtBot, workspace: Workspace, staff: Staff
) -> None:
    client = workspace.clients(staff.owner).create(
        ClientInput(first_name="Олена", last_name="Бондар", phones=(PhoneData("+380671112233"),))
    )
    feature = _Feature()
    view = ClientCardView(workspace, staff.owner, features=[feature])
    qtbot.addWidget(view)
    view.show_client(client.id)
    tabs = view.findChild(QTabWidget, "cardTabs")
    assert isinstance(tabs, QTabWidget)
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles[:2] == ["Questionnaire", "Extra"]
    assert feature.built == []  # built only when first opened
    tabs.setCurrentIndex(1)
    assert feature.built == [client.id]
    banner = view.findChild(QLabel, "cardBanner")
    assert isinstance(banner, QLabel)
    assert "Allergy of Олена" in banner.text()
    assert view.findChild(QLabel, "extraBadge") is not None

    with qtbot.waitSignal(view.client_changed) as changed:
        assert feature.content is not None
        feature.content.client_changed.emit(client.id)
    assert changed.args == [client.id]
    assert feature.built == [client.id, client.id]  # reloaded, still on the feature's tab
