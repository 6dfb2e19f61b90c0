"""Who is acting: every service call knows the user and checks the permission table."""

from __future__ import annotations

from dataclasses import dataclass

from salon_crm.domain.common.enums import Role
from salon_crm.domain.common.errors import PermissionDeniedError
from salon_crm.domain.permissions import Permission, role_allows


@dataclass(frozen=True)
class Actor:
    user_id: int
    login: str
    full_name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return role_allows(self.role, permission)

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDeniedError(permission.value, self.login)
