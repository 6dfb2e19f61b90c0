"""No personal data reaches the log, even when a write fails with it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from salon_crm import paths
from salon_crm.db.models import Anamnesis, AnamnesisAllergy, Client
from salon_crm.domain.common.enums import ConsentPurpose
from salon_crm.gui.shell.error_reporting import ErrorReporter
from salon_crm.services.clients.client_types import ClientInput, ConsentData, PhoneData
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.health.anamnesis_types import AllergyEntry, AnamnesisInput
from tests.conftest import Staff

NAME = "Сколопендрова"
PHONE = "+380671239876"


def test_a_failed_write_logs_neither_name_nor_phone(workspace: Workspace, data_dir: Path) -> None:
    reporter = ErrorReporter(paths.logs_dir(data_dir), on_session_expired=lambda: None)
    told: list[str] = []
    reporter.tell = told.append  # type: ignore[method-assign]
    try:
        with pytest.raises(IntegrityError) as raised:
            for _ in range(2):
                with workspace.db.session(user_id=None) as session:
                    session.add(Client(number="77", last_name=NAME, main_phone=PHONE))
        error = raised.value
        reporter.handle(type(error), error, error.__traceback__)
    finally:
        reporter.uninstall()
    logged = reporter.log_path.read_text(encoding="utf-8")
    assert "IntegrityError" in logged and "Traceback" in logged  # the fault itself is there
    assert NAME not in logged
    assert PHONE not in logged and PHONE[1:] not in logged
    assert told and NAME not in told[0]


def test_no_health_value_reaches_the_log(
    workspace: Workspace, data_dir: Path, staff: Staff
) -> None:
    """An anamnesis recorded, read and refused a second signing of the same version: the
    log has the fault, never the substance, the reaction or the complaint."""
    substance, reaction, complaint = "Ксеноморфін", "Шипучий набряк", "Скарга-7731"
    reporter = ErrorReporter(paths.logs_dir(data_dir), on_session_expired=lambda: None)
    reporter.tell = lambda _text: None  # type: ignore[method-assign]
    try:
        client = workspace.clients(staff.admin).create(
            ClientInput(
                first_name="Ганна",
                phones=(PhoneData("+380671239877"),),
                consents=(ConsentData(ConsentPurpose.HEALTH_DATA),),
            )
        )
        health = workspace.health(staff.specialist)
        health.record(
            client.id,
            AnamnesisInput(complaints=complaint, allergies=(AllergyEntry(substance, reaction),)),
        )
        assert health.alert(client.id).allergies
        again = Anamnesis(client_id=client.id, version=1, complaints=complaint)
        again.allergies = [AnamnesisAllergy(substance=substance, reaction=reaction)]
        user = staff.specialist.user_id
        with pytest.raises(IntegrityError) as raised, workspace.db.session(user_id=user) as session:
            session.add(again)
        error = raised.value
        reporter.handle(type(error), error, error.__traceback__)
    finally:
        reporter.uninstall()
    logged = reporter.log_path.read_text(encoding="utf-8")
    assert "IntegrityError" in logged
    for value in (substance, reaction, complaint):
        assert value not in logged
