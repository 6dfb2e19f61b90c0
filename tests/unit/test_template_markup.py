"""The template markup an owner types: its blocks, its placeholders, a misspelled one
refused before saving, values printed as they are, missing ones named or left blank."""

from __future__ import annotations

import pytest

from salon_crm.domain.documents.document_blocks import (
    Clause,
    Heading,
    PageBreak,
    Paragraph,
    Run,
    SignaturePlace,
    Signer,
    Table,
)
from salon_crm.domain.documents.placeholders import BY_NAME, CATALOGUE, is_known
from salon_crm.domain.documents.template_check import template_errors
from salon_crm.domain.documents.template_markup import (
    MissingValuesError,
    fill,
    parse,
    placeholder_names,
)

TEXT = """# Service contract No. {{document.number}}

Kyiv, {{document.date}}

**{{salon.legal_name}}**, hereinafter the *Contractor*, and
{{client.full_name}}, hereinafter the Client, agree:

1. The Contractor provides cosmetic services.
2.1. The price is agreed before the procedure \\* (see the price list).

| Service | Price |
|---|---|
| {{procedure.name}} | {{procedure.price}} |

---
[[signature:client]]
[[signature:employee]]
"""

VALUES = {
    "document.number": "2026-0001",
    "document.date": "12 березня 2026",
    "salon.legal_name": "ФОП Коваль Ґ. І.",
    "client.full_name": "Łucja <Źdźbło> & *Co*",
    "procedure.name": "Пілінг",
    "procedure.price": "1 200,00 ₴",
}


def test_the_blocks_of_a_template() -> None:
    blocks = fill(parse(TEXT), VALUES, signer_names={Signer.CLIENT: "Łucja"})
    kinds = [type(block) for block in blocks]
    assert kinds == [
        Heading, Paragraph, Paragraph, Clause, Clause, Table, PageBreak,
        SignaturePlace, SignaturePlace,
    ]  # fmt: skip
    heading, _place, parties, first, second, table, _page, client, employee = blocks
    assert isinstance(heading, Heading) and heading.level == 1
    assert "".join(r.text for r in heading.runs) == "Service contract No. 2026-0001"
    assert isinstance(parties, Paragraph)
    assert parties.runs[0] == Run("ФОП Коваль Ґ. І.", bold=True)
    assert Run("Contractor", italic=True) in parties.runs
    # A value is text: its markup characters are kept, not read as markup.
    assert Run("Łucja <Źdźbło> & *Co*") in parties.runs
    assert isinstance(first, Clause) and first.number == "1."
    assert isinstance(second, Clause) and second.number == "2.1."
    assert "* (see" in "".join(r.text for r in second.runs)
    assert isinstance(table, Table) and table.header and len(table.rows) == 2
    assert table.rows[1][1] == (Run("1 200,00 ₴"),)
    assert client == SignaturePlace(Signer.CLIENT, "Łucja")
    assert employee == SignaturePlace(Signer.EMPLOYEE, "")


def test_missing_values_are_named_or_left_to_fill_by_hand() -> None:
    blocks = parse(TEXT)
    partial = {k: v for k, v in VALUES.items() if k != "client.full_name"} | {
        "procedure.price": "  "
    }
    with pytest.raises(MissingValuesError) as caught:
        fill(blocks, partial)
    assert caught.value.names == ("client.full_name", "procedure.price")
    filled = fill(blocks, partial, blank_missing=True)
    parties = filled[2]
    assert isinstance(parties, Paragraph) and Run("", blank=True) in parties.runs


def test_the_placeholders_a_template_uses_in_order() -> None:
    assert placeholder_names(parse(TEXT)) == [
        "document.number", "document.date", "salon.legal_name", "client.full_name",
        "procedure.name", "procedure.price",
    ]  # fmt: skip


def test_a_misspelled_or_unclosed_placeholder_is_refused_before_saving() -> None:
    errors = template_errors("Dear {{client.ful_name}}, {{client.first_name}} {{today")
    messages = [error.message for error in errors]
    assert messages == [
        "A placeholder is not closed: “Dear {{client.ful_name}}, {{client.first_name}} {{today”.",
        "Unknown placeholder {{client.ful_name}}: pick it from the list of placeholders.",
    ]
    assert template_errors(TEXT) == []


def test_custom_fields_are_placeholders_too() -> None:
    assert is_known("client.custom.skin_type", frozenset({"skin_type"}))
    assert not is_known("client.custom.skin_type")
    errors = template_errors("{{client.custom.hair}}", custom_keys=frozenset({"skin_type"}))
    assert len(errors) == 1


def test_every_catalogue_name_is_unique_and_labelled() -> None:
    assert len(BY_NAME) == len(CATALOGUE)
    assert all(p.label and ("." in p.name or p.name == "today") for p in CATALOGUE)
