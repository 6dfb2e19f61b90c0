"""Fillable PDF forms built the way real ones come: reportlab text fields, names nested
under `F[0].Page_1[0]` as LiveCycle names them, an empty password, XFA beside the
AcroForm; and a plain PDF with no form."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    TextStringObject,
)
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas


@dataclass(frozen=True)
class Box:
    name: str
    x: float
    y: float
    width: float = 240
    height: float = 22
    multiline: bool = False
    comb_cells: int | None = None
    check: bool | None = None
    """A check box instead of a text field (`height` square), ticked when True."""
    radio: bool = False
    """Two radio buttons instead (the choices "a" and "b")."""


def form_pdf(*pages: list[Box], rotate: int = 0) -> bytes:
    """A form of reportlab fields, a page per list, with a printed label per field."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for boxes in pages:
        canvas.setFont("Helvetica", 10)
        for box in boxes:
            canvas.drawString(box.x, box.y + box.height + 4, box.name)
            if box.radio:
                for offset, choice in enumerate("ab"):
                    x = box.x + offset * 2 * box.height
                    canvas.acroForm.radio(
                        name=box.name, value=choice, x=x, y=box.y, size=box.height
                    )
                continue
            if box.check is not None:
                canvas.acroForm.checkbox(
                    name=box.name, x=box.x, y=box.y, size=box.height, checked=box.check
                )
                continue
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
    return written(writer)


def written(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


FLAT = [
    Box("name", 60, 700),
    Box("city", 60, 650),
    Box("notes", 60, 520, width=200, height=80, multiline=True),
]


def nested(data: bytes) -> bytes:
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
    return written(writer)


def encrypted(data: bytes, password: str, algorithm: str = "RC4-128") -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(password, algorithm=algorithm)
    return written(writer)


def with_xfa(data: bytes) -> bytes:
    """XFA beside the AcroForm, as forms saved by LiveCycle Designer carry it."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    template = DecodedStreamObject()
    template.set_data(b'<template xmlns="http://www.xfa.org/schema/xfa-template/3.3/"/>')
    form = writer.root_object["/AcroForm"]
    form[NameObject("/XFA")] = ArrayObject(
        [TextStringObject("template"), writer._add_object(template)]
    )
    return written(writer)


def plain_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.drawString(60, 700, "No form here")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
