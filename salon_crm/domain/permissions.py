"""Who may do what: the one table of role permissions, enforced by the services."""

from enum import StrEnum

from salon_crm.domain.common.enums import Role


class Permission(StrEnum):
    CLIENTS_READ = "clients.read"
    CLIENTS_WRITE = "clients.write"
    CLIENTS_ARCHIVE = "clients.archive"
    CLIENTS_MERGE = "clients.merge"
    HEALTH_READ = "health.read"
    HEALTH_WRITE = "health.write"
    PAYMENTS_WRITE = "payments.write"
    PHOTOS_READ = "photos.read"
    PHOTOS_WRITE = "photos.write"
    DOCUMENTS_READ = "documents.read"
    DOCUMENTS_WRITE = "documents.write"
    EXPORT = "data.export"
    IMPORT = "data.import"
    AUDIT_READ = "audit.read"
    SETTINGS_MANAGE = "settings.manage"
    USERS_MANAGE = "users.manage"
    BACKUP_MANAGE = "backup.manage"


P = Permission

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OWNER: frozenset(Permission),
    # The receptionist keeps the questionnaire, photos and paperwork, not the health record.
    Role.ADMINISTRATOR: frozenset(
        {
            P.CLIENTS_READ,
            P.CLIENTS_WRITE,
            P.CLIENTS_ARCHIVE,
            P.CLIENTS_MERGE,
            P.PAYMENTS_WRITE,
            P.PHOTOS_READ,
            P.PHOTOS_WRITE,
            P.DOCUMENTS_READ,
            P.DOCUMENTS_WRITE,
            P.AUDIT_READ,
        }
    ),
    # The cosmetologist reads and corrects clients and owns the health record (and has the
    # informed consent to a procedure signed in her room); archiving, merging and the
    # salon's administration stay with the front desk and the owner.
    Role.SPECIALIST: frozenset(
        {
            P.CLIENTS_READ,
            P.CLIENTS_WRITE,
            P.HEALTH_READ,
            P.HEALTH_WRITE,
            P.PAYMENTS_WRITE,
            P.PHOTOS_READ,
            P.PHOTOS_WRITE,
            P.DOCUMENTS_READ,
            P.DOCUMENTS_WRITE,
        }
    ),
}


def role_allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
