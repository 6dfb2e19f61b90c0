"""The text of a document template: a small markup an owner can read and type, filled
with a client's values into the blocks the PDF renderer draws.

    # Heading                 ## Subheading
    1. A numbered clause      2.3. A sub-clause (the number is kept as typed)
    | Cell | Cell |           a table row; a row of dashes under the first makes it a header
    [[signature:client]]      where the client signs ([[signature:employee]]: the employee)
    ---                       a new page
    **bold**, *italic*, {{client.full_name}} inside any text; \\* is an asterisk

Lines that follow each other form one paragraph; an empty line ends it. A value is plain
text: whatever it holds (asterisks, braces, <tags>) is printed as it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from salon_crm.domain.documents.document_blocks import (
    Block,
    Clause,
    Heading,
    PageBreak,
    Paragraph,
    Run,
    Runs,
    SignaturePlace,
    Signer,
    Table,
)

_PLACEHOLDER = re.compile(r"\{\{\s*([a-z0-9_.]+)\s*\}\}")
_INLINE = re.compile(r"(\\\*|\{\{.*?\}\}|\*\*|\*)")
_CLAUSE = re.compile(r"^(\d+(?:\.\d+)*\.?)\s+(.*)$")
_SIGNATURE = re.compile(r"^\[\[\s*signature\s*:\s*(client|employee)\s*\]\]$")
_HEADER_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")


@dataclass(frozen=True)
class Part:
    """A piece of template text, or a placeholder (`name`) to be replaced by a value."""

    text: str = ""
    bold: bool = False
    italic: bool = False
    name: str = ""


Parts = tuple[Part, ...]


@dataclass(frozen=True)
class TemplateBlock:
    """One block as typed: `kind` is heading1, heading2, paragraph, clause, table,
    signature or page_break; tables keep rows of cells of parts."""

    kind: str
    parts: Parts = ()
    number: str = ""
    rows: tuple[tuple[Parts, ...], ...] = ()
    header: bool = False
    signer: Signer | None = None


class MissingValuesError(Exception):
    """The client's record lacks values the template needs; `names` says which."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = tuple(names)
        super().__init__("missing: " + ", ".join(self.names))


def parse(text: str) -> tuple[TemplateBlock, ...]:
    blocks: list[TemplateBlock] = []
    lines: list[str] = []  # of the paragraph being gathered
    rows: list[tuple[Parts, ...]] = []
    header = False

    def flush_paragraph() -> None:
        if lines:
            blocks.append(TemplateBlock("paragraph", _inline(" ".join(lines))))
            lines.clear()

    def flush_table() -> None:
        nonlocal header
        if rows:
            blocks.append(TemplateBlock("table", rows=tuple(rows), header=header))
            rows.clear()
            header = False

    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("|"):
            flush_paragraph()
            if _HEADER_RULE.match(line) and len(rows) == 1:
                header = True
            else:
                rows.append(tuple(_inline(cell.strip()) for cell in _cells(line)))
            continue
        flush_table()
        if not line:
            flush_paragraph()
            continue
        block = _line_block(line)
        if block is None:
            lines.append(line)
        else:
            flush_paragraph()
            blocks.append(block)
    flush_paragraph()
    flush_table()
    return tuple(blocks)


def _line_block(line: str) -> TemplateBlock | None:
    """A line that is a block of its own, or None for paragraph text."""
    if line == "---":
        return TemplateBlock("page_break")
    if line.startswith("## "):
        return TemplateBlock("heading2", _inline(line[3:].strip()))
    if line.startswith("# "):
        return TemplateBlock("heading1", _inline(line[2:].strip()))
    signature = _SIGNATURE.match(line)
    if signature:
        return TemplateBlock("signature", signer=Signer(signature.group(1)))
    clause = _CLAUSE.match(line)
    if clause:
        return TemplateBlock("clause", _inline(clause.group(2)), number=clause.group(1))
    return None


def _cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return inner.split("|")


def _inline(text: str) -> Parts:
    parts: list[Part] = []
    bold = italic = False
    for piece in _INLINE.split(text):
        if not piece:
            continue
        if piece == "**":
            bold = not bold
        elif piece == "*":
            italic = not italic
        elif piece == "\\*":
            parts.append(Part("*", bold, italic))
        elif piece.startswith("{{"):
            found = _PLACEHOLDER.fullmatch(piece)
            name = found.group(1) if found else piece[2:-2].strip()
            parts.append(Part("", bold, italic, name=name or "?"))
        else:
            parts.append(Part(piece, bold, italic))
    return tuple(parts)


# --- what a template uses ------------------------------------------------------------------


def _all_parts(blocks: Sequence[TemplateBlock]) -> list[Part]:
    found: list[Part] = []
    for block in blocks:
        found.extend(block.parts)
        for row in block.rows:
            for cell in row:
                found.extend(cell)
    return found


def placeholder_names(blocks: Sequence[TemplateBlock]) -> list[str]:
    """The placeholders the template uses, each once, in order of appearance."""
    seen: dict[str, None] = {}
    for part in _all_parts(blocks):
        if part.name:
            seen.setdefault(part.name, None)
    return list(seen)


def unclosed_placeholders(text: str) -> list[str]:
    """Text that opens a placeholder without closing it: `{{client.name` or `{client}}`."""
    found = []
    for line in text.splitlines():
        rest = re.sub(r"\{\{.*?\}\}", "", line)
        if "{{" in rest or "}}" in rest:
            found.append(line.strip())
    return found


# --- filling -------------------------------------------------------------------------------


def missing_values(blocks: Sequence[TemplateBlock], values: Mapping[str, str]) -> list[str]:
    """The placeholders of the template with no value (or an empty one), in order."""
    return [name for name in placeholder_names(blocks) if not values.get(name, "").strip()]


def fill(
    blocks: Sequence[TemplateBlock],
    values: Mapping[str, str],
    *,
    blank_missing: bool = False,
    signer_names: Mapping[Signer, str] | None = None,
) -> tuple[Block, ...]:
    """The document's blocks with every placeholder replaced by its value. A placeholder
    with no value (or an empty one) raises MissingValuesError naming them all, or, with
    `blank_missing`, prints as a line to fill in by hand."""
    missing = missing_values(blocks, values)
    if missing and not blank_missing:
        raise MissingValuesError(missing)
    names = signer_names or {}

    def runs(parts: Parts) -> Runs:
        return tuple(_run(part, values) for part in parts)

    filled: list[Block] = []
    for block in blocks:
        if block.kind == "heading1":
            filled.append(Heading(1, runs(block.parts)))
        elif block.kind == "heading2":
            filled.append(Heading(2, runs(block.parts)))
        elif block.kind == "clause":
            filled.append(Clause(block.number, runs(block.parts)))
        elif block.kind == "table":
            rows = tuple(tuple(runs(cell) for cell in row) for row in block.rows)
            filled.append(Table(rows, header=block.header))
        elif block.kind == "signature" and block.signer is not None:
            filled.append(SignaturePlace(block.signer, names.get(block.signer, "")))
        elif block.kind == "page_break":
            filled.append(PageBreak())
        else:
            filled.append(Paragraph(runs(block.parts)))
    return tuple(filled)


def _run(part: Part, values: Mapping[str, str]) -> Run:
    if not part.name:
        return Run(part.text, part.bold, part.italic)
    value = values.get(part.name, "").strip()
    if not value:
        return Run("", part.bold, part.italic, blank=True)
    return Run(value, part.bold, part.italic)
