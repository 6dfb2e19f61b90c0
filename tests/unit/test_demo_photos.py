"""The demo salon's photos: drawn in code, stored through the photo service, a profile
photo for some clients and a before/after pair of one zone at a procedure for others."""

from __future__ import annotations

import tempfile
from collections import defaultdict
from datetime import date
from pathlib import Path

from salon_crm.demo.demo_photos import add_demo_photos
from salon_crm.demo.generator import generate_demo
from salon_crm.domain.common.enums import Role
from salon_crm.domain.photos.photo_kinds import PhotoKind
from salon_crm.services.core.workspace import Workspace

CLIENTS = 30


def test_demo_photos_give_faces_and_before_after_pairs() -> None:
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace.open(Path(folder))
        try:
            users = generate_demo(workspace.db, clients=CLIENTS, seed=2, today=date.today())
            owner = next(u for u in users if u.role is Role.OWNER)
            actor = workspace.authenticate(owner.login, owner.password)
            stored = add_demo_photos(workspace, actor, range(1, CLIENTS + 1), seed=2)
            photos = workspace.photos(actor)
            kinds: dict[PhotoKind, int] = defaultdict(int)
            pairs = 0
            for client_id in range(1, CLIENTS + 1):
                rows = photos.photos(client_id)
                for row in rows:
                    kinds[row.kind] += 1
                if any(row.kind is PhotoKind.PROFILE for row in rows):
                    assert photos.current_profile(client_id) is not None
                before = [r for r in rows if r.kind is PhotoKind.BEFORE]
                after = [r for r in rows if r.kind is PhotoKind.AFTER]
                if before:
                    (b,), (a,) = before, after
                    assert (b.zone, b.procedure_id) == (a.zone, a.procedure_id)
                    assert b.procedure_id is not None
                    pairs += 1
            assert stored == sum(kinds.values())
            assert kinds[PhotoKind.PROFILE] >= 5 and pairs >= 2
        finally:
            workspace.close()
