"""Money as a value: a whole number of minor units (kopecks, groszy, cents) and a currency.

No float ever holds an amount: arithmetic is on ints, percentages go through Decimal.
Amounts in two currencies are never added or compared; that is a bug, and says so.

Formatting (`format_money`): Ukrainian, Russian and Polish write `1 250,00 ₴` — groups of
three digits apart by a no-break space (also in four-digit amounts, so a column of
prices lines up), a decimal comma, the symbol after a no-break space. Every other
language, English included, gets `UAH 1,250.00`: the ISO code before the number, since an
English reader cannot be expected to know ₴ or zł. A negative amount starts with a minus:
`-1 250,00 ₴`, `-UAH 1,250.00`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.currencies import CURRENCIES
from salon_crm.domain.common.errors import FieldError, ValidationError

NBSP = "\u00a0"
# Parsing refuses amounts from a billion units up: no single price in a salon is that big,
# and such a number is a slip of the keyboard (or a phone number pasted into the field).
MAX_UNITS = 1_000_000_000
_COMMA_LANGUAGES = frozenset({"uk", "ru", "pl"})
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_MINUS = ("-", "\u2212")
# Plain digits, or groups of three after the first, apart by one kind of separator.
_UNITS = re.compile(r"\d+|\d{1,3}([ '.,])\d{3}(?:\1\d{3})*")


class CurrencyMismatchError(ValueError):
    """Two amounts in different currencies were added, subtracted or compared."""

    def __init__(self, operation: str, left: str, right: str) -> None:
        super().__init__(f"cannot {operation} {left} and {right} amounts")


def exponent(currency: str) -> int:
    """Digits of the currency's minor unit: 2 for the hryvnia (100 kopecks), 0 for the yen."""
    return CURRENCIES[currency].exponent


@dataclass(frozen=True, slots=True)
class Money:
    """`minor` units of `currency` (ISO 4217): Money(125050, "UAH") is 1 250,50 ₴."""

    minor: int
    currency: str

    def __post_init__(self) -> None:
        if type(self.minor) is not int:
            raise TypeError(f"minor units are an int, not {type(self.minor).__name__}")
        if self.currency not in CURRENCIES:
            raise ValueError(f"unknown currency {self.currency!r}")

    def _same(self, other: Money, operation: str) -> None:
        if other.currency != self.currency:
            raise CurrencyMismatchError(operation, self.currency, other.currency)

    def __add__(self, other: Money) -> Money:
        self._same(other, "add")
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other, "subtract")
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def __mul__(self, quantity: int) -> Money:
        """A price times a quantity; only whole quantities (a float would lose kopecks)."""
        if type(quantity) is not int:
            return NotImplemented
        return Money(self.minor * quantity, self.currency)

    __rmul__ = __mul__

    def __lt__(self, other: Money) -> bool:
        self._same(other, "compare")
        return self.minor < other.minor

    def __le__(self, other: Money) -> bool:
        self._same(other, "compare")
        return self.minor <= other.minor

    def __gt__(self, other: Money) -> bool:
        self._same(other, "compare")
        return self.minor > other.minor

    def __ge__(self, other: Money) -> bool:
        self._same(other, "compare")
        return self.minor >= other.minor

    def discount(self, percent: int | Decimal) -> Money:
        """`percent` % of this amount, rounded half up to a whole minor unit.

        "Half up" is Decimal's ROUND_HALF_UP: a half goes away from zero, so 5 % of
        0,10 ₴ is 0,01 ₴ and of -0,10 ₴ is -0,01 ₴. The price after the discount is
        `after_discount`, so that the discount and what is paid always add up to the price.
        """
        if isinstance(percent, bool) or not isinstance(percent, int | Decimal):
            raise TypeError(f"a percentage is an int or a Decimal, not {type(percent).__name__}")
        if not 0 <= percent <= 100:
            raise ValueError(f"a discount is between 0 and 100 %, not {percent}")
        exact = Decimal(self.minor) * Decimal(percent) / 100
        return Money(int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP)), self.currency)

    def after_discount(self, percent: int | Decimal) -> Money:
        return self - self.discount(percent)


def zero(currency: str) -> Money:
    return Money(0, currency)


def _grouped(digits: str, separator: str) -> str:
    head = len(digits) % 3 or 3
    groups = [digits[:head], *(digits[i : i + 3] for i in range(head, len(digits), 3))]
    return separator.join(groups)


