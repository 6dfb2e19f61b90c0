"""The anamnesis: versions signed by the specialist who recorded them, read only by the
roles that may read health data (each reading audited), written only while the client's
consent to the processing of health data is active."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from salon_crm.db.hooks.audit import record_read
from salon_crm.db.models import Anamnesis, AnamnesisAllergy, AnamnesisCondition, User
from salon_crm.db.queries.client_marks import mark_client
from salon_crm.db.queries.health import current_anamnesis, has_active_consent
from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.enums import ConsentPurpose
from salon_crm.domain.common.errors import ConflictError, FieldError, NotFoundError, ValidationError
from salon_crm.domain.common.text import fold
from salon_crm.domain.common.validation import check_past_date, check_text
from salon_crm.domain.health import conditions, substances
from salon_crm.domain.permissions import Permission
from salon_crm.services.clients.client_reading import known_client
from salon_crm.services.core.bound_service import BoundService
from salon_crm.services.core.unit_of_work import unit_of_work
from salon_crm.services.health.anamnesis_types import (
    TEXT_FIELDS,
    AllergyEntry,
    AnamnesisInput,
    AnamnesisRecord,
    AnamnesisVersionSummary,
    ConditionEntry,
    HealthAlert,
)
from salon_crm.services.health.health_access import require_health_write

TEXT_LIMIT = 4000
SHORT_LIMITS = {"blood_pressure": 20}
SUBSTANCE_LIMIT = 100
REACTION_LIMIT = 300
CONDITION_NOTE_LIMIT = 300
TABLE = Anamnesis.__tablename__

# A substance typed as its catalogue code or English name is stored as the code, so it
# matches products listing it in any language.
_SUBSTANCE_CODES = {
    **{fold(name): code for code, name in substances.SUBSTANCES.items()},
    **{fold(code): code for code in substances.SUBSTANCES},
}


def _substance(text: str) -> str:
    stripped = " ".join(text.split())
    return _SUBSTANCE_CODES.get(fold(stripped), stripped)


def _signer(user: User | None) -> str:
    return "" if user is None else (user.full_name or user.login)


def _input_of(row: Anamnesis) -> AnamnesisInput:
    return AnamnesisInput(
        **{name: getattr(row, name) for name in TEXT_FIELDS},
        conditions=tuple(ConditionEntry(c.code, c.since, c.note) for c in row.conditions),
        allergies=tuple(AllergyEntry(a.substance, a.reaction) for a in row.allergies),
    )


def _record_of(session: Session, row: Anamnesis) -> AnamnesisRecord:
    signer = session.get(User, row.signed_by_id) if row.signed_by_id else None
    return AnamnesisRecord(
        id=row.id,
        client_id=row.client_id,
        version=row.version,
        signed_at=row.signed_at,
        signed_by=_signer(signer),
        data=_input_of(row),
    )


def _clean(data: AnamnesisInput, today: date) -> tuple[AnamnesisInput, list[FieldError]]:
    """The input trimmed, repeats dropped, and every problem with it at once."""
    errors: list[FieldError] = []
    texts = {name: getattr(data, name).strip() for name in TEXT_FIELDS}
    for name, value in texts.items():
        limit = SHORT_LIMITS.get(name, TEXT_LIMIT)
        errors += check_text(name, value, limit=limit, multiline=name not in SHORT_LIMITS)
    kept: list[ConditionEntry] = []
    for index, entry in enumerate(data.conditions):
        field = f"conditions.{index}"
        known = conditions.BY_CODE.get(entry.code.strip())
        if known is None:
            errors.append(FieldError(f"{field}.code", msg.CHOICE_EXPECTED, {"code": entry.code}))
            continue
        note = entry.note.strip()
        errors += check_text(f"{field}.note", note, limit=CONDITION_NOTE_LIMIT)
        since = entry.since if known.dated else None
        errors += check_past_date(f"{field}.since", since, today=today)
        if known.code not in {c.code for c in kept}:
            kept.append(ConditionEntry(known.code, since, note))
    allergies: list[AllergyEntry] = []
    for index, allergy in enumerate(data.allergies):
        field = f"allergies.{index}"
        substance, reaction = _substance(allergy.substance), allergy.reaction.strip()
        errors += check_text(f"{field}.substance", substance, limit=SUBSTANCE_LIMIT, required=True)
        errors += check_text(f"{field}.reaction", reaction, limit=REACTION_LIMIT)
        known_keys = {substances.substance_key(a.substance) for a in allergies}
        if substance and substances.substance_key(substance) not in known_keys:
            allergies.append(AllergyEntry(substance, reaction))
    cleaned = AnamnesisInput(**texts, conditions=tuple(kept), allergies=tuple(allergies))
    return cleaned, errors


class AnamnesisService(BoundService):
    """Every method is one transaction; reads need HEALTH_READ, writes HEALTH_WRITE and
    the client's active consent to the processing of health data."""

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        self._actor.require(Permission.HEALTH_READ)
        # Not read-only: each reading of a version is written to the audit.
        with unit_of_work(self._db, self._actor) as session:
            yield session

    def _read(self, session: Session, row: Anamnesis | None) -> AnamnesisRecord | None:
        if row is None:
            return None
        record_read(session, table_name=TABLE, row_id=str(row.id), client_id=row.client_id)
        return _record_of(session, row)

    # --- reading ---------------------------------------------------------------------------

    def current(self, client_id: int) -> AnamnesisRecord | None:
        """The latest version, None when the client has none yet."""
        with self._reading() as session:
            known_client(session, client_id)
            return self._read(session, current_anamnesis(session, client_id))

    def version(self, client_id: int, number: int) -> AnamnesisRecord:
        with self._reading() as session:
            row = session.scalars(
                select(Anamnesis)
                .where(Anamnesis.client_id == client_id, Anamnesis.version == number)
                .options(selectinload(Anamnesis.conditions), selectinload(Anamnesis.allergies))
            ).first()
            record = self._read(session, row)
            if record is None:
                raise NotFoundError(f"anamnesis version {number} of client {client_id}")
            return record

    def versions(self, client_id: int) -> list[AnamnesisVersionSummary]:
        """Every version, newest first: numbers, dates and signers, no health details."""
        self._actor.require(Permission.HEALTH_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            known_client(session, client_id)
            rows = session.execute(
                select(Anamnesis.version, Anamnesis.signed_at, User)
                .outerjoin(User, User.id == Anamnesis.signed_by_id)
                .where(Anamnesis.client_id == client_id)
                .order_by(Anamnesis.version.desc())
            )
            return [AnamnesisVersionSummary(v, at, _signer(user)) for v, at, user in rows]

    def consent_given(self, client_id: int) -> bool:
        """Whether health data may be written for the client today (the form says why
        not before anything is typed)."""
        self._actor.require(Permission.HEALTH_WRITE)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            known_client(session, client_id)
            return has_active_consent(
                session, client_id, ConsentPurpose.HEALTH_DATA, on=self._today()
            )

    def alert(self, client_id: int) -> HealthAlert:
        """The card's warning: the flags for every role that reads clients, the allergies
        and conditions only for one that reads health data (an audited reading)."""
        self._actor.require(Permission.CLIENTS_READ)
        detailed = self._actor.can(Permission.HEALTH_READ)
        with unit_of_work(self._db, self._actor, read_only=not detailed) as session:
            client = known_client(session, client_id)
            flags = HealthAlert(client.has_allergies, client.has_contraindications)
            if not (detailed and flags.any):
                return flags
            record = self._read(session, current_anamnesis(session, client_id))
        if record is None:
            return flags
        return HealthAlert(
            flags.has_allergies,
            flags.has_contraindications,
            detailed=True,
            allergies=record.data.allergies,
            condition_codes=record.data.condition_codes,
        )

    # --- writing ---------------------------------------------------------------------------

    def validate(self, data: AnamnesisInput) -> None:
        """Raise the ValidationError that recording `data` would, writing nothing."""
        self._actor.require(Permission.HEALTH_WRITE)
        errors = _clean(data, self._today())[1]
        if errors:
            raise ValidationError(errors)

    def record(self, client_id: int, data: AnamnesisInput) -> AnamnesisRecord:
        """A new version, signed by the acting user now; the client's allergy and
        contraindication flags follow it."""
        today = self._today()
        try:
            with unit_of_work(self._db, self._actor) as session:
                client = require_health_write(session, self._actor, client_id, today=today)
                cleaned, errors = _clean(data, today)
                if errors:
                    raise ValidationError(errors)
                latest = session.scalar(
                    select(func.max(Anamnesis.version)).where(Anamnesis.client_id == client_id)
                )
                row = Anamnesis(
                    client_id=client_id,
                    version=(latest or 0) + 1,
                    signed_at=self._clock(),
                    signed_by_id=self._actor.user_id,
                    **{name: getattr(cleaned, name) for name in TEXT_FIELDS},
                )
                row.conditions = [
                    AnamnesisCondition(code=c.code, since=c.since, note=c.note)
                    for c in cleaned.conditions
                ]
                row.allergies = [
                    AnamnesisAllergy(substance=a.substance, reaction=a.reaction)
                    for a in cleaned.allergies
                ]
                session.add(row)
                session.flush()
                mark_client(
                    session,
                    client.id,
                    has_allergies=bool(cleaned.allergies),
                    has_contraindications=bool(cleaned.conditions),
                )
                return _record_of(session, row)
        except IntegrityError as error:
            # Two specialists signed a version of the same client at the same moment.
            raise ConflictError(f"anamnesis of client {client_id} was just signed") from error
