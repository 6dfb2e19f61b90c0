"""The default catalogue's rules and the check that applies them."""

from __future__ import annotations

import pytest

from salon_crm.domain.health.conditions import BY_CODE
from salon_crm.domain.health.contraindications import (
    ProductContents,
    Reason,
    Severity,
    check,
    needs_override,
)
from salon_crm.domain.health.procedure_catalogue import DEFAULT_BY_CODE, DEFAULT_PROCEDURES

REQUIRED_PROCEDURES = {
    "facial_cleansing", "chemical_peel", "microneedling", "mesotherapy", "biorevitalization",
    "botulinum", "filler_ha", "laser_hair_removal", "ipl", "rf_lifting", "microcurrent",
    "massage",
}  # fmt: skip
REQUIRED_CONDITIONS = {
    "pregnancy", "breastfeeding", "isotretinoin", "anticoagulants", "herpes_active", "keloid",
    "pacemaker", "metal_implants", "epilepsy", "skin_infection", "autoimmune", "oncology",
}  # fmt: skip
INJECTIONS = {"mesotherapy", "biorevitalization", "botulinum", "filler_ha"}

# (condition, procedures it must block)
BLOCKS = [
    ("pregnancy", {"botulinum", "filler_ha", "chemical_peel", "laser_hair_removal", "ipl"}),
    ("breastfeeding", {"botulinum", "filler_ha", "chemical_peel", "laser_hair_removal", "ipl"}),
    ("isotretinoin", {"chemical_peel", "microneedling", "laser_hair_removal", "ipl"}),
    ("pacemaker", {"rf_lifting", "microcurrent"}),
    ("metal_implants", {"rf_lifting", "microcurrent"}),
    ("herpes_active", {"chemical_peel"} | INJECTIONS),
]


def test_the_catalogue_has_the_procedures_and_conditions_rules_name() -> None:
    assert {p.code for p in DEFAULT_PROCEDURES} >= REQUIRED_PROCEDURES
    assert set(BY_CODE) >= REQUIRED_CONDITIONS
    for procedure in DEFAULT_PROCEDURES:
        assert procedure.blocks | procedure.warns <= set(BY_CODE), procedure.code


@pytest.mark.parametrize(("condition", "blocked"), BLOCKS)
def test_each_required_rule_blocks(condition: str, blocked: set[str]) -> None:
    for code in blocked:
        rules = DEFAULT_BY_CODE[code]
        reasons = check(
            blocks=rules.blocks, warns=rules.warns, conditions=[condition], allergies=[]
        )
        assert reasons == (Reason(Severity.BLOCK, condition=condition),), code
        assert needs_override(reasons)


def test_anticoagulants_warn_for_every_injection_without_blocking() -> None:
    for code in INJECTIONS:
        rules = DEFAULT_BY_CODE[code]
        reasons = check(
            blocks=rules.blocks, warns=rules.warns, conditions=["anticoagulants"], allergies=[]
        )
        assert reasons == (Reason(Severity.WARN, condition="anticoagulants"),), code
        assert not needs_override(reasons)


def test_every_reason_is_given_at_once_blocks_first() -> None:
    rules = DEFAULT_BY_CODE["filler_ha"]
    reasons = check(
        blocks=rules.blocks,
        warns=rules.warns,
        conditions=["anticoagulants", "pregnancy", "herpes_active", "psoriasis"],
        allergies=["lidocaine", "latex"],
        products=[ProductContents("Filler Lido", ("hyaluronic_acid", "lidocaine"))],
    )
    assert reasons == (
        Reason(Severity.BLOCK, condition="pregnancy"),
        Reason(Severity.BLOCK, condition="herpes_active"),
        Reason(Severity.BLOCK, substance="lidocaine", product="Filler Lido"),
        Reason(Severity.WARN, condition="anticoagulants"),
    )


def test_an_allergy_in_free_text_matches_whatever_the_case_and_spacing() -> None:
    reasons = check(
        blocks=(),
        warns=(),
        conditions=(),
        allergies=["  Пчелиный   ВОСК "],
        products=[ProductContents("Balm", ("пчелиный воск",))],
    )
    assert reasons == (Reason(Severity.BLOCK, substance="  Пчелиный   ВОСК ", product="Balm"),)


def test_nothing_against_a_healthy_client() -> None:
    rules = DEFAULT_BY_CODE["botulinum"]
    assert check(blocks=rules.blocks, warns=rules.warns, conditions=(), allergies=()) == ()
