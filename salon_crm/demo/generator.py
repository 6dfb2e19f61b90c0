"""Deterministic demo data: a salon, its three users and any number of realistic clients.

The same `seed`, `country` and `today` always give the same clients, phones, lists and
numbers (users' password hashes, their timestamps and the audit rows of their creation
are not: argon2 salts are random and `user_service` stamps the real time).

The clients are written with SQLAlchemy Core bulk inserts on one connection, in one
transaction, and their search-index rows are written batch by batch alongside them. This
bypasses the session hooks on purpose: demo clients get no audit trail (they were never
typed by anyone), which is also what makes 100,000 of them take seconds, not minutes.
"""

from __future__ import annotations

import json
import random
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, update

from salon_crm.db.base import Base
from salon_crm.db.engine import Database
from salon_crm.db.hooks import search_index
from salon_crm.db.models import (
    Category,
    Client,
    ClientAddress,
    ClientConsent,
    ClientEmail,
    ClientPhone,
    ClientSocialLink,
    ContactPerson,
    Counter,
    CustomFieldDefinition,
    CustomFieldValue,
    ExpiringDocument,
    IdentityDocument,
    Salon,
    Source,
    Tag,
    User,
    client_tags,
)
from salon_crm.domain.common.barcodes import ean_check_digit
from salon_crm.domain.common.enums import (
    AddressKind,
    ClientClass,
    ConsentPurpose,
    CustomFieldType,
    ExpiringDocumentKind,
    Gender,
    IdentityDocumentKind,
    PhoneKind,
    Role,
    SocialNetwork,
)
from salon_crm.domain.common.errors import SalonError
from salon_crm.domain.common.names import sort_key
from salon_crm.domain.common.text import fold
from salon_crm.services.clients.client_service import CLIENT_COUNTER
from salon_crm.services.settings import user_service
from salon_crm.services.settings.user_service import UserService

# The default "today" of the generated salon. Fixed, so that two runs agree; pass the real
# date (`today=date.today()`) for demo data whose due calls and expiring documents are
# current.
REFERENCE_DATE = date(2025, 6, 2)
BATCH_SIZE = 2000
HISTORY_DAYS = 3 * 365
PASSWORD_LENGTH = 10
_PASSWORD_ALPHABET = "".join(
    ch for ch in string.ascii_letters + string.digits if ch not in "0OoIl1"
)


@dataclass(frozen=True)
class DemoUser:
    login: str
    role: Role
    password: str


# --- people ---------------------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


@dataclass(frozen=True)
class _Culture:
    """Names and habits of one group of clients; `language` is the preferred language."""

    language: str
    female_names: tuple[str, ...]
    male_names: tuple[str, ...]
    last_names: tuple[str, ...]  # masculine forms; `_feminine` derives the others
    patronymics: tuple[tuple[str, str], ...]  # (masculine, feminine); empty: none used
    email_domains: tuple[str, ...]
    notes: tuple[str, ...]
    visible_notes: tuple[str, ...]
    jobs: tuple[str, ...]
    mother: str  # a child's contact person's role


_UK = _Culture(
    language="uk",
    female_names=_words(
        "Олена Ольга Тетяна Наталія Ірина Світлана Юлія Оксана Марія Анна Катерина Людмила "
        "Галина Вікторія Надія Валентина Лариса Інна Алла Яна Дарина Анастасія Софія Соломія "
        "Христина Мар'яна Вероніка Аліна Діана Олеся Леся Зоряна Уляна Ганна Любов Віра "
        "Єлизавета Злата Мирослава Богдана Ярослава Євгенія Ніна Іванна Ангеліна"
    ),
    male_names=_words(
        "Олександр Андрій Сергій Володимир Дмитро Іван Микола Олег Юрій Віктор Василь Петро "
        "Богдан Тарас Ярослав Максим Артем Денис Роман Ігор Євген Михайло Степан Назар"
    ),
    last_names=_words(
        "Шевченко Коваленко Бондаренко Ткаченко Кравченко Олійник Шевчук Поліщук Коваль "
        "Бондар Ткачук Мельник Бойко Ковальчук Кравчук Марченко Савченко Руденко Лисенко "
        "Мороз Петренко Клименко Павленко Кузьменко Левченко Харченко Карпенко Гончаренко "
        "Литвиненко Мельничук Романенко Кириленко Ярошенко Гуменюк Савчук Семенюк Іваненко "
        "Онищенко Пономаренко Панченко Лук'яненко Дем'яненко Ковальський Сидоренко "
        "Захарченко Костенко Власенко Приходько Гнатюк Остапчук Яковенко Гаврилюк Пилипенко "
        "Головко Федоренко Нестеренко Демченко Білоус Зінченко Олексієнко Сергієнко Стельмах "
        "Бабенко Тарасенко Дорошенко Герасименко Кучер Гордієнко Василенко Козак Білик "
        "Соловей Горбань Вовк Щербак Сидорчук Кравець Мирошниченко Грищенко Білий Чорний "
        "Заїка Їжак Ґалаґан Вишневський Левицький Яворський Петрів Гребенюк Процюк"
    ),
    patronymics=(
        ("Олександрович", "Олександрівна"),
        ("Андрійович", "Андріївна"),
        ("Сергійович", "Сергіївна"),
        ("Володимирович", "Володимирівна"),
        ("Дмитрович", "Дмитрівна"),
        ("Іванович", "Іванівна"),
        ("Миколайович", "Миколаївна"),
        ("Олегович", "Олегівна"),
        ("Юрійович", "Юріївна"),
        ("Вікторович", "Вікторівна"),
        ("Васильович", "Василівна"),
        ("Петрович", "Петрівна"),
        ("Богданович", "Богданівна"),
        ("Тарасович", "Тарасівна"),
        ("Ярославович", "Ярославівна"),
        ("Михайлович", "Михайлівна"),
        ("Степанович", "Степанівна"),
        ("Павлович", "Павлівна"),
        ("Анатолійович", "Анатоліївна"),
        ("Григорович", "Григорівна"),
        ("Леонідович", "Леонідівна"),
        ("Романович", "Романівна"),
        ("Ігорович", "Ігорівна"),
        ("Євгенович", "Євгенівна"),
        ("Віталійович", "Віталіївна"),
        ("Валерійович", "Валеріївна"),
    ),
    email_domains=("gmail.com",) * 10 + ("ukr.net",) * 6 + ("i.ua", "meta.ua", "outlook.com"),
    notes=(
        "Просить нагадувати про запис за день.",
        "Чутлива шкіра, краще ранкові записи.",
        "Приходить разом із подругою.",
        "Любить зелений чай без цукру.",
        "Не любить запах лаванди.",
        "Оплачує тільки карткою.",
        "Записується лише до Ірини.",
        "Після пілінгу було почервоніння — зменшити концентрацію.",
        "Цікавиться мезотерапією, розповісти про курс.",
        "Подарунковий сертифікат від чоловіка.",
        "Часто переносить запис, підтверджувати напередодні.",
    ),
    visible_notes=(
        "Алергія на лідокаїн!",
        "Алергія на латекс!",
        "Вагітна — без апаратних процедур.",
        "Епілепсія — без мікрострумів!",
        "Кардіостимулятор!",
    ),
    jobs=("бухгалтерка", "вчителька", "менеджерка", "лікарка", "юристка", "дизайнерка"),
    mother="мама",
)

