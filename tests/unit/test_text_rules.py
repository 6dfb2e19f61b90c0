"""Folding, cleaning and code rules of the domain layer."""

from __future__ import annotations

import pytest

from salon_crm.domain.clients.search_query import plan_search
from salon_crm.domain.common.barcodes import ean_check_digit, is_valid_ean
from salon_crm.domain.common.keyboard_layouts import alternatives
from salon_crm.domain.common.text import fold, invisible_characters, search_words


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("іван", "Іван"),
        ("ЕЛКИН", "Ёлкин"),
        ("lukasz", "Łukasz"),
        ("zolkiewska", "Żółkiewska"),
        ("марьяна", "МАРЬЯНА"),
        ("марьяна", "Марьяна"),
        ("маряна", "Мар'яна"),
        ("strasse", "Straße"),
    ],
)
def test_fold_makes_typed_and_stored_forms_equal(typed: str, stored: str) -> None:
    assert fold(typed) == fold(stored)


def test_fold_keeps_distinct_letters_distinct() -> None:
    assert fold("Ольга") != fold("Олега")
    assert fold("і") != fold("и")


def test_search_words_split_on_hyphens_and_punctuation() -> None:
    assert search_words("Римская-Корсакова, Анна (VIP)") == ["римская", "корсакова", "анна", "vip"]


def test_invisible_characters_found() -> None:
    assert invisible_characters("Анна\u202eанна") == ["\u202e"]
    assert invisible_characters("Ан\u200bна") == ["\u200b"]
    assert invisible_characters("Анна\x07") == ["\x07"]
    assert invisible_characters("Анна-Марія О'Коннор") == []


@pytest.mark.parametrize(
    ("body", "digit"), [("400638133393", 1), ("9638507", 4), ("590123412345", 7)]
)
def test_ean_check_digit(body: str, digit: int) -> None:
    assert ean_check_digit(body) == digit
    assert is_valid_ean(body + str(digit))
    assert not is_valid_ean(body + str((digit + 1) % 10))


def test_ean_rejects_wrong_lengths_and_letters() -> None:
    assert not is_valid_ean("1234567")
    assert not is_valid_ean("96385074x")
    assert not is_valid_ean("")


def test_keyboard_layout_alternatives() -> None:
    assert alternatives("Bdfy") == ["Иван"]
    assert "Ivan" in alternatives("Шмфт")
    # "Sdfy" means Іван only on the Ukrainian layout (і sits on the S key).
    assert "Іван" in alternatives("Sdfy")
    assert alternatives("Анна Ivanova") == []


def test_plan_treats_phone_punctuation_as_digits() -> None:
    assert plan_search("+38(067) 123").phone_digits == "38067123"
    assert plan_search("067 123").substrings == ("067123",)
    assert plan_search("Анна").substrings == ("анна",)
    assert plan_search("Ан").prefixes == ("ан",)
    assert plan_search("   ").is_empty


def test_sort_keys_follow_the_ukrainian_alphabet() -> None:
    from salon_crm.domain.common.names import sort_key

    names = ["Яковенко", "Іваненко", "Євтушенко", "Ющенко", "Ель", "Жук", "Иванов", "Їжак", "Кий"]
    ordered = sorted(names, key=lambda n: sort_key(n, "", ""))
    assert ordered == [
        "Ель",
        "Євтушенко",
        "Жук",
        "Иванов",
        "Іваненко",
        "Їжак",
        "Кий",
        "Ющенко",
        "Яковенко",
    ]
