"""First run, logging in, and the owner's management of staff accounts."""

from __future__ import annotations

from pathlib import Path

import pytest

from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.enums import Role
from salon_crm.domain.common.errors import AuthenticationError, SalonError, ValidationError
from salon_crm.services.core.workspace import Workspace
from tests.conftest import PASSWORD, Staff


def test_first_run_creates_salon_and_owner(tmp_path: Path) -> None:
    workspace = Workspace.open(tmp_path)
    try:
        assert workspace.needs_setup()
        with pytest.raises(ValidationError) as caught:
            workspace.setup_salon(
                salon_name="", country="XX", login="a", password="short", full_name=""
            )
        assert {e.field for e in caught.value.errors} == {
            "salon_name",
            "country",
            "login",
            "password",
        }
        assert workspace.needs_setup()
        owner = workspace.setup_salon(
            salon_name="Beauty", country="pl", login="Ola", password="dobrehaslo", full_name=""
        )
        assert owner.role is Role.OWNER and not workspace.needs_setup()
        assert workspace.settings(owner).requisites().country == "PL"
        with pytest.raises(SalonError):
            workspace.setup_salon(
                salon_name="B", country="PL", login="other", password="dobrehaslo", full_name=""
            )
    finally:
        workspace.close()


def test_login_is_case_insensitive_and_password_is_not(workspace: Workspace) -> None:
    assert workspace.authenticate("OWNER", PASSWORD).login == "owner"
    with pytest.raises(AuthenticationError):
        workspace.authenticate("owner", PASSWORD.upper())
    with pytest.raises(AuthenticationError):
        workspace.authenticate("nobody", PASSWORD)


def test_password_is_stored_hashed_with_argon2id(workspace: Workspace) -> None:
    from sqlalchemy import select

    from salon_crm.db.models import User

    with workspace.db.session(user_id=None) as session:
        stored = session.scalars(select(User.password_hash)).all()
    assert all(h.startswith("$argon2id$") and PASSWORD not in h for h in stored)


def test_disabled_user_cannot_log_in(workspace: Workspace, staff: Staff) -> None:
    users = workspace.users(staff.owner)
    admin = next(u for u in users.list_users() if u.login == "admin")
    users.update_user(admin.id, role=Role.ADMINISTRATOR, is_active=False, full_name="Ірина")
    with pytest.raises(AuthenticationError):
        workspace.authenticate("admin", PASSWORD)
    assert "admin" not in workspace.logins()


def test_reset_password(workspace: Workspace, staff: Staff) -> None:
    users = workspace.users(staff.owner)
    admin = next(u for u in users.list_users() if u.login == "admin")
    with pytest.raises(ValidationError):
        users.reset_password(admin.id, "short")
    users.reset_password(admin.id, "new-password-2")
    assert workspace.authenticate("admin", "new-password-2").login == "admin"


def test_salon_keeps_an_active_owner(workspace: Workspace, staff: Staff) -> None:
    users = workspace.users(staff.owner)
    with pytest.raises(ValidationError) as caught:
        users.update_user(
            staff.owner.user_id, role=Role.ADMINISTRATOR, is_active=True, full_name=""
        )
    assert caught.value.errors[0].template == msg.LAST_OWNER


def test_duplicate_login_refused(workspace: Workspace, staff: Staff) -> None:
    with pytest.raises(ValidationError) as caught:
        workspace.users(staff.owner).create_user(
            login="Admin", password=PASSWORD, role=Role.SPECIALIST
        )
    assert caught.value.errors[0].template == msg.LOGIN_TAKEN


def test_staff_names_are_readable_by_everyone_who_reads_clients(
    workspace: Workspace, staff: Staff
) -> None:
    members = workspace.users(staff.specialist).staff_members()
    # Alphabetical in Ukrainian: І comes after И, long before М (its code point is after Я).
    assert [(m.name, m.is_active) for m in members] == [
        ("Ірина", True),
        ("Марина", True),
        ("Олена Коваль", True),
    ]


def test_those_who_may_record_procedures_are_listed_for_picking(
    workspace: Workspace, staff: Staff
) -> None:
    users = workspace.users(staff.owner)
    names = [m.name for m in workspace.users(staff.admin).specialists()]
    assert names == ["Марина", "Олена Коваль"]  # the specialist and the owner, by name
    users.update_user(
        staff.specialist.user_id, role=Role.SPECIALIST, is_active=False, full_name="Марина"
    )
    assert [m.name for m in users.specialists()] == ["Олена Коваль"]