_RU = _Culture(
    language="ru",
    female_names=_words(
        "Анна Елена Ольга Наталья Татьяна Ирина Светлана Екатерина Мария Юлия Анастасия "
        "Марина Людмила Галина Ксения Дарья Алёна Полина Виктория Елизавета Валентина "
        "Надежда Вера Любовь Евгения Оксана Кристина Алина Ангелина Софья Жанна Лариса Нина "
        "Яна Ульяна Зоя Майя Серафима"
    ),
    male_names=_words(
        "Александр Сергей Дмитрий Андрей Алексей Максим Евгений Иван Михаил Артём Николай "
        "Владимир Павел Роман Игорь Олег Денис Кирилл Никита Юрий Виктор"
    ),
    last_names=_words(
        "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров "
        "Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев "
        "Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев "
        "Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв "
        "Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов "
        "Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров "
        "Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов Тихонов "
        "Казаков Афанасьев Данилов Тимофеев Фомин Чернов Мартынов Ефимов Щербаков Назаров "
        "Калинин Исаев Чернышёв Быков Маслов Лазарев Воронин Климов Пономарёв Голубев "
        "Кудрявцев Журавлёв Овчинников Соболев Гончаров Котов Громов Малышев Румянцев "
        "Покровский Вишневский Толстой Черных Белых Долгих Мицкевич Шульц"
    ),
    patronymics=(
        ("Александрович", "Александровна"),
        ("Сергеевич", "Сергеевна"),
        ("Дмитриевич", "Дмитриевна"),
        ("Андреевич", "Андреевна"),
        ("Алексеевич", "Алексеевна"),
        ("Владимирович", "Владимировна"),
        ("Николаевич", "Николаевна"),
        ("Иванович", "Ивановна"),
        ("Михайлович", "Михайловна"),
        ("Петрович", "Петровна"),
        ("Викторович", "Викторовна"),
        ("Юрьевич", "Юрьевна"),
        ("Евгеньевич", "Евгеньевна"),
        ("Игоревич", "Игоревна"),
        ("Олегович", "Олеговна"),
        ("Анатольевич", "Анатольевна"),
        ("Васильевич", "Васильевна"),
        ("Геннадьевич", "Геннадьевна"),
        ("Борисович", "Борисовна"),
        ("Валерьевич", "Валерьевна"),
        ("Григорьевич", "Григорьевна"),
        ("Фёдорович", "Фёдоровна"),
        ("Павлович", "Павловна"),
        ("Ильич", "Ильинична"),
        ("Никитич", "Никитична"),
    ),
    email_domains=("gmail.com",) * 6 + ("mail.ru",) * 5 + ("yandex.ru",) * 4 + ("bk.ru", "list.ru"),
    notes=(
        "Просит напоминать о записи за день.",
        "Предпочитает вечернее время.",
        "Чувствительная кожа, осторожно с кислотами.",
        "Приходит вместе с дочерью.",
        "Любит травяной чай.",
        "Не переносит резких запахов.",
        "Интересуется контурной пластикой.",
        "Обычно опаздывает на 10–15 минут.",
        "Платит наличными.",
        "Хочет курс биоревитализации к лету.",
    ),
    visible_notes=(
        "Аллергия на лидокаин!",
        "Аллергия на латекс!",
        "Беременность — без аппаратных процедур.",
        "Кардиостимулятор!",
    ),
    jobs=("бухгалтер", "учитель", "менеджер", "врач", "юрист", "дизайнер"),
    mother="мама",
)

