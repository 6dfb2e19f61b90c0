"""`salon-crm check`: the database's integrity, its pragmas, the media files' hashes
(and whatever other checks are registered); exit 1 listing what is wrong."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from salon_crm.cli.common import EXIT_OK, EXIT_REFUSED


def register(commands: Any) -> None:
    check = commands.add_parser(
        "check", help="check the database and the media files; exit 1 if anything is wrong"
    )
    check.add_argument(
        "--full",
        action="store_true",
        help="the full integrity check, indexes included (slower than the quick one)",
    )
    check.set_defaults(run_folder=_check, reads_only=True)


def _check(data_dir: Path, args: argparse.Namespace) -> int:
    from salon_crm.services.maintenance.salon_check import check_salon

    report = check_salon(data_dir, full=args.full)
    for result in report.results:
        if result.skipped:
            print(f"{result.name}: not checked (the database did not open)")
        elif not result.problems:
            print(f"{result.name}: ok")
        else:
            for problem in result.problems:
                print(f"{result.name}: {problem}")
    return EXIT_OK if report.ok else EXIT_REFUSED
