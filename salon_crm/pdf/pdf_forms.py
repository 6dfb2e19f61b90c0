"""The salon's own fillable PDF forms (AcroForm): listing their text fields and check
boxes and filling them into a flattened copy (a ticked check box gets a ✓; radio buttons
are left as the form has them).

The values are drawn with reportlab in DejaVu Sans at each field's rectangle and merged
onto the page, then the widgets and the form are removed. pypdf's own appearance
streams are not used: they draw with the form's font, which real forms ship without
Cyrillic (it prints `??????`), and viewers that do not regenerate appearances would show
blanks. A flattened page reads the same in every viewer, on paper and in `pdftotext`.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    PdfObject,
)
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.pdfgen.canvas import Canvas

from salon_crm.domain.common.errors import SalonError
from salon_crm.pdf.fonts import register_fonts

# Field flags (PDF 32000-1, 12.7.3.1 and 12.7.4.3), counted from bit 1.
_READ_ONLY = 1 << 0
_MULTILINE = 1 << 12
_PASSWORD = 1 << 13
_FILE_SELECT = 1 << 20
_COMB = 1 << 24
_RADIO = 1 << 15
_PUSH_BUTTON = 1 << 16
# Annotation flags (12.5.3): a hidden widget is not drawn either.
_HIDDEN = 1 << 1
_NO_VIEW = 1 << 5

PADDING = 2.0
"""Points kept free between a field's border and its text."""
MAX_SIZE = 12.0
"""The font size of a field whose form asks for automatic size (or none)."""
MIN_SIZE = 6.0
"""The smallest size a long value shrinks to; below it the text would be unreadable, so
what still does not fit is cut at the field's border."""
LEADING = 1.15
"""Line spacing of a multi-line field, in font sizes."""
_PARENT_DEPTH = 32
"""Deeper /Parent chains than this are a damaged (or looping) file, not a real form."""


CHECK_MARK = "✓"
"""Drawn in a ticked check box (DejaVu Sans has it; the form's own font may not)."""
_UNTICKED = frozenset({"", "0", "no", "off", "false", "нет", "ні", "nie"})


def is_ticked(value: str) -> bool:
    """Whether a check box given `value` is ticked: any value but an empty or a "no"
    (a check box mapped to the client's e-mail is ticked when there is one)."""
    return value.strip().casefold() not in _UNTICKED


class PdfFormProblem(StrEnum):
    """Why a form cannot be read or filled; the GUI shows each in the user's language."""

    NO_FORM = "no_form"
    DAMAGED = "damaged"
    PASSWORD = "password"
    UNKNOWN_FIELD = "unknown_field"


class PdfFormError(SalonError):
    """The PDF is not a fillable form we can use, or the values name fields it lacks
    (`fields` then holds those names)."""

    def __init__(self, problem: PdfFormProblem, fields: tuple[str, ...] = ()) -> None:
        self.problem = problem
        self.fields = fields
        detail = f": {', '.join(fields)}" if fields else ""
        super().__init__(f"{problem.value}{detail}")


@dataclass(frozen=True)
class Rect:
    """A rectangle in the page's unrotated user space (points, y up)."""

    left: float
    bottom: float
    right: float
    top: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.top - self.bottom


@dataclass(frozen=True)
class FieldPlace:
    """One widget of a field: a field may show on several pages (a name in every
    page's header), each place is filled with the same value."""

    page: int
    """1-based."""
    rect: Rect


@dataclass(frozen=True)
class FormField:
    """A fillable text field or check box, named as the form names it
    (`F[0].Page_1[0].Name[0]`)."""

    name: str
    places: tuple[FieldPlace, ...]
    max_length: int | None
    multiline: bool
    check_box: bool = False

    @property
    def page(self) -> int:
        return self.places[0].page

    @property
    def rect(self) -> Rect:
        return self.places[0].rect


@dataclass(frozen=True)
class _Widget:
    """One place of a text field with what drawing a value there needs."""

    field: str
    page_index: int
    rect: Rect
    rotation: int
    """Degrees counter-clockwise the text turns in user space to stand upright on screen."""
    font_size: float | None
    """The form's own size, or None for automatic."""
    alignment: int
    """0 left, 1 centre, 2 right (the form's /Q)."""
    multiline: bool
    max_length: int | None
    comb: bool
    """The value is spread one character to a cell, `max_length` cells."""
    existing_value: str
    check_box: bool = False
    """Ticked (a ✓ drawn) for a value `is_ticked` accepts; radio buttons are not filled."""