_PL = _Culture(
    language="pl",
    female_names=_words(
        "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Zofia Joanna "
        "Magdalena Monika Aleksandra Natalia Karolina Julia Marta Dorota Beata Justyna "
        "Paulina Weronika Wiktoria Zuzanna Łucja Jadwiga Halina Iwona Renata Żaneta Jolanta "
        "Urszula Grażyna Bożena Teresa Danuta Hanna Oliwia Maja Lena Alicja Emilia Gabriela "
        "Kinga"
    ),
    male_names=_words(
        "Piotr Krzysztof Tomasz Paweł Michał Marcin Łukasz Jakub Andrzej Jan Wojciech "
        "Grzegorz Mateusz Kamil Bartłomiej Józef Stanisław"
    ),
    last_names=_words(
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
        "Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski "
        "Grabowski Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski "
        "Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Górski Nowicki Pawlak Sikora "
        "Walczak Baran Rutkowski Michalak Szewczyk Ostrowski Tomaszewski Pietrzak Zalewski "
        "Wróblewski Jasiński Marciniak Bąk Zając Kaczmarek Sadowski Duda Chmielewski "
        "Borkowski Czarnecki Sawicki Sokołowski Urbański Kubiak Maciejewski Szczepański "
        "Kucharski Wilk Kalinowski Lis Mazurek Wysocki Adamski Kaźmierczak Wasilewski "
        "Sobczak Czerwiński Cieślak Głowacki Zakrzewski Kołodziej Sikorski Krajewski Szulc "
        "Brzeziński Ziółkowski Przybylski Żak Ślusarczyk"
    ),
    patronymics=(),
    email_domains=("gmail.com",) * 6 + ("wp.pl",) * 4 + ("onet.pl",) * 3 + ("o2.pl", "interia.pl"),
    notes=(
        "Prosi o przypomnienie SMS dzień wcześniej.",
        "Wrażliwa skóra, ostrożnie z kwasami.",
        "Woli wizyty rano.",
        "Przychodzi z siostrą.",
        "Pije tylko wodę niegazowaną.",
        "Interesuje się mezoterapią.",
        "Płaci kartą.",
        "Zawsze punktualna.",
        "Bon podarunkowy od męża.",
    ),
    visible_notes=(
        "Uczulenie na lidokainę!",
        "Uczulenie na lateks!",
        "Ciąża – bez zabiegów aparaturowych.",
        "Rozrusznik serca!",
    ),
    jobs=("księgowa", "nauczycielka", "menedżerka", "lekarka", "prawniczka", "projektantka"),
    mother="mama",
)

# Polish name days (imieniny), one common date per name as (month, day).
_NAME_DAYS: dict[str, tuple[int, int]] = {
    "Anna": (7, 26),
    "Maria": (8, 15),
    "Katarzyna": (11, 25),
    "Małgorzata": (7, 20),
    "Agnieszka": (1, 21),
    "Barbara": (12, 4),
    "Ewa": (12, 24),
    "Krystyna": (7, 24),
    "Elżbieta": (11, 19),
    "Zofia": (5, 15),
    "Joanna": (5, 30),
    "Magdalena": (7, 22),
    "Monika": (8, 27),
    "Aleksandra": (5, 18),
    "Natalia": (7, 27),
    "Karolina": (11, 4),
    "Julia": (5, 22),
    "Marta": (7, 29),
    "Dorota": (2, 6),
    "Beata": (5, 9),
    "Justyna": (9, 26),
    "Paulina": (6, 22),
    "Weronika": (1, 13),
    "Wiktoria": (12, 23),
    "Zuzanna": (8, 11),
    "Łucja": (12, 13),
    "Jadwiga": (10, 16),
    "Halina": (10, 3),
    "Iwona": (5, 19),
    "Renata": (11, 12),
    "Żaneta": (11, 6),
    "Jolanta": (6, 15),
    "Urszula": (10, 21),
    "Grażyna": (4, 1),
    "Bożena": (3, 13),
    "Teresa": (10, 15),
    "Danuta": (2, 2),
    "Hanna": (7, 26),
    "Oliwia": (3, 5),
    "Maja": (5, 1),
    "Lena": (7, 30),
    "Alicja": (6, 23),
    "Emilia": (4, 5),
    "Gabriela": (3, 24),
    "Kinga": (7, 24),
    "Piotr": (6, 29),
    "Krzysztof": (7, 25),
    "Tomasz": (7, 3),
    "Paweł": (6, 29),
    "Michał": (9, 29),
    "Marcin": (11, 11),
    "Łukasz": (10, 18),
    "Jakub": (7, 25),
    "Andrzej": (11, 30),
    "Jan": (6, 24),
    "Wojciech": (4, 23),
    "Grzegorz": (3, 12),
    "Mateusz": (9, 21),
    "Kamil": (7, 14),
    "Bartłomiej": (8, 24),
    "Józef": (3, 19),
    "Stanisław": (5, 8),
}


def _feminine(last: str, language: str) -> str:
    """The feminine form of a masculine surname (unchanged where the language has none)."""
    if language == "pl":
        for ending in ("ski", "cki", "dzki"):
            if last.endswith(ending):
                return last[:-1] + "a"
        return last
    for masculine, feminine in (
        ("ський", "ська"),
        ("цький", "цька"),
        ("ский", "ская"),
        ("цкий", "цкая"),
        ("ой", "ая"),
        ("ый", "ая"),
        ("ий", "а"),
    ):
        if last.endswith(masculine):
            return last[: -len(masculine)] + feminine
    if last.endswith(("ов", "ев", "ёв", "ин", "ын", "ін", "їн")):
        return last + "а"
    # -енко, -ук, -ів, -их, consonant endings of foreign names: the same for women.
    return last


