"""What the account forms (first run, new user, the users page) can check as it is typed,
so that a message under a field goes as soon as the field is right."""

from __future__ import annotations

from salon_crm.domain.common import messages as msg
from salon_crm.domain.common import validation as rules
from salon_crm.domain.common.errors import FieldError
from salon_crm.domain.common.text import tidy
from salon_crm.services.settings.user_service import check_login, check_password


def passwords_problems(password: str, repeat: str) -> list[FieldError]:
    """The password's length, and the repeat matching it."""
    errors = check_password(password)
    if password != repeat:
        errors.append(FieldError("password_repeat", msg.PASSWORDS_DIFFER))
    return errors


def account_problems(*, login: str, full_name: str, password: str, repeat: str) -> list[FieldError]:
    """A new account's fields as typed (a taken login is known only on saving)."""
    return [
        *check_login(login.strip()),
        *rules.check_name("full_name", tidy(full_name)),
        *passwords_problems(password, repeat),
    ]