def form_fields(data: bytes) -> list[FormField]:
    """Every fillable text field and check box of the form, in page order. Raises
    PdfFormError: NO_FORM when there are none (a plain PDF, a pure XFA form), DAMAGED
    when the file cannot be read, PASSWORD when it opens only with a password."""
    with _reading():
        widgets = _widgets(_open(data))
    places: dict[str, list[FieldPlace]] = {}
    first: dict[str, _Widget] = {}
    for widget in widgets:
        place = FieldPlace(page=widget.page_index + 1, rect=widget.rect)
        places.setdefault(widget.field, []).append(place)
        first.setdefault(widget.field, widget)
    return [
        FormField(
            name=name,
            places=tuple(places[name]),
            max_length=first[name].max_length,
            multiline=first[name].multiline,
            check_box=first[name].check_box,
        )
        for name in places
    ]


def fill_form(data: bytes, values: Mapping[str, str]) -> bytes:
    """A flattened copy of the form with `values` (by field name) drawn in its fields.

    A field left out of `values` keeps the value the form already holds; an empty value
    leaves it blank. Raises PdfFormError as `form_fields` does, and UNKNOWN_FIELD (with
    the names) when `values` names a field the form has no fillable text field for."""
    with _reading():
        reader = _open(data)
        widgets = _widgets(reader)
        known = {w.field for w in widgets}
        unknown = tuple(sorted(name for name in values if name not in known))
        if unknown:
            raise PdfFormError(PdfFormProblem.UNKNOWN_FIELD, unknown)
    overlays = _overlays(reader.pages, widgets, values)
    _remove_form(reader)
    # The copy takes only what the pages still reach: the fields, the XFA and the
    # widgets' own appearances stay behind.
    writer = PdfWriter(clone_from=reader)
    for index, overlay in overlays.items():
        writer.pages[index].merge_page(overlay)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@contextmanager
def _reading() -> Iterator[None]:
    """Turn whatever a damaged file makes pypdf raise into DAMAGED; our own errors pass."""
    try:
        yield
    except PdfFormError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise PdfFormError(PdfFormProblem.DAMAGED) from exc


def _open(data: bytes) -> PdfReader:
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise PdfFormError(PdfFormProblem.PASSWORD)
    if "/AcroForm" not in reader.root_object:
        raise PdfFormError(PdfFormProblem.NO_FORM)
    return reader


def _widgets(reader: PdfReader) -> list[_Widget]:
    """The visible widgets of fillable text fields and check boxes, page by page."""
    form = _dict(reader.root_object["/AcroForm"])
    defaults = {key: form[key].get_object() for key in ("/DA", "/Q") if key in form}
    found: list[_Widget] = []
    for index, page in enumerate(reader.pages):
        for annotation in _annotations(page):
            widget = _fillable_widget(annotation, index, defaults)
            if widget is not None:
                found.append(widget)
    if not found:
        raise PdfFormError(PdfFormProblem.NO_FORM)
    return found


def _annotations(page: DictionaryObject) -> list[DictionaryObject]:
    if "/Annots" not in page:
        return []
    return [_dict(a) for a in _array(page["/Annots"])]


def _fillable_widget(
    annotation: DictionaryObject, index: int, defaults: Mapping[str, PdfObject | None]
) -> _Widget | None:
    if annotation.get("/Subtype") != "/Widget":
        return None
    chain = _field_chain(annotation)
    kind = _text(_inherited(chain, "/FT"))
    flags = _int(_inherited(chain, "/Ff")) or 0
    check_box = kind == "/Btn" and not flags & (_RADIO | _PUSH_BUTTON)
    if kind != "/Tx" and not check_box:
        return None
    if flags & (_READ_ONLY | _PASSWORD | _FILE_SELECT):
        return None
    if (_int(annotation.get("/F")) or 0) & (_HIDDEN | _NO_VIEW):
        return None
    name = ".".join(str(node["/T"]) for node in reversed(chain) if "/T" in node)
    if not name:
        return None
    max_length = _int(_inherited(chain, "/MaxLen"))
    multiline = bool(flags & _MULTILINE)
    appearance = _inherited(chain, "/DA") or defaults.get("/DA")
    return _Widget(
        field=name,
        page_index=index,
        rect=_rect(annotation["/Rect"]),
        rotation=_rotation(annotation),
        font_size=_font_size(appearance if isinstance(appearance, str) else ""),
        alignment=_int(_inherited(chain, "/Q") or defaults.get("/Q")) or 0,
        multiline=multiline,
        max_length=max_length,
        comb=bool(flags & _COMB) and not multiline and max_length is not None,
        existing_value=_existing_value(_inherited(chain, "/V"), check_box),
        check_box=check_box,
    )


