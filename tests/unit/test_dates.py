"""The house date formats and the parser of typed dates."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from salon_crm.domain.common.dates import format_day, format_moment, parse_day


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("01.02.1990", date(1990, 2, 1)),
        ("1.2.1990", date(1990, 2, 1)),
        ("01/02/1990", date(1990, 2, 1)),
        ("01021990", date(1990, 2, 1)),
        ("1990-02-01", date(1990, 2, 1)),
        (" 01.02.1990 ", date(1990, 2, 1)),
        ("31.02.1990", None),
        ("01.02.90", None),
        ("", None),
        ("tomorrow", None),
    ],
)
def test_parse_day(typed: str, expected: date | None) -> None:
    assert parse_day(typed) == expected


def test_format_day_has_four_digit_year() -> None:
    assert format_day(date(2001, 3, 4)) == "04.03.2001"
    assert format_day(None) == ""


def test_a_moment_is_shown_in_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setenv("TZ", "Europe/Kyiv")
    time.tzset()
    try:
        late = datetime(2026, 3, 4, 23, 30, tzinfo=UTC)  # already the 5th in Kyiv
        assert format_day(late) == "05.03.2026"
        assert format_moment(late) == "05.03.2026 01:30"
        assert format_moment(late.replace(tzinfo=None)) == "05.03.2026 01:30"  # naive is UTC
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
