"""Which features add sections to the Settings page, after its own."""

from __future__ import annotations

from salon_crm.gui.common.field_errors import Prompts, SettingsSection
from salon_crm.gui.documents.forms_section import FormsSection
from salon_crm.gui.documents.template_editor import TemplateEditor
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace


def settings_sections(
    workspace: Workspace, actor: Actor, prompts: Prompts, read_only: bool
) -> dict[str, SettingsSection]:
    """The features' sections by key, made anew whenever the page is built."""
    return {
        "documents": TemplateEditor(workspace.templates(actor), prompts, read_only=read_only),
        "pdf_forms": FormsSection(
            workspace.forms(actor), workspace.templates(actor), prompts, read_only=read_only
        ),
    }
