"""Printing the cosmetology record of a client with 200 procedures (three preparations
each, with lots and expiry), an anamnesis and three skin assessments with face charts:
the whole service call the print button makes (the audited reads, then the PDF).

    .venv/bin/python benchmarks/bench_record_pdf.py [--repeat N] [--procedures N] [--out FILE]

The salon is written once into a temporary folder through the services, as the screens
write it; `--out` keeps the last PDF to look at (pdftoppm -png -r 60).
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench_search import percentile

from salon_crm.domain.common.enums import ConsentPurpose, Role
from salon_crm.domain.common.money import Money
from salon_crm.domain.health.face_chart import (
    Depth,
    FaceChart,
    InjectionPoint,
    Point,
    ProblemZone,
    TreatedArea,
    View,
)
from salon_crm.domain.health.skin import SkinType
from salon_crm.services.clients.client_types import ClientInput, ConsentData, PhoneData
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.health.anamnesis_types import AllergyEntry, AnamnesisInput, ConditionEntry
from salon_crm.services.health.assessment_types import AssessmentInput
from salon_crm.services.procedures.catalogue_types import ProductInput
from salon_crm.services.procedures.procedure_types import ProcedureInput, ProductUse

TARGET_MS = 2000.0
PASSWORD = "bench-password-1"
PRODUCTS = ("Hyalual 1.1%", "Juvederm Volbella", "Mesoline Skin Booster")


def _chart(seed: int) -> FaceChart:
    """Injections in a row across the forehead, a pigment spot, a treated cheek."""
    injections = tuple(
        InjectionPoint(
            View.FRONT, Point(0.3 + 0.05 * i, 0.3), "Hyalual 1.1%", "0.05 ml", Depth.INTRADERMAL
        )
        for i in range(5 + seed)
    )
    outline = (Point(0.3, 0.5), Point(0.5, 0.52), Point(0.48, 0.66), Point(0.32, 0.62))
    return FaceChart(
        (
            *injections,
            ProblemZone(View.FRONT, Point(0.64, 0.42), "пігментна пляма"),
            TreatedArea(View.LEFT, outline, "щока"),
        )
    )


def build(data_dir: Path, procedures: int) -> tuple[Workspace, Actor, int]:
    workspace = Workspace.open(data_dir)
    owner = workspace.setup_salon(
        salon_name="Студія краси «Лілія»",
        country="UA",
        login="owner",
        password=PASSWORD,
        full_name="Олена Коваль",
    )
    user = workspace.users(owner).create_user(
        login="cosmo", password=PASSWORD, role=Role.SPECIALIST, full_name="Марина Шевчук"
    )
    specialist = Actor(user.id, user.login, user.full_name, user.role)
    first = date.today() - timedelta(days=3 * procedures + 30)
    client = (
        workspace.clients(owner)
        .create(
            ClientInput(
                last_name="Їжакова",
                first_name="Ґанна",
                middle_name="Євгенівна",
                birth_date=date(1985, 3, 12),
                phones=(PhoneData("0671234567", is_main=True),),
                consents=(ConsentData(ConsentPurpose.HEALTH_DATA, first),),
            )
        )
        .id
    )
    workspace.health(specialist).record(
        client,
        AnamnesisInput(
            complaints="Сухість, пігментація, дрібні зморшки",
            medications="Аспірин 75 мг",
            conditions=(ConditionEntry("anticoagulants"),),
            allergies=(AllergyEntry("lidocaine", "набряк"),),
        ),
    )
    for seed in range(3):
        workspace.assessments(specialist).record(
            client,
            AssessmentInput(
                assessed_on=first + timedelta(days=procedures * seed),
                skin_type=SkinType.DRY,
                fitzpatrick=2,
                glogau=2 + seed % 2,
                turgor=3,
                description="Зневоднена шкіра, судинна сітка на щоках",
                face_chart=_chart(seed).to_json(),
            ),
        )
    catalogue = workspace.catalogue(owner)
    products = [catalogue.create_product(ProductInput(name=name)).id for name in PRODUCTS]
    kind = catalogue.find_procedure_type("biorevitalization").id
    recording = workspace.procedures(specialist)
    for index in range(procedures):
        day = first + timedelta(days=3 * index)
        uses = tuple(
            ProductUse(
                product_id=product,
                lot_number=f"LOT-{index:03d}-{number}",
                expires_on=date.today() + timedelta(days=400),
                quantity="1 ml",
            )
            for number, product in enumerate(products)
        )
        recording.record(
            client,
            ProcedureInput(
                procedure_type_id=kind,
                performed_at=datetime(day.year, day.month, day.day, 11, tzinfo=UTC),
                zones="щоки, лоб, зона навколо очей",
                reaction="легка еритема, минула за годину",
                products=uses,
                price=Money(250000, "UAH"),
                override_reason="Аспірин скасовано за 7 днів до процедури",
            ),
        )
    return workspace, specialist, client


def _pages(pdf: bytes, folder: Path) -> int:
    path = folder / "record.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    found = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    return int(found[1]) if found else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--procedures", type=int, default=200)
    parser.add_argument("--out", type=Path, help="also write the record's PDF here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-record-") as folder:
        started = time.perf_counter()
        workspace, specialist, client = build(Path(folder), args.procedures)
        print(f"salon written in {time.perf_counter() - started:.1f} s")
        try:
            printouts = workspace.printouts(specialist)
            pdf = printouts.cosmetology_record(client, language="uk")  # warm-up: fonts
            samples = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                pdf = printouts.cosmetology_record(client, language="uk")
                samples.append((time.perf_counter() - started) * 1000)
        finally:
            workspace.close()
        pages = _pages(pdf, Path(folder))
    if args.out:
        args.out.write_bytes(pdf)
    p95 = percentile(samples, 0.95)
    ratio = p95 / TARGET_MS
    print(
        f"record of {args.procedures} procedures: {pages} pages, {len(pdf) // 1024} KB, "
        f"{args.repeat} runs: p50 {statistics.median(samples):.0f} ms  p95 {p95:.0f} ms  "
        f"max {max(samples):.0f} ms; target {TARGET_MS:.0f} ms, ratio {ratio:.2f}"
    )
    return 0 if ratio <= 1 else 1


if __name__ == "__main__":
    sys.exit(main())
