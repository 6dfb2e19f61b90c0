"""The parts of the client card that other features contribute: the cosmetology record,
the procedures, the photos and the documents add tabs, warning lines, badges, buttons
and the client's picture without the card knowing them
(the shell hands the card its features; a feature's screens never import each other)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtWidgets import QWidget

from salon_crm.services.clients.client_types import ClientCard


class Severity(Enum):
    DANGER = "danger"  # red: allergies, contraindications, a recalled lot
    WARNING = "warning"  # amber: something to check


@dataclass(frozen=True)
class BannerLine:
    text: str  # plain text, translated
    severity: Severity = Severity.DANGER


@dataclass(frozen=True)
class CardTab:
    """A tab of the card: built for each client shown, when first opened.

    `build` returns the tab's content; if it has a `client_changed(int)` signal (a
    procedure was recorded, an anamnesis signed) the card reloads and passes it on.
    """

    object_name: str
    title: Callable[[], str]  # asked again when the language changes
    build: Callable[[ClientCard, QWidget], QWidget]


class CardFeature:
    """What one feature adds to the card; override what applies."""

    def tabs(self) -> Sequence[CardTab]:
        return ()

    def banner_lines(self, card: ClientCard) -> Sequence[BannerLine]:
        del card
        return ()

    def portrait(self, card: ClientCard, parent: QWidget) -> QWidget | None:
        """The client's picture at the head of the card in place of the initials (the
        first feature that gives one wins); a `client_changed(int)` signal on it reloads
        the card."""
        del card, parent
        return None

    def badges(self, card: ClientCard, parent: QWidget) -> Sequence[QWidget]:
        """Chips after the card's own (the balance); parented to `parent`."""
        del card, parent
        return ()

    def buttons(self, card: ClientCard, parent: QWidget) -> Sequence[QWidget]:
        """Buttons before the card's own actions ("Fill contract"); a `client_changed(int)`
        signal on one reloads the card."""
        del card, parent
        return ()

    def documents(self, card: ClientCard, parent: QWidget) -> QWidget | None:
        """The feature's part of the card's documents tab, under the identity documents
        (the registry of signed documents); a `client_changed(int)` signal reloads."""
        del card, parent
        return None