def _existing_value(value: PdfObject | None, check_box: bool) -> str:
    """The form's own value: a check box's is a name, /Off when it is not ticked."""
    if check_box:
        return "" if value is None or str(value) == "/Off" else CHECK_MARK
    return _text(value)


def _field_chain(annotation: DictionaryObject) -> list[DictionaryObject]:
    """The widget and its field's ancestors, the widget first (a widget with a single
    field is that field itself; otherwise its /Parent is)."""
    chain = [annotation]
    node = annotation
    while "/Parent" in node:
        node = _dict(node["/Parent"])
        if len(chain) > _PARENT_DEPTH or any(node is seen for seen in chain):
            raise PdfFormError(PdfFormProblem.DAMAGED)
        chain.append(node)
    return chain


def _inherited(chain: list[DictionaryObject], key: str) -> PdfObject | None:
    """A field attribute, which a field inherits from its ancestors (12.7.3.1)."""
    for node in chain:
        if key in node:
            return node[key].get_object()
    return None


def _dict(value: PdfObject | None) -> DictionaryObject:
    resolved = value.get_object() if value is not None else None
    if not isinstance(resolved, DictionaryObject):
        raise PdfFormError(PdfFormProblem.DAMAGED)
    return resolved


def _array(value: PdfObject | None) -> ArrayObject:
    resolved = value.get_object() if value is not None else None
    if not isinstance(resolved, ArrayObject):
        raise PdfFormError(PdfFormProblem.DAMAGED)
    return resolved


def _int(value: PdfObject | None) -> int | None:
    resolved = value.get_object() if value is not None else None
    return int(resolved) if isinstance(resolved, NumberObject | FloatObject) else None


def _text(value: PdfObject | None) -> str:
    return str(value) if isinstance(value, str) else ""


def _rect(value: PdfObject) -> Rect:
    x1, y1, x2, y2 = (float(v) for v in _array(value))
    return Rect(left=min(x1, x2), bottom=min(y1, y2), right=max(x1, x2), top=max(y1, y2))


def _rotation(annotation: DictionaryObject) -> int:
    """The widget's own turn (/MK /R), as viewers draw it: a landscape form kept on a
    portrait page turned by /Rotate 90 sets /MK /R 90 too, and a field without it runs
    along the page's content (the page's /Rotate turns both alike)."""
    look = _dict(annotation["/MK"]) if "/MK" in annotation else DictionaryObject()
    degrees = _int(look.get("/R")) or 0
    return degrees % 360 if degrees % 90 == 0 else 0


_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s+Tf")


def _font_size(appearance: str) -> float | None:
    """The size of the form's /DA (`/Helv 10 Tf 0 g`); 0 there means automatic."""
    match = _SIZE.search(appearance)
    size = float(match.group(1)) if match else 0.0
    return size or None


def _overlays(
    pages: Sequence[PageObject], widgets: list[_Widget], values: Mapping[str, str]
) -> dict[int, PageObject]:
    """One overlay page per form page that gets a value, each in its page's space."""
    font = register_fonts()
    by_page: dict[int, list[tuple[_Widget, str]]] = {}
    for widget in widgets:
        value = values.get(widget.field, widget.existing_value)
        if widget.check_box and not is_ticked(value):
            continue
        if value.strip():
            by_page.setdefault(widget.page_index, []).append((widget, value))
    if not by_page:
        return {}
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    order = sorted(by_page)
    for index in order:
        box = pages[index].mediabox
        canvas.setPageSize((float(box.right), float(box.top)))
        for widget, value in by_page[index]:
            _draw(canvas, font, widget, value)
        canvas.showPage()
    canvas.save()
    overlay = PdfReader(io.BytesIO(buffer.getvalue()))
    result: dict[int, PageObject] = {}
    for index, page in zip(order, overlay.pages, strict=True):
        # pypdf clips a merged page to its own box: give it the form page's.
        page.mediabox = pages[index].mediabox
        page.cropbox = pages[index].mediabox
        page.trimbox = pages[index].mediabox
        result[index] = page
    return result


def _draw(canvas: Canvas, font: str, widget: _Widget, value: str) -> None:
    """Draw `value` in the widget's rectangle, turned upright, clipped to the rectangle."""
    rect = widget.rect
    turned = widget.rotation in (90, 270)
    width, height = (rect.height, rect.width) if turned else (rect.width, rect.height)
    origin = {
        0: (rect.left, rect.bottom),
        90: (rect.right, rect.bottom),
        180: (rect.right, rect.top),
        270: (rect.left, rect.top),
    }[widget.rotation]
    canvas.saveState()
    canvas.translate(*origin)
    canvas.rotate(widget.rotation)
    clip = canvas.beginPath()
    clip.rect(0, 0, width, height)
    canvas.clipPath(clip, stroke=0, fill=0)
    if widget.check_box:
        _draw_check(canvas, font, width, height)
    elif widget.comb and widget.max_length:
        _draw_comb(canvas, font, widget, value, width, height)
    elif widget.multiline:
        _draw_lines(canvas, font, widget, value, width, height)
    else:
        _draw_line(canvas, font, widget, " ".join(value.split()), width, height)
    canvas.restoreState()


