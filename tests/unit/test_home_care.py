"""Home care: products the client uses at home, dated, with how they worked; read and
written only by the health roles, reads audited, writes only with the consent."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from salon_crm.db.models import AuditEntry
from salon_crm.domain.common.enums import AuditAction
from salon_crm.domain.common.errors import (
    ConsentRequiredError,
    PermissionDeniedError,
    ValidationError,
)
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.health.assessment_types import HomeCareInput
from tests.conftest import Staff
from tests.skin_records import new_client

TODAY = date.today()
SERUM = HomeCareInput(
    product="  Сироватка   з вітаміном C ",
    started_on=TODAY - timedelta(days=21),
    usage="Вранці, 3 краплі",
)


def test_products_are_listed_latest_first_and_the_outcome_added_later(
    workspace: Workspace, staff: Staff
) -> None:
    client_id = new_client(workspace, staff.admin)
    service = workspace.home_care(staff.specialist)
    serum = service.add(client_id, SERUM)
    cream = service.add(client_id, HomeCareInput(product="SPF 50"))
    assert serum.data.product == "Сироватка з вітаміном C"
    assert cream.started_on == TODAY  # no day given: today
    assert serum.recorded_by_name == "Марина"

    service.update(serum.id, replace(serum.data, outcome="Тон рівніший, подразнення немає"))
    rows = service.list(client_id)
    assert [row.data.product for row in rows] == ["SPF 50", "Сироватка з вітаміном C"]
    assert rows[1].data.outcome == "Тон рівніший, подразнення немає"
    assert rows[1].data.usage == "Вранці, 3 краплі"


def test_a_product_is_required_and_the_start_is_not_in_the_future(
    workspace: Workspace, staff: Staff
) -> None:
    client_id = new_client(workspace, staff.admin)
    service = workspace.home_care(staff.specialist)
    with pytest.raises(ValidationError) as refused:
        service.add(client_id, HomeCareInput(product="  ", started_on=TODAY + timedelta(days=2)))
    assert {problem.field for problem in refused.value.errors} == {"product", "started_on"}
    assert service.list(client_id) == []


def test_the_administrator_is_refused_every_read_and_write(
    workspace: Workspace, staff: Staff
) -> None:
    client_id = new_client(workspace, staff.admin)
    entry = workspace.home_care(staff.specialist).add(client_id, SERUM)
    service = workspace.home_care(staff.admin)
    calls: list[Callable[[], object]] = [
        lambda: service.list(client_id),
        lambda: service.add(client_id, SERUM),
        lambda: service.update(entry.id, SERUM),
        lambda: service.check_writable(client_id),
    ]
    for call in calls:
        with pytest.raises(PermissionDeniedError):
            call()


def test_reads_are_audited_and_writes_need_the_consent(workspace: Workspace, staff: Staff) -> None:
    client_id = new_client(workspace, staff.admin, consent=False)
    service = workspace.home_care(staff.specialist)
    with pytest.raises(ConsentRequiredError):
        service.add(client_id, SERUM)
    assert service.list(client_id) == []
    with workspace.db.session(user_id=None) as session:
        reads = session.scalars(
            select(AuditEntry).where(
                AuditEntry.client_id == client_id, AuditEntry.action == AuditAction.READ
            )
        ).all()
        assert [(r.table_name, r.user_id) for r in reads] == [
            ("home_care", staff.specialist.user_id)
        ]
