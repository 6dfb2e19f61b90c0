"""The demo salon's signed documents: made through the document service, so they are
numbered, stored intact, signed and, for a consent, recorded as the consent's evidence."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from salon_crm.demo.demo_documents import add_demo_documents
from salon_crm.demo.generator import generate_demo
from salon_crm.domain.common.enums import ConsentPurpose, Role
from salon_crm.services.core.workspace import Workspace

CLIENTS = 12


def test_demo_documents_are_signed_stored_and_evidence_consents() -> None:
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace.open(Path(folder))
        try:
            users = generate_demo(workspace.db, clients=CLIENTS, seed=3, today=date.today())
            owner = next(u for u in users if u.role is Role.OWNER)
            actor = workspace.authenticate(owner.login, owner.password)
            stored = add_demo_documents(workspace, actor, range(1, CLIENTS + 1), seed=3)
            documents = workspace.documents(actor)
            made = [d for c in range(1, CLIENTS + 1) for d in documents.documents(c)]
            assert len(made) == stored > 0
            assert all(d.signed and documents.pdf(d.id)[1] for d in made)
            numbers = {d.number for d in made}
            evidence = {
                state.evidence
                for c in range(1, CLIENTS + 1)
                for state in workspace.clients(actor).card(c).consent_history
                if state.purpose is ConsentPurpose.PERSONAL_DATA and state.evidence
            }
            assert evidence and evidence <= numbers
        finally:
            workspace.close()
