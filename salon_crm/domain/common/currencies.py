"""The currencies a salon may count in (ISO 4217) and the one each country uses.

Each currency knows how many digits its minor unit has, the symbol people write after an
amount (its code where no symbol is unambiguous), the other spellings people type, and its
English name for the settings page (translated there under the "Currency" context).
"""

from __future__ import annotations

from dataclasses import dataclass

from salon_crm.domain.common.translation import QT_TRANSLATE_NOOP

NAME_CONTEXT = "Currency"
# A salon in a country not in the table below counts in euros until the owner picks
# another currency in Settings: most of the salons this program is made for are in Europe.
FALLBACK_CURRENCY = "EUR"


@dataclass(frozen=True)
class Currency:
    code: str
    exponent: int  # digits of the minor unit: 2 for kopecks and groszy, 0 for the yen
    symbol: str
    name: str  # English; translate with QCoreApplication.translate(NAME_CONTEXT, name)
    aliases: tuple[str, ...] = ()  # other spellings accepted when parsing (any case)


def _table(*currencies: Currency) -> dict[str, Currency]:
    return {c.code: c for c in currencies}


CURRENCIES: dict[str, Currency] = _table(
    Currency("UAH", 2, "₴", QT_TRANSLATE_NOOP("Currency", "Ukrainian hryvnia"), ("грн", "грн.")),
    Currency("PLN", 2, "zł", QT_TRANSLATE_NOOP("Currency", "Polish złoty"), ("zl",)),
    Currency("RUB", 2, "₽", QT_TRANSLATE_NOOP("Currency", "Russian rouble"), ("руб", "руб.")),
    Currency("EUR", 2, "€", QT_TRANSLATE_NOOP("Currency", "Euro")),
    Currency("USD", 2, "$", QT_TRANSLATE_NOOP("Currency", "US dollar")),
    Currency("GBP", 2, "£", QT_TRANSLATE_NOOP("Currency", "Pound sterling")),
    Currency("CHF", 2, "CHF", QT_TRANSLATE_NOOP("Currency", "Swiss franc")),
    Currency("CZK", 2, "Kč", QT_TRANSLATE_NOOP("Currency", "Czech koruna")),
    Currency("HUF", 2, "Ft", QT_TRANSLATE_NOOP("Currency", "Hungarian forint")),
    Currency("RON", 2, "lei", QT_TRANSLATE_NOOP("Currency", "Romanian leu")),
    Currency("SEK", 2, "SEK", QT_TRANSLATE_NOOP("Currency", "Swedish krona")),
    Currency("NOK", 2, "NOK", QT_TRANSLATE_NOOP("Currency", "Norwegian krone")),
    Currency("DKK", 2, "DKK", QT_TRANSLATE_NOOP("Currency", "Danish krone")),
    Currency("BYN", 2, "Br", QT_TRANSLATE_NOOP("Currency", "Belarusian rouble")),
    Currency("MDL", 2, "MDL", QT_TRANSLATE_NOOP("Currency", "Moldovan leu")),
    Currency("GEL", 2, "₾", QT_TRANSLATE_NOOP("Currency", "Georgian lari")),
    Currency("AMD", 2, "֏", QT_TRANSLATE_NOOP("Currency", "Armenian dram")),
    Currency("AZN", 2, "₼", QT_TRANSLATE_NOOP("Currency", "Azerbaijani manat")),
    Currency("KZT", 2, "₸", QT_TRANSLATE_NOOP("Currency", "Kazakhstani tenge")),
    Currency("UZS", 2, "UZS", QT_TRANSLATE_NOOP("Currency", "Uzbekistani som")),
    Currency("TRY", 2, "₺", QT_TRANSLATE_NOOP("Currency", "Turkish lira")),
    Currency("ILS", 2, "₪", QT_TRANSLATE_NOOP("Currency", "Israeli new shekel")),
    Currency("CAD", 2, "CA$", QT_TRANSLATE_NOOP("Currency", "Canadian dollar")),
    Currency("JPY", 0, "¥", QT_TRANSLATE_NOOP("Currency", "Japanese yen")),
)

_EURO_COUNTRIES = (
    *("AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR"),
    *("IE", "IT", "LT", "LU", "LV", "MT", "NL", "PT", "SI", "SK"),
    "BG",  # the euro replaced the lev on 1 January 2026
    *("AD", "MC", "ME", "SM", "VA", "XK"),  # not in the union, but they count in euros
)

COUNTRY_CURRENCY: dict[str, str] = {
    **dict.fromkeys(_EURO_COUNTRIES, "EUR"),
    "UA": "UAH",
    "PL": "PLN",
    "RU": "RUB",
    "BY": "BYN",
    "KZ": "KZT",
    "MD": "MDL",
    "GE": "GEL",
    "AM": "AMD",
    "AZ": "AZN",
    "UZ": "UZS",
    "US": "USD",
    "GB": "GBP",
    "CH": "CHF",
    "LI": "CHF",
    "CZ": "CZK",
    "HU": "HUF",
    "RO": "RON",
    "SE": "SEK",
    "NO": "NOK",
    "DK": "DKK",
    "TR": "TRY",
    "IL": "ILS",
    "CA": "CAD",
    "JP": "JPY",
}


def currency_for_country(country: str) -> str:
    """The currency of a country (ISO 3166 alpha-2, any case); FALLBACK_CURRENCY if unknown."""
    return COUNTRY_CURRENCY.get(country.strip().upper(), FALLBACK_CURRENCY)


def is_known_currency(code: str) -> bool:
    return code in CURRENCIES
