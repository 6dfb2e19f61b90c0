"""The registry of client-owned data: complete, consistent with the schema, and walked
by merge."""

from __future__ import annotations

from sqlalchemy import ForeignKey, inspect, select

import salon_crm.db.models  # noqa: F401 - registers every table
from salon_crm.db.base import Base
from salon_crm.db.models import AuditEntry, Client
from salon_crm.db.models.client_owned import REFERENCES, OnErasure, owner_column
from salon_crm.services.clients.client_history import read_trail
from salon_crm.services.clients.client_types import ClientInput, PhoneData
from salon_crm.services.core.client_owned import mapped_class
from salon_crm.services.core.workspace import Workspace
from tests.conftest import Staff


def _client_foreign_keys() -> set[tuple[str, str]]:
    found = set()
    for table in Base.metadata.tables.values():
        for fk in table.foreign_keys:
            if fk.target_fullname == "clients.id":
                found.add((table.name, fk.parent.name))
    return found


def _fk(table: str, column: str) -> ForeignKey:
    fks = [fk for fk in Base.metadata.tables[table].foreign_keys if fk.parent.name == column]
    assert len(fks) == 1
    return fks[0]


def test_every_column_pointing_at_a_client_is_declared() -> None:
    declared = {(r.table, r.column) for r in REFERENCES}
    assert _client_foreign_keys() - declared == set(), "declare it in db/models/client_owned.py"
    assert declared - _client_foreign_keys() == set(), "a declaration names no such column"
    assert len(declared) == len(REFERENCES), "a column is declared twice"


def test_rows_kept_by_law_refuse_the_deletion_of_their_client(workspace: Workspace) -> None:
    reflected = inspect(workspace.db.engine)
    for reference in REFERENCES:
        ondelete = (_fk(reference.table, reference.column).ondelete or "").upper()
        assert ondelete != "CASCADE" or reference.erasure is OnErasure.DELETE, reference
        if reference.erasure is OnErasure.KEEP_BY_LAW:
            assert ondelete == "RESTRICT", reference
            # ... in the migrated database too, not only in the models
            fks = reflected.get_foreign_keys(reference.table)
            live = [fk for fk in fks if fk["constrained_columns"] == [reference.column]]
            assert live[0]["options"].get("ondelete", "").upper() == "RESTRICT", reference


def test_each_table_has_one_owner_column_and_a_model_where_rows_move() -> None:
    for table in {r.table for r in REFERENCES}:
        owners = [r for r in REFERENCES if r.table == table and r.owner]
        assert len(owners) <= 1, table
    assert owner_column("clients") == "id"
    assert owner_column("client_phones") == "client_id"
    for reference in REFERENCES:
        if reference.merge.value == "repoint":
            assert hasattr(mapped_class(reference.table), reference.column)


def test_audit_files_a_row_under_the_client_the_registry_names(
    workspace: Workspace, staff: Staff
) -> None:
    clients = workspace.clients(staff.admin)
    parent = clients.create(
        ClientInput(last_name="Мама", first_name="Олена", phones=(PhoneData("0671110000"),))
    )
    child = clients.create(
        ClientInput(
            last_name="Донька",
            first_name="Софія",
            phones=(PhoneData("0671110001"),),
            parent_id=parent.id,
        )
    )
    with workspace.db.session(user_id=None) as session:
        phone_entries = session.scalars(
            select(AuditEntry.client_id).where(AuditEntry.table_name == "client_phones")
        ).all()
        client_entries = session.scalars(
            select(AuditEntry.client_id).where(AuditEntry.table_name == "clients")
        ).all()
    assert sorted(phone_entries) == [parent.id, child.id]
    # The child's row names its parent but is filed under the child.
    assert sorted(client_entries) == [parent.id, child.id]


def test_merge_moves_what_the_registry_says_moves(workspace: Workspace, staff: Staff) -> None:
    clients = workspace.clients(staff.owner)
    survivor = clients.create(
        ClientInput(last_name="Коваль", first_name="Анна", phones=(PhoneData("0672220000"),))
    )
    duplicate = clients.create(
        ClientInput(last_name="Коваль", first_name="Ганна", phones=(PhoneData("0672220001"),))
    )
    child = clients.create(
        ClientInput(
            last_name="Коваль",
            first_name="Марко",
            phones=(PhoneData("0672220002"),),
            parent_id=duplicate.id,
        )
    )
    earlier = clients.create(
        ClientInput(last_name="Коваль", first_name="Ганя", phones=(PhoneData("0672220003"),))
    )
    clients.merge(duplicate.id, earlier.id, take_from_duplicate=frozenset())
    clients.merge(survivor.id, duplicate.id, take_from_duplicate=frozenset())
    with workspace.db.session(user_id=None) as session:
        assert session.get(Client, child.id).parent_id == survivor.id
        # A card merged into the duplicate before now points at the survivor, so its
        # history shows there.
        assert session.get(Client, earlier.id).merged_into_id == survivor.id
        assert session.get(Client, duplicate.id).merged_into_id == survivor.id
    with workspace.db.session(user_id=None) as session:
        trail = read_trail(session, survivor.id, limit=1000)
    assert {survivor.id, duplicate.id, earlier.id} <= {e.client_id for e in trail}
