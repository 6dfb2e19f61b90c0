"""The anamnesis fields' captions and groups in the user's words (the health codes'
names are in gui/common/health_names.py)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication


def field_captions() -> dict[str, str]:
    """The anamnesis's free-text fields by name, as the form and the card caption them."""

    return {
        "complaints": QCoreApplication.translate("AnamnesisTexts", "Complaints"),
        "goals": QCoreApplication.translate("AnamnesisTexts", "Goals"),
        "activity": QCoreApplication.translate("AnamnesisTexts", "Physical activity"),
        "diet": QCoreApplication.translate("AnamnesisTexts", "Diet"),
        "sleep": QCoreApplication.translate("AnamnesisTexts", "Sleep"),
        "smoking": QCoreApplication.translate("AnamnesisTexts", "Smoking"),
        "alcohol": QCoreApplication.translate("AnamnesisTexts", "Alcohol"),
        "work_conditions": QCoreApplication.translate("AnamnesisTexts", "Work conditions"),
        "chronic_diseases": QCoreApplication.translate(
            "AnamnesisTexts", "Chronic diseases, details"
        ),
        "medications": QCoreApplication.translate(
            "AnamnesisTexts", "Medicines now and in the last 6 months"
        ),
        "supplements": QCoreApplication.translate("AnamnesisTexts", "Supplements and vitamins"),
        "surgeries": QCoreApplication.translate("AnamnesisTexts", "Surgeries, with dates"),
        "blood_pressure": QCoreApplication.translate("AnamnesisTexts", "Blood pressure"),
        "cycle_notes": QCoreApplication.translate("AnamnesisTexts", "Cycle notes"),
        "infectious_diseases": QCoreApplication.translate("AnamnesisTexts", "Infectious diseases"),
        "skin_conditions": QCoreApplication.translate("AnamnesisTexts", "Skin conditions"),
        "procedures_elsewhere": QCoreApplication.translate(
            "AnamnesisTexts", "Procedures done elsewhere"
        ),
        "note": QCoreApplication.translate("AnamnesisTexts", "Note"),
    }


def field_groups() -> Sequence[tuple[str, Sequence[tuple[str, str]]]]:
    """The free-text fields as the card shows them: (group, ((field, caption)…))."""
    captions = field_captions()
    groups = (
        (
            QCoreApplication.translate("AnamnesisTexts", "Complaints and goals"),
            ("complaints", "goals"),
        ),
        (
            QCoreApplication.translate("AnamnesisTexts", "Lifestyle"),
            ("activity", "diet", "sleep", "smoking", "alcohol", "work_conditions"),
        ),
        (
            QCoreApplication.translate("AnamnesisTexts", "Health"),
            (
                "chronic_diseases",
                "medications",
                "supplements",
                "surgeries",
                "blood_pressure",
                "cycle_notes",
                "infectious_diseases",
                "skin_conditions",
            ),
        ),
        (
            QCoreApplication.translate("AnamnesisTexts", "Other"),
            ("procedures_elsewhere", "note"),
        ),
    )
    return tuple((title, tuple((f, captions[f]) for f in fields)) for title, fields in groups)
