"""A home-care product: added with its start and usage, opened again to write down how it
worked."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from salon_crm.gui.common.date_field import DateField
from salon_crm.gui.health.health_form_dialog import HealthFormDialog
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.health.assessment_types import HomeCareInput, HomeCareRow
from salon_crm.services.health.assessment_validation import PRODUCT_LIMIT


class HomeCareDialog(HealthFormDialog):
    """`entry` None adds a product; a stored entry opens with the outcome to fill in."""

    def __init__(
        self,
        workspace: Workspace,
        actor: Actor,
        client_id: int,
        *,
        entry: HomeCareRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("homeCareDialog")
        self._service = workspace.home_care(actor)
        self._client_id = client_id
        self._entry = entry
        self.setWindowTitle(
            self.tr("Home care product") if entry is None else self.tr("How the product worked")
        )
        content = QWidget(self)
        form = QFormLayout(content)
        form.setContentsMargins(0, 0, 0, 0)
        self._started = DateField(content)
        self._started.setObjectName("startedOnInput")
        self._product = QLineEdit(content)
        self._product.setObjectName("productInput")
        self._product.setMaxLength(PRODUCT_LIMIT)
        self._product.setPlaceholderText(self.tr("Brand and name, e.g. a vitamin C serum"))
        self._usage = self._text_box("usageInput", self.tr("How and when, e.g. mornings"), 60)
        self._outcome = self._text_box(
            "outcomeInput", self.tr("What changed, any irritation, whether to continue"), 90
        )
        form.addRow(self.tr("Since"), self.errors.field("started_on", self._started, "started_on"))
        form.addRow(self.tr("Product"), self.errors.field("product", self._product, "product"))
        form.addRow(self.tr("Usage"), self.errors.field("usage", self._usage, "usage"))
        form.addRow(self.tr("Outcome"), self.errors.field("outcome", self._outcome, "outcome"))
        self.set_content(content)
        start = entry.data if entry is not None else HomeCareInput(product="")
        self._started.set_date(start.started_on or date.today())
        self._product.setText(start.product)
        self._usage.setPlainText(start.usage)
        self._outcome.setPlainText(start.outcome)
        self.mark_unchanged()
        (self._product if entry is None else self._outcome).setFocus()
        self.resize(520, self.sizeHint().height())

    def _text_box(self, name: str, placeholder: str, height: int) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setObjectName(name)
        box.setPlaceholderText(placeholder)
        box.setTabChangesFocus(True)
        box.setMinimumHeight(height)
        return box

    def collect(self) -> HomeCareInput:
        return HomeCareInput(
            product=self._product.text(),
            started_on=self._started.date_value(),
            usage=self._usage.toPlainText(),
            outcome=self._outcome.toPlainText(),
        )

    def day_field(self) -> tuple[str, DateField]:
        return "started_on", self._started

    def submit(self) -> int:
        data = self.collect()
        if self._entry is None:
            return self._service.add(self._client_id, data).id
        return self._service.update(self._entry.id, data).id