# --- phones ---------------------------------------------------------------------------------

# Mobile ranges that `phonenumbers` accepts whatever the seven digits after them.
_MOBILE_PREFIXES: dict[str, tuple[str, ...]] = {
    "UA": tuple("+380" + c for c in _words("50 63 66 67 68 73 93 95 96 97 98 99")),
    "RU": tuple(
        "+7" + str(c)
        for c in (
            *range(901, 907),
            *range(910, 930),
            *range(950, 954),
            *range(960, 970),
            *range(977, 990),
            *range(991, 1000),
        )
    ),
    "PL": tuple("+48" + c for c in _words("45 50 51 53 57 60 66 69 72 73 78 79 88")),
}

# (culture, the country of the client's phone and address, weight) per salon country.
_MIXES: dict[str, tuple[tuple[_Culture, str, int], ...]] = {
    "UA": ((_UK, "UA", 60), (_RU, "UA", 20), (_RU, "RU", 5), (_PL, "PL", 12), (_UK, "PL", 3)),
    "PL": ((_PL, "PL", 70), (_UK, "PL", 15), (_UK, "UA", 8), (_RU, "PL", 4), (_RU, "RU", 3)),
    "RU": ((_RU, "RU", 82), (_UK, "RU", 6), (_UK, "UA", 7), (_PL, "PL", 5)),
}
SUPPORTED_COUNTRIES = tuple(_MIXES)


@dataclass(frozen=True)
class _Place:
    country: str
    cities: tuple[str, ...]
    streets: tuple[str, ...]
    street_format: str  # {street}, {house}, {flat}


_PLACES: dict[str, _Place] = {
    "UA": _Place(
        "Україна",
        ("Київ", "Львів", "Одеса", "Харків", "Дніпро", "Вінниця", "Ірпінь"),
        ("вул. Шевченка", "вул. Франка", "просп. Перемоги", "вул. Лесі Українки", "вул. Садова"),
        "{street}, {house}, кв. {flat}",
    ),
    "RU": _Place(
        "Россия",
        ("Москва", "Санкт-Петербург", "Казань", "Новосибирск", "Екатеринбург"),
        ("ул. Ленина", "ул. Гагарина", "пр. Мира", "ул. Садовая", "ул. Пушкина"),
        "{street}, д. {house}, кв. {flat}",
    ),
    "PL": _Place(
        "Polska",
        ("Warszawa", "Kraków", "Wrocław", "Gdańsk", "Poznań", "Łódź"),
        ("ul. Marszałkowska", "ul. Długa", "ul. Piękna", "al. Jerozolimskie", "ul. Słowackiego"),
        "{street} {house}/{flat}",
    ),
}

_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
        "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
        "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
        "я": "ia", "ё": "e", "ы": "y", "э": "e", "ъ": "", "'": "", "’": "",
    }
)  # fmt: skip
_RU_TRANSLIT = str.maketrans({"г": "g", "х": "kh", "й": "y", "ю": "yu", "я": "ya", "и": "i"})


def _latin(word: str, language: str) -> str:
    """An ASCII spelling for e-mail addresses and social handles."""
    lowered = word.lower()
    if language == "ru":
        lowered = lowered.translate(_RU_TRANSLIT)
    return "".join(ch for ch in fold(lowered.translate(_TRANSLIT)) if ch.isascii() and ch.isalnum())


# --- the salon's lists ----------------------------------------------------------------------

_TAGS = (
    "Постійний клієнт",
    "Ботокс",
    "Чистка обличчя",
    "Пілінг",
    "Мезотерапія",
    "Біоревіталізація",
    "Масаж обличчя",
    "Контурна пластика",
    "Депіляція",
    "Подарунковий сертифікат",
    "Stała klientka",
    "Depilacja laserowa",
)
_REGULAR_TAG = {"uk": 1, "ru": 1, "pl": 11}  # ids of the "regular client" tag by language
_SOURCES = (
    "Instagram",
    "Рекомендація",
    "Google",
    "Facebook",
    "Вивіска",
    "Сайт салону",
    "Booksy",
    "TikTok",
)
_SOURCE_WEIGHTS = (30, 25, 14, 8, 8, 6, 5, 4)
_CATEGORIES = ("Новий клієнт", "Постійний", "Разовий візит", "Корпоративний")
_SKIN_TYPES = ("Суха", "Жирна", "Комбінована", "Нормальна", "Чутлива")
_MASTERS = ("Ірина", "Олена", "Марта", "Наталія", "Kasia")
_CUSTOM_FIELDS = (
    ("skin_type", "Тип шкіри", CustomFieldType.CHOICE, json.dumps(_SKIN_TYPES, ensure_ascii=False)),
    ("favourite_master", "Улюблений майстер", CustomFieldType.TEXT, "[]"),
    ("first_visit", "Перший візит", CustomFieldType.DATE, "[]"),
)
_SKIN_TYPE, _FAVOURITE_MASTER, _FIRST_VISIT = 1, 2, 3

