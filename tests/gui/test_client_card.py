"""The client card: what it shows, its links and banners, and its actions on the services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QTabWidget, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from salon_crm.domain.common.enums import (
    ConsentPurpose,
    CustomFieldType,
    ExpiringDocumentKind,
    SocialNetwork,
)
from salon_crm.domain.documents.template_kinds import TemplateKind
from salon_crm.gui.clients.archive_dialog import ArchiveDialog, ArchiveReason
from salon_crm.gui.clients.card import contact_links
from salon_crm.gui.clients.card.client_card_view import ClientCardView
from salon_crm.gui.clients.card.client_history_model import (
    ClientHistoryModel,
    HistoryColumn,
    phrase_text,
)
from salon_crm.gui.clients.merge_dialog import MergeDialog
from salon_crm.gui.clients.questionnaire import questionnaire_dialog
from salon_crm.services.clients.client_service import ClientService
from salon_crm.services.clients.client_types import (
    ClientCard,
    ClientInput,
    ConsentData,
    ExpiringDocumentData,
    PhoneData,
    SocialLinkData,
)
from salon_crm.services.clients.history_catalogue import HistoryLine
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.documents.document_service import DocumentRequest, DocumentService
from tests.conftest import Staff
from tests.legacy_data import give_main_phone

# A shown top-level widget whose layout changes makes the offscreen platform say this.
shown = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


CardFactory = Callable[[Actor], ClientCardView]


@pytest.fixture
def make_card(qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> CardFactory:
    """A card of `actor` on the test's salon; it never hands a link to the real system."""

    def make(actor: Actor) -> ClientCardView:
        view = ClientCardView(workspace, actor)
        qtbot.addWidget(view)
        view.resize(900, 700)
        monkeypatch.setattr(view, "open_url", lambda url: pytest.fail(f"a test opened {url}"))
        return view

    return make


def _child(view: QWidget, kind: type[QWidget], name: str) -> QWidget:
    found = view.findChild(kind, name)
    assert found is not None, name
    return found


def _label(view: QWidget, name: str) -> QLabel:
    found = _child(view, QLabel, name)
    assert isinstance(found, QLabel)
    return found


def _action(view: QWidget, name: str) -> QAction:
    found = view.findChild(QAction, name)
    assert found is not None, name
    return found


def _show_tab(view: ClientCardView, name: str) -> None:
    tabs = view.findChild(QTabWidget, "cardTabs")
    tab = view.findChild(QWidget, name)
    assert tabs is not None and tab is not None, name
    tabs.setCurrentWidget(tab)


def _texts(view: QWidget) -> set[str]:
    return {label.text() for label in view.findChildren(QLabel)}


def _anna(workspace: Workspace, staff: Staff, **changes: Any) -> ClientCard:
    data = ClientInput(
        last_name="Коваль",
        first_name="Анна",
        birth_date=date(1990, 3, 8),
        phones=(PhoneData("0671234567", has_viber=True, has_whatsapp=True),),
    )
    return workspace.clients(staff.admin).create(replace(data, **changes))


def _age(birth: date) -> int:
    today = date.today()
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


# --- what the card shows -----------------------------------------------------------------


def test_card_shows_name_main_phone_tags_and_age(
    workspace: Workspace, staff: Staff, make_card: CardFactory
) -> None:
    settings = workspace.settings(staff.owner)
    regular = settings.save_list_item("tags", name="Постійна")
    botox = settings.save_list_item("tags", name="Ботокс")
    client = _anna(workspace, staff, tag_ids=frozenset({regular.id, botox.id}), is_vip=True)
    view = make_card(staff.admin)

    view.show_client(client.id)

    assert _label(view, "cardName").text() == "Коваль Анна"
    phone = _child(view, QToolButton, "cardPhone")
    assert isinstance(phone, QToolButton) and phone.text() == "067 123 4567"
    tags = {chip.text() for chip in view.findChildren(QLabel, "cardTag")}
    assert tags == {"Постійна", "Ботокс"}
    facts = _label(view, "cardFacts").text()
    assert f"age {_age(date(1990, 3, 8))}" in facts and "08.03.1990" in facts
    assert f"No. {client.number}" in facts
    assert "VIP" in {chip.text() for chip in view.findChildren(QLabel)}
    assert not _label(view, "cardBanner").isVisibleTo(view)


