"""The fonts every PDF embeds: DejaVu Sans from resources/fonts, whose glyphs cover
Cyrillic (і ї є ґ) and Polish (ą ć ę ł ń ó ś ź ż). reportlab's built-in fonts cover
neither, and a font not embedded prints as boxes elsewhere."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from salon_crm import paths

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"


@cache
def register_fonts() -> str:
    """Register the family with reportlab once (so <b> and <i> in a Paragraph find their
    faces); returns the family's name for styles and table commands."""
    folder = paths.resources_dir() / "fonts"
    for name in (FAMILY, BOLD, ITALIC, BOLD_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
    addMapping(FAMILY, 0, 0, FAMILY)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
    return FAMILY
