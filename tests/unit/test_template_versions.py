"""A template's history and its life: old versions readable, new templates from a kind's
default, names kept distinct, retired templates kept (never deleted), owner only."""

from __future__ import annotations

import pytest

from salon_crm.domain.common.errors import PermissionDeniedError, ValidationError
from salon_crm.domain.documents.template_kinds import TemplateKind
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff


def test_versions_newest_first_and_an_old_text_reads_as_it_was(
    workspace: Workspace, staff: Staff
) -> None:
    service = workspace.templates(staff.owner)
    template = service.templates()[0]
    first = service.current(template.id)
    service.save(template.id, first.body + "\nДодаток {{procedure.name}}\n")
    versions = service.versions(template.id)
    assert [v.version for v in versions] == [2, 1]
    assert versions[0].saved_by == "Олена Коваль"
    old = workspace.templates(staff.admin).version_text(versions[1].version_id)
    assert (old.version, old.body) == (1, first.body)


def test_a_new_template_from_a_kinds_default_comes_last(workspace: Workspace, staff: Staff) -> None:
    service = workspace.templates(staff.owner)
    body = service.default_text(TemplateKind.PHOTO_CONSENT, "pl")
    assert body.startswith("# ")
    made = service.create(TemplateKind.PHOTO_CONSENT, "  Zgoda  na zdjęcia ", "pl", body)
    assert (made.name, made.version, made.language) == ("Zgoda na zdjęcia", 1, "pl")
    assert service.templates()[-1].id == made.template_id
    with pytest.raises(ValidationError) as caught:
        service.create(TemplateKind.PHOTO_CONSENT, "zgoda na ZDJĘCIA", "xx", "{{client.nme}}")
    assert {e.field for e in caught.value.errors} == {"name", "language", "body"}
    with pytest.raises(PermissionDeniedError):
        workspace.templates(staff.admin).create(TemplateKind.PHOTO_CONSENT, "X", "pl", body)


def test_rename_and_retire_keep_the_template(workspace: Workspace, staff: Staff) -> None:
    service = workspace.templates(staff.owner)
    first, second, *_ = service.templates()
    assert service.rename(first.id, "Договір (новий)").name == "Договір (новий)"
    with pytest.raises(ValidationError):
        service.rename(second.id, "договір (НОВИЙ)")
    with pytest.raises(ValidationError):
        service.rename(second.id, " ")
    retired = service.set_active(first.id, False)
    assert not retired.is_active and retired.version == 1
    assert first.id not in [row.id for row in service.templates()]
    assert service.find("Договір (новий)").id == first.id
    assert service.set_active(first.id, True).is_active
    with pytest.raises(PermissionDeniedError):
        workspace.templates(staff.admin).set_active(first.id, False)
    with pytest.raises(PermissionDeniedError):
        workspace.templates(staff.admin).rename(first.id, "Інше")
