"""The PDF of a filled document, read back with poppler's tools as a reader's viewer would:
the text as printed, the fonts embedded, the pages, the pictures and the drawn strokes."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path
from xml.etree import ElementTree

from PIL import Image, ImageChops
from pypdf import PdfReader
from pypdf.generic import ContentStream

from salon_crm.domain.documents.document_blocks import (
    Block,
    Clause,
    FilledDocument,
    Heading,
    Letterhead,
    PageBreak,
    Paragraph,
    Run,
    SignaturePlace,
    Signer,
    Stroke,
    Table,
)
from salon_crm.pdf.document_pdf import render_document

UKRAINIAN = "Ґаврилюк Євгенія Їжакевич-Іванівна"
RUSSIAN = "Щербакова Юлия Эдуардовна Ёлкина"
POLISH = "Łucja Żółkiewska-Ściegienna Ćwikła Ńąę Źrebięcka"
SALON = "Студія «Лілія»"
MARKUP = '<Anna & "Co"> </b><i>&amp;<br/>'


def _logo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (120, 60), (170, 60, 110)).save(out, "PNG")
    return out.getvalue()


def _document(blocks: list[Block], **fields: object) -> FilledDocument:
    values: dict[str, object] = {
        "title": "Договір",
        "blocks": tuple(blocks),
        "letterhead": Letterhead(SALON, ("ЄДРПОУ 12345678", "м. Київ"), _logo()),
        "number": "2026-0001",
    }
    values.update(fields)
    return FilledDocument(**values)  # type: ignore[arg-type]


def _write(tmp_path: Path, doc: FilledDocument, name: str = "document.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(render_document(doc))
    return path


def _run(*command: str | Path) -> str:
    return subprocess.run(
        [str(part) for part in command], check=True, capture_output=True, text=True
    ).stdout


def _text(pdf: Path, page: int | None = None) -> str:
    pages = ("-f", str(page), "-l", str(page)) if page else ()
    return _run("pdftotext", *pages, pdf, "-")


def _words(pdf: Path, page: int | None = None) -> str:
    """The text with every run of white space one space (lines joined)."""
    return " ".join(_text(pdf, page).split())


def _page_count(pdf: Path) -> int:
    return len(PdfReader(pdf).pages)


def _image(pdf: Path, page: int) -> Image.Image:
    prefix = pdf.with_suffix("")
    _run("pdftoppm", "-png", "-gray", "-r", "50", "-f", str(page), "-l", str(page), pdf, prefix)
    [png] = pdf.parent.glob(f"{prefix.name}-*{page}.png")
    image = Image.open(png)
    image.load()
    png.unlink()
    return image


def _signature(seed: float) -> tuple[Stroke, ...]:
    return (
        Stroke(tuple((t / 30, 0.2 + 0.6 * ((t * seed) % 7) / 7) for t in range(31))),
        Stroke(((0.5, 0.5),)),
    )


def test_names_in_ukrainian_russian_and_polish_print_exactly(tmp_path: Path) -> None:
    doc = _document(
        [
            Heading(1, (Run(UKRAINIAN),)),
            Paragraph((Run("Клієнт: "), Run(RUSSIAN, bold=True), Run(", паспорт КМ 123456"))),
            Clause("1.1.", (Run(POLISH, italic=True),)),
            Table((((Run("Ім'я"),), (Run("Imię"),)), ((Run(UKRAINIAN),), (Run(POLISH),))), True),
            SignaturePlace(Signer.CLIENT, POLISH),
        ]
    )
    text = _words(_write(tmp_path, doc))
    for expected in (UKRAINIAN, RUSSIAN, POLISH, "КМ 123456", SALON, "ЄДРПОУ 12345678"):
        assert expected in text
    assert text.count(POLISH) == 3  # the clause, the table cell, the signer's name


def test_every_font_is_embedded_dejavu(tmp_path: Path) -> None:
    doc = _document(
        [
            Paragraph((Run("звичайний "), Run("жирний", bold=True), Run(" курсив", italic=True))),
            Table((((Run("Łódź"),), (Run("Їжак", bold=True, italic=True),)),), header=True),
            SignaturePlace(Signer.EMPLOYEE, "Żaneta"),
        ]
    )
    rows = _run("pdffonts", _write(tmp_path, doc)).splitlines()[2:]
    assert rows
    names = set()
    for row in rows:
        name, *_, emb, _sub, _uni, _object, _generation = row.split()
        assert emb == "yes", row
        names.add(name.split("+")[-1])
    assert names == {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-Oblique",
        "DejaVuSans-BoldOblique",
    }


def test_markup_characters_in_values_print_literally(tmp_path: Path) -> None:
    doc = _document(
        [
            Paragraph((Run("Клієнт "), Run(MARKUP, bold=True))),
            Heading(2, (Run(MARKUP),)),
            Clause("1.", (Run(MARKUP, italic=True),)),
            Table((((Run(MARKUP),), (Run("x"),)),)),
            SignaturePlace(Signer.CLIENT, MARKUP),
        ],
        title=MARKUP,
        number=MARKUP,
        letterhead=Letterhead(MARKUP, (MARKUP,)),
    )
    text = _words(_write(tmp_path, doc))
    assert text.count(MARKUP) == 9  # the title and number, the letterhead's two, five blocks


def test_a_long_document_breaks_across_numbered_pages(tmp_path: Path) -> None:
    clauses: list[Block] = [
        Clause(f"{n}.", (Run(f"Пункт {n} починається. " + "Текст умови договору. " * 6),))
        for n in range(1, 201)
    ]
    rows = tuple(((Run(f"{n}"),), (Run(f"Послуга {n}\nрядок два {n}"),)) for n in range(1, 121))
    table = Table((((Run("Номер"),), (Run("Назва послуги"),)), *rows), header=True)
    pdf = _write(tmp_path, _document([*clauses, table], page_label="Сторінка {page} з {pages}"))
    pages = _page_count(pdf)
    assert pages >= 8
    texts = [_words(pdf, page) for page in range(1, pages + 1)]
    table_pages = []
    for page, text in enumerate(texts, start=1):
        assert f"Сторінка {page} з {pages}" in text
        assert SALON in text
        if "Послуга " in text:
            table_pages.append(page)
            assert "Номер Назва послуги" in text  # the header row, again on each page
    assert len(table_pages) >= 3
    whole = " ".join(texts)
    for n in range(1, 121):
        # A row is never cut: both of its lines are on one page.
        assert sum(f"Послуга {n} рядок два {n} " in text for text in texts) == 1, n
    starts = [whole.index(f" Пункт {n} починається") for n in range(1, 201)]
    assert starts == sorted(starts)


def test_the_logo_is_on_every_page(tmp_path: Path) -> None:
    blocks: list[Block] = [Paragraph((Run("Перша"),)), PageBreak(), Paragraph((Run("Друга"),))]
    pdf = _write(tmp_path, _document(blocks))
    assert _page_count(pdf) == 2
    assert "Друга" in _text(pdf, 2) and "Друга" not in _text(pdf, 1)
    images = _run("pdfimages", "-list", pdf).splitlines()[2:]
    assert sorted(int(row.split()[0]) for row in images) == [1, 2]
    without = _write(tmp_path, _document(blocks, letterhead=Letterhead(SALON)), "plain.pdf")
    assert _run("pdfimages", "-list", without).splitlines()[2:] == []
    assert SALON in _text(without, 2)


def test_a_blank_value_prints_a_line_to_fill_in(tmp_path: Path) -> None:
    doc = _document(
        [
            Paragraph((Run("Паспорт: "), Run("", blank=True), Run(" виданий"))),
            Table((((Run("Телефон"),), (Run("", blank=True),)),)),
        ]
    )
    text = _words(_write(tmp_path, doc))
    assert re.search(r"Паспорт: _{20,} виданий", text)
    assert re.search(r"Телефон _{10,}", text)


def _curves(pdf: Path) -> int:
    """How many Bézier segments the last page's content draws."""
    reader = PdfReader(pdf)
    page = reader.pages[-1]
    operations = ContentStream(page.get_contents(), reader).operations
    return sum(operator == b"c" for _, operator in operations)


