"""Plain data of the anamnesis that crosses the service boundary: what a specialist
records, a signed version as read back, and the alert the card's banner shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

# The free-text fields of an anamnesis, in the form's order (Anamnesis columns).
TEXT_FIELDS: tuple[str, ...] = (
    "complaints",
    "goals",
    "activity",
    "diet",
    "sleep",
    "smoking",
    "alcohol",
    "work_conditions",
    "chronic_diseases",
    "medications",
    "supplements",
    "surgeries",
    "blood_pressure",
    "cycle_notes",
    "infectious_diseases",
    "skin_conditions",
    "procedures_elsewhere",
    "note",
)


@dataclass(frozen=True)
class ConditionEntry:
    """A condition code of the catalogue; `since` for the dated ones (an implant)."""

    code: str
    since: date | None = None
    note: str = ""


@dataclass(frozen=True)
class AllergyEntry:
    """A substance code of the catalogue or the substance in the client's words."""

    substance: str
    reaction: str = ""


@dataclass(frozen=True)
class AnamnesisInput:
    """Everything one anamnesis version holds; a review starts from the current one."""

    complaints: str = ""
    goals: str = ""
    activity: str = ""
    diet: str = ""
    sleep: str = ""
    smoking: str = ""
    alcohol: str = ""
    work_conditions: str = ""
    chronic_diseases: str = ""
    medications: str = ""
    supplements: str = ""
    surgeries: str = ""
    blood_pressure: str = ""
    cycle_notes: str = ""
    infectious_diseases: str = ""
    skin_conditions: str = ""
    procedures_elsewhere: str = ""
    note: str = ""
    conditions: tuple[ConditionEntry, ...] = ()
    allergies: tuple[AllergyEntry, ...] = ()

    @property
    def condition_codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.conditions)


@dataclass(frozen=True)
class AnamnesisVersionSummary:
    version: int
    signed_at: datetime
    signed_by: str


@dataclass(frozen=True)
class AnamnesisRecord:
    """One signed version of a client's anamnesis."""

    id: int
    client_id: int
    version: int
    signed_at: datetime
    signed_by: str
    data: AnamnesisInput


@dataclass(frozen=True)
class HealthAlert:
    """What the card warns about. Every role that reads clients gets the flags; the
    allergies and condition codes are filled only for a role that reads health data
    (`detailed`)."""

    has_allergies: bool
    has_contraindications: bool
    detailed: bool = False
    allergies: tuple[AllergyEntry, ...] = ()
    condition_codes: tuple[str, ...] = ()

    @property
    def any(self) -> bool:
        return self.has_allergies or self.has_contraindications
