"""Filling the salon's own PDF forms: the forms are built here the way real ones come
(flat and nested names, an empty password, XFA beside the AcroForm, two pages, a turned
page), filled with Cyrillic and Polish values and read back with poppler's tools."""

from __future__ import annotations

import html
import io
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from salon_crm.pdf.pdf_forms import (
    PdfFormError,
    PdfFormProblem,
    Rect,
    fill_form,
    form_fields,
)

UKRAINIAN = "Коваль Ґанна Їжакова"
POLISH = "Łucja Źdźbło-Żółć"
RUSSIAN = "Щёткина Юлия Эдуардовна"


@dataclass(frozen=True)
class Box:
    name: str
    x: float
    y: float
    width: float = 240
    height: float = 22
    multiline: bool = False
    comb_cells: int | None = None


def _form(*pages: list[Box], rotate: int = 0) -> bytes:
    """A form of reportlab text fields, a page per list, with a printed label per field."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for boxes in pages:
        canvas.setFont("Helvetica", 10)
        for box in boxes:
            canvas.drawString(box.x, box.y + box.height + 4, box.name)
            canvas.acroForm.textfield(
                name=box.name,
                x=box.x,
                y=box.y,
                width=box.width,
                height=box.height,
                fieldFlags="multiline" if box.multiline else "comb" if box.comb_cells else "",
                maxlen=box.comb_cells or 100,
                fontName="Helvetica",
                fontSize=10,
            )
        canvas.showPage()
    canvas.save()
    if not rotate:
        return buffer.getvalue()
    writer = PdfWriter(clone_from=PdfReader(buffer))
    for page in writer.pages:
        page.rotate(rotate)
    return _written(writer)


def _written(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


FLAT = [
    Box("name", 60, 700),
    Box("city", 60, 650),
    Box("notes", 60, 520, width=200, height=80, multiline=True),
]


def _nested(data: bytes) -> bytes:
    """The form's fields moved under `F[0]` → `Page_1[0]`, each renamed `<name>[0]`, as
    forms made in LiveCycle name them (`F[0].Page_1[0].name[0]`)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    form = writer.root_object["/AcroForm"]
    root = DictionaryObject({NameObject("/T"): TextStringObject("F[0]")})
    page = DictionaryObject({NameObject("/T"): TextStringObject("Page_1[0]")})
    root_ref = writer._add_object(root)
    page_ref = writer._add_object(page)
    kids = ArrayObject()
    for field_ref in form["/Fields"]:
        field = field_ref.get_object()
        field[NameObject("/T")] = TextStringObject(f"{field['/T']}[0]")
        field[NameObject("/Parent")] = page_ref
        kids.append(field_ref)
    page[NameObject("/Kids")] = kids
    page[NameObject("/Parent")] = root_ref
    root[NameObject("/Kids")] = ArrayObject([page_ref])
    form[NameObject("/Fields")] = ArrayObject([root_ref])
    return _written(writer)


def _encrypted(data: bytes, password: str, algorithm: str = "RC4-128") -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(password, algorithm=algorithm)
    return _written(writer)


