"""Users: the first-run owner, logging in, and the owner's management of staff."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from salon_crm.db.base import utc_now
from salon_crm.db.engine import Database
from salon_crm.db.models import Salon, User
from salon_crm.db.queries.default_templates import write_default_templates
from salon_crm.domain.common import messages as msg
from salon_crm.domain.common import validation as rules
from salon_crm.domain.common.enums import Role
from salon_crm.domain.common.errors import (
    AuthenticationError,
    FieldError,
    NotFoundError,
    SalonError,
    ValidationError,
)
from salon_crm.domain.common.phones import is_known_region
from salon_crm.domain.common.text import collation_key, fold, tidy
from salon_crm.domain.documents.template_kinds import language_of_country
from salon_crm.domain.permissions import Permission, role_allows
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.unit_of_work import unit_of_work

MIN_PASSWORD = 8
_LOGIN = re.compile(r"^[A-Za-z0-9._\-]{3,32}$")
# argon2id with the library's defaults (RFC 9106 "low memory" profile).
_HASHER = PasswordHasher()
# Verified against when the login is unknown, so a wrong login takes as long as a wrong
# password and does not reveal which logins exist.
_DUMMY_HASH = _HASHER.hash("not a password of anyone")


@dataclass(frozen=True)
class StaffMember:
    """A colleague as the client forms show one (the responsible staff member)."""

    id: int
    name: str
    is_active: bool


@dataclass(frozen=True)
class UserRow:
    id: int
    login: str
    full_name: str
    role: Role
    is_active: bool
    last_login_at: datetime | None


def _actor(user: User) -> Actor:
    return Actor(user.id, user.login, user.full_name or user.login, user.role)


def _row(user: User) -> UserRow:
    return UserRow(
        user.id, user.login, user.full_name, user.role, user.is_active, user.last_login_at
    )


def check_login(login: str, field: str = "login") -> list[FieldError]:
    """The login's shape (whether it is free is known on saving)."""
    return [] if _LOGIN.match(login) else [FieldError(field, msg.LOGIN_INVALID)]


def check_password(password: str) -> list[FieldError]:
    if len(password) < MIN_PASSWORD:
        return [FieldError("password", msg.PASSWORD_SHORT, {"limit": MIN_PASSWORD})]
    return []


def _check_credentials(session: Session, login: str, password: str, field: str) -> list[FieldError]:
    errors = check_login(login, field)
    if not errors and session.scalar(
        select(func.count()).where(func.lower(User.login) == login.lower())
    ):
        errors.append(FieldError(field, msg.LOGIN_TAKEN))
    return errors + check_password(password)


def needs_setup(db: Database) -> bool:
    """True on the first run: no user exists yet."""
    with db.session(user_id=None) as session:
        return not session.scalar(select(func.count()).select_from(User))


def setup_salon(
    db: Database, *, salon_name: str, country: str, login: str, password: str, full_name: str = ""
) -> Actor:
    """Create the salon and its owner. Refused once any user exists."""
    with db.session(user_id=None) as session:
        if session.scalar(select(func.count()).select_from(User)):
            raise SalonError("the salon is already set up")
        salon_name = tidy(salon_name)
        country = country.strip().upper()
        errors = rules.check_text("salon_name", salon_name, limit=200, required=True)
        if not is_known_region(country):
            errors.append(FieldError("country", msg.COUNTRY_UNKNOWN))
        errors += rules.check_name("full_name", tidy(full_name))
        errors += _check_credentials(session, login, password, "login")
        if errors:
            raise ValidationError(errors)
        session.add(Salon(id=1, name=salon_name, country=country))
        owner = User(
            login=login,
            full_name=tidy(full_name),
            role=Role.OWNER,
            password_hash=_HASHER.hash(password),
        )
        session.add(owner)
        session.flush()
        write_default_templates(session.connection(), language_of_country(country))
        return _actor(owner)


