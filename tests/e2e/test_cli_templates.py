"""`salon-crm clients add --template NAME`: a client from a template for new cards."""

from __future__ import annotations

from salon_crm.services.core.workspace import Workspace
from salon_crm.services.settings.card_templates import CardTemplateData
from tests.cli_runner import run
from tests.conftest import PASSWORD, Staff


def test_a_client_is_added_from_a_template_by_name(workspace: Workspace, staff: Staff) -> None:
    source = workspace.settings(staff.owner).save_list_item("sources", name="Instagram")
    workspace.card_templates(staff.owner).save_template(
        CardTemplateData(name="Instagram promo", source_id=source.id, discount_percent=5)
    )
    data_dir = workspace.data_dir
    args = ("--user", "owner", "clients", "add", "--first", "Анна", "--phone", "0671234567")
    done = run(data_dir, *args, "--template", "instagram PROMO", password=PASSWORD)
    assert done.returncode == 0, done.stderr
    (row,) = workspace.search(staff.owner).search("Анна").rows
    card = workspace.clients(staff.owner).card(row.id)
    assert (card.source, card.data.discount_percent) == ("Instagram", 5)

    missing = run(data_dir, *args, "--template", "Nope", password=PASSWORD)
    assert missing.returncode != 0 and "Nope" in missing.stderr
