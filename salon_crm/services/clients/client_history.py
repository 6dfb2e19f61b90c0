"""Reading a client's audit trail: the entries, which list row each was about ("the phone
+380…"), and the names behind the ids they hold."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from salon_crm.db.models import (
    AuditEntry,
    Category,
    Client,
    CustomFieldDefinition,
    Source,
    User,
)
from salon_crm.db.models.client_owned import HISTORY_TABLES
from salon_crm.domain.common.enums import NameOrder
from salon_crm.services.clients.client_reading import client_ref
from salon_crm.services.clients.client_types import FieldChange, HistoryEntry
from salon_crm.services.clients.history_catalogue import HistoryLookups, client_name

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


def read_trail(session: Session, client_id: int, *, limit: int) -> list[HistoryEntry]:
    """The audited changes of a client and of the cards merged into it, newest first,
    each list row named by its telling value at the time."""
    merged = select(Client.id).where(Client.merged_into_id == client_id)
    rows = session.execute(
        select(AuditEntry, User.full_name, User.login)
        .outerjoin(User, User.id == AuditEntry.user_id)
        .where(or_(AuditEntry.client_id == client_id, AuditEntry.client_id.in_(merged)))
        .where(AuditEntry.table_name.in_(HISTORY_TABLES))
        .order_by(AuditEntry.id.desc())
        .limit(limit)
    ).all()
    labels = RowLabels()
    entries = []
    for row in reversed(rows):  # oldest first, so each row's label is known in time
        audit = row.AuditEntry
        changes = tuple(
            FieldChange(name, old, new) for name, (old, new) in json.loads(audit.changes).items()
        )
        label_field, label_value = labels.follow(audit.table_name, audit.row_id, changes)
        entries.append(
            HistoryEntry(
                at=audit.at,
                user=row.full_name or row.login or "",
                action=audit.action,
                table=audit.table_name,
                client_id=audit.client_id,
                changes=changes,
                label_field=label_field,
                label_value=label_value,
            )
        )
    return entries[::-1]


def load_lookups(
    session: Session, entries: Sequence[HistoryEntry], order: NameOrder
) -> HistoryLookups:
    """The names behind the ids the trail holds: all lists, users and custom fields (hidden
    ones too, they were once chosen), and the clients it links to."""
    client_ids: set[int] = set()
    for entry in entries:
        for change in entry.changes:
            if change.field in ("parent_id", "merged_into_id"):
                client_ids.update(v for v in (change.old, change.new) if isinstance(v, int))
    linked = session.scalars(select(Client).where(Client.id.in_(client_ids))).all()
    fields = session.scalars(select(CustomFieldDefinition)).all()
    return HistoryLookups(
        categories={i: name for i, name in session.execute(select(Category.id, Category.name))},
        sources={i: name for i, name in session.execute(select(Source.id, Source.name))},
        users={
            user_id: full_name or login
            for user_id, full_name, login in session.execute(
                select(User.id, User.full_name, User.login)
            )
        },
        clients={
            ref.id: client_name(ref.number, ref.full_name)
            for ref in (client_ref(c, order) for c in linked)
        },
        custom_fields={f.id: f.label for f in fields},
        custom_field_types={f.id: f.field_type for f in fields},
    )