def authenticate(db: Database, login: str, password: str) -> Actor:
    with db.session(user_id=None) as session:
        user = session.scalars(
            select(User).where(func.lower(User.login) == login.strip().lower())
        ).first()
        try:
            _HASHER.verify(user.password_hash if user else _DUMMY_HASH, password)
        except (VerificationError, InvalidHashError):
            raise AuthenticationError("wrong login or password") from None
        if user is None or not user.is_active:
            raise AuthenticationError("wrong login or password")
        if db.read_only:  # a read-only salon is still searched and read
            return _actor(user)
        if _HASHER.check_needs_rehash(user.password_hash):
            user.password_hash = _HASHER.hash(password)
        user.last_login_at = utc_now()
        return _actor(user)


def active_logins(db: Database) -> list[str]:
    """Logins offered in the login dialog's list."""
    with db.session(user_id=None) as session:
        return list(session.scalars(select(User.login).where(User.is_active).order_by(User.login)))


class UserService:
    """The owner's management of staff accounts."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor

    def list_users(self) -> list[UserRow]:
        self._actor.require(Permission.USERS_MANAGE)
        with unit_of_work(self._db, self._actor) as session:
            return [_row(u) for u in session.scalars(select(User).order_by(User.login))]

    def staff_members(self) -> list[StaffMember]:
        """Everyone who works in the salon, for picking a responsible staff member; anyone
        who may read clients may see the names (not the logins or roles)."""
        return self._members(select(User))

    def specialists(self) -> list[StaffMember]:
        """The active users who may record procedures (their role writes health data),
        for picking who did a procedure."""
        roles = [role for role in Role if role_allows(role, Permission.HEALTH_WRITE)]
        return self._members(select(User).where(User.is_active, User.role.in_(roles)))

    def _members(self, users: Select[User]) -> list[StaffMember]:
        """The users `users` selects, as colleagues by name in alphabet order; anyone who
        reads clients may see them."""
        self._actor.require(Permission.CLIENTS_READ)
        with unit_of_work(self._db, self._actor, read_only=True) as session:
            members = [
                StaffMember(u.id, u.full_name or u.login, u.is_active)
                for u in session.scalars(users)
            ]
        return sorted(members, key=lambda m: collation_key(fold(m.name)))

    def create_user(self, *, login: str, password: str, role: Role, full_name: str = "") -> UserRow:
        self._actor.require(Permission.USERS_MANAGE)
        with unit_of_work(self._db, self._actor) as session:
            errors = _check_credentials(session, login, password, "login")
            errors += rules.check_name("full_name", tidy(full_name))
            if errors:
                raise ValidationError(errors)
            user = User(
                login=login,
                full_name=tidy(full_name),
                role=role,
                password_hash=_HASHER.hash(password),
            )
            session.add(user)
            session.flush()
            return _row(user)

    def update_user(self, user_id: int, *, role: Role, is_active: bool, full_name: str) -> UserRow:
        self._actor.require(Permission.USERS_MANAGE)
        with unit_of_work(self._db, self._actor) as session:
            user = session.get(User, user_id)
            if user is None:
                raise NotFoundError(f"user {user_id}")
            errors = rules.check_name("full_name", tidy(full_name))
            losing_owner = user.role is Role.OWNER and (role is not Role.OWNER or not is_active)
            if losing_owner and self._other_active_owners(session, user.id) == 0:
                errors.append(FieldError("role", msg.LAST_OWNER))
            if errors:
                raise ValidationError(errors)
            user.role, user.is_active, user.full_name = role, is_active, tidy(full_name)
            return _row(user)

    def reset_password(self, user_id: int, new_password: str) -> None:
        self._actor.require(Permission.USERS_MANAGE)
        if len(new_password) < MIN_PASSWORD:
            raise ValidationError(
                [FieldError("password", msg.PASSWORD_SHORT, {"limit": MIN_PASSWORD})]
            )
        with unit_of_work(self._db, self._actor) as session:
            user = session.get(User, user_id)
            if user is None:
                raise NotFoundError(f"user {user_id}")
            user.password_hash = _HASHER.hash(new_password)

    @staticmethod
    def _other_active_owners(session: Session, user_id: int) -> int:
        return (
            session.scalar(
                select(func.count()).where(
                    User.role == Role.OWNER, User.is_active, User.id != user_id
                )
            )
            or 0
        )
