"""Two processes writing one data folder at once (the program and the command line, or
two windows): no creation fails and every client number is unique."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from salon_crm.db.models import Client
from salon_crm.services.core.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
EACH = 1500
WORKER = "tests.e2e.two_writers_worker"


@pytest.mark.slow
def test_two_processes_create_clients_without_a_single_failure(data_dir: Path) -> None:
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.e2e.two_writers_worker",
                str(data_dir),
                prefix,
                str(EACH),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for prefix in ("1", "2")
    ]
    outcomes = [worker.communicate(timeout=600) for worker in workers]
    for worker, (out, err) in zip(workers, outcomes, strict=True):
        assert worker.returncode == 0, err
        assert out.strip() == "0", err[-2000:]
    workspace = Workspace.open(data_dir)
    try:
        with workspace.db.session(user_id=None) as session:
            total = session.scalar(select(func.count()).select_from(Client))
            numbers = session.scalar(select(func.count(func.distinct(Client.number))))
    finally:
        workspace.close()
    assert total == numbers == 2 * EACH
