"""Telling which row of a list an audited change was about ("the phone +380…")."""

from __future__ import annotations

from collections.abc import Sequence

from salon_crm.services.clients.client_types import FieldChange

# The column that names a row of each list, as a person would point at it.
LABEL_COLUMNS = {
    "client_phones": "e164",
    "client_emails": "address",
    "client_addresses": "city",
    "client_social_links": "handle",
    "client_consents": "purpose",
    "identity_documents": "number",
    "expiring_documents": "kind",
    "contact_persons": "name",
    "custom_field_values": "field_id",
}


class RowLabels:
    """Follows the trail oldest first and remembers each list row's naming value, so an
    update that changed only a Viber tick still says which phone it was."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, str], object] = {}

    def follow(self, table: str, row_id: str, changes: Sequence[FieldChange]) -> tuple[str, object]:
        column = LABEL_COLUMNS.get(table)
        if column is None:
            return "", None
        key = (table, row_id)
        for change in changes:
            if change.field == column:
                # A removed row is named by what it was; anything else by what it became.
                value = change.new if change.new is not None else change.old
                self._known[key] = value
        if key not in self._known and column == "field_id":
            # custom_field_values is keyed "client/field": the field is in the key itself.
            self._known[key] = int(row_id.rsplit("/", 1)[-1])
        return column, self._known.get(key)
