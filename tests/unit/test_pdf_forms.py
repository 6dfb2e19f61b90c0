"""Filling the salon's own PDF forms: the forms are built here the way real ones come
(flat and nested names, an empty password, XFA beside the AcroForm, two pages, a turned
page), filled with Cyrillic and Polish values and read back with poppler's tools."""

from __future__ import annotations

import html
import io
import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    NameObject,
    NumberObject,
)
from reportlab.lib.pagesizes import A4

from salon_crm.pdf.pdf_forms import (
    CHECK_MARK,
    PdfFormError,
    PdfFormProblem,
    Rect,
    fill_form,
    form_fields,
    is_ticked,
)
from tests.pdf_form_files import (
    FLAT,
    Box,
    encrypted,
    form_pdf,
    nested,
    plain_pdf,
    with_xfa,
    written,
)

UKRAINIAN = "Коваль Ґанна Їжакова"
POLISH = "Łucja Źdźbło-Żółć"
RUSSIAN = "Щёткина Юлия Эдуардовна"


def _text(pdf: bytes, tmp_path: Path, *options: str) -> str:
    path = tmp_path / "filled.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
    )
    return result.stdout


_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


def _word_boxes(pdf: bytes, tmp_path: Path) -> list[tuple[str, Rect]]:
    """Each word with its box in points, turned into PDF space (y up) of an A4 page."""
    page_height = A4[1]
    return [
        (
            html.unescape(word),
            Rect(
                left=float(x1),
                bottom=page_height - float(y2),
                right=float(x2),
                top=page_height - float(y1),
            ),
        )
        for x1, y1, x2, y2, word in _WORD.findall(_text(pdf, tmp_path, "-bbox"))
    ]


def _words(pdf: bytes, tmp_path: Path) -> dict[str, Rect]:
    return dict(_word_boxes(pdf, tmp_path))


def _inside(word: Rect, field: Rect) -> bool:
    return (
        field.left <= word.left
        and word.right <= field.right
        and field.bottom <= word.bottom
        and word.top <= field.top
    )


def _assert_flattened(pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.get_fields() is None
    assert "/AcroForm" not in reader.trailer["/Root"]
    for page in reader.pages:
        annots = page.get("/Annots", [])
        assert all(a.get_object()["/Subtype"] != "/Widget" for a in annots)


def test_flat_form_lists_its_text_fields_with_their_places() -> None:
    fields = form_fields(form_pdf(FLAT))

    assert [f.name for f in fields] == ["name", "city", "notes"]
    name, _, notes = fields
    assert name.page == 1
    assert name.rect == Rect(left=60, bottom=700, right=300, top=722)
    assert not name.multiline
    assert notes.multiline
    assert name.max_length == 100  # reportlab's default /MaxLen


def test_filled_flat_form_reads_back_exactly_and_has_no_fields_left(tmp_path: Path) -> None:
    filled = fill_form(form_pdf(FLAT), {"name": UKRAINIAN, "city": POLISH, "notes": RUSSIAN})

    text = _text(filled, tmp_path)
    for value in (UKRAINIAN, POLISH, RUSSIAN):
        assert value in text
    _assert_flattened(filled)


def test_filled_form_embeds_dejavu(tmp_path: Path) -> None:
    path = tmp_path / "filled.pdf"
    path.write_bytes(fill_form(form_pdf(FLAT), {"name": UKRAINIAN}))

    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, check=True, text=True
    ).stdout.splitlines()[2:]

    dejavu = [line for line in fonts if "DejaVuSans" in line]
    assert dejavu
    # Columns: name type encoding emb sub uni object ID; "emb" is the 4th from the end.
    assert all(line.split()[-5] == "yes" for line in dejavu)


def test_a_value_is_drawn_inside_its_field_and_centred_vertically(tmp_path: Path) -> None:
    filled = fill_form(form_pdf(FLAT), {"name": "Коваль"})

    word = _words(filled, tmp_path)["Коваль"]
    field = Rect(left=60, bottom=700, right=300, top=722)
    assert _inside(word, field)
    middle = (word.bottom + word.top) / 2
    assert abs(middle - (field.bottom + field.top) / 2) < 2


