"""Noting, per transaction, which audited rows it wrote, and handing the notes to the
database's change tracker when it commits or rolls back.

The audit hook calls `note` for every trail row it writes, so "a change" means the same
here as in the trail: an audited row inserted, changed or deleted (reads are not changes).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, text
from sqlalchemy.orm import Session, sessionmaker

from salon_crm.db.changes.change_watch import ChangeTracker, PendingNotes

_NOTES_KEY = "change_notes"


def note(session: Session | None, *, table: str, client_id: int | None, audit_id: int) -> None:
    if session is None:
        return
    notes = session.info.get(_NOTES_KEY)
    if notes is None:
        notes = session.info[_NOTES_KEY] = PendingNotes(audit_id, audit_id)
    notes.add(table=table, client_id=client_id, audit_id=audit_id)


def install(factory: sessionmaker[Session], tracker: ChangeTracker) -> None:
    def before_commit(session: Session) -> None:
        # The commit flushes after this hook: flush first, so every row is noted.
        session.flush()
        notes = session.info.get(_NOTES_KEY)
        if notes is None:
            return
        connection = session.connection()

        def send(sql: str, parameters: dict[str, Any]) -> None:
            connection.execute(text(sql), parameters)

        tracker.committing(notes, send)

    def ended(session: Session, *, committed: bool) -> None:
        notes = session.info.pop(_NOTES_KEY, None)
        if notes is not None:
            tracker.ended(notes, committed=committed)

    event.listen(factory, "before_commit", before_commit)
    event.listen(factory, "after_commit", lambda session: ended(session, committed=True))
    event.listen(factory, "after_rollback", lambda session: ended(session, committed=False))
