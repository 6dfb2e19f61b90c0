"""Permissions are enforced by the services, per role."""

from __future__ import annotations

import pytest

from salon_crm.domain.common.enums import NameOrder, Role
from salon_crm.domain.common.errors import PermissionDeniedError
from salon_crm.domain.permissions import ROLE_PERMISSIONS, Permission
from salon_crm.services.clients.client_types import ClientInput, PhoneData
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.settings.settings_service import SalonRequisites
from tests.conftest import Staff

ANNA = ClientInput(first_name="Анна", phones=(PhoneData("0671234567"),))


def test_owner_has_every_permission() -> None:
    assert ROLE_PERMISSIONS[Role.OWNER] == frozenset(Permission)


def test_specialist_cannot_archive_or_manage(workspace: Workspace, staff: Staff) -> None:
    card = workspace.clients(staff.specialist).create(ANNA)
    with pytest.raises(PermissionDeniedError):
        workspace.clients(staff.specialist).archive(card.id, reason="x")
    with pytest.raises(PermissionDeniedError):
        workspace.users(staff.specialist).list_users()
    with pytest.raises(PermissionDeniedError):
        workspace.settings(staff.specialist).set_name_order(NameOrder.FIRST_LAST)
    assert workspace.clients(staff.owner).card(card.id).archived_at is None


def test_administrator_cannot_manage_users_or_settings(workspace: Workspace, staff: Staff) -> None:
    with pytest.raises(PermissionDeniedError):
        workspace.users(staff.admin).create_user(
            login="intruder", password="12345678", role=Role.OWNER
        )
    with pytest.raises(PermissionDeniedError):
        workspace.settings(staff.admin).save_requisites(SalonRequisites(name="X", country="UA"))
    with pytest.raises(PermissionDeniedError):
        workspace.settings(staff.admin).save_list_item("tags", name="VIP-2")
    assert [u.login for u in workspace.users(staff.owner).list_users()] == [
        "admin",
        "cosmo",
        "owner",
    ]


def test_administrator_archives_and_restores(workspace: Workspace, staff: Staff) -> None:
    clients = workspace.clients(staff.admin)
    card = clients.create(ANNA)
    clients.archive(card.id, reason="Дубль")
    clients.restore(card.id)


def test_health_is_not_for_the_front_desk() -> None:
    assert Permission.HEALTH_READ not in ROLE_PERMISSIONS[Role.ADMINISTRATOR]
    assert Permission.HEALTH_READ in ROLE_PERMISSIONS[Role.SPECIALIST]


def test_disabling_a_user_or_changing_a_role_takes_effect_at_once(
    workspace: Workspace, staff: Staff
) -> None:
    from salon_crm.domain.common.errors import SessionExpiredError

    clients = workspace.clients(staff.admin)
    clients.create(ANNA)  # works while the account is as it was at login
    users = workspace.users(staff.owner)
    users.update_user(staff.admin.user_id, role=Role.SPECIALIST, is_active=True, full_name="Ірина")
    with pytest.raises(SessionExpiredError):
        clients.rows([1])
    users.update_user(
        staff.admin.user_id, role=Role.ADMINISTRATOR, is_active=False, full_name="Ірина"
    )
    with pytest.raises(SessionExpiredError):
        workspace.search(staff.admin).search("Анна")
    assert workspace.search(staff.owner).search("Анна").rows