_SALONS: dict[str, dict[str, str]] = {
    "UA": {
        "name": "Студія краси «Лаванда»",
        "legal_name": "ФОП Коваль Олена Петрівна",
        "actual_address": "м. Київ, вул. Хрещатик, 15, оф. 4",
        "phone": "+380441234567",
        "email": "hello@lavanda.example",
        "owner": "Олена Коваль",
        "admin": "Ірина Бондар",
        "specialist": "Марта Гнатюк",
    },
    "PL": {
        "name": "Studio Urody «Lawenda»",
        "legal_name": "Lawenda Anna Kowalska",
        "actual_address": "ul. Piękna 12/4, 00-549 Warszawa",
        "phone": "+48221234567",
        "email": "kontakt@lawenda.example",
        "owner": "Anna Kowalska",
        "admin": "Katarzyna Nowak",
        "specialist": "Marta Wiśniewska",
    },
    "RU": {
        "name": "Студия красоты «Лаванда»",
        "legal_name": "ИП Иванова Елена Петровна",
        "actual_address": "г. Москва, ул. Тверская, д. 7, оф. 12",
        "phone": "+74951234567",
        "email": "hello@lavanda.example",
        "owner": "Елена Иванова",
        "admin": "Ирина Смирнова",
        "specialist": "Марина Кузнецова",
    },
}


# --- generation -----------------------------------------------------------------------------


def _table(model: type[Base]) -> Table:
    return Base.metadata.tables[model.__tablename__]


def _password(rng: random.Random) -> str:
    return "".join(rng.choice(_PASSWORD_ALPHABET) for _ in range(PASSWORD_LENGTH))


@dataclass
class _Batch:
    """Rows of one batch, per table, ready for executemany."""

    clients: list[dict[str, Any]]
    phones: list[dict[str, Any]]
    emails: list[dict[str, Any]]
    addresses: list[dict[str, Any]]
    social_links: list[dict[str, Any]]
    consents: list[dict[str, Any]]
    identity_documents: list[dict[str, Any]]
    expiring_documents: list[dict[str, Any]]
    contact_persons: list[dict[str, Any]]
    custom_values: list[dict[str, Any]]
    tags: list[dict[str, Any]]
    keys: list[search_index.ClientKeys]

    @classmethod
    def empty(cls) -> _Batch:
        return cls([], [], [], [], [], [], [], [], [], [], [], [])


@dataclass(frozen=True)
class _Parent:
    """An adult client a later child client may be linked to."""

    client_id: int
    culture: _Culture
    region: str
    last_name: str  # masculine form
    name: str
    phone: str


