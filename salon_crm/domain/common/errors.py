"""Errors that services raise and every front end (GUI, CLI) knows how to show."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FieldError:
    """One problem with one field of a form.

    `field` is a path the form maps to its widget (`last_name`, `phones.0.number`);
    `template` is an English message from `messages.py` with `{named}` placeholders that
    the GUI translates before formatting with `params`.
    """

    field: str
    template: str
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class SalonError(Exception):
    """Base of the errors a user can be shown."""


class ValidationError(SalonError):
    """Input was refused; nothing was written. Carries every field-level problem at once."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors: tuple[FieldError, ...] = tuple(errors)
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in self.errors))

    def for_field(self, name: str) -> list[FieldError]:
        return [e for e in self.errors if e.field == name]


class PermissionDeniedError(SalonError):
    """The acting user's role does not allow the operation."""

    def __init__(self, permission: str, login: str) -> None:
        self.permission = permission
        self.login = login
        super().__init__(f"User {login!r} may not {permission}")


class ConsentRequiredError(SalonError):
    """The write needs a consent the client has not given, or has withdrawn (health data
    is written only while the consent to its processing is active)."""

    def __init__(self, purpose: str, client_id: int) -> None:
        self.purpose = purpose
        self.client_id = client_id
        super().__init__(f"client {client_id} has no active consent for {purpose}")


class NotFoundError(SalonError):
    """The record asked for does not exist (or is not visible to the caller)."""


class ConflictError(SalonError):
    """The record was changed by someone else since it was read."""


class AuthenticationError(SalonError):
    """Wrong login or password, or a disabled user."""


class SessionExpiredError(AuthenticationError):
    """The logged-in user was disabled or given another role since logging in: the
    session's rights are no longer theirs, so nothing more is done until they log in."""