def _with_xfa(data: bytes) -> bytes:
    """XFA beside the AcroForm, as forms saved by LiveCycle Designer carry it."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    template = DecodedStreamObject()
    template.set_data(b'<template xmlns="http://www.xfa.org/schema/xfa-template/3.3/"/>')
    form = writer.root_object["/AcroForm"]
    form[NameObject("/XFA")] = ArrayObject(
        [TextStringObject("template"), writer._add_object(template)]
    )
    return _written(writer)


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
    fields = form_fields(_form(FLAT))

    assert [f.name for f in fields] == ["name", "city", "notes"]
    name, _, notes = fields
    assert name.page == 1
    assert name.rect == Rect(left=60, bottom=700, right=300, top=722)
    assert not name.multiline
    assert notes.multiline
    assert name.max_length == 100  # reportlab's default /MaxLen


def test_filled_flat_form_reads_back_exactly_and_has_no_fields_left(tmp_path: Path) -> None:
    filled = fill_form(_form(FLAT), {"name": UKRAINIAN, "city": POLISH, "notes": RUSSIAN})

    text = _text(filled, tmp_path)
    for value in (UKRAINIAN, POLISH, RUSSIAN):
        assert value in text
    _assert_flattened(filled)


def test_filled_form_embeds_dejavu(tmp_path: Path) -> None:
    path = tmp_path / "filled.pdf"
    path.write_bytes(fill_form(_form(FLAT), {"name": UKRAINIAN}))

    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, check=True, text=True
    ).stdout.splitlines()[2:]

    dejavu = [line for line in fonts if "DejaVuSans" in line]
    assert dejavu
    # Columns: name type encoding emb sub uni object ID; "emb" is the 4th from the end.
    assert all(line.split()[-5] == "yes" for line in dejavu)


def test_a_value_is_drawn_inside_its_field_and_centred_vertically(tmp_path: Path) -> None:
    filled = fill_form(_form(FLAT), {"name": "Коваль"})

    word = _words(filled, tmp_path)["Коваль"]
    field = Rect(left=60, bottom=700, right=300, top=722)
    assert _inside(word, field)
    middle = (word.bottom + word.top) / 2
    assert abs(middle - (field.bottom + field.top) / 2) < 2


def test_a_long_value_shrinks_to_the_field_width(tmp_path: Path) -> None:
    narrow = [Box("name", 60, 700, width=90)]
    value = "Констанція-Ґардецька"

    filled = fill_form(_form(narrow), {"name": value})

    word = _words(filled, tmp_path)[value]
    assert _inside(word, Rect(left=60, bottom=700, right=150, top=722))


def test_a_multiline_field_wraps_inside_its_rectangle(tmp_path: Path) -> None:
    value = " ".join([RUSSIAN, UKRAINIAN, POLISH] * 2)

    filled = fill_form(_form(FLAT), {"notes": value})

    field = Rect(left=60, bottom=520, right=260, top=600)
    crop = ["-x", "60", "-y", f"{A4[1] - 600:.0f}", "-W", "200", "-H", "80"]
    text = _text(filled, tmp_path, *crop)
    assert " ".join(text.split()) == value
    assert len(text.strip().splitlines()) > 1
    words = _words(filled, tmp_path)
    assert all(_inside(words[word], field) for word in value.split())


def test_a_comb_field_gets_one_character_in_each_cell(tmp_path: Path) -> None:
    form = _form([Box("pesel", 60, 700, width=220, comb_cells=11)])
    assert form_fields(form)[0].max_length == 11

    filled = fill_form(form, {"pesel": "44051401359"})

    words = _word_boxes(filled, tmp_path)
    for position, digit in enumerate("44051401359"):
        boxes = [box for word, box in words if word == digit]
        cell_middle = 60 + 20 * (position + 0.5)
        assert any(abs((b.left + b.right) / 2 - cell_middle) < 1 for b in boxes)
    assert "".join(_text(filled, tmp_path).split()) == "pesel44051401359"


def test_nested_names_are_joined_as_the_form_has_them(tmp_path: Path) -> None:
    form = _nested(_form(FLAT))

    names = [f.name for f in form_fields(form)]
    assert names == ["F[0].Page_1[0].name[0]", "F[0].Page_1[0].city[0]", "F[0].Page_1[0].notes[0]"]

    filled = fill_form(form, {"F[0].Page_1[0].name[0]": UKRAINIAN})
    assert UKRAINIAN in _text(filled, tmp_path)
    _assert_flattened(filled)


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-256"])
def test_a_form_encrypted_with_an_empty_password_is_filled(tmp_path: Path, algorithm: str) -> None:
    form = _encrypted(_nested(_form(FLAT)), "", algorithm)
    assert PdfReader(io.BytesIO(form)).is_encrypted

    assert len(form_fields(form)) == 3
    filled = fill_form(form, {"F[0].Page_1[0].city[0]": POLISH})

    assert POLISH in _text(filled, tmp_path)
    _assert_flattened(filled)


def test_a_two_page_form_is_filled_on_each_page(tmp_path: Path) -> None:
    form = _form([Box("first", 60, 700)], [Box("second", 60, 400)])
    assert [(f.name, f.page) for f in form_fields(form)] == [("first", 1), ("second", 2)]

    filled = fill_form(form, {"first": UKRAINIAN, "second": POLISH})

    assert len(PdfReader(io.BytesIO(filled)).pages) == 2
    assert _text(filled, tmp_path, "-f", "1", "-l", "1").strip() == f"first\n{UKRAINIAN}"
    assert POLISH in _text(filled, tmp_path, "-f", "2", "-l", "2")
    assert UKRAINIAN not in _text(filled, tmp_path, "-f", "2", "-l", "2")


def test_a_form_with_xfa_is_filled_from_its_acroform_and_loses_the_xfa(
    tmp_path: Path,
) -> None:
    form = _with_xfa(_form(FLAT))

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
    filled = fill_form(_form(FLAT, rotate=90), {"name": "Коваль"})

    page = PdfReader(io.BytesIO(filled)).pages[0]
    assert page.rotation == 90
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4)
    assert not _reads_across(filled, "name", tmp_path)
    assert not _reads_across(filled, "Коваль", tmp_path)


def test_a_landscape_form_on_a_turned_page_gets_upright_values(tmp_path: Path) -> None:
    """A landscape form kept as a portrait page with /Rotate 90: its fields are tall in
    the page's own space and say /MK /R 90, so their values read across the screen."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_form([Box("name", 300, 60, 22, 240)]))))
    page = writer.pages[0]
    page.rotate(90)
    for annotation in page["/Annots"]:
        look = annotation.get_object()["/MK"]
        look[NameObject("/R")] = NumberObject(90)

    filled = fill_form(_written(writer), {"name": "Коваль"})

    assert _reads_across(filled, "Коваль", tmp_path)


def test_a_field_left_out_keeps_the_forms_value_and_an_empty_value_clears_it(
    tmp_path: Path,
) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_form(FLAT))))
    writer.update_page_form_field_values(
        writer.pages[0], {"name": "Олена", "city": "Львів"}, auto_regenerate=False
    )
    form = _written(writer)

    filled = fill_form(form, {"city": ""})

    text = _text(filled, tmp_path)
    assert "Олена" in text
    assert "Львів" not in text


def test_an_unknown_field_is_refused_by_name() -> None:
    with pytest.raises(PdfFormError) as caught:
        fill_form(_form(FLAT), {"name": UKRAINIAN, "surname": "x", "Name": "y"})

    assert caught.value.problem is PdfFormProblem.UNKNOWN_FIELD
    assert caught.value.fields == ("Name", "surname")


def _plain_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.drawString(60, 700, "No form here")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (_plain_pdf, PdfFormProblem.NO_FORM),
        (lambda: b"not a pdf at all", PdfFormProblem.DAMAGED),
        (lambda: _form(FLAT)[:400], PdfFormProblem.DAMAGED),
        (lambda: _encrypted(_form(FLAT), "secret"), PdfFormProblem.PASSWORD),
    ],
    ids=["no form", "not a pdf", "cut short", "password"],
)
def test_a_file_that_is_no_usable_form_says_why(make, problem) -> None:  # type: ignore[no-untyped-def]
    data = make()
    for call in (lambda: form_fields(data), lambda: fill_form(data, {})):
        with pytest.raises(PdfFormError) as caught:
            call()
        assert caught.value.problem is problem
