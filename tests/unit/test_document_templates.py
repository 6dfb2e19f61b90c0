"""The salon's document templates: the defaults in its language from the start (and for
a salon set up before templates existed), a new version on each edit, a misspelled
placeholder refused, the placeholders listed with the custom fields."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Connection, text

from salon_crm.db.storage.migration_runner import make_config, run_migration, upgrade_to_head
from salon_crm.domain.common.errors import PermissionDeniedError, ValidationError
from salon_crm.domain.documents.template_kinds import TemplateKind
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff


def test_a_new_salon_has_the_service_contract_in_its_language(
    workspace: Workspace, staff: Staff
) -> None:
    (first, *rest) = workspace.templates(staff.admin).templates()
    assert [row.kind for row in rest] == list(TemplateKind)[1:]
    assert (first.kind, first.language, first.version) == (TemplateKind.SERVICE_CONTRACT, "uk", 1)
    assert first.name == "Договір про надання косметологічних послуг"
    body = workspace.templates(staff.admin).current(first.id).body
    assert body.startswith("# Договір") and "{{client.passport.number}}" in body


def test_an_edit_is_a_new_version_and_a_misspelling_is_refused(
    workspace: Workspace, staff: Staff
) -> None:
    service = workspace.templates(staff.owner)
    template = service.templates()[0]
    edited = service.current(template.id).body + "\nДодаток: {{procedure.name}}\n"
    saved = service.save(template.id, edited)
    assert (saved.version, saved.saved_by) == (2, "Олена Коваль")
    assert service.save(template.id, edited).version == 2  # the same text: no new version
    with pytest.raises(ValidationError) as caught:
        service.save(template.id, edited + "{{client.pasport.number}}")
    assert "{{client.pasport.number}}" in caught.value.errors[0].message
    assert service.current(template.id).version == 2
    with pytest.raises(PermissionDeniedError):
        workspace.templates(staff.admin).save(template.id, edited)


def test_custom_fields_are_placeholders(workspace: Workspace, staff: Staff) -> None:
    from salon_crm.domain.common.enums import CustomFieldType

    workspace.settings(staff.owner).save_custom_field(
        key="skin_type", label="Тип шкіри", field_type=CustomFieldType.TEXT
    )
    names = {p.name: p.label for p in workspace.templates(staff.admin).placeholders()}
    assert names["client.custom.skin_type"] == "Тип шкіри"
    assert "client.passport.number" in names
    service = workspace.templates(staff.owner)
    template = service.templates()[0]
    service.save(template.id, "{{client.custom.skin_type}}")


def test_a_salon_set_up_before_gets_the_defaults_in_its_language(tmp_path: Path) -> None:
    db_path = tmp_path / "salon.db"

    def up_to_photos(connection: Connection) -> None:
        command.upgrade(make_config(connection), "f3a8c2d6e4b1")

    run_migration(db_path, up_to_photos)

    def a_polish_salon(connection: Connection) -> None:
        columns = connection.execute(text("PRAGMA table_info(salon)")).all()
        values = {name: "" for _cid, name, _type, notnull, *_ in columns if notnull}
        values |= {"id": 1, "name": "Salon", "country": "PL"}
        names = ", ".join(values)
        marks = ", ".join(f":{name}" for name in values)
        connection.execute(text(f"INSERT INTO salon ({names}) VALUES ({marks})"), values)

    run_migration(db_path, a_polish_salon)
    upgrade_to_head(db_path, backup_dir=tmp_path / "backups")
    workspace = Workspace.open(tmp_path)
    try:
        with workspace.db.engine.connect() as connection:
            rows = connection.execute(
                text("SELECT kind, language, name FROM document_templates ORDER BY position")
            ).all()
    finally:
        workspace.close()
    assert [kind for kind, _language, _name in rows] == [kind.value for kind in TemplateKind]
    assert {language for _kind, language, _name in rows} == {"pl"}
    assert rows[0][2] == "Umowa o świadczenie usług kosmetologicznych"


@pytest.mark.parametrize("kind", list(TemplateKind))
@pytest.mark.parametrize("language", ["uk", "ru", "pl", "en"])
def test_every_default_template_is_valid_and_renders(kind: TemplateKind, language: str) -> None:
    from salon_crm.db.queries.default_templates import default_body
    from salon_crm.domain.documents.document_blocks import FilledDocument, Heading, Letterhead
    from salon_crm.domain.documents.template_check import template_errors
    from salon_crm.domain.documents.template_kinds import DEFAULT_NAMES
    from salon_crm.domain.documents.template_markup import fill, parse
    from salon_crm.pdf.document_pdf import render_document

    body = default_body(kind, language)
    assert body is not None and DEFAULT_NAMES[language][kind]
    assert template_errors(body) == []
    blocks = fill(parse(body), {}, blank_missing=True)
    assert isinstance(blocks[0], Heading)
    pdf = render_document(FilledDocument("", blocks, Letterhead("Лілія")))
    assert pdf.startswith(b"%PDF")