def format_money(money: Money, language: str) -> str:
    """The amount as `language` (uk, ru, pl, en) writes it; see the module's docstring."""
    currency = CURRENCIES[money.currency]
    units, fraction = divmod(abs(money.minor), 10**currency.exponent)
    comma = language in _COMMA_LANGUAGES
    number = _grouped(str(units), NBSP if comma else ",")
    if currency.exponent:
        number += ("," if comma else ".") + f"{fraction:0{currency.exponent}d}"
    sign = "-" if money.minor < 0 else ""
    if comma:
        return f"{sign}{number}{NBSP}{currency.symbol}"
    return f"{sign}{currency.code}{NBSP}{number}"


def _marks() -> list[tuple[str, str]]:
    """(what people write, currency code), longest first so `CA$` is tried before `$`."""
    marks = [
        (mark.casefold(), c.code)
        for c in CURRENCIES.values()
        for mark in (c.code, c.symbol, *c.aliases)
    ]
    return sorted(marks, key=lambda mark: -len(mark[0]))


_MARKS = _marks()


def _strip_mark(text: str, *, at_end: bool) -> tuple[str, set[str]]:
    """`text` without a currency mark at its end (or start), and the codes the mark means."""
    folded = text.casefold()
    for mark, _ in _MARKS:
        if folded.endswith(mark) if at_end else folded.startswith(mark):
            codes = {code for other, code in _MARKS if other == mark}
            rest = text[: -len(mark)] if at_end else text[len(mark) :]
            return rest.strip(), codes
    return text, set()


def _strip_minus(text: str) -> tuple[str, bool]:
    if text.startswith(_MINUS):
        return text[1:].strip(), True
    return text, False


def parse_money(text: str, currency: str, *, field: str = "amount") -> Money:
    """What a person typed as an amount in `currency`: `1250`, `1 250,5`, `1250.50`,
    `1 250,50 ₴`, `-20`, `UAH 20`, with any kind of space between digit groups.

    One comma or point is the decimal separator; when both appear, the last one is, and
    the other groups thousands (`1,250.50`, `1.250,50`). Refused, with a message for
    `field` in a ValidationError: empty or garbled text, more decimals than the currency
    has, a billion units or more, another currency's symbol or code.
    """
    rest = _SPACES.sub(" ", text).strip()
    if not rest:
        raise _refused(field, msg.REQUIRED)
    rest, negative = _strip_minus(rest)
    rest, before = _strip_mark(rest, at_end=False)
    rest, minus_after_mark = _strip_minus(rest)
    rest, after = _strip_mark(rest, at_end=True)
    marked = before or after
    if (before and after) or (negative and minus_after_mark) or not rest:
        raise _refused(field, msg.MONEY_INVALID)
    if marked and currency not in marked:
        raise _refused(field, msg.MONEY_OTHER_CURRENCY, currency=min(marked), expected=currency)
    units_text, fraction = _split_decimals(rest)
    if units_text is None or not _UNITS.fullmatch(units_text):
        raise _refused(field, msg.MONEY_INVALID)
    digits = re.sub(r"\D", "", units_text)
    places = exponent(currency)
    if len(fraction) > places and not places:
        raise _refused(field, msg.MONEY_WHOLE)
    if len(fraction) > places:
        raise _refused(field, msg.MONEY_DECIMALS, digits=places)
    if len(digits.lstrip("0")) > len(str(MAX_UNITS)) or int(digits) >= MAX_UNITS:
        raise _refused(field, msg.MONEY_TOO_LARGE)
    minor = int(digits) * 10**places + int(fraction.ljust(places, "0") or 0)
    return Money(-minor if negative or minus_after_mark else minor, currency)


def _refused(field: str, template: str, **params: object) -> ValidationError:
    return ValidationError([FieldError(field, template, params)])


def _split_decimals(number: str) -> tuple[str | None, str]:
    """(the units with their group separators, the decimal digits); None for garbage."""
    last_point, last_comma = number.rfind("."), number.rfind(",")
    separator = ""
    if last_point >= 0 and last_comma >= 0:
        separator = "." if last_point > last_comma else ","
    elif number.count(".") == 1 or number.count(",") == 1:
        separator = "." if last_point >= 0 else ","
    if not separator:
        return number, ""
    units, _, fraction = number.rpartition(separator)
    if not fraction.isdigit() or not units:
        return None, ""
    return units, fraction
