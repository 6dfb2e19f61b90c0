"""What the printed questionnaire and record share: the salon's letterhead, a section of
labelled values, the line that says who printed it when."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from salon_crm.domain.documents.document_blocks import (
    Block,
    Fields,
    Heading,
    Letterhead,
    Paragraph,
    Run,
)
from salon_crm.services.clients.client_types import AddressData
from salon_crm.services.documents import printout_words as t
from salon_crm.services.documents.printout_words import Words
from salon_crm.services.settings.settings_service import SalonRequisites


def letterhead(requisites: SalonRequisites, logo_png: bytes | None) -> Letterhead:
    """The salon's name, address and phone, and its logo, over every page."""
    address = requisites.actual_address or requisites.legal_address
    lines = tuple(line for line in (address, requisites.phone) if line)
    return Letterhead(requisites.name, lines, logo_png)


def section(
    title: str, rows: Iterable[tuple[str, str]], words: Words, *, level: int = 1
) -> list[Block]:
    """A heading and the rows that have a value; a muted line when none has."""
    kept = tuple((label, value) for label, value in rows if value.strip())
    body: Block = Fields(kept) if kept else nothing_recorded(words)
    return [Heading(level, (Run(title),)), body]


def nothing_recorded(words: Words) -> Paragraph:
    return Paragraph((Run(words(t.NONE_RECORDED), italic=True),))


def printed_line(words: Words, user: str, today: date) -> Paragraph:
    return Paragraph((Run(words(t.PRINTED, date=words.day(today), user=user), italic=True),))


def address_text(address: AddressData) -> str:
    parts = (address.postal_code, address.country, address.region, address.city, address.street)
    return ", ".join(part for part in parts if part.strip())


def joined(*parts: str, separator: str = ", ") -> str:
    return separator.join(part for part in parts if part)
