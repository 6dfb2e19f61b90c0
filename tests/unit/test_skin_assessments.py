"""Skin assessments: every scale checked against its range, the Baumann type, the
same-day correction rule, who may read and write, the audit of reads, the consent, and
the history the chart draws."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from salon_crm.db.models import AuditEntry
from salon_crm.domain.common.enums import AuditAction, Role
from salon_crm.domain.common.errors import (
    ConsentRequiredError,
    PermissionDeniedError,
    ValidationError,
)
from salon_crm.domain.health import skin_messages
from salon_crm.domain.health.skin import SCALES, SkinType, WrinkleType
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.health.assessment_service import AssessmentService
from salon_crm.services.health.assessment_types import AssessmentInput
from tests.conftest import PASSWORD, Staff
from tests.skin_records import new_client

TODAY = date.today()
FULL = AssessmentInput(
    skin_type=SkinType.COMBINATION,
    fitzpatrick=3,
    glogau=2,
    baumann="ospt",
    turgor=4,
    sensitivity=2,
    pigmentation=1,
    vascular=0,
    acne_grade=1,
    wrinkle_type=WrinkleType.EXPRESSION,
    wrinkle_depth=1,
    description="  Розширені пори на Т-зоні.  ",
    face_chart='{"v":1,"markers":[]}',
)


def _audit(workspace: Workspace, client_id: int) -> list[AuditEntry]:
    with workspace.db.session(user_id=None) as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.client_id == client_id).order_by(AuditEntry.id)
            )
        )


def _fields(error: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {problem.field for problem in error.value.errors}


def test_an_assessment_is_stored_tidied_and_listed_newest_first(
    workspace: Workspace, staff: Staff
) -> None:
    client_id = new_client(workspace, staff.admin)
    service = workspace.assessments(staff.specialist)
    older = service.record(client_id, replace(FULL, assessed_on=TODAY - timedelta(days=60)))
    newer = service.record(client_id, AssessmentInput(fitzpatrick=2))

    rows = service.list(client_id)
    assert [row.id for row in rows] == [newer.id, older.id]
    assert newer.assessed_on == TODAY  # no day given: today
    assert newer.specialist_name == "Марина"
    assert older.data.baumann == "OSPT"
    assert older.data.description == "Розширені пори на Т-зоні."
    assert older.data.skin_type is SkinType.COMBINATION
    assert older.data.face_chart == '{"v":1,"markers":[]}'
    assert rows[1].data == replace(
        FULL, assessed_on=older.assessed_on, baumann="OSPT", description=older.data.description
    )


@pytest.mark.parametrize("scale", list(SCALES))
def test_every_scale_accepts_its_range_and_refuses_beyond_it(
    workspace: Workspace, staff: Staff, scale: str
) -> None:
    client_id = new_client(workspace, staff.admin)
    service = workspace.assessments(staff.specialist)
    low, high = SCALES[scale]
    for value in (low, high):
        stored = service.record(client_id, AssessmentInput(**{scale: value}))
        assert stored.data.scale_value(scale) == value
    for value in (low - 1, high + 1):
        with pytest.raises(ValidationError) as refused:
            service.record(client_id, AssessmentInput(**{scale: value}))
        assert _fields(refused) == {scale}
        assert refused.value.errors[0].template == skin_messages.SCALE_RANGE
    assert len(service.list(client_id)) == 2  # nothing of the refused ones was written


def test_the_phototype_and_glogau_ranges_are_said_in_roman_numerals(
    workspace: Workspace, staff: Staff
) -> None:
    client_id = new_client(workspace, staff.admin)
    with pytest.raises(ValidationError) as refused:
        workspace.assessments(staff.specialist).record(
            client_id, AssessmentInput(fitzpatrick=7, glogau=0, acne_grade=9)
        )
    messages = {problem.field: problem.message for problem in refused.value.errors}
    assert messages == {
        "fitzpatrick": "Pick a value from I to VI.",
        "glogau": "Pick a value from I to IV.",
        "acne_grade": "Pick a value from 0 to 4.",
    }


@pytest.mark.parametrize("typed", ["OSP", "OSPTX", "OOPT", "XSPT", "DRNX", "12 4"])
def test_a_baumann_type_is_one_letter_of_each_pair(
    workspace: Workspace, staff: Staff, typed: str
) -> None:
    client_id = new_client(workspace, staff.admin)
    with pytest.raises(ValidationError) as refused:
        workspace.assessments(staff.specialist).record(client_id, AssessmentInput(baumann=typed))
    assert _fields(refused) == {"baumann"}


@pytest.mark.parametrize("typed", ["DRNT", "osnw", " OSPT "])
def test_baumann_types_of_the_four_pairs_are_accepted(
    workspace: Workspace, staff: Staff, typed: str
) -> None:
    client_id = new_client(workspace, staff.admin)
    stored = workspace.assessments(staff.specialist).record(
        client_id, AssessmentInput(baumann=typed)
    )
    assert stored.data.baumann == typed.strip().upper()


def test_a_future_day_a_damaged_chart_and_unknown_choices_are_refused_together(
    workspace: Workspace, staff: Staff
) -> None:
    client_id = new_client(workspace, staff.admin)
    with pytest.raises(ValidationError) as refused:
        workspace.assessments(staff.specialist).record(
            client_id,
            replace(
                FULL,
                assessed_on=TODAY + timedelta(days=1),
                face_chart="{markers",
                skin_type="greasy",  # type: ignore[arg-type] - as a front end might pass it
            ),
        )
    assert _fields(refused) == {"assessed_on", "face_chart", "skin_type"}


def test_the_administrator_is_refused_every_read_and_write(
    workspace: Workspace, staff: Staff
) -> None:
    client_id = new_client(workspace, staff.admin)
    recorded = workspace.assessments(staff.specialist).record(client_id, FULL)
    service = workspace.assessments(staff.admin)
    calls: list[Callable[[], object]] = [
        lambda: service.list(client_id),
        lambda: service.history(client_id),
        lambda: service.record(client_id, FULL),
        lambda: service.update(recorded.id, FULL),
        lambda: service.check_writable(client_id),
    ]
    for call in calls:
        with pytest.raises(PermissionDeniedError):
            call()
    assert not any(entry.action is AuditAction.READ for entry in _audit(workspace, client_id))


def test_every_read_is_audited_with_the_reader(workspace: Workspace, staff: Staff) -> None:
    client_id = new_client(workspace, staff.admin)
    service = workspace.assessments(staff.specialist)
    service.record(client_id, FULL)
    service.list(client_id)
    workspace.assessments(staff.owner).history(client_id)
    reads = [
        (entry.table_name, entry.row_id, entry.user_id)
        for entry in _audit(workspace, client_id)
        if entry.action is AuditAction.READ
    ]
    assert reads == [
        ("skin_assessments", "*", staff.specialist.user_id),
        ("skin_assessments", "*", staff.owner.user_id),
    ]


def test_without_the_health_data_consent_nothing_is_written(
    workspace: Workspace, staff: Staff
) -> None:
    client_id = new_client(workspace, staff.admin, consent=False)
    service = workspace.assessments(staff.specialist)
    with pytest.raises(ConsentRequiredError):
        service.check_writable(client_id)
    with pytest.raises(ConsentRequiredError):
        service.record(client_id, FULL)
    assert service.list(client_id) == []


def test_a_withdrawn_consent_stops_corrections(workspace: Workspace, staff: Staff) -> None:
    client_id = new_client(workspace, staff.admin)
    service = workspace.assessments(staff.specialist)
    recorded = service.record(client_id, FULL)
    clients = workspace.clients(staff.admin)
    card = clients.card(client_id)
    clients.update(client_id, replace(card.edit_input(), consents=()))
    with pytest.raises(ConsentRequiredError):
        service.update(recorded.id, replace(FULL, acne_grade=3))
    assert service.list(client_id)[0].data.acne_grade == 1


def test_the_author_corrects_the_same_day_and_the_change_is_audited(
    workspace: Workspace, staff: Staff
) -> None:
    client_id = new_client(workspace, staff.admin)
    service = workspace.assessments(staff.specialist)
    recorded = service.record(client_id, FULL)
    assert recorded.correctable
    corrected = service.update(recorded.id, replace(recorded.data, acne_grade=2))
    assert corrected.data.acne_grade == 2
    (change,) = [
        entry
        for entry in _audit(workspace, client_id)
        if entry.action is AuditAction.UPDATE and entry.table_name == "skin_assessments"
    ]
    assert '"acne_grade"' in change.changes
    assert '"glogau"' not in change.changes  # only what changed
    # The owner may correct it too, the same day.
    owner_view = workspace.assessments(staff.owner)
    assert owner_view.list(client_id)[0].correctable
    assert owner_view.update(recorded.id, replace(corrected.data, vascular=1)).data.vascular == 1


def test_another_specialist_or_a_later_day_records_a_new_assessment_instead(
    workspace: Workspace, staff: Staff
) -> None:
    client_id = new_client(workspace, staff.admin)
    yesterday = datetime.now(UTC) - timedelta(days=1)
    old = AssessmentService(workspace.db, staff.specialist, clock=lambda: yesterday).record(
        client_id, FULL
    )
    service = workspace.assessments(staff.specialist)
    assert not service.list(client_id)[0].correctable
    with pytest.raises(ValidationError) as refused:
        service.update(old.id, replace(FULL, acne_grade=3))
    assert refused.value.errors[0].template == skin_messages.ASSESSMENT_LOCKED

    today = service.record(client_id, FULL)
    other = workspace.users(staff.owner).create_user(
        login="cosmo2", password=PASSWORD, role=Role.SPECIALIST, full_name="Дарина"
    )
    colleague = workspace.assessments(Actor(other.id, other.login, other.full_name, other.role))
    assert not colleague.list(client_id)[0].correctable
    with pytest.raises(ValidationError):
        colleague.update(today.id, replace(FULL, acne_grade=3))
    assert [row.data.acne_grade for row in service.list(client_id)] == [1, 1]


def test_history_gives_each_scale_in_date_order(workspace: Workspace, staff: Staff) -> None:
    client_id = new_client(workspace, staff.admin)
    service = workspace.assessments(staff.specialist)
    days = [TODAY - timedelta(days=n) for n in (10, 90, 40)]
    for day, acne in zip(days, (1, 3, 2), strict=True):
        service.record(client_id, AssessmentInput(assessed_on=day, acne_grade=acne, turgor=4))
    service.record(client_id, AssessmentInput(assessed_on=TODAY, fitzpatrick=3))

    history = service.history(client_id)
    acne = history.of("acne_grade")
    assert [(p.assessed_on, p.value) for p in acne.points] == [
        (TODAY - timedelta(days=90), 3),
        (TODAY - timedelta(days=40), 2),
        (TODAY - timedelta(days=10), 1),
    ]
    assert (acne.low, acne.high, acne.changed) == (0, 4, True)
    assert not history.of("turgor").changed
    assert [p.value for p in history.of("fitzpatrick").points] == [3]
    assert history.of("glogau").points == ()
    assert [s.scale for s in history.assessed] == ["fitzpatrick", "turgor", "acne_grade"]
    assert history.days == tuple(sorted([*days, TODAY]))
    assert [visit.assessed_on for visit in history.visits] == sorted([*days, TODAY])
    first = history.visits[0].assessment_id
    assert (history.value_at("acne_grade", first), history.value_at("glogau", first)) == (3, None)