def test_a_long_value_shrinks_to_the_field_width(tmp_path: Path) -> None:
    narrow = [Box("name", 60, 700, width=90)]
    value = "Констанція-Ґардецька"

    filled = fill_form(form_pdf(narrow), {"name": value})

    word = _words(filled, tmp_path)[value]
    assert _inside(word, Rect(left=60, bottom=700, right=150, top=722))


def test_a_multiline_field_wraps_inside_its_rectangle(tmp_path: Path) -> None:
    value = " ".join([RUSSIAN, UKRAINIAN, POLISH] * 2)

    filled = fill_form(form_pdf(FLAT), {"notes": value})

    field = Rect(left=60, bottom=520, right=260, top=600)
    crop = ["-x", "60", "-y", f"{A4[1] - 600:.0f}", "-W", "200", "-H", "80"]
    text = _text(filled, tmp_path, *crop)
    assert " ".join(text.split()) == value
    assert len(text.strip().splitlines()) > 1
    words = _words(filled, tmp_path)
    assert all(_inside(words[word], field) for word in value.split())


def test_a_comb_field_gets_one_character_in_each_cell(tmp_path: Path) -> None:
    form = form_pdf([Box("pesel", 60, 700, width=220, comb_cells=11)])
    assert form_fields(form)[0].max_length == 11

    filled = fill_form(form, {"pesel": "44051401359"})

    words = _word_boxes(filled, tmp_path)
    for position, digit in enumerate("44051401359"):
        boxes = [box for word, box in words if word == digit]
        cell_middle = 60 + 20 * (position + 0.5)
        assert any(abs((b.left + b.right) / 2 - cell_middle) < 1 for b in boxes)
    assert "".join(_text(filled, tmp_path).split()) == "pesel44051401359"


def test_nested_names_are_joined_as_the_form_has_them(tmp_path: Path) -> None:
    form = nested(form_pdf(FLAT))

    names = [f.name for f in form_fields(form)]
    assert names == ["F[0].Page_1[0].name[0]", "F[0].Page_1[0].city[0]", "F[0].Page_1[0].notes[0]"]

    filled = fill_form(form, {"F[0].Page_1[0].name[0]": UKRAINIAN})
    assert UKRAINIAN in _text(filled, tmp_path)
    _assert_flattened(filled)


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-256"])
def test_a_form_encrypted_with_an_empty_password_is_filled(tmp_path: Path, algorithm: str) -> None:
    form = encrypted(nested(form_pdf(FLAT)), "", algorithm)
    assert PdfReader(io.BytesIO(form)).is_encrypted

    assert len(form_fields(form)) == 3
    filled = fill_form(form, {"F[0].Page_1[0].city[0]": POLISH})

    assert POLISH in _text(filled, tmp_path)
    _assert_flattened(filled)


def test_a_two_page_form_is_filled_on_each_page(tmp_path: Path) -> None:
    form = form_pdf([Box("first", 60, 700)], [Box("second", 60, 400)])
    assert [(f.name, f.page) for f in form_fields(form)] == [("first", 1), ("second", 2)]

    filled = fill_form(form, {"first": UKRAINIAN, "second": POLISH})

    assert len(PdfReader(io.BytesIO(filled)).pages) == 2
    assert _text(filled, tmp_path, "-f", "1", "-l", "1").strip() == f"first\n{UKRAINIAN}"
    assert POLISH in _text(filled, tmp_path, "-f", "2", "-l", "2")
    assert UKRAINIAN not in _text(filled, tmp_path, "-f", "2", "-l", "2")


def test_a_form_with_xfa_is_filled_from_its_acroform_and_loses_the_xfa(
    tmp_path: Path,
) -> None:
    form = with_xfa(form_pdf(FLAT))

    filled = fill_form(form, {"name": UKRAINIAN})

    assert UKRAINIAN in _text(filled, tmp_path)
    assert b"xfa-template" not in filled
    _assert_flattened(filled)


def _reads_across(pdf: bytes, word: str, tmp_path: Path) -> bool:
    """Whether `word` runs across the page as shown (not down it)."""
    box = _words(pdf, tmp_path)[word]
    return box.width > box.height