class _Generator:
    """Draws every client from one `random.Random`, in client-number order."""

    def __init__(
        self, rng: random.Random, country: str, today: date, user_ids: Sequence[int]
    ) -> None:
        self.rng = rng
        self.today = today
        self.user_ids = user_ids  # owner, administrator, specialist
        mix = _MIXES[country]
        self.mix = [(culture, region) for culture, region, _ in mix]
        self.mix_weights = [weight for *_, weight in mix]
        self.phones_taken: set[str] = set()
        self.emails_taken: set[str] = set()
        self.cards_taken: set[str] = set()
        self.parents: list[_Parent] = []

    # -- small draws --

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def mobile(self, region: str) -> str:
        prefixes = _MOBILE_PREFIXES[region]
        while True:
            number = f"{self.rng.choice(prefixes)}{self.rng.randrange(10_000_000):07d}"
            if number not in self.phones_taken:
                self.phones_taken.add(number)
                return number

    def created_times(self, count: int, rng: random.Random) -> list[datetime]:
        """Creation times over the last three years, more of them recently, oldest first."""
        start = datetime.combine(self.today - timedelta(days=HISTORY_DAYS), time(), UTC)
        times: list[datetime] = []
        for _ in range(count):
            day = int(HISTORY_DAYS * rng.random() ** 0.8)
            seconds = rng.randrange(6 * 3600, 18 * 3600)
            times.append(start + timedelta(days=day, seconds=seconds))
        times.sort()
        return times

    def email(self, first: str, last: str, birth: date | None, culture: _Culture) -> str:
        given, family = _latin(first, culture.language), _latin(last, culture.language)
        pattern = self.rng.randrange(5)
        if pattern == 0:
            local = f"{given}.{family}"
        elif pattern == 1 and birth is not None:
            local = f"{given}{family}{birth.year % 100:02d}"
        elif pattern == 2:
            local = f"{given[:1]}.{family}"
        elif pattern == 3:
            local = f"{family}.{given}{self.rng.randrange(1, 100)}"
        else:
            local = f"{given}_{family[:6]}"
        domain = self.rng.choice(culture.email_domains)
        address = f"{local}@{domain}"
        while address in self.emails_taken:
            address = f"{local}{self.rng.randrange(1, 1000)}@{domain}"
        self.emails_taken.add(address)
        return address

    def loyalty_card(self) -> str:
        while True:
            # 20–29: the in-store range of EAN-13, free for a salon's own cards.
            body = f"2{self.rng.randrange(10)}{self.rng.randrange(10**10):010d}"
            if body not in self.cards_taken:
                self.cards_taken.add(body)
                return body + str(ean_check_digit(body))

    def birth_date(self, *, child: bool) -> date | None:
        if child:
            years = self.rng.uniform(12, 17.9)
        elif self.chance(0.15):
            return None
        else:
            years = self.rng.triangular(16, 80.9, 34)
        return self.today - timedelta(days=int(years * 365.25) + 1)

    def moment(self, after: datetime, *, max_days: int) -> datetime:
        """A time after `after`, never later than the end of `today`."""
        end = datetime.combine(self.today, time(18), UTC)
        span = max(0, min(max_days * 86400, int((end - after).total_seconds())))
        return after + timedelta(seconds=self.rng.randrange(span + 1))

    # -- one client --

    def client(self, client_id: int, created: datetime, batch: _Batch) -> None:
        rng = self.rng
        culture, region = rng.choices(self.mix, self.mix_weights)[0]
        parent: _Parent | None = None
        if self.parents and self.chance(0.02):
            parent = rng.choice(self.parents)
            culture, region = parent.culture, parent.region
        gender = Gender.FEMALE if self.chance(0.88) else Gender.MALE
        female = gender is Gender.FEMALE
        first = rng.choice(culture.female_names if female else culture.male_names)
        family = parent.last_name if parent else rng.choice(culture.last_names)
        last = _feminine(family, culture.language) if female else family
        middle = ""
        if culture.patronymics and self.chance(0.85):
            middle = rng.choice(culture.patronymics)[1 if female else 0]
        birth = self.birth_date(child=parent is not None)
        age = None if birth is None else (self.today - birth).days / 365.25
        name_day = _NAME_DAYS.get(first) if culture is _PL and self.chance(0.9) else None

        main_phone = self.mobile(region)
        phone_numbers = [main_phone]
        viber = region == "UA"
        batch.phones.append(
            self._phone(client_id, 0, main_phone, True, PhoneKind.MOBILE, viber=viber)
        )
        if self.chance(0.12):
            second = self.mobile(region)
            phone_numbers.append(second)
            kind = rng.choice((PhoneKind.MOBILE, PhoneKind.WORK, PhoneKind.HOME))
            batch.phones.append(self._phone(client_id, 1, second, False, kind, viber=False))

        emails: list[str] = []
        if self.chance(0.65):
            emails.append(self.email(first, last, birth, culture))
            batch.emails.append({"client_id": client_id, "position": 0, "address": emails[0]})
        card = self.loyalty_card() if self.chance(0.3) else ""
        number = str(client_id)
        staff = self.user_ids[0] if self.chance(0.2) else self.user_ids[1]

        call_period: int | None = None
        next_call: date | None = None
        if self.chance(0.15):
            call_period = rng.choice((21, 30, 45, 60, 90))
            next_call = self.today + timedelta(days=rng.randrange(-14, 60))

        archived_at: datetime | None = None
        archive_reason = ""
        if parent is None and self.chance(0.01):
            archived_at = self.moment(created, max_days=400)
            archive_reason = rng.choice(
                ("Переїзд до іншого міста", "Дубль картки", "Просила не турбувати")
            )

        batch.clients.append(
            {
                "id": client_id,
                "number": number,
                "last_name": last,
                "first_name": first,
                "middle_name": middle,
                "sort_name": sort_key(last, first, middle),
                "salutation": "",
                "gender": gender,
                "birth_date": birth,
                "name_day_month": name_day[0] if name_day else None,
                "name_day_day": name_day[1] if name_day else None,
                "preferred_language": culture.language,
                "company": "",
                "job_title": rng.choice(culture.jobs) if self.chance(0.08) and female else "",
                "main_phone": main_phone,
                "is_vip": self.chance(0.03),
                "is_blacklisted": self.chance(0.01),
                "client_class": rng.choices(
                    (ClientClass.A, ClientClass.B, ClientClass.C, None), (10, 30, 20, 40)
                )[0],
                "category_id": rng.randrange(1, len(_CATEGORIES) + 1) if self.chance(0.5) else None,
                "source_id": rng.choices(range(1, len(_SOURCES) + 1), _SOURCE_WEIGHTS)[0]
                if self.chance(0.7)
                else None,
                "responsible_user_id": self.user_ids[2] if self.chance(0.3) else None,
                "discount_percent": rng.choice((5, 10, 15, 20)) if self.chance(0.15) else 0,
                "loyalty_card": card,
                "parent_id": parent.client_id if parent else None,
                "call_period_days": call_period,
                "next_call_date": next_call,
                "notes": rng.choice(culture.notes) if self.chance(0.2) else "",
                "visible_notes": rng.choice(culture.visible_notes) if self.chance(0.02) else "",
                "archived_at": archived_at,
                "archive_reason": archive_reason,
                "created_at": created,
                "created_by_id": staff,
                "updated_at": created,
                "updated_by_id": staff,
                "version_id": 1,
            }
        )
        batch.keys.append(
            search_index.client_keys(
                client_id,
                names=(last, first, middle),
                phones=phone_numbers,
                emails=emails,
                codes=(number, card),
            )
        )
        if parent is not None:
            batch.contact_persons.append(
                {
                    "client_id": client_id,
                    "position": 0,
                    "name": parent.name,
                    "role": culture.mother,
                    "phone": parent.phone,
                    "email": "",
                    "note": "",
                }
            )
        elif female and age is not None and 28 <= age <= 55 and archived_at is None:
            self.parents.append(
                _Parent(client_id, culture, region, family, f"{last} {first}", main_phone)
            )

        self.details(client_id, created, culture, region, first, last, emails, batch)

    def _phone(
        self, client_id: int, position: int, e164: str, main: bool, kind: PhoneKind, *, viber: bool
    ) -> dict[str, Any]:
        return {
            "client_id": client_id,
            "position": position,
            "kind": kind,
            "e164": e164,
            "is_main": main,
            "has_viber": viber and self.chance(0.6),
            "has_telegram": self.chance(0.4),
            "has_whatsapp": self.chance(0.3),
            "note": "",
        }

    def details(
        self,
        client_id: int,
        created: datetime,
        culture: _Culture,
        region: str,
        first: str,
        last: str,
        emails: list[str],
        batch: _Batch,
    ) -> None:
        rng = self.rng
        if self.chance(0.85):
            self.consents(client_id, created, has_email=bool(emails), batch=batch)
        if self.chance(0.6):
            regular = _REGULAR_TAG[culture.language]
            count = rng.choice((1, 1, 2, 3))
            chosen = set(rng.sample(range(1, len(_TAGS) + 1), count))
            if self.chance(0.3):
                chosen.add(regular)
            batch.tags.extend({"client_id": client_id, "tag_id": t} for t in sorted(chosen))
        if self.chance(0.35):
            batch.custom_values.append(
                {"client_id": client_id, "field_id": _SKIN_TYPE, "value": rng.choice(_SKIN_TYPES)}
            )
        if self.chance(0.2):
            batch.custom_values.append(
                {
                    "client_id": client_id,
                    "field_id": _FAVOURITE_MASTER,
                    "value": rng.choice(_MASTERS),
                }
            )
        if self.chance(0.5):
            batch.custom_values.append(
                {
                    "client_id": client_id,
                    "field_id": _FIRST_VISIT,
                    "value": created.date().isoformat(),
                }
            )
        if self.chance(0.2):
            place = _PLACES[region]
            street = place.street_format.format(
                street=rng.choice(place.streets),
                house=rng.randrange(1, 120),
                flat=rng.randrange(1, 200),
            )
            if region == "PL":
                postal = f"{rng.randrange(100):02d}-{rng.randrange(1000):03d}"
            elif region == "UA":
                postal = f"{rng.randrange(1000, 100_000):05d}"
            else:
                postal = f"{rng.randrange(100_000, 1_000_000):06d}"
            batch.addresses.append(
                {
                    "client_id": client_id,
                    "position": 0,
                    "kind": AddressKind.HOME,
                    "country": place.country,
                    "region": "",
                    "city": rng.choice(place.cities),
                    "street": street,
                    "postal_code": postal,
                }
            )
        if self.chance(0.25):
            handle = f"@{_latin(first, culture.language)}.{_latin(last, culture.language)}"
            batch.social_links.append(
                {
                    "client_id": client_id,
                    "position": 0,
                    "network": SocialNetwork.INSTAGRAM,
                    "handle": handle[:40],
                }
            )
        if self.chance(0.05):
            batch.identity_documents.append(self.identity_document(client_id, region))
        if self.chance(0.07):
            batch.expiring_documents.append(self.expiring_document(client_id, culture))

    def consents(self, client_id: int, given: datetime, *, has_email: bool, batch: _Batch) -> None:
        purposes = [ConsentPurpose.PERSONAL_DATA]
        for purpose, probability in (
            (ConsentPurpose.MARKETING_SMS, 0.6),
            (ConsentPurpose.MARKETING_EMAIL, 0.45 if has_email else 0.0),
            (ConsentPurpose.NOTIFICATIONS, 0.7),
            (ConsentPurpose.MARKETING_PHOTOS, 0.3),
            (ConsentPurpose.THIRD_PARTIES, 0.05),
        ):
            if self.chance(probability):
                purposes.append(purpose)
        for purpose in purposes:
            withdrawn = None
            if purpose is not ConsentPurpose.PERSONAL_DATA and self.chance(0.05):
                withdrawn = self.moment(given, max_days=600)
            batch.consents.append(
                {
                    "client_id": client_id,
                    "purpose": purpose,
                    "given_on": given.date(),
                    "withdrawn_on": withdrawn.date() if withdrawn else None,
                    "note": "",
                    "recorded_at": given,
                }
            )

    def identity_document(self, client_id: int, region: str) -> dict[str, Any]:
        rng = self.rng
        issued = self.today - timedelta(days=rng.randrange(200, 5000))
        row: dict[str, Any] = {
            "client_id": client_id,
            "kind": IdentityDocumentKind.PASSPORT,
            "series": "",
            "number": "",
            "issued_on": issued,
            "issued_by": "",
            "department_code": "",
            "expires_on": None,
            "registration_address": "",
        }
        if region == "UA":
            row.update(
                kind=IdentityDocumentKind.ID_CARD,
                number=f"{rng.randrange(10**9):09d}",
                issued_by=f"{rng.randrange(1000, 9999)}",
                expires_on=issued + timedelta(days=3652),
            )
        elif region == "RU":
            row.update(
                series=f"{rng.randrange(10, 99)} {rng.randrange(10, 99)}",
                number=f"{rng.randrange(10**6):06d}",
                issued_by="ГУ МВД России по г. Москве",
                department_code=f"{rng.randrange(100, 999)}-{rng.randrange(1000):03d}",
            )
        else:
            letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
            row.update(
                kind=IdentityDocumentKind.ID_CARD,
                series=letters,
                number=f"{rng.randrange(10**6):06d}",
                issued_by="Prezydent m.st. Warszawy",
                expires_on=issued + timedelta(days=3652),
            )
        return row

    def expiring_document(self, client_id: int, culture: _Culture) -> dict[str, Any]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.3:
            expires = self.today - timedelta(days=rng.randrange(1, 365))
        elif roll < 0.55:
            expires = self.today + timedelta(days=rng.randrange(0, 31))
        else:
            expires = self.today + timedelta(days=rng.randrange(31, 400))
        kind = rng.choices(
            (
                ExpiringDocumentKind.MEDICAL_CERTIFICATE,
                ExpiringDocumentKind.SIGNED_CONSENT,
                ExpiringDocumentKind.INSURANCE,
            ),
            (6, 3, 1),
        )[0]
        titles = {
            "uk": "Медична довідка",
            "ru": "Медицинская справка",
            "pl": "Zaświadczenie lekarskie",
        }
        return {
            "client_id": client_id,
            "kind": kind,
            "title": titles[culture.language]
            if kind is ExpiringDocumentKind.MEDICAL_CERTIFICATE
            else "",
            "number": f"{rng.randrange(10**6):06d}",
            "issued_on": expires - timedelta(days=365),
            "expires_on": expires,
            "note": "",
        }


