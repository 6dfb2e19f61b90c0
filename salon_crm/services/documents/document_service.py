"""Filling a template for a client: what the client's record lacks, the PDF, and the
registry of the documents made (the exact file in the media store with its number, the
template version it used and its SHA-256, checked again whenever it is reopened)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from salon_crm.db.models import (
    ClientConsent,
    ClientDocument,
    DocumentTemplateVersion,
    User,
)
from salon_crm.db.queries.counters import locked_counter
from salon_crm.db.storage.media_store import MediaError
from salon_crm.domain.common.dates import last_day_of_term
from salon_crm.domain.common.enums import ConsentPurpose
from salon_crm.domain.common.errors import NotFoundError
from salon_crm.domain.documents.document_blocks import (
    FilledDocument,
    Letterhead,
    Signer,
    Stroke,
)
from salon_crm.domain.documents.template_kinds import CONSENT_OF_KIND, language_of_country
from salon_crm.domain.documents.template_markup import fill, missing_values, parse
from salon_crm.domain.permissions import Permission
from salon_crm.pdf.document_pdf import render_document
from salon_crm.pdf.pdf_forms import fill_form
from salon_crm.services.clients.client_reading import get_client, known_client
from salon_crm.services.clients.client_service import ClientService
from salon_crm.services.core.bound_service import MediaBoundService
from salon_crm.services.core.unit_of_work import unit_of_work
from salon_crm.services.documents.document_values import (
    client_values,
    document_values,
    salon_values,
)
from salon_crm.services.documents.letterhead_service import LetterheadService
from salon_crm.services.documents.template_service import TemplateService, TemplateText
from salon_crm.services.procedures.procedure_service import ProcedureService
from salon_crm.services.settings.settings_service import SettingsService

PDF = "application/pdf"
MAX_PDF_BYTES = 50 * 1024 * 1024
# Shown where the number goes until the document is stored and given its own.
DRAFT_NUMBER = "—"


@dataclass(frozen=True)
class DocumentRequest:
    client_id: int
    template_id: int
    procedure_id: int | None = None
    blank_missing: bool = False
    # Values typed in the fill dialog for this document only (e.g. a passport number).
    extra_values: Mapping[str, str] = field(default_factory=dict)
    signatures: Mapping[Signer, tuple[Stroke, ...]] = field(default_factory=dict)
    page_label: str = "{page} / {pages}"
    # The client has signed a printed copy instead of the pad (the user says so).
    signed_on_paper: bool = False

    @property
    def client_signs(self) -> bool:
        return self.signed_on_paper or bool(self.signatures.get(Signer.CLIENT))


@dataclass(frozen=True)
class StoredDocument:
    id: int
    client_id: int
    number: str
    title: str
    template_version_id: int | None
    sha256: str
    created_at: datetime
    created_by: str
    signed: bool = False
    # The template version's number (1, 2…); None for a document made from a form.
    template_version: int | None = None
    form_id: int | None = None


class DocumentService(MediaBoundService):
    # --- before filling ------------------------------------------------------------------

    def missing(self, request: DocumentRequest) -> list[str]:
        """The placeholders of the template the client's record has no value for."""
        text, values = self._values(request, DRAFT_NUMBER)
        return missing_values(parse(text.body), values)

    # --- filling -------------------------------------------------------------------------

    def preview(self, request: DocumentRequest) -> bytes:
        """The PDF as it would be stored, numbered "—"; nothing is written."""
        text, values = self._values(request, DRAFT_NUMBER)
        return render_document(self._filled(request, text, values, DRAFT_NUMBER, self._logo()))

    def make(self, request: DocumentRequest) -> StoredDocument:
        """Number, render and store the document on the client's card, in one
        transaction; MissingValuesError (nothing written) when values are missing and
        `blank_missing` is not set."""
        self._actor.require(Permission.DOCUMENTS_WRITE)
        text, values = self._values(request, DRAFT_NUMBER)
        logo = self._logo()  # read before the write transaction, as the values are

        def render(number: str) -> bytes:
            values["document.number"] = number
            return render_document(self._filled(request, text, values, number, logo))

        consent = CONSENT_OF_KIND.get(text.kind) if request.client_signs else None

        def record(session: Session, row: ClientDocument) -> None:
            if consent is not None:
                self._record_consent(session, row, consent, text.consent_valid_months)

        return self._store(
            request.client_id,
            render,
            title=text.name,
            signed=request.client_signs,
            text=text,
            after=record,
        )

    def form_values(self, client_id: int) -> dict[str, str]:
        """Every placeholder's value for the client as a filled form gets it (the
        document's number still "—"), so the fill dialog can say which are empty."""
        self._actor.require(Permission.DOCUMENTS_READ)
        return self._placeholder_values(client_id, language=None, number=DRAFT_NUMBER)

    def fill_form(
        self,
        client_id: int,
        form: bytes,
        mapping: Mapping[str, str],
        *,
        title: str,
        form_id: int | None = None,
    ) -> StoredDocument:
        """An uploaded PDF form filled for the client and stored on the card: `mapping`
        gives each form field the placeholder whose value it takes; `form_id` the salon's
        stored form it was made from, if any. PdfFormError for a form that cannot be
        read or a field it does not have."""
        self._actor.require(Permission.DOCUMENTS_WRITE)
        values = self.form_values(client_id)

        def render(number: str) -> bytes:
            values["document.number"] = number
            return fill_form(form, {f: values.get(p, "") for f, p in mapping.items()})

        return self._store(client_id, render, title=title, signed=False, form_id=form_id)

    def _record_consent(
        self,
        session: Session,
        document: ClientDocument,
        purpose: ConsentPurpose,
        valid_months: int | None,
    ) -> None:
        """The consent the signed document gives, with the document as its evidence, as a
        row of its own: a current consent of the purpose given before today ends
        yesterday (the card keeps both, each with its document); one given today is the
        same consent signed again and takes the new document."""
        today = self._today()
        client = get_client(session, document.client_id)
        current = next(
            (c for c in client.consents if c.purpose == purpose and c.is_current(today)), None
        )
        if current is not None and current.given_on < today:
            current.expires_on = today - timedelta(days=1)
            current = None
        if current is None:
            current = ClientConsent(purpose=purpose, given_on=today)
            client.consents.append(current)
        current.expires_on = last_day_of_term(today, valid_months) if valid_months else None
        current.recorded_at = self._clock()
        current.recorded_by_id = self._actor.user_id
        current.evidence_document_id = document.id
        client.updated_by_id = self._actor.user_id

    def _store(
        self,
        client_id: int,
        render: Callable[[str], bytes],
        *,
        title: str,
        signed: bool,
        text: TemplateText | None = None,
        form_id: int | None = None,
        after: Callable[[Session, ClientDocument], None] | None = None,
    ) -> StoredDocument:
        """Number, render and store in one transaction: a failed render takes no number.
        The document was made from the template version `text` or the stored form."""
        with unit_of_work(self._db, self._actor) as session:
            known_client(session, client_id)
            number = _next_number(session, self._today())
            pdf = render(number)
            stored = self._media.add_bytes(session, pdf, mime_type=PDF, max_bytes=MAX_PDF_BYTES)
            row = ClientDocument(
                client_id=client_id,
                number=number,
                title=title[:300],
                template_version_id=text.version_id if text else None,
                form_id=form_id,
                pdf_sha256=stored.sha256,
                signed=signed,
                created_at=self._clock(),
                created_by_id=self._actor.user_id,
            )
            session.add(row)
            session.flush()
            if after is not None:
                after(session, row)
            return _stored(row, self._actor.full_name, text.version if text else None)

    # --- the registry --------------------------------------------------------------------

    def documents(self, client_id: int) -> list[StoredDocument]:
        self._actor.require(Permission.DOCUMENTS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            known_client(session, client_id)
            rows = session.execute(
                _registry_select()
                .where(ClientDocument.client_id == client_id)
                .order_by(ClientDocument.created_at.desc(), ClientDocument.id.desc())
            )
            return [_stored(row, name or "", version) for row, name, version in rows]

    def pdf(self, document_id: int) -> tuple[bytes, bool]:
        """The stored file and whether it is still the one made (its SHA-256 matches)."""
        self._actor.require(Permission.DOCUMENTS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            row = session.get(ClientDocument, document_id)
            if row is None:
                raise NotFoundError(f"document {document_id}")
            digest = row.pdf_sha256
        try:
            with self._media.open(digest) as handle:
                data = handle.read()
        except MediaError:
            return b"", False
        return data, hashlib.sha256(data).hexdigest() == digest

    def find(self, number: str) -> StoredDocument:
        """The document with this number in the salon's sequence (2026-0001)."""
        self._actor.require(Permission.DOCUMENTS_READ)
        wanted = number.strip()
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            found = session.execute(
                _registry_select().where(ClientDocument.number == wanted)
            ).first()
            if found is None:
                raise NotFoundError(f"document {wanted!r}")
            row, name, version = found
            return _stored(row, name or "", version)

    # --- helpers -------------------------------------------------------------------------

    def _values(self, request: DocumentRequest, number: str) -> tuple[TemplateText, dict[str, str]]:
        text = TemplateService(self._db, self._actor).current(request.template_id)
        values = self._placeholder_values(
            request.client_id,
            language=text.language,
            number=number,
            procedure_id=request.procedure_id,
            extra=request.extra_values,
        )
        return text, values

    def _placeholder_values(
        self,
        client_id: int,
        *,
        language: str | None,
        number: str,
        procedure_id: int | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> dict[str, str]:
        """Every placeholder's value, read in transactions of their own before the one
        that stores the document; `language` None: the salon's own."""
        card = ClientService(self._db, self._actor).card(client_id)
        requisites = SettingsService(self._db, self._actor).requisites()
        procedure = None
        if procedure_id is not None:
            visits = ProcedureService(self._db, self._actor).visits(client_id)
            procedure = next((v for v in visits if v.id == procedure_id), None)
            if procedure is None:
                raise NotFoundError(f"procedure {procedure_id}")
        return (
            client_values(card)
            | salon_values(requisites)
            | document_values(
                number=number,
                day=self._today(),
                language=language or language_of_country(requisites.country),
                user_name=self._signer_name(),
                procedure=procedure,
            )
            | {k: v for k, v in (extra or {}).items() if v.strip()}
        )

    def _signer_name(self) -> str:
        """The acting user as a document names them (their login when they gave no name),
        so {{user.full_name}} is never a missing value."""
        return self._actor.full_name or self._actor.login

    def _logo(self) -> bytes | None:
        return LetterheadService(self._db, self._actor, self._media).logo()

    def _filled(
        self,
        request: DocumentRequest,
        text: TemplateText,
        values: dict[str, str],
        number: str,
        logo: bytes | None,
    ) -> FilledDocument:
        names = {
            Signer.CLIENT: values.get("client.full_name", ""),
            Signer.EMPLOYEE: self._signer_name(),
        }
        blocks = fill(
            parse(text.body), values, blank_missing=request.blank_missing, signer_names=names
        )
        lines = tuple(
            line
            for line in (values.get("salon.address", ""), values.get("salon.phone", ""))
            if line
        )
        return FilledDocument(
            title=text.name,
            blocks=blocks,
            letterhead=Letterhead(
                values.get("salon.name", ""),
                lines,
                logo,
            ),
            number=number,
            page_label=request.page_label,
            signatures=dict(request.signatures),
        )


def _next_number(session: Session, today: date) -> str:
    """The salon's next document number of the year: 2026-0001, never reused."""
    name = f"documents-{today.year}"
    counter = locked_counter(session, name)
    counter.value += 1
    session.flush()
    return f"{today.year}-{counter.value:04d}"


def _registry_select() -> Select[ClientDocument, str | None, int | None]:
    """A registry row with the name of who made it and the template version's number."""
    return (
        select(ClientDocument, User.full_name, DocumentTemplateVersion.version)
        .outerjoin(User, User.id == ClientDocument.created_by_id)
        .outerjoin(
            DocumentTemplateVersion,
            DocumentTemplateVersion.id == ClientDocument.template_version_id,
        )
    )


def _stored(row: ClientDocument, created_by: str, version: int | None) -> StoredDocument:
    return StoredDocument(
        row.id,
        row.client_id,
        row.number,
        row.title,
        row.template_version_id,
        row.pdf_sha256,
        row.created_at,
        created_by,
        row.signed,
        version,
        row.form_id,
    )