def test_a_turned_page_keeps_its_size_and_turn_and_values_run_along_its_labels(
    tmp_path: Path,
) -> None:
    filled = fill_form(form_pdf(FLAT, rotate=90), {"name": "Коваль"})

    page = PdfReader(io.BytesIO(filled)).pages[0]
    assert page.rotation == 90
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4)
    assert not _reads_across(filled, "name", tmp_path)
    assert not _reads_across(filled, "Коваль", tmp_path)


def test_a_landscape_form_on_a_turned_page_gets_upright_values(tmp_path: Path) -> None:
    """A landscape form kept as a portrait page with /Rotate 90: its fields are tall in
    the page's own space and say /MK /R 90, so their values read across the screen."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(form_pdf([Box("name", 300, 60, 22, 240)]))))
    page = writer.pages[0]
    page.rotate(90)
    for annotation in page["/Annots"]:
        look = annotation.get_object()["/MK"]
        look[NameObject("/R")] = NumberObject(90)

    filled = fill_form(written(writer), {"name": "Коваль"})

    assert _reads_across(filled, "Коваль", tmp_path)


def test_a_field_left_out_keeps_the_forms_value_and_an_empty_value_clears_it(
    tmp_path: Path,
) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(form_pdf(FLAT))))
    writer.update_page_form_field_values(
        writer.pages[0], {"name": "Олена", "city": "Львів"}, auto_regenerate=False
    )
    form = written(writer)

    filled = fill_form(form, {"city": ""})

    text = _text(filled, tmp_path)
    assert "Олена" in text
    assert "Львів" not in text


def test_an_unknown_field_is_refused_by_name() -> None:
    with pytest.raises(PdfFormError) as caught:
        fill_form(form_pdf(FLAT), {"name": UKRAINIAN, "surname": "x", "Name": "y"})

    assert caught.value.problem is PdfFormProblem.UNKNOWN_FIELD
    assert caught.value.fields == ("Name", "surname")


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (plain_pdf, PdfFormProblem.NO_FORM),
        (lambda: b"not a pdf at all", PdfFormProblem.DAMAGED),
        (lambda: form_pdf(FLAT)[:400], PdfFormProblem.DAMAGED),
        (lambda: encrypted(form_pdf(FLAT), "secret"), PdfFormProblem.PASSWORD),
    ],
    ids=["no form", "not a pdf", "cut short", "password"],
)
def test_a_file_that_is_no_usable_form_says_why(make, problem) -> None:  # type: ignore[no-untyped-def]
    data = make()
    for call in (lambda: form_fields(data), lambda: fill_form(data, {})):
        with pytest.raises(PdfFormError) as caught:
            call()
        assert caught.value.problem is problem


CHECKS = [
    Box("name", 60, 700),
    Box("agree", 60, 650, check=False),
    Box("photos", 60, 600, check=True),
    Box("choice", 60, 550, radio=True),
]


def test_check_boxes_are_listed_and_radio_buttons_are_not() -> None:
    fields = {f.name: f.check_box for f in form_fields(form_pdf(CHECKS))}
    assert fields == {"name": False, "agree": True, "photos": True}


@pytest.mark.parametrize(
    ("value", "ticked"),
    [("yes", True), ("anna@example.com", True), ("", False), ("no", False), ("Nie", False)],
)
def test_what_ticks_a_check_box(value: str, ticked: bool) -> None:
    assert is_ticked(value) is ticked


def test_a_ticked_check_box_gets_a_mark_inside_it_and_an_unticked_one_none(
    tmp_path: Path,
) -> None:
    filled = fill_form(form_pdf(CHECKS), {"agree": "yes", "photos": "no"})

    marks = [box for word, box in _word_boxes(filled, tmp_path) if word == CHECK_MARK]
    assert len(marks) == 1
    assert _inside(marks[0], Rect(left=60, bottom=650, right=82, top=672))
    _assert_flattened(filled)


def test_a_check_box_left_out_keeps_the_forms_tick(tmp_path: Path) -> None:
    filled = fill_form(form_pdf(CHECKS), {"name": "Олена"})

    marks = [box for word, box in _word_boxes(filled, tmp_path) if word == CHECK_MARK]
    assert len(marks) == 1
    assert _inside(marks[0], Rect(left=60, bottom=600, right=82, top=622))