@shown
def test_clicking_the_phone_copies_it(
    qtbot: QtBot, workspace: Workspace, staff: Staff, make_card: CardFactory
) -> None:
    client = _anna(workspace, staff)
    view = make_card(staff.admin)
    view.show_client(client.id)
    view.show()
    qtbot.waitExposed(view)
    QGuiApplication.clipboard().clear()

    qtbot.mouseClick(_child(view, QToolButton, "cardPhone"), Qt.MouseButton.LeftButton)

    assert QGuiApplication.clipboard().text() == "+380671234567"
    assert "Copied" in _label(view, "cardStatus").text()


def test_messenger_links_follow_the_questionnaire(
    workspace: Workspace, staff: Staff, make_card: CardFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = _anna(
        workspace,
        staff,
        phones=(
            PhoneData("0671234567", has_viber=True, has_whatsapp=True),
            PhoneData("0501112233", has_telegram=True),
        ),
        emails=("anna@example.com",),
        social_links=(SocialLinkData(SocialNetwork.INSTAGRAM, "@anna.beauty"),),
    )
    view = make_card(staff.admin)
    opened: list[str] = []
    monkeypatch.setattr(view, "open_url", opened.append)
    view.show_client(client.id)

    names = {b.objectName() for b in view.findChildren(QToolButton) if b.objectName()}
    assert {"phoneLink_tel_0", "phoneLink_viber_0", "phoneLink_whatsapp_0"} <= names
    assert "phoneLink_telegram_0" not in names
    assert {"phoneLink_tel_1", "phoneLink_telegram_1"} <= names
    assert "phoneLink_viber_1" not in names and "phoneLink_whatsapp_1" not in names
    for name in ("phoneLink_tel_0", "phoneLink_viber_0", "phoneLink_whatsapp_0"):
        button = _child(view, QToolButton, name)
        assert isinstance(button, QToolButton)
        button.click()
    _child(view, QToolButton, "phoneLink_telegram_1").click()  # type: ignore[attr-defined]
    _label(view, "cardEmails").linkActivated.emit("mailto:anna@example.com")
    profiles = _label(view, "cardProfiles")
    assert "https://instagram.com/anna.beauty" in profiles.text()

    assert opened == [
        "tel:+380671234567",
        "viber://chat?number=%2B380671234567",
        "https://wa.me/380671234567",
        "https://t.me/+380501112233",
        "mailto:anna@example.com",
    ]


def test_contact_links() -> None:
    assert contact_links.tel_url("+48601234567") == "tel:+48601234567"
    assert contact_links.viber_url("+380671234567") == "viber://chat?number=%2B380671234567"
    assert contact_links.whatsapp_url("+380671234567") == "https://wa.me/380671234567"
    assert contact_links.mailto_url(" a.b+c@example.com ") == "mailto:a.b+c@example.com"
    social = contact_links.social_url
    assert social(SocialNetwork.INSTAGRAM, "@anna") == "https://instagram.com/anna"
    assert social(SocialNetwork.TIKTOK, "anna") == "https://www.tiktok.com/@anna"
    assert social(SocialNetwork.WEBSITE, "salon.ua") == "https://salon.ua"
    assert social(SocialNetwork.FACEBOOK, "https://fb.com/x") == "https://fb.com/x"
    # Nothing that is not a web link is opened from a free-text profile.
    assert social(SocialNetwork.OTHER, "javascript:alert(1)") is None
    assert social(SocialNetwork.OTHER, "ask at the desk") is None


def test_banner_shows_blacklist_and_expired_documents_only(
    workspace: Workspace, staff: Staff, make_card: CardFactory
) -> None:
    regular = _anna(workspace, staff)
    banned = _anna(
        workspace, staff, first_name="Ольга", phones=(PhoneData("0501112233"),), is_blacklisted=True
    )
    expired = _anna(
        workspace,
        staff,
        first_name="Ірина",
        phones=(PhoneData("0931112233"),),
        expiring_documents=(
            ExpiringDocumentData(
                ExpiringDocumentKind.MEDICAL_CERTIFICATE, expires_on=date(2020, 1, 31)
            ),
        ),
    )
    view = make_card(staff.admin)
    banner = _label(view, "cardBanner")

    view.show_client(banned.id)
    assert banner.isVisibleTo(view) and "BLACKLIST" in banner.text()
    assert "#b00020" in banner.styleSheet()

    view.show_client(regular.id)
    assert not banner.isVisibleTo(view)

    view.show_client(expired.id)
    assert banner.isVisibleTo(view)
    assert "Medical certificate" in banner.text() and "31.01.2020" in banner.text()
    assert "BLACKLIST" not in banner.text()


def test_visible_note_and_questionnaire_summary(
    workspace: Workspace, staff: Staff, make_card: CardFactory
) -> None:
    parent = _anna(workspace, staff, first_name="Оксана", phones=(PhoneData("0501112233"),))
    child = _anna(
        workspace,
        staff,
        first_name="Софія",
        phones=(PhoneData("0931112233"),),
        parent_id=parent.id,
        visible_notes="Allergic to <b>lidocaine</b>",
        consents=(ConsentData(ConsentPurpose.PERSONAL_DATA),),
    )
    view = make_card(staff.admin)
    opened: list[int] = []
    view.open_client_requested.connect(opened.append)
    view.show_client(child.id)

    note = _label(view, "cardNotes")
    # The client's own words are never read as HTML.
    assert note.text() == "Allergic to <b>lidocaine</b>"
    assert note.textFormat() == Qt.TextFormat.PlainText
    texts = [label.text() for label in view.findChildren(QLabel)]
    assert any("Processing of personal data" in t for t in texts)
    family = _label(view, "cardFamily")
    assert f"client:{parent.id}" in family.text()
    family.linkActivated.emit(f"client:{parent.id}")
    assert opened == [parent.id]

    view.show_client(parent.id)
    assert f"client:{child.id}" in _label(view, "cardFamily").text()


# --- actions -----------------------------------------------------------------------------


def test_archive_with_a_reason(
    qtbot: QtBot,
    workspace: Workspace,
    staff: Staff,
    make_card: CardFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client = _anna(workspace, staff)
    view = make_card(staff.admin)
    view.show_client(client.id)
    asked: list[str] = []

    def answer(name: str) -> str:
        asked.append(name)
        return "Moved away: to Lviv"

    monkeypatch.setattr(view, "ask_archive_reason", answer)
    with qtbot.waitSignal(view.client_changed) as changed:
        _action(view, "archiveAction").trigger()

    assert changed.args == [client.id] and asked == ["Коваль Анна"]
    stored = workspace.clients(staff.admin).card(client.id)
    assert stored.archived_at is not None and stored.archive_reason == "Moved away: to Lviv"
    archived = _label(view, "cardArchivedBanner")
    assert archived.isVisibleTo(view)
    assert "Moved away: to Lviv" in archived.text()
    assert stored.archived_at.astimezone().strftime("%d.%m.%Y") in archived.text()
    assert not _action(view, "archiveAction").isVisible()
    assert not _action(view, "mergeAction").isVisible()
    assert _action(view, "restoreAction").isVisible()


def test_cancelled_archive_changes_nothing(
    qtbot: QtBot,
    workspace: Workspace,
    staff: Staff,
    make_card: CardFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client = _anna(workspace, staff)
    view = make_card(staff.admin)
    view.show_client(client.id)
    monkeypatch.setattr(view, "ask_archive_reason", lambda name: None)
    with qtbot.assertNotEmitted(view.client_changed):
        _action(view, "archiveAction").trigger()
    assert workspace.clients(staff.admin).card(client.id).archived_at is None


def test_restore(qtbot: QtBot, workspace: Workspace, staff: Staff, make_card: CardFactory) -> None:
    client = _anna(workspace, staff)
    workspace.clients(staff.admin).archive(client.id, reason="Duplicate card")
    view = make_card(staff.admin)
    view.show_client(client.id)
    assert _label(view, "cardArchivedBanner").isVisibleTo(view)

    with qtbot.waitSignal(view.client_changed):
        _action(view, "restoreAction").trigger()

    assert workspace.clients(staff.admin).card(client.id).archived_at is None
    assert not _label(view, "cardArchivedBanner").isVisibleTo(view)
    assert _action(view, "archiveAction").isVisible()
    assert view.message_text() == ""


def test_restore_refused_when_the_phone_went_to_someone_else(
    qtbot: QtBot, workspace: Workspace, staff: Staff, make_card: CardFactory
) -> None:
    client = _anna(workspace, staff)
    clients = workspace.clients(staff.admin)
    clients.archive(client.id, reason="Moved away")
    newcomer = clients.create(ClientInput(first_name="Олена", phones=(PhoneData("0501112233"),)))
    give_main_phone(workspace, newcomer.id, "+380671234567")
    view = make_card(staff.admin)
    view.show_client(client.id)
    opened: list[int] = []
    view.open_client_requested.connect(opened.append)

    with qtbot.assertNotEmitted(view.client_changed):
        _action(view, "restoreAction").trigger()

    assert clients.card(client.id).archived_at is not None
    message = view.message_text()
    assert f"already belongs to client No. {newcomer.number}" in message
    assert f"client:{newcomer.id}" in message
    _label(view, "cardMessage").linkActivated.emit(f"client:{newcomer.id}")
    assert opened == [newcomer.id]


def test_refusals_are_messages_not_tracebacks(
    workspace: Workspace, staff: Staff, make_card: CardFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = _anna(workspace, staff)
    view = make_card(staff.specialist)
    view.show_client(client.id)
    monkeypatch.setattr(view, "ask_archive_reason", lambda name: "Moved away")

    view.archive()  # the action is hidden; the service still says no

    assert "role does not allow" in view.message_text()
    assert workspace.clients(staff.admin).card(client.id).archived_at is None
    view.show_client(999_999)
    assert "no longer exists" in _label(view, "cardEmpty").text()


def test_specialist_gets_no_archive_or_merge(
    workspace: Workspace, staff: Staff, make_card: CardFactory
) -> None:
    client = _anna(workspace, staff)
    view = make_card(staff.specialist)
    view.show_client(client.id)
    assert _action(view, "editAction").isVisible()
    for name in ("archiveAction", "mergeAction", "restoreAction"):
        assert not _action(view, name).isVisible(), name

    receptionist = make_card(staff.admin)
    receptionist.show_client(client.id)
    assert _action(receptionist, "archiveAction").isVisible()
    assert _action(receptionist, "mergeAction").isVisible()


def _fake_questionnaire(renamed_to: str, workspace: Workspace, actor: Actor) -> type[QDialog]:
    class FakeQuestionnaire(QDialog):
        client_saved = Signal(int)
        open_client_requested = Signal(int)
        client_restored = Signal(int)
        opened_for: list[int | None] = []  # noqa: RUF012 - a record of the test

        def __init__(
            self,
            ws: Workspace,
            who: Actor,
            *,
            client_id: int | None = None,
            on_load_failure: Callable[[Exception], object] | None = None,
            parent: QWidget | None = None,
        ) -> None:
            super().__init__(parent)
            assert ws is workspace and who == actor and on_load_failure is not None
            self._client_id = client_id
            FakeQuestionnaire.opened_for.append(client_id)

        def exec(self) -> int:
            assert self._client_id is not None
            clients = workspace.clients(actor)
            card = clients.card(self._client_id)
            clients.update(card.id, replace(card.edit_input(), first_name=renamed_to))
            self.client_saved.emit(card.id)
            return QDialog.DialogCode.Accepted.value

    return FakeQuestionnaire


def test_edit_opens_the_questionnaire_and_reloads(
    qtbot: QtBot,
    workspace: Workspace,
    staff: Staff,
    monkeypatch: pytest.MonkeyPatch,
    make_card: CardFactory,
) -> None:
    client = _anna(workspace, staff)
    fake = _fake_questionnaire("Ганна", workspace, staff.admin)
    monkeypatch.setattr(questionnaire_dialog, "QuestionnaireDialog", fake)
    view = make_card(staff.admin)
    view.show_client(client.id)

    with qtbot.waitSignal(view.client_changed) as changed:
        _action(view, "editAction").trigger()

    assert changed.args == [client.id]
    assert fake.opened_for == [client.id]  # type: ignore[attr-defined]
    assert _label(view, "cardName").text() == "Коваль Ганна"


def test_merge_from_the_card(
    qtbot: QtBot,
    workspace: Workspace,
    staff: Staff,
    make_card: CardFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    survivor = _anna(workspace, staff)
    duplicate = _anna(
        workspace,
        staff,
        first_name="Ганна",
        birth_date=date(1990, 3, 9),
        phones=(PhoneData("0501112233"),),
    )
    view = make_card(staff.admin)
    view.show_client(survivor.id)

    def drive(dialog: QDialog) -> int:
        assert isinstance(dialog, MergeDialog)
        dialog.choose_duplicate(duplicate.id)
        dialog.take_from_duplicate("birth_date")
        monkeypatch.setattr(dialog, "confirm_merge", lambda: True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(view, "exec_dialog", drive)
    with qtbot.waitSignal(view.client_changed) as changed:
        _action(view, "mergeAction").trigger()

    assert changed.args == [survivor.id]
    assert "09.03.1990" in _label(view, "cardFacts").text()
    phones = {
        b.text() for b in view.findChildren(QToolButton) if b.objectName().startswith("cardPhone")
    }
    assert phones == {"067 123 4567", "050 111 2233"}

    opened: list[int] = []
    view.open_client_requested.connect(opened.append)
    view.show_client(duplicate.id)
    merged = _label(view, "cardArchivedBanner")
    assert "Merged into" in merged.text() and f"client:{survivor.id}" in merged.text()
    merged.linkActivated.emit(f"client:{survivor.id}")
    assert opened == [survivor.id]
    assert not _action(view, "editAction").isEnabled()


# --- history -----------------------------------------------------------------------------


def test_history_tab_lists_the_edit_with_who_and_values(
    qtbot: QtBot, workspace: Workspace, staff: Staff, make_card: CardFactory
) -> None:
    client = _anna(workspace, staff)
    workspace.clients(staff.owner).update(
        client.id, replace(client.edit_input(), first_name="Ганна", discount_percent=10)
    )
    view = make_card(staff.admin)
    view.show_client(client.id)
    assert view.history_model.rowCount() == 0  # loaded when the tab is opened

    with qtbot.waitSignal(view.history_loaded):
        _show_tab(view, "cardHistory")

    model = view.history_model
    lines = [
        tuple(model.index(r, c).data() for c in HistoryColumn) for r in range(model.rowCount())
    ]
    edits = [line for line in lines if line[HistoryColumn.WHAT] == "First name"]
    assert len(edits) == 1
    when, who, _what, old, new = edits[0]
    assert (who, old, new) == ("Олена Коваль", "Анна", "Ганна")
    assert len(when) == len("dd.mm.yyyy hh:mm") and when[2] == "." and when[5] == "."
    assert ("Discount, %", "0", "10") in [line[2:] for line in lines]
    assert any(line[HistoryColumn.WHAT] == "Card created" for line in lines)
    assert any(line[HistoryColumn.WHAT] == "Phone added" for line in lines)


def test_tabs_load_when_first_shown_for_each_client(
    qtbot: QtBot,
    workspace: Workspace,
    staff: Staff,
    make_card: CardFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    anna = _anna(workspace, staff)
    olga = _anna(workspace, staff, first_name="Ольга", phones=(PhoneData("0501112233"),))
    fetched: list[int] = []
    history = ClientService.history

    def counted(service: ClientService, client_id: int, **options: Any) -> list[HistoryLine]:
        fetched.append(client_id)
        return history(service, client_id, **options)

    monkeypatch.setattr(ClientService, "history", counted)
    view = make_card(staff.admin)
    view.show_client(anna.id)
    assert "Personal" in _texts(view)  # the tab in front is built
    assert "Documents of the client" not in _texts(view)
    assert fetched == []

    _show_tab(view, "documentsTab")
    assert "Documents of the client" in _texts(view)
    assert fetched == []
    with qtbot.waitSignal(view.history_loaded) as loaded:
        _show_tab(view, "cardHistory")
    assert loaded.args == [anna.id] and fetched == [anna.id]
    assert view.history_model.rowCount() > 0
    _show_tab(view, "cardQuestionnaireTab")
    _show_tab(view, "cardHistory")
    assert fetched == [anna.id]  # once per client, not on every visit

    # Another client starts afresh: only the tab in front (history) loads.
    with qtbot.waitSignal(view.history_loaded) as loaded:
        view.show_client(olga.id)
    assert loaded.args == [olga.id] and fetched == [anna.id, olga.id]
    assert "Personal" not in _texts(view)
    _show_tab(view, "cardQuestionnaireTab")
    assert "Personal" in _texts(view)


def test_history_model_passes_the_model_tester(
    qtmodeltester: object, workspace: Workspace, staff: Staff
) -> None:
    client = _anna(workspace, staff, emails=("anna@example.com",))
    clients = workspace.clients(staff.admin)
    clients.update(client.id, replace(client.edit_input(), middle_name="Петрівна"))
    model = ClientHistoryModel()
    model.set_rows(clients.history(client.id))
    assert model.rowCount() > 3
    whats = [model.index(r, HistoryColumn.WHAT).data() for r in range(model.rowCount())]
    assert "E-mail added" in whats and "Middle name" in whats
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_rows([])
    qtmodeltester.check(model)  # type: ignore[attr-defined]


# --- the archive dialog ------------------------------------------------------------------


def test_archive_dialog_requires_a_reason(qtbot: QtBot) -> None:
    dialog = ArchiveDialog("Коваль Анна")
    qtbot.addWidget(dialog)
    confirm = dialog.findChild(QWidget, "archiveConfirm")
    assert confirm is not None and not confirm.isEnabled()

    dialog.choose(ArchiveReason.OTHER)
    assert not confirm.isEnabled() and dialog.reason() == ""
    dialog.choose(ArchiveReason.OTHER, "  went   abroad ")
    assert confirm.isEnabled() and dialog.reason() == "went abroad"
    dialog.choose(ArchiveReason.MOVED_AWAY)
    assert confirm.isEnabled() and dialog.reason() == "Moved away"
    dialog.choose(ArchiveReason.ASKED_TO_BE_REMOVED, "by phone")
    assert dialog.reason() == "Asked to be removed: by phone"


def test_edit_builds_the_real_questionnaire_for_this_client(
    qtbot: QtBot,
    workspace: Workspace,
    staff: Staff,
    make_card: CardFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client = _anna(workspace, staff)
    view = make_card(staff.admin)
    view.show_client(client.id)
    seen: list[QDialog] = []

    def close_at_once(dialog: QDialog) -> int:
        seen.append(dialog)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(view, "exec_dialog", close_at_once)
    with qtbot.assertNotEmitted(view.client_changed):
        _action(view, "editAction").trigger()
    assert len(seen) == 1 and isinstance(seen[0], questionnaire_dialog.QuestionnaireDialog)


def test_history_lines_name_the_phone_and_the_custom_field(
    workspace: Workspace, staff: Staff
) -> None:
    workspace.settings(staff.owner).save_custom_field(
        key="master", label="Майстер", field_type=CustomFieldType.TEXT
    )
    clients = workspace.clients(staff.admin)
    card = clients.create(
        ClientInput(
            first_name="Анна",
            phones=(PhoneData("0671234567"), PhoneData("0441234567")),
            custom_values={"master": "Ольга"},
        )
    )
    form = card.edit_input()
    clients.update(
        card.id,
        replace(
            form,
            phones=(form.phones[0], replace(form.phones[1], has_viber=True)),
            custom_values={"master": "Марта"},
        ),
    )
    whats = [phrase_text(line.what) for line in clients.history(card.id)]
    assert any("+380441234567" in w and "Viber" in w for w in whats), whats
    assert any("Майстер" in w for w in whats), whats


def test_a_lapsed_consent_is_marked_expired_with_its_document_and_warned_of(
    make_card: CardFactory, workspace: Workspace, staff: Staff
) -> None:
    anna = _anna(workspace, staff)
    template = next(
        t.id
        for t in workspace.templates(staff.admin).templates()
        if t.kind is TemplateKind.HEALTH_DATA_CONSENT
    )
    workspace.templates(staff.owner).set_consent_validity(template, 1)
    long_ago = datetime(2025, 3, 1, 12, tzinfo=UTC)
    signed = DocumentService(
        workspace.db, staff.admin, workspace.media, clock=lambda: long_ago
    ).make(DocumentRequest(anna.id, template, blank_missing=True, signed_on_paper=True))
    view = make_card(staff.admin)
    view.show_client(anna.id)
    lines = [t for t in _texts(view) if "01.03.2025" in t]
    assert len(lines) == 1 and signed.number in lines[0] and "expired on 31.03.2025" in lines[0]
    banner = _label(view, "cardBanner")
    assert not banner.isHidden() and "Consent expired" in banner.text()
