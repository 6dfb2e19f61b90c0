"""The salon's document templates: the list, a template's current text and its earlier
versions, saving an edit as a new version (refused while it names a placeholder nobody
knows), new templates, names and retirement (a template is never deleted: documents
keep the version they were made from), and the placeholders a template may use, the
questionnaire's custom fields among them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salon_crm.db.models import CustomFieldDefinition, DocumentTemplate, DocumentTemplateVersion
from salon_crm.db.queries.default_templates import default_body
from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.errors import FieldError, NotFoundError, ValidationError
from salon_crm.domain.common.messages import CONSENT_MONTHS_RANGE
from salon_crm.domain.common.text import tidy
from salon_crm.domain.documents.placeholders import CATALOGUE, CUSTOM_PREFIX, Placeholder
from salon_crm.domain.documents.template_check import template_errors
from salon_crm.domain.documents.template_kinds import TEMPLATE_LANGUAGES, TemplateKind
from salon_crm.domain.permissions import Permission
from salon_crm.services.core.bound_service import BoundService
from salon_crm.services.core.unit_of_work import unit_of_work
from salon_crm.services.documents.document_names import name_errors
from salon_crm.services.health.health_records import user_names

# Ten years: longer than any consent a salon asks its clients for.
MAX_CONSENT_MONTHS = 120
# The column's width.


@dataclass(frozen=True)
class TemplateRow:
    id: int
    kind: TemplateKind
    name: str
    language: str
    version: int
    is_active: bool


@dataclass(frozen=True)
class TemplateText:
    template_id: int
    version_id: int
    version: int
    name: str
    kind: TemplateKind
    language: str
    body: str
    saved_at: datetime
    saved_by: str
    # A consent signed on the template lapses after so many months; None: never.
    consent_valid_months: int | None = None


@dataclass(frozen=True)
class TemplateVersionRow:
    version: int
    saved_at: datetime
    saved_by: str
    version_id: int


class TemplateService(BoundService):
    def templates(self, *, include_inactive: bool = False) -> list[TemplateRow]:
        """The templates in the salon's order (its first: the service contract)."""
        self._actor.require(Permission.DOCUMENTS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            latest = (
                select(
                    DocumentTemplateVersion.template_id,
                    func.max(DocumentTemplateVersion.version).label("version"),
                )
                .group_by(DocumentTemplateVersion.template_id)
                .subquery()
            )
            query = (
                select(DocumentTemplate, latest.c.version)
                .join(latest, latest.c.template_id == DocumentTemplate.id)
                .order_by(DocumentTemplate.position, DocumentTemplate.id)
            )
            if not include_inactive:
                query = query.where(DocumentTemplate.is_active)
            return [
                TemplateRow(t.id, t.kind, t.name, t.language, version, t.is_active)
                for t, version in session.execute(query)
            ]

    def find(self, name: str) -> TemplateRow:
        """A template by its name (case and surrounding spaces aside)."""
        wanted = name.strip().casefold()
        for row in self.templates(include_inactive=True):
            if row.name.casefold() == wanted:
                return row
        raise NotFoundError(f"template {name!r}")

    def current(self, template_id: int) -> TemplateText:
        self._actor.require(Permission.DOCUMENTS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            return self._text(session, template_id)

    def versions(self, template_id: int) -> list[TemplateVersionRow]:
        """Every saved text of the template, the newest first."""
        self._actor.require(Permission.DOCUMENTS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            found = list(
                session.scalars(
                    select(DocumentTemplateVersion)
                    .where(DocumentTemplateVersion.template_id == template_id)
                    .order_by(DocumentTemplateVersion.version.desc())
                )
            )
            if not found:
                raise NotFoundError(f"template {template_id}")
            names = user_names(session, {v.created_by_id for v in found})
            return [
                TemplateVersionRow(
                    v.version, v.created_at, names.get(v.created_by_id or 0, ""), v.id
                )
                for v in found
            ]

    def version_text(self, version_id: int) -> TemplateText:
        """One saved text of a template, as it was (an old one included)."""
        self._actor.require(Permission.DOCUMENTS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            version = session.get(DocumentTemplateVersion, version_id)
            if version is None:
                raise NotFoundError(f"template version {version_id}")
            return _text_of(session, version)

    def default_text(self, kind: TemplateKind, language: str) -> str:
        """The program's own text of `kind` in `language` (English when it has none
        there): what a new template of that kind starts from."""
        self._actor.require(Permission.DOCUMENTS_READ)
        return default_body(kind, language) or default_body(kind, "en") or ""

    def save(self, template_id: int, body: str) -> TemplateText:
        """A new version with `body`; the same text again adds none."""
        self._actor.require(Permission.SETTINGS_MANAGE)
        with unit_of_work(self._db, self._actor) as session:
            errors = template_errors(body, custom_keys=_custom_keys(session))
            if errors:
                raise ValidationError(errors)
            current = self._text(session, template_id)
            if current.body == body:
                return current
            session.add(
                DocumentTemplateVersion(
                    template_id=template_id,
                    version=current.version + 1,
                    body=body,
                    created_at=self._clock(),
                    created_by_id=self._actor.user_id,
                )
            )
            session.flush()
            return self._text(session, template_id)

    def create(self, kind: TemplateKind, name: str, language: str, body: str) -> TemplateText:
        """A new template, after the salon's others, with `body` as its first version."""
        self._actor.require(Permission.SETTINGS_MANAGE)
        name = tidy(name)
        errors = []
        if language not in TEMPLATE_LANGUAGES:
            errors.append(FieldError("language", msg.CHOICE_EXPECTED))
        with unit_of_work(self._db, self._actor) as session:
            errors += name_errors(session, DocumentTemplate, name)
            errors += template_errors(body, custom_keys=_custom_keys(session))
            if errors:
                raise ValidationError(errors)
            last = session.scalar(select(func.max(DocumentTemplate.position)))
            template = DocumentTemplate(
                kind=kind,
                name=name,
                language=language,
                position=(last or 0) + 1,
                is_active=True,
                created_at=self._clock(),
            )
            session.add(template)
            session.flush()
            session.add(
                DocumentTemplateVersion(
                    template_id=template.id,
                    version=1,
                    body=body,
                    created_at=self._clock(),
                    created_by_id=self._actor.user_id,
                )
            )
            session.flush()
            return self._text(session, template.id)

    def rename(self, template_id: int, name: str) -> TemplateRow:
        self._actor.require(Permission.SETTINGS_MANAGE)
        name = tidy(name)
        with unit_of_work(self._db, self._actor) as session:
            template = _template(session, template_id)
            errors = name_errors(session, DocumentTemplate, name, own_id=template_id)
            if errors:
                raise ValidationError(errors)
            template.name = name
            return _row(session, template)

    def set_active(self, template_id: int, active: bool) -> TemplateRow:
        """Retire a template from the fill dialog's choice (False), or bring it back. It
        is never deleted: the documents made from it keep its version."""
        self._actor.require(Permission.SETTINGS_MANAGE)
        with unit_of_work(self._db, self._actor) as session:
            template = _template(session, template_id)
            template.is_active = active
            return _row(session, template)

    def set_consent_validity(self, template_id: int, months: int | None) -> None:
        """How long a consent signed on the template holds (None or 0: until withdrawn)."""
        self._actor.require(Permission.SETTINGS_MANAGE)
        if months is not None and not 0 <= months <= MAX_CONSENT_MONTHS:
            limit = {"limit": MAX_CONSENT_MONTHS}
            raise ValidationError([FieldError("consent_valid_months", CONSENT_MONTHS_RANGE, limit)])
        with unit_of_work(self._db, self._actor) as session:
            template = _template(session, template_id)
            template.consent_valid_months = months or None

    def placeholders(self) -> list[Placeholder]:
        """Every placeholder, the custom fields' last (labelled as the salon named them)."""
        self._actor.require(Permission.DOCUMENTS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            custom = session.execute(
                select(CustomFieldDefinition.key, CustomFieldDefinition.label).order_by(
                    CustomFieldDefinition.position
                )
            )
            return [*CATALOGUE, *(Placeholder(CUSTOM_PREFIX + k, label) for k, label in custom)]

    @staticmethod
    def _text(session: Session, template_id: int) -> TemplateText:
        version = session.scalar(
            select(DocumentTemplateVersion)
            .where(DocumentTemplateVersion.template_id == template_id)
            .order_by(DocumentTemplateVersion.version.desc())
            .limit(1)
        )
        if version is None:
            raise NotFoundError(f"template {template_id}")
        return _text_of(session, version)


def _template(session: Session, template_id: int) -> DocumentTemplate:
    template = session.get(DocumentTemplate, template_id)
    if template is None:
        raise NotFoundError(f"template {template_id}")
    return template


def _text_of(session: Session, version: DocumentTemplateVersion) -> TemplateText:
    template = _template(session, version.template_id)
    saved_by = user_names(session, {version.created_by_id}).get(version.created_by_id or 0, "")
    return TemplateText(
        template.id,
        version.id,
        version.version,
        template.name,
        template.kind,
        template.language,
        version.body,
        version.created_at,
        saved_by,
        template.consent_valid_months,
    )


def _row(session: Session, template: DocumentTemplate) -> TemplateRow:
    latest = session.scalar(
        select(func.max(DocumentTemplateVersion.version)).where(
            DocumentTemplateVersion.template_id == template.id
        )
    )
    return TemplateRow(
        template.id,
        template.kind,
        template.name,
        template.language,
        latest or 0,
        template.is_active,
    )


def _custom_keys(session: Session) -> frozenset[str]:
    return frozenset(session.scalars(select(CustomFieldDefinition.key)))
