"""Substances that allergies name and products contain: a small catalogue of codes for
the common ones (so an allergy to "lidocaine" matches a product listing it in any
language), and free text for the rest, matched after folding."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from salon_crm.domain.common.text import fold
from salon_crm.domain.common.translation import QT_TRANSLATE_NOOP

CONTEXT = "HealthSubstances"

SUBSTANCES: Mapping[str, str] = {
    "lidocaine": QT_TRANSLATE_NOOP("HealthSubstances", "Lidocaine"),
    "articaine": QT_TRANSLATE_NOOP("HealthSubstances", "Articaine"),
    "benzocaine": QT_TRANSLATE_NOOP("HealthSubstances", "Benzocaine"),
    "latex": QT_TRANSLATE_NOOP("HealthSubstances", "Latex"),
    "hyaluronidase": QT_TRANSLATE_NOOP("HealthSubstances", "Hyaluronidase"),
    "hyaluronic_acid": QT_TRANSLATE_NOOP("HealthSubstances", "Hyaluronic acid"),
    "botulinum_toxin": QT_TRANSLATE_NOOP("HealthSubstances", "Botulinum toxin"),
    "albumin": QT_TRANSLATE_NOOP("HealthSubstances", "Albumin"),
    "glycolic_acid": QT_TRANSLATE_NOOP("HealthSubstances", "Glycolic acid"),
    "salicylic_acid": QT_TRANSLATE_NOOP("HealthSubstances", "Salicylic acid"),
    "tca": QT_TRANSLATE_NOOP("HealthSubstances", "Trichloroacetic acid"),
    "retinol": QT_TRANSLATE_NOOP("HealthSubstances", "Retinol, retinoids"),
    "ascorbic_acid": QT_TRANSLATE_NOOP("HealthSubstances", "Vitamin C"),
    "nickel": QT_TRANSLATE_NOOP("HealthSubstances", "Nickel"),
    "fragrance": QT_TRANSLATE_NOOP("HealthSubstances", "Fragrances"),
    "parabens": QT_TRANSLATE_NOOP("HealthSubstances", "Parabens"),
    "iodine": QT_TRANSLATE_NOOP("HealthSubstances", "Iodine"),
    "chlorhexidine": QT_TRANSLATE_NOOP("HealthSubstances", "Chlorhexidine"),
}


def substance_key(text: str) -> str:
    """What two mentions of a substance are compared by: a catalogue code stays itself,
    free text is folded (case, diacritics, spaces)."""
    stripped = text.strip()
    return stripped if stripped in SUBSTANCES else " ".join(fold(stripped).split())


def shared(allergies: Iterable[str], contents: Iterable[str]) -> tuple[str, ...]:
    """The substances of an allergy list that a product's contents name, in the
    allergy list's order."""
    keys = {substance_key(item) for item in contents if item.strip()}
    return tuple(a for a in allergies if a.strip() and substance_key(a) in keys)