def test_signatures_are_drawn_as_vector_strokes_in_their_places(tmp_path: Path) -> None:
    places: list[Block] = [
        Paragraph((Run("Підписи сторін"),)),
        SignaturePlace(Signer.EMPLOYEE, "Олена Коваль"),
        SignaturePlace(Signer.CLIENT, UKRAINIAN),
    ]
    unsigned = _write(tmp_path, _document(places), "unsigned.pdf")
    client = _write(
        tmp_path, _document(places, signatures={Signer.CLIENT: _signature(3)}), "client.pdf"
    )
    employee = _write(
        tmp_path, _document(places, signatures={Signer.EMPLOYEE: _signature(5)}), "employee.pdf"
    )
    assert _curves(unsigned) == 0
    assert _curves(client) >= 25
    assert _images_in(client) == _images_in(unsigned)  # the logo only: no picture of strokes

    blank = _image(unsigned, 1)
    middle = blank.width / 2
    client_ink = ImageChops.difference(blank, _image(client, 1)).getbbox()
    employee_ink = ImageChops.difference(blank, _image(employee, 1)).getbbox()
    assert client_ink is not None and employee_ink is not None
    # Side by side in the template's order, as its table of the parties puts them.
    assert employee_ink[2] < middle < client_ink[0]
    # Each signer's name is printed under their line.
    words = _words(unsigned)
    assert "Олена Коваль" in words and UKRAINIAN in words