def _check_empty(db: Database) -> None:
    with db.engine.connect() as connection:
        for model in (Client, Salon):
            count = connection.scalar(select(func.count()).select_from(_table(model)))
            if count:
                raise SalonError("demo data needs an empty database")


def _create_users(db: Database, rng: random.Random, country: str) -> list[DemoUser]:
    names = _SALONS[country]
    users = [
        DemoUser("owner", Role.OWNER, _password(rng)),
        DemoUser("admin", Role.ADMINISTRATOR, _password(rng)),
        DemoUser("cosmetologist", Role.SPECIALIST, _password(rng)),
    ]
    owner = user_service.setup_salon(
        db,
        salon_name=names["name"],
        country=country,
        login=users[0].login,
        password=users[0].password,
        full_name=names["owner"],
    )
    staff = UserService(db, owner)
    staff.create_user(
        login=users[1].login,
        password=users[1].password,
        role=users[1].role,
        full_name=names["admin"],
    )
    staff.create_user(
        login=users[2].login,
        password=users[2].password,
        role=users[2].role,
        full_name=names["specialist"],
    )
    return users


def _write_lists(connection: Connection, country: str, today: date) -> None:
    names = _SALONS[country]
    connection.execute(
        update(_table(Salon))
        .where(_table(Salon).c.id == 1)
        .values(
            legal_name=names["legal_name"],
            actual_address=names["actual_address"],
            legal_address=names["actual_address"],
            phone=names["phone"],
            email=names["email"],
            signatory_name=names["owner"],
        )
    )
    for model, items in ((Tag, _TAGS), (Source, _SOURCES), (Category, _CATEGORIES)):
        connection.execute(
            insert(_table(model)),
            [
                {"id": i, "name": name, "position": i, "is_hidden": False}
                for i, name in enumerate(items, start=1)
            ],
        )
    defined = datetime.combine(today - timedelta(days=HISTORY_DAYS + 1), time(9), UTC)
    connection.execute(
        insert(_table(CustomFieldDefinition)),
        [
            {
                "id": i,
                "key": key,
                "label": label,
                "field_type": field_type,
                "choices": choices,
                "position": i,
                "is_hidden": False,
                "created_at": defined,
            }
            for i, (key, label, field_type, choices) in enumerate(_CUSTOM_FIELDS, start=1)
        ],
    )


