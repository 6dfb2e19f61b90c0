"""The owner shapes the questionnaire: which standard fields show, which must be filled.

Which fields can be changed, and why some cannot:

- last and first name are always shown: they name the client in every list, search,
  card and contract. Either may be made required; the rule "a first or a last name"
  holds whatever is chosen.
- the main phone is always shown and always required: it identifies the client (two
  clients cannot share it) and search, duplicates and calls rely on it.
- the client number is always shown and never required: the salon's counter fills it.
- gender, the marks (VIP, blacklist) and the discount always hold a value (female, no
  marks, 0 %), so "required" would mean nothing: they can be hidden only.
- the lists of rows (profiles, addresses, documents, family, contact persons) can be
  hidden as a whole; what "filled" would mean for a row is not one rule, so they are
  not required.
- consents are not in the list at all: they are legal records, always on the form.

Hiding changes what the questionnaire and the card show, never what is stored: a hidden
field's values stay, are saved back unchanged, exported and merged. A hidden field is
never required (nobody could fill it).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from salon_crm.db.engine import Database
from salon_crm.db.models import QuestionnaireField
from salon_crm.domain.permissions import Permission
from salon_crm.services.clients.client_validation import REQUIRABLE
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.unit_of_work import unit_of_work


@dataclass(frozen=True)
class StandardField:
    key: str
    can_hide: bool
    can_require: bool
    always_required: bool = False


_FIXED = {"last_name", "first_name", "client_number", "phone_main"}
# In the questionnaire's order; `key` is the name its messages and settings use.
STANDARD_FIELDS: tuple[StandardField, ...] = tuple(
    StandardField(
        key,
        can_hide=key not in _FIXED,
        can_require=key in REQUIRABLE,
        always_required=key == "phone_main",
    )
    for key in (
        "last_name",
        "first_name",
        "middle_name",
        "salutation",
        "gender",
        "birth_date",
        "name_day",
        "preferred_language",
        "company",
        "job_title",
        "client_number",
        "client_class",
        "category",
        "source",
        "responsible_user",
        "marks",
        "discount_percent",
        "loyalty_card",
        "call_period_days",
        "next_call_date",
        "tags",
        "notes",
        "visible_notes",
        "phone_main",
        "email",
        "social_links",
        "addresses",
        "identity_document",
        "expiring_documents",
        "family",
        "contact_persons",
    )
)
_BY_KEY = {f.key: f for f in STANDARD_FIELDS}


@dataclass(frozen=True)
class QuestionnaireLayout:
    """The keys of the standard fields hidden and of those required (besides the main
    phone, which always is)."""

    hidden: frozenset[str] = frozenset()
    required: frozenset[str] = frozenset()

    def is_shown(self, key: str) -> bool:
        return key not in self.hidden

    def is_required(self, key: str) -> bool:
        return key in self.required or (key in _BY_KEY and _BY_KEY[key].always_required)


class QuestionnaireLayoutService:
    """Everyone reads the layout (the forms follow it); only the owner changes it."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor

    def layout(self) -> QuestionnaireLayout:
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            rows = session.scalars(select(QuestionnaireField)).all()
            return QuestionnaireLayout(
                hidden=frozenset(r.key for r in rows if r.is_hidden and r.key in _BY_KEY),
                required=frozenset(
                    r.key for r in rows if r.is_required and not r.is_hidden and r.key in _BY_KEY
                ),
            )

    def save_layout(self, layout: QuestionnaireLayout) -> QuestionnaireLayout:
        """Store the layout as a whole; a field both hidden and required is stored hidden.

        Raises ValueError for a key that is unknown or may not be changed that way: the
        settings page offers no such choice, so it is a caller's mistake."""
        self._actor.require(Permission.SETTINGS_MANAGE)
        for key in layout.hidden | layout.required:
            field = _BY_KEY.get(key)
            if field is None:
                raise ValueError(f"no standard questionnaire field {key!r}")
            if key in layout.hidden and not field.can_hide:
                raise ValueError(f"{key!r} cannot be hidden")
            if key in layout.required and not field.can_require:
                raise ValueError(f"{key!r} cannot be made required")
        required = layout.required - layout.hidden
        with unit_of_work(self._db, self._actor) as session:
            rows = {r.key: r for r in session.scalars(select(QuestionnaireField))}
            for field in STANDARD_FIELDS:
                hidden, needed = field.key in layout.hidden, field.key in required
                row = rows.get(field.key)
                if row is None:
                    if hidden or needed:
                        session.add(
                            QuestionnaireField(key=field.key, is_hidden=hidden, is_required=needed)
                        )
                elif (row.is_hidden, row.is_required) != (hidden, needed):
                    row.is_hidden, row.is_required = hidden, needed
        return QuestionnaireLayout(hidden=layout.hidden, required=required)
