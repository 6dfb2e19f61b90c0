"""Document templates with their versions, and the registry of the documents filled for
clients (the exact PDF in the media store, its number, the version it used, its hash)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from salon_crm.db.base import Base, UtcDateTime, utc_now
from salon_crm.db.models.columns import client_fk, enum_type
from salon_crm.domain.documents.template_kinds import TemplateKind


class DocumentTemplate(Base):
    """A template the salon fills (a contract, a consent), in one language."""

    __tablename__ = "document_templates"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[TemplateKind] = mapped_column(enum_type(TemplateKind))
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8))
    position: Mapped[int] = mapped_column(Integer, default=0)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)
    # A consent signed on this template lapses after so many months; None: never.
    consent_valid_months: Mapped[int | None] = mapped_column(Integer)


class DocumentForm(Base):
    """A fillable PDF form the salon uploaded (AcroForm), kept in the media store, with
    the placeholder each of its fields takes (JSON: field name → placeholder name)."""

    __tablename__ = "document_forms"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    pdf_sha256: Mapped[str] = mapped_column(
        String(64), ForeignKey("media.sha256", ondelete="RESTRICT")
    )
    field_map: Mapped[str] = mapped_column(Text, default="{}")
    position: Mapped[int] = mapped_column(Integer, default=0)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class DocumentTemplateVersion(Base):
    """One text of a template; saving an edit adds a version, filled documents keep the
    one they used."""

    __tablename__ = "document_template_versions"
    __audited__ = True
    __table_args__ = (UniqueConstraint("template_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("document_templates.id", ondelete="RESTRICT"), index=True
    )
    version: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class ClientDocument(Base):
    """A document filled for a client: the stored PDF (by its SHA-256 in the media
    store), its number in the salon's sequence, the template version it was made from."""

    __tablename__ = "client_documents"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = client_fk(on_delete="RESTRICT")
    number: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    template_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("document_template_versions.id", ondelete="RESTRICT"), index=True
    )
    # Made from an uploaded form instead of a template.
    form_id: Mapped[int | None] = mapped_column(
        ForeignKey("document_forms.id", ondelete="RESTRICT"), index=True
    )
    pdf_sha256: Mapped[str] = mapped_column(
        String(64), ForeignKey("media.sha256", ondelete="RESTRICT")
    )
    signed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