def _write_batch(connection: Connection, batch: _Batch) -> None:
    for table, rows in (
        (_table(Client), batch.clients),
        (_table(ClientPhone), batch.phones),
        (_table(ClientEmail), batch.emails),
        (_table(ClientAddress), batch.addresses),
        (_table(ClientSocialLink), batch.social_links),
        (_table(ClientConsent), batch.consents),
        (_table(IdentityDocument), batch.identity_documents),
        (_table(ExpiringDocument), batch.expiring_documents),
        (_table(ContactPerson), batch.contact_persons),
        (_table(CustomFieldValue), batch.custom_values),
        (client_tags, batch.tags),
    ):
        if rows:
            connection.execute(insert(table), rows)
    search_index.write_keys(connection, batch.keys)


def generate_demo(
    db: Database,
    *,
    clients: int,
    seed: int = 1,
    country: str = "UA",
    today: date = REFERENCE_DATE,
    progress: Callable[[int, int], None] | None = None,
) -> list[DemoUser]:
    """Fill an empty, migrated database with a demo salon; returns the users' logins.

    `today` is the salon's "now" for ages, due calls, expiring documents and the three
    years of history; it defaults to the fixed REFERENCE_DATE so runs are reproducible.
    `progress(done, total)` is called after each batch of clients.

    The users are created through `user_service` first (each in its own transaction);
    the lists and all the clients follow in one transaction, so a failure leaves the
    salon and its users but no half-written clients.
    """
    country = country.strip().upper()
    if country not in _MIXES:
        raise ValueError(f"demo data exists for {', '.join(SUPPORTED_COUNTRIES)}, not {country}")
    if clients < 0:
        raise ValueError("clients must not be negative")
    _check_empty(db)
    rng = random.Random(seed)
    users = _create_users(db, rng, country)
    with db.engine.begin() as connection:
        user_table = _table(User)
        ids = dict(connection.execute(select(user_table.c.login, user_table.c.id)).all())
        generator = _Generator(rng, country, today, [ids[u.login] for u in users])
        _write_lists(connection, country, today)
        if progress is not None:
            progress(0, clients)
        # A stream of its own, so that the first clients of a small demo are the first
        # clients of a big one with the same seed.
        created = generator.created_times(clients, random.Random(f"{seed}/created"))
        for start in range(0, clients, BATCH_SIZE):
            batch = _Batch.empty()
            for client_id in range(start + 1, min(start + BATCH_SIZE, clients) + 1):
                generator.client(client_id, created[client_id - 1], batch)
            _write_batch(connection, batch)
            if progress is not None:
                progress(min(start + BATCH_SIZE, clients), clients)
        connection.execute(insert(_table(Counter)), {"name": CLIENT_COUNTER, "value": clients})
    return users
