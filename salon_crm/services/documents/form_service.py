"""The salon's uploaded fillable PDF forms: uploading one (refused unless it has text
fields we can fill without a password), the placeholder each field takes (set once by
the owner, guessed from the field names at upload), renaming, retiring, and filling a
form for a client into a document on the card."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salon_crm.db.models import CustomFieldDefinition, DocumentForm
from salon_crm.db.storage.media_store import MediaError
from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.errors import FieldError, NotFoundError, ValidationError
from salon_crm.domain.common.text import tidy
from salon_crm.domain.common.validation import check_text
from salon_crm.domain.documents.form_field_names import suggested_mapping
from salon_crm.domain.documents.placeholders import is_known
from salon_crm.domain.permissions import Permission
from salon_crm.pdf.pdf_forms import FormField, PdfFormError, PdfFormProblem, form_fields
from salon_crm.services.core.bound_service import MediaBoundService
from salon_crm.services.core.unit_of_work import unit_of_work
from salon_crm.services.documents.document_names import MAX_NAME_LENGTH, name_errors
from salon_crm.services.documents.document_service import PDF, DocumentService, StoredDocument

# Real forms (a bank's, a tax office's) are a few hundred kilobytes; scans inside some
# reach a few megabytes.
MAX_FORM_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class FormRow:
    id: int
    name: str
    field_count: int
    mapped_count: int
    is_active: bool


@dataclass(frozen=True)
class MappedField:
    """A fillable field of the form and the placeholder it takes (None: left empty)."""

    field: FormField
    placeholder: str | None

    @property
    def name(self) -> str:
        return self.field.name


@dataclass(frozen=True)
class _Stored:
    row: FormRow
    pdf: bytes
    fields: list[FormField]  # read once from `pdf`
    mapping: dict[str, str]

    @property
    def names(self) -> set[str]:
        return {f.name for f in self.fields}


class FormService(MediaBoundService):
    # --- reading -------------------------------------------------------------------------

    def forms(self, *, include_inactive: bool = False) -> list[FormRow]:
        """The forms in the order they were uploaded."""
        self._actor.require(Permission.DOCUMENTS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            query = select(DocumentForm).order_by(DocumentForm.position, DocumentForm.id)
            if not include_inactive:
                query = query.where(DocumentForm.is_active)
            forms = [
                (f.id, f.name, f.pdf_sha256, f.field_map, f.is_active)
                for f in session.scalars(query)
            ]
        rows = []
        for form_id, name, digest, field_map, active in forms:
            names = {f.name for f in self._fields_of(digest)}
            mapped = sum(1 for field in _mapping(field_map) if field in names)
            rows.append(FormRow(form_id, name, len(names), mapped, active))
        return rows

    def has_forms(self) -> bool:
        """Whether the salon keeps an active form (without reading any of them)."""
        self._actor.require(Permission.DOCUMENTS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            found = session.scalar(select(DocumentForm.id).where(DocumentForm.is_active).limit(1))
            return found is not None

    def find(self, name: str) -> FormRow:
        """A form by its name (case and surrounding spaces aside; names are unique)."""
        wanted = name.strip().casefold()
        for row in self.forms(include_inactive=True):
            if row.name.casefold() == wanted:
                return row
        raise NotFoundError(f"form {name!r}")

    def fields(self, form_id: int) -> list[MappedField]:
        """The form's fillable fields in page order, each with its placeholder."""
        stored = self._stored(form_id)
        return [MappedField(field, stored.mapping.get(field.name)) for field in stored.fields]

    def mapping(self, form_id: int) -> dict[str, str]:
        return dict(self._stored(form_id).mapping)

    def pdf(self, form_id: int) -> bytes:
        """The form as uploaded (empty)."""
        return self._stored(form_id).pdf

    # --- the owner's changes -------------------------------------------------------------

    def upload(self, name: str, pdf: bytes) -> FormRow:
        """Keep a fillable PDF under `name`, with a mapping guessed from its field names.
        PdfFormError when it has no text fields to fill (a plain or a pure XFA PDF), needs
        a password or cannot be read; ValidationError for an empty name or a file past
        MAX_FORM_BYTES."""
        self._actor.require(Permission.SETTINGS_MANAGE)
        name = tidy(name)
        if len(pdf) > MAX_FORM_BYTES:
            limit = {"limit": MAX_FORM_BYTES // (1024 * 1024)}
            raise ValidationError([FieldError("pdf", msg.FILE_TOO_LARGE, limit)])
        fields = form_fields(pdf)
        with unit_of_work(self._db, self._actor) as session:
            _check_name(session, name)
            guessed = suggested_mapping((f.name for f in fields), _custom_fields(session))
            stored = self._media.add_bytes(session, pdf, mime_type=PDF, max_bytes=MAX_FORM_BYTES)
            last = session.scalar(select(func.max(DocumentForm.position))) or 0
            form = DocumentForm(
                name=name,
                pdf_sha256=stored.sha256,
                field_map=json.dumps(guessed, ensure_ascii=False),
                position=last + 1,
                is_active=True,
                created_at=self._clock(),
                created_by_id=self._actor.user_id,
            )
            session.add(form)
            session.flush()
            return FormRow(form.id, name, len(fields), len(guessed), True)

    def set_mapping(self, form_id: int, mapping: Mapping[str, str | None]) -> dict[str, str]:
        """Each field's placeholder (an empty one or None: the field stays empty).
        ValidationError naming every field the form lacks and every unknown placeholder
        (the FieldError's field is the form field's name); nothing is saved then."""
        self._actor.require(Permission.SETTINGS_MANAGE)
        stored = self._stored(form_id)
        names = stored.names
        wanted = {f: p.strip().strip("{}").strip() for f, p in mapping.items() if p and p.strip()}
        with unit_of_work(self._db, self._actor) as session:
            custom = frozenset(_custom_fields(session))
            errors = [
                FieldError(field, msg.FORM_FIELD_UNKNOWN, {"name": field})
                for field in mapping
                if field not in names
            ] + [
                FieldError(field, msg.PLACEHOLDER_UNKNOWN, {"name": f"{{{{{placeholder}}}}}"})
                for field, placeholder in wanted.items()
                if field in names and not is_known(placeholder, custom)
            ]
            if errors:
                raise ValidationError(errors)
            _form(session, form_id).field_map = json.dumps(wanted, ensure_ascii=False)
        return wanted

    def rename(self, form_id: int, name: str) -> FormRow:
        self._actor.require(Permission.SETTINGS_MANAGE)
        name = tidy(name)
        with unit_of_work(self._db, self._actor) as session:
            _check_name(session, name, own_id=form_id)
            _form(session, form_id).name = name
        return self._stored(form_id).row

    def set_active(self, form_id: int, active: bool) -> FormRow:
        """Retire a form from the fill dialog (or bring it back); documents made from it
        keep pointing at it, so it is never deleted."""
        self._actor.require(Permission.SETTINGS_MANAGE)
        with unit_of_work(self._db, self._actor) as session:
            _form(session, form_id).is_active = active
        return self._stored(form_id).row

    # --- filling -------------------------------------------------------------------------

    def empty_values(self, client_id: int, form_id: int) -> list[MappedField]:
        """The mapped fields the client's record has no value for (they print blank)."""
        values = self._documents().form_values(client_id)
        return [f for f in self.fields(form_id) if f.placeholder and not values.get(f.placeholder)]

    def fill(self, client_id: int, form_id: int) -> StoredDocument:
        """The stored form filled with its saved mapping and kept on the client's card,
        titled with the form's name."""
        stored = self._stored(form_id)
        mapping = {f: p for f, p in stored.mapping.items() if f in stored.names}
        return self._documents().fill_form(
            client_id, stored.pdf, mapping, title=stored.row.name, form_id=form_id
        )

    # --- helpers -------------------------------------------------------------------------

    def _documents(self) -> DocumentService:
        return DocumentService(self._db, self._actor, self._media, clock=self._clock)

    def _stored(self, form_id: int) -> _Stored:
        self._actor.require(Permission.DOCUMENTS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            form = _form(session, form_id)
            name, digest, field_map, active = (
                form.name,
                form.pdf_sha256,
                form.field_map,
                form.is_active,
            )
        pdf = self._read(digest)
        fields = form_fields(pdf)
        names = {f.name for f in fields}
        mapping = _mapping(field_map)
        mapped = sum(1 for field in mapping if field in names)
        return _Stored(FormRow(form_id, name, len(names), mapped, active), pdf, fields, mapping)

    def _read(self, digest: str) -> bytes:
        try:
            with self._media.open(digest) as handle:
                return handle.read()
        except MediaError as error:
            raise PdfFormError(PdfFormProblem.DAMAGED) from error

    def _fields_of(self, digest: str) -> list[FormField]:
        try:
            return form_fields(self._read(digest))
        except PdfFormError:
            return []


def _form(session: Session, form_id: int) -> DocumentForm:
    form = session.get(DocumentForm, form_id)
    if form is None:
        raise NotFoundError(f"form {form_id}")
    return form


def _mapping(field_map: str) -> dict[str, str]:
    """The stored JSON, forgiving a damaged one (no mapping rather than no form)."""
    try:
        loaded = json.loads(field_map or "{}")
    except ValueError:
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {str(k): str(v) for k, v in loaded.items() if isinstance(v, str) and v}


def _check_name(session: Session, name: str, *, own_id: int | None = None) -> None:
    errors = check_text("name", name, limit=MAX_NAME_LENGTH, required=True) or name_errors(
        session, DocumentForm, name, own_id=own_id
    )
    if errors:
        raise ValidationError(errors)


def _custom_fields(session: Session) -> dict[str, str]:
    """The questionnaire's custom fields, {key: label}."""
    rows = session.execute(select(CustomFieldDefinition.key, CustomFieldDefinition.label))
    return {key: label for key, label in rows}
