"""Signed documents for a demo salon, made through the document service like any others:
the service contract for some clients and the personal-data consent for some of them,
signed on the pad with generated handwriting."""

from __future__ import annotations

import math
import random
from collections.abc import Iterable

from salon_crm.domain.documents.document_blocks import Signer, Stroke
from salon_crm.domain.documents.template_kinds import TemplateKind
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.documents.document_service import DocumentRequest

CONTRACT_SHARE = 0.6
CONSENT_SHARE = 0.5
KINDS = (TemplateKind.SERVICE_CONTRACT, TemplateKind.PERSONAL_DATA_CONSENT)


def add_demo_documents(
    workspace: Workspace, owner: Actor, client_ids: Iterable[int], *, seed: int = 1
) -> int:
    """Documents for some of `client_ids`; returns how many were stored."""
    rng = random.Random(f"{seed}/documents")
    templates = {t.kind: t.id for t in workspace.templates(owner).templates()}
    documents = workspace.documents(owner)
    stored = 0
    for client_id in client_ids:
        for kind, share in zip(KINDS, (CONTRACT_SHARE, CONSENT_SHARE), strict=True):
            if kind not in templates or rng.random() >= share:
                continue
            signatures = {Signer.CLIENT: scribble(rng), Signer.EMPLOYEE: scribble(rng)}
            request = DocumentRequest(
                client_id, templates[kind], blank_missing=True, signatures=signatures
            )
            documents.make(request)
            stored += 1
    return stored


def scribble(rng: random.Random) -> tuple[Stroke, ...]:
    """A signature-like pair of strokes: a looping name and an underline."""
    loops, phase = rng.randint(3, 6), rng.random() * math.pi
    name = tuple(
        (
            0.08 + 0.75 * t + 0.04 * math.sin(loops * 2 * math.pi * t + phase),
            0.5 - 0.25 * math.sin(loops * math.pi * t) * (1 - t),
        )
        for t in (i / 60 for i in range(61))
    )
    underline = ((0.1, 0.8), (0.5, 0.76 + rng.random() * 0.05), (0.9, 0.72))
    return (Stroke(name), Stroke(underline))
