"""The demo's name tables are package data files, and they agree with each other."""

from __future__ import annotations

from importlib import resources

from salon_crm.demo.tables import tables
from salon_crm.demo.words import feminine, latin
from salon_crm.domain.common.enums import CustomFieldType


def test_tables_are_package_data_files() -> None:
    data = resources.files("salon_crm.demo").joinpath("data")
    names = sorted(entry.name for entry in data.iterdir())
    assert "culture_uk.json" in names and "salons.json" in names
    assert all(name.endswith(".json") for name in names)


def test_every_salon_country_has_everything_its_clients_need() -> None:
    t = tables()
    for country, mix in t.mixes.items():
        assert country in t.salons
        for group in mix:
            assert group.weight > 0
            assert t.mobile_prefixes[group.region] and group.region in t.places
            assert group.culture.language in t.lists.regular_tag


def test_lists_are_consistent() -> None:
    lists = tables().lists
    assert set(lists.regular_tag.values()) <= set(lists.tags)
    assert len(lists.sources) == len(lists.source_weights) and min(lists.source_weights) > 0
    skin = lists.custom_fields[lists.field_id("skin_type") - 1]
    assert skin.field_type is CustomFieldType.CHOICE and skin.choices
    assert len({f.key for f in lists.custom_fields}) == len(lists.custom_fields)


def test_name_days_are_for_polish_first_names() -> None:
    t = tables()
    polish = t.cultures["pl"]
    assert set(t.name_days) <= set(polish.female_names + polish.male_names)
    assert all(1 <= month <= 12 and 1 <= day <= 31 for month, day in t.name_days.values())


def test_weighted_email_domains_keep_their_order() -> None:
    domains = tables().cultures["uk"].email_domains
    assert domains[:10] == ("gmail.com",) * 10 and domains[10] == "ukr.net"


def test_name_grammar() -> None:
    assert feminine("Ковальський", "uk") == "Ковальська"
    assert feminine("Иванов", "ru") == "Иванова"
    assert feminine("Шевченко", "uk") == "Шевченко"
    assert feminine("Kowalski", "pl") == "Kowalska"
    assert latin("Юлія", "uk") == "iuliia"
    assert latin("Юлия", "ru") == "yuliya"
