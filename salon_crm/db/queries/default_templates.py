"""The salon's default document templates, written in its language from
resources/templates/<kind>.<language>.md: at setup, and by the migration that brought
templates to a salon set up before."""

from __future__ import annotations

from sqlalchemy import Connection, func, insert, select

from salon_crm import paths
from salon_crm.db.base import utc_now
from salon_crm.db.models.documents import DocumentTemplate, DocumentTemplateVersion
from salon_crm.domain.documents.template_kinds import DEFAULT_NAMES, TemplateKind


def default_body(kind: TemplateKind, language: str) -> str | None:
    path = paths.document_template(kind.value, language)
    return path.read_text(encoding="utf-8") if path.is_file() else None


def write_default_templates(connection: Connection, language: str) -> int:
    """Add the defaults of `language` the salon does not have yet; returns how many.
    Core inserts: they were never typed by anyone, so the audit has nothing to say."""
    have = set(
        connection.execute(
            select(DocumentTemplate.kind).where(DocumentTemplate.language == language)
        ).scalars()
    )
    position = connection.scalar(select(func.count()).select_from(DocumentTemplate)) or 0
    now = utc_now()
    added = 0
    for kind in TemplateKind:
        name = DEFAULT_NAMES.get(language, {}).get(kind)
        body = default_body(kind, language)
        if name is None or body is None or kind in have:
            continue
        template_id = connection.execute(
            insert(DocumentTemplate)
            .values(
                kind=kind,
                name=name,
                language=language,
                position=position + added,
                is_active=True,
                created_at=now,
            )
            .returning(DocumentTemplate.id)
        ).scalar_one()
        connection.execute(
            insert(DocumentTemplateVersion).values(
                template_id=template_id, version=1, body=body, created_at=now
            )
        )
        added += 1
    return added