def _images_in(pdf: Path) -> int:
    return len(_run("pdfimages", "-list", pdf).splitlines()[2:])


def test_clause_text_hangs_beside_its_number(tmp_path: Path) -> None:
    doc = _document(
        [
            Clause("1.", (Run("Короткий пункт."),)),
            Clause("12.10.", (Run("Довгий пункт договору, що займає кілька рядків. " * 6),)),
        ]
    )
    layout = _run("pdftotext", "-bbox", _write(tmp_path, doc), "-")
    namespace = {"x": "http://www.w3.org/1999/xhtml"}
    lines: dict[float, list[tuple[str, float]]] = {}
    for word in ElementTree.fromstring(layout).iterfind(".//x:word", namespace):
        lines.setdefault(float(word.get("yMax", 0)), []).append(
            (word.text or "", float(word.get("xMin", 0)))
        )
    rows = [sorted(words, key=lambda word: word[1]) for _, words in sorted(lines.items())]
    [numbered] = [index for index, words in enumerate(rows) if words[0][0] == "12.10."]
    [short] = [words for words in rows if words[0][0] == "1."]
    number_x = rows[numbered][0][1]
    text_x = rows[numbered][1][1]
    following = [words[0][1] for words in rows[numbered + 1 : numbered + 4]]
    assert len(following) == 3
    # The text starts right of the numbers' column on every line of the clause, and at the
    # same place in both clauses: the column is as wide as the widest number. (Within a
    # point: letters' side bearings differ.)
    assert text_x - number_x > 30
    assert all(abs(x - text_x) < 1 for x in following)
    assert short[0][1] == number_x
    assert abs(short[1][1] - text_x) < 1


def test_a_text_that_opens_with_its_own_heading_is_not_titled_twice(tmp_path: Path) -> None:
    doc = _document(
        [Heading(1, (Run("Договір № 2026-0001"),)), Paragraph((Run("Текст"),))],
        title="Договір про надання послуг",
        number="2026-0001",
    )
    text = _words(_write(tmp_path, doc))
    assert "Договір про надання послуг" not in text and text.count("2026-0001") == 1
