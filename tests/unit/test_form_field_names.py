"""Guessing the placeholder of an uploaded form's field from its name, in the languages
salons' forms come in, so a new form arrives mostly mapped."""

from __future__ import annotations

import pytest

from salon_crm.domain.documents.form_field_names import (
    guess_placeholder,
    short_name,
    suggested_mapping,
)
from salon_crm.domain.documents.placeholders import is_known


@pytest.mark.parametrize(
    ("field", "placeholder"),
    [
        ("F[0].Page_1[0].LastName[0]", "client.last_name"),
        ("Nazwisko", "client.last_name"),
        ("Фамилия", "client.last_name"),
        ("Прізвище", "client.last_name"),
        ("Imię", "client.first_name"),
        ("Ім'я", "client.first_name"),
        ("Imię i nazwisko", "client.full_name"),
        ("ФИО", "client.full_name"),
        ("Отчество", "client.middle_name"),
        ("По батькові", "client.middle_name"),
        ("DataUrodzenia", "client.birth_date"),
        ("Паспорт", "client.passport.number"),
        ("Серия паспорта", "client.passport.series"),
        ("Дата выдачи", "client.passport.issued_on"),
        ("Кем выдан", "client.passport.issued_by"),
        ("Tel.", "client.phone"),
        ("E-mail", "client.email"),
        ("Adres zamieszkania", "client.address"),
        ("Name[0]", "client.full_name"),
    ],
)
def test_a_field_name_suggests_its_placeholder(field: str, placeholder: str) -> None:
    assert guess_placeholder(field) == placeholder


def test_every_guess_is_a_known_placeholder() -> None:
    from salon_crm.domain.documents.form_field_names import GUESSES

    assert all(is_known(placeholder) for placeholder, _keys in GUESSES)


def test_a_short_key_matches_a_whole_word_only() -> None:
    assert guess_placeholder("Hotel") is None
    assert guess_placeholder("Signature") is None


def test_pesel_goes_to_the_salons_own_custom_field_when_there_is_one() -> None:
    assert guess_placeholder("F[0].PESEL[0]") is None
    assert guess_placeholder("F[0].PESEL[0]", {"pesel": "PESEL"}) == "client.custom.pesel"
    assert guess_placeholder("Numer PESEL", {"nr": "Numer PESEL"}) == "client.custom.nr"


def test_short_names_and_a_suggested_mapping_skip_what_says_nothing() -> None:
    assert short_name("F[0].Page_1[0].LastName[0]") == "LastName"
    assert short_name("city") == "city"
    fields = ["F[0].Nazwisko[0]", "F[0].Uwagi[0]", "F[0].Telefon[0]"]
    assert suggested_mapping(fields) == {
        "F[0].Nazwisko[0]": "client.last_name",
        "F[0].Telefon[0]": "client.phone",
    }
