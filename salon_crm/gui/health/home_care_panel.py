"""The products a client uses at home: since when, how, and how they worked."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from salon_crm.domain.common.dates import format_day
from salon_crm.gui.common.row_table_model import RowColumn
from salon_crm.gui.health.health_form_dialog import HealthFormDialog
from salon_crm.gui.health.home_care_dialog import HomeCareDialog
from salon_crm.gui.health.record_panel import RecordPanel
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.health.assessment_types import HomeCareRow


class HomeCarePanel(RecordPanel[HomeCareRow]):
    """Signals (see RecordPanel): client_changed(int) after a product is stored."""

    def __init__(
        self, workspace: Workspace, actor: Actor, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            workspace.home_care(actor),
            actor,
            client_id,
            parent,
            closed_text=self.tr("Home care is seen only by specialists and the owner."),
            columns=[
                RowColumn(lambda: self.tr("Since"), lambda row: format_day(row.started_on)),
                RowColumn(lambda: self.tr("Product"), lambda row: row.data.product),
                RowColumn(lambda: self.tr("Usage"), lambda row: _one_line(row.data.usage)),
                RowColumn(
                    lambda: self.tr("Outcome"),
                    lambda row: _one_line(row.data.outcome),
                    tooltip=lambda row: row.data.outcome,
                ),
            ],
        )
        self.setObjectName("homeCarePanel")
        self._workspace = workspace
        if not self.readable:
            return
        self.add_button("addHomeCareButton", self.tr("Add a product"), self.open_new, writes=True)
        self.edit_button = self.add_button(
            "editHomeCareButton", self.tr("Write the outcome"), self.open_selected, writes=True
        )
        self.table.setObjectName("homeCareList")
        self.body.addWidget(self.table)
        self.setMinimumHeight(160)
        self.reload()

    def show_rows(self, rows: list[HomeCareRow]) -> None:
        self.edit_button.setEnabled(bool(rows))

    def dialog_for(self, row: HomeCareRow | None) -> HealthFormDialog:
        return HomeCareDialog(self._workspace, self.actor, self.client_id, entry=row, parent=self)


def _one_line(text: str) -> str:
    return " ".join(text.split())
