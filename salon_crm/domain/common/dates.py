"""The house date formats (DESIGN rule 7): dd.MM.yyyy for days, dd.MM.yyyy HH:mm for
moments in this computer's time zone, and the one parser of dates people type.

Qt's Ukrainian short format has a two-digit year, so dates are never left to the locale.
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime, timedelta

DAY_FORMAT = "%d.%m.%Y"
MOMENT_FORMAT = "%d.%m.%Y %H:%M"

_DOTTED = re.compile(r"(\d{1,2})[./\-](\d{1,2})[./\-](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_EIGHT_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{4})")


def local_moment(value: datetime) -> datetime:
    """A stored moment in local time; stored times are UTC (naive ones are taken as UTC)."""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return aware.astimezone()


def format_day(value: date | datetime | None) -> str:
    """dd.MM.yyyy, empty for no date; a moment is shown as its local day."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = local_moment(value).date()
    return value.strftime(DAY_FORMAT)


def format_moment(value: datetime | None) -> str:
    """dd.MM.yyyy HH:mm in local time, empty for none."""
    return "" if value is None else local_moment(value).strftime(MOMENT_FORMAT)


def parse_day(text: str) -> date | None:
    """`dd.mm.yyyy` (also with / or -, one-digit day or month), `ddmmyyyy` or ISO
    `yyyy-mm-dd`; None for anything else or a day not in the calendar."""
    text = text.strip()
    for pattern, order in ((_DOTTED, (3, 2, 1)), (_EIGHT_DIGITS, (3, 2, 1)), (_ISO, (1, 2, 3))):
        match = pattern.fullmatch(text)
        if match:
            year, month, day = (int(match[i]) for i in order)
            try:
                return date(year, month, day)
            except ValueError:
                return None
    return None


# The month in the genitive, as a date is written in a contract ("12 березня 2026").
_GENITIVE_MONTHS = {
    "uk": (
        "січня", "лютого", "березня", "квітня", "травня", "червня",
        "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
    ),
    "ru": (
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ),
    "pl": (
        "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
        "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip


def format_long_day(value: date, language: str) -> str:
    """`d MMMM yyyy` with the month in the genitive: 12 березня 2026, 12 marca 2026; in
    English 12 March 2026."""
    months = _GENITIVE_MONTHS.get(language, _GENITIVE_MONTHS["en"])
    return f"{value.day} {months[value.month - 1]} {value.year}"


def last_day_of_term(start: date, months: int) -> date:
    """The last day of a term of `months` from `start`: 2 Dec 2026 for 12 months holds
    through 1 Dec 2027; a start on the 31st ends before the shorter month's last day."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day) - timedelta(days=1)
