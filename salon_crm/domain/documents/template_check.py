"""What is wrong with a template's text before it is saved: placeholders nobody knows
(a misspelling would otherwise print raw or blank in every contract) and ones left open."""

from __future__ import annotations

from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.errors import FieldError
from salon_crm.domain.documents.placeholders import is_known
from salon_crm.domain.documents.template_markup import (
    parse,
    placeholder_names,
    unclosed_placeholders,
)


def template_errors(
    text: str, *, field: str = "body", custom_keys: frozenset[str] = frozenset()
) -> list[FieldError]:
    errors = [
        FieldError(field, msg.PLACEHOLDER_UNCLOSED, {"text": line})
        for line in unclosed_placeholders(text)
    ]
    errors += [
        FieldError(field, msg.PLACEHOLDER_UNKNOWN, {"name": f"{{{{{name}}}}}"})
        for name in placeholder_names(parse(text))
        if not is_known(name, custom_keys)
    ]
    return errors
