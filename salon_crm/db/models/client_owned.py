"""Every column that points at a client, and what happens to its rows when clients are
merged, erased or exported: the one registry that merge, the audit, erasure, the data
zip and lot recall walk instead of listing tables.

A new table that references `clients.id` adds its line here; a test fails until it does.
Money and health rows are never erased and reference the client with ON DELETE RESTRICT.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class OnMerge(StrEnum):
    # Rows move to the surviving card (procedures, photos, payments, children's parent link).
    REPOINT = "repoint"
    # Questionnaire sections: the survivor's questionnaire gets the union of both; the
    # duplicate, archived as merged, keeps its own copy.
    UNITE = "unite"
    # Stays with the duplicate (a link that only means something for that card).
    KEEP = "keep"


class OnErasure(StrEnum):
    # The row stays and its personal values are blanked (the client's own row).
    ANONYMISE = "anonymise"
    # The row is removed with the client's personal data.
    DELETE = "delete"
    # Kept because the law requires it (payments, signed contracts, consent evidence).
    KEEP_BY_LAW = "keep_by_law"
    # A link between clients, not data of its own: it is cleared.
    UNLINK = "unlink"


@dataclass(frozen=True)
class ClientReference:
    """One column of one table that holds a `clients.id`.

    `owner`: the row belongs to the client named in this column, so its audit entries
    are filed under that client (a child's `parent_id` points at a client without the
    child's row being the parent's data).
    `in_history`: the card's history tab tells the table's changes. The health record
    and the money have views of their own, which keep the health details to the roles
    that may read them.
    """

    table: str
    column: str
    merge: OnMerge
    erasure: OnErasure
    export: bool
    owner: bool = True
    in_history: bool = True


CLIENTS_TABLE = "clients"

REFERENCES: tuple[ClientReference, ...] = (
    ClientReference("clients", "parent_id", OnMerge.REPOINT, OnErasure.UNLINK, False, False),
    ClientReference(
        "clients", "merged_into_id", OnMerge.REPOINT, OnErasure.UNLINK, False, owner=False
    ),
    ClientReference("client_phones", "client_id", OnMerge.UNITE, OnErasure.DELETE, True),
    ClientReference("client_emails", "client_id", OnMerge.UNITE, OnErasure.DELETE, True),
    ClientReference("client_addresses", "client_id", OnMerge.UNITE, OnErasure.DELETE, True),
    ClientReference("client_social_links", "client_id", OnMerge.UNITE, OnErasure.DELETE, True),
    ClientReference("client_consents", "client_id", OnMerge.UNITE, OnErasure.KEEP_BY_LAW, True),
    ClientReference("identity_documents", "client_id", OnMerge.UNITE, OnErasure.DELETE, True),
    ClientReference("expiring_documents", "client_id", OnMerge.UNITE, OnErasure.DELETE, True),
    ClientReference("contact_persons", "client_id", OnMerge.UNITE, OnErasure.DELETE, True),
    ClientReference("custom_field_values", "client_id", OnMerge.UNITE, OnErasure.DELETE, True),
    ClientReference("client_tags", "client_id", OnMerge.UNITE, OnErasure.DELETE, True),
    # The health record and the money: they follow the surviving card and outlive erasure.
    *(
        ClientReference(
            table, "client_id", OnMerge.REPOINT, OnErasure.KEEP_BY_LAW, True, in_history=False
        )
        for table in ("anamneses", "skin_assessments", "home_care", "procedures", "ledger")
    ),
    # Signed documents are evidence: they follow the surviving card and outlive erasure;
    # the card's documents tab is their view.
    ClientReference(
        "client_documents",
        "client_id",
        OnMerge.REPOINT,
        OnErasure.KEEP_BY_LAW,
        True,
        in_history=False,
    ),
    # Photos follow the surviving card; a face cannot be anonymised, so erasure removes
    # them, the clinical ones too. Kept out of the history tab like the health record.
    ClientReference(
        "photos", "client_id", OnMerge.REPOINT, OnErasure.DELETE, True, in_history=False
    ),
)


# Looked up for every audited row written.
_OWNER_COLUMNS = {CLIENTS_TABLE: "id"} | {r.table: r.column for r in REFERENCES if r.owner}


# The tables whose changes the card's history tab tells.
HISTORY_TABLES = frozenset({CLIENTS_TABLE} | {r.table for r in REFERENCES if r.in_history})


def owner_column(table: str) -> str | None:
    """The column naming the client a row of `table` belongs to (`id` for clients)."""
    return _OWNER_COLUMNS.get(table)