def _line_size(font: str, widget: _Widget, text: str, width: float, height: float) -> float:
    """The form's size (or the largest that fits the height), shrunk until `text` fits
    the width, never below MIN_SIZE."""
    ascent, descent = getAscentDescent(font, 1000)
    fits_height = (height - 2 * PADDING) * 1000 / (ascent - descent)
    size = min(widget.font_size or MAX_SIZE, fits_height)
    text_width = stringWidth(text, font, size)
    room = width - 2 * PADDING
    if text_width > room:
        size = size * room / text_width
    return max(float(size), MIN_SIZE)


def _baseline(font: str, size: float, height: float) -> float:
    """The baseline that centres a line of `size` vertically in `height`."""
    ascent, descent = getAscentDescent(font, size)
    return float((height - (ascent - descent)) / 2 - descent)


def _draw_line(
    canvas: Canvas, font: str, widget: _Widget, text: str, width: float, height: float
) -> None:
    size = _line_size(font, widget, text, width, height)
    canvas.setFont(font, size)
    _draw_aligned(canvas, widget.alignment, width, _baseline(font, size, height), text)


def _draw_aligned(canvas: Canvas, alignment: int, width: float, y: float, text: str) -> None:
    if alignment == 1:
        canvas.drawCentredString(width / 2, y, text)
    elif alignment == 2:
        canvas.drawRightString(width - PADDING, y, text)
    else:
        canvas.drawString(PADDING, y, text)


def _draw_check(canvas: Canvas, font: str, width: float, height: float) -> None:
    """A ✓ as large as the box allows, centred."""
    ascent, descent = getAscentDescent(font, 1000)
    fits_height = (height - 2 * PADDING) * 1000 / (ascent - descent)
    fits_width = (width - 2 * PADDING) * 1000 / stringWidth(CHECK_MARK, font, 1000)
    size = max(float(min(fits_height, fits_width)), MIN_SIZE)
    canvas.setFont(font, size)
    canvas.drawCentredString(width / 2, _baseline(font, size, height), CHECK_MARK)


def _draw_comb(
    canvas: Canvas, font: str, widget: _Widget, value: str, width: float, height: float
) -> None:
    """One character centred in each of the field's `max_length` cells."""
    cells = widget.max_length or 1
    cell = width / cells
    text = "".join(value.split())[:cells]
    widest = max(text, key=lambda ch: stringWidth(ch, font, 1000))
    size = _line_size(font, widget, widest, cell + 2 * PADDING, height)
    canvas.setFont(font, size)
    y = _baseline(font, size, height)
    for position, char in enumerate(text):
        canvas.drawCentredString(cell * (position + 0.5), y, char)


def _draw_lines(
    canvas: Canvas, font: str, widget: _Widget, value: str, width: float, height: float
) -> None:
    """Wrapped at the width from the top; the size shrinks until every line fits the
    height, down to MIN_SIZE."""
    room = width - 2 * PADDING
    size = min(widget.font_size or MAX_SIZE, height - 2 * PADDING)
    lines = simpleSplit(value, font, size, room)
    while size > MIN_SIZE and len(lines) * size * LEADING > height - 2 * PADDING:
        size = max(MIN_SIZE, size - 0.5)
        lines = simpleSplit(value, font, size, room)
    canvas.setFont(font, size)
    ascent, _ = getAscentDescent(font, size)
    y = height - PADDING - ascent
    for line in lines:
        _draw_aligned(canvas, widget.alignment, width, y, line)
        y -= size * LEADING


def _remove_form(reader: PdfReader) -> None:
    """Drop every widget annotation (links and comments stay) and the form, with any
    XFA it holds; /NeedsRendering would make a viewer rebuild the pages from that XFA."""
    for page_object in reader.pages:
        # The reader hands out copies of the page dictionaries; the copy made below
        # follows the originals.
        page = _dict(page_object.indirect_reference)
        if "/Annots" not in page:
            continue
        kept = ArrayObject(
            a for a in _array(page["/Annots"]) if _dict(a).get("/Subtype") != "/Widget"
        )
        if kept:
            page[NameObject("/Annots")] = kept
        else:
            del page["/Annots"]
    root = reader.root_object
    for key in ("/AcroForm", "/NeedsRendering"):
        if key in root:
            del root[key]
