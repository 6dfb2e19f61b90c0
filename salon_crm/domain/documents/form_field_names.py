"""Reading an uploaded form's field names: the short name a person recognises
(`F[0].Page_1[0].LastName[0]` → `LastName`) and the placeholder a field most likely takes,
guessed from its name in English, Polish, Russian or Ukrainian, so that a new form comes
with a mapping the owner only corrects.

A guess is only a suggestion: the owner sees it in the mapping table before saving.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from salon_crm.domain.common.text import fold
from salon_crm.domain.documents.placeholders import CUSTOM_PREFIX

_INDEX = re.compile(r"\[\d+\]$")
_LETTERS = re.compile(r"[^\W\d_]+")
_SHORT_KEY = 5
"""Keys shorter than this match a whole word of the name only (`tel`, `имя`, `name`);
longer ones match anywhere in it (`nazwisko` in `NazwiskoKlienta`)."""

# First match wins: the specific before the general (a full name before its parts,
# "date of issue" before "issued by", the patronymic before the name). Keys are folded
# words run together, as `_words` makes them.
_TABLE = (
    ("client.full_name", "fullname nameandsurname imieinazwisko nazwiskoiimie imienazwisko "
     "nazwiskoimie фио піб пиб фамилияимяотчество прізвищеімяпобатькові"),
    ("client.middle_name", "middlename patronymic отчество побатькові"),
    ("client.birth_date", "birth dob urodzeni рождени народжен"),
    ("client.passport.issued_on", "issuedon dateofissue datawydania датавыдачи датавидачі"),
    ("client.passport.issued_by", "issuedby wydany wydajac выдан видан"),
    ("client.passport.series", "passportseries seria серия серія"),
    ("client.passport.registration", "registration zameldowani прописк регистрац реєстрац"),
    ("client.passport.number", "passport paszport паспорт dowod idcard numerdokumentu "
     "documentnumber"),
    ("client.last_name", "lastname surname familyname nazwisko фамилия прізвище"),
    ("client.first_name", "firstname givenname imie имя імя"),
    ("client.email", "email mail почта пошта"),
    ("client.phone", "phone telefon tel телефон тел"),
    ("client.address", "address adres адрес адреса"),
    ("today", "date data дата"),
    ("client.full_name", "name"),
)  # fmt: skip
GUESSES: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (placeholder, tuple(keys.split())) for placeholder, keys in _TABLE
)


def short_name(field: str) -> str:
    """The last part of a nested name without its index: `F[0].Page_1[0].Name[0]` → `Name`."""
    last = _INDEX.sub("", field.rsplit(".", 1)[-1]).strip()
    return last or field


def _words(text: str) -> list[str]:
    """The name's words, folded: `LastName` and `PESELNumber` split where the case turns."""
    spaced: list[str] = []
    for index, char in enumerate(text):
        before, after = text[index - 1 : index], text[index + 1 : index + 2]
        if (
            char.isupper()
            and before
            and (before.islower() or (before.isupper() and after.islower()))
        ):
            spaced.append(" ")
        spaced.append(char)
    return _LETTERS.findall(fold("".join(spaced)))


def guess_placeholder(field: str, custom_fields: Mapping[str, str] | None = None) -> str | None:
    """The placeholder the field most likely takes, or None. `custom_fields` ({key: label}
    of the questionnaire's custom fields) are tried first, by their key or label in full
    (a salon's "PESEL" field takes a form's `PESEL[0]`)."""
    words = _words(short_name(field))
    compact = "".join(words)
    if not compact:
        return None
    for key, label in (custom_fields or {}).items():
        if compact in ("".join(_words(key)), "".join(_words(label))):
            return CUSTOM_PREFIX + key
    for placeholder, keys in GUESSES:
        for key in keys:
            if (key in words) if len(key) < _SHORT_KEY else (key in compact):
                return placeholder
    return None


def suggested_mapping(
    fields: Iterable[str], custom_fields: Mapping[str, str] | None = None
) -> dict[str, str]:
    """{field: placeholder} for the fields whose names give a guess."""
    guesses = {name: guess_placeholder(name, custom_fields) for name in fields}
    return {name: placeholder for name, placeholder in guesses.items() if placeholder}
