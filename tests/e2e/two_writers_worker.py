"""One process of the two-writer test: creates clients as fast as it can and prints how
many failed. Run as `python -m tests.e2e.two_writers_worker DATA_DIR PREFIX COUNT`."""

from __future__ import annotations

import sys
from pathlib import Path

from salon_crm.domain.common.enums import Role
from salon_crm.services.clients.client_types import ClientInput, PhoneData
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace


def main(data_dir: str, prefix: str, count: int) -> None:
    workspace = Workspace.open(Path(data_dir))
    clients = workspace.clients(Actor(1, "owner", "", Role.OWNER))
    failures = 0
    try:
        for n in range(count):
            try:
                clients.create(
                    ClientInput(
                        last_name=f"Writer{prefix}",
                        first_name="Test",
                        phones=(PhoneData(f"067{prefix}{n:06d}"),),
                    )
                )
            except Exception as error:  # every failure is counted and named
                failures += 1
                print(type(error).__name__, error, file=sys.stderr)
    finally:
        workspace.close()
    print(failures)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
