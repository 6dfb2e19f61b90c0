"""Every reason against a procedure at once, before it is recorded: the conditions and
allergies that block it (an override needs a written reason) or call for caution, and
the lots that may not be used at all (no reason can override those)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.dates import format_day
from salon_crm.domain.health.contraindications import Reason, Severity
from salon_crm.gui.common.chip import Chip
from salon_crm.gui.procedures.procedure_texts import DEBT_COLOR, condition_name, substance_name
from salon_crm.services.procedures.procedure_types import ContraindicationCheck, RefusedLot

CAUTION_BG, CAUTION_FG = "#ffc107", "#1a1a1a"  # amber with dark text (WCAG AA)
BLOCK_BG, BLOCK_FG = DEBT_COLOR, "#ffffff"


class ContraindicationDialog(QDialog):
    """Accepted: go ahead (with `override_reason()` when a reason blocks); rejected: go
    back to the form. With a refused lot it can only be rejected."""

    def __init__(self, check: ContraindicationCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contraindicationDialog")
        self.setWindowTitle(self.tr("Contraindications"))
        self._check = check
        layout = QVBoxLayout(self)

        intro = QLabel(self._intro(), self)
        intro.setObjectName("contraindicationIntro")
        intro.setWordWrap(True)
        font = intro.font()
        font.setBold(True)
        intro.setFont(font)
        layout.addWidget(intro)

        rows = QWidget()
        grid = QGridLayout(rows)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        refused_tag = self.tr("Refused")
        lines = [
            (refused_tag, BLOCK_BG, BLOCK_FG, self._lot_text(lot)) for lot in check.refused_lots
        ]
        for reason in check.reasons:
            if reason.severity is Severity.BLOCK:
                lines.append((self.tr("Blocks"), BLOCK_BG, BLOCK_FG, self._reason_text(reason)))
            else:
                lines.append(
                    (self.tr("Caution"), CAUTION_BG, CAUTION_FG, self._reason_text(reason))
                )
        for row, (tag, bg, fg, text) in enumerate(lines):
            chip = Chip(tag, rows, bg=bg, fg=fg)
            chip.setObjectName("reasonTag")
            grid.addWidget(chip, row, 0, Qt.AlignmentFlag.AlignTop)
            label = QLabel(text, rows)
            label.setObjectName("reasonText")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setContentsMargins(0, 2, 0, 0)  # level with the chip's text
            grid.addWidget(label, row, 1, Qt.AlignmentFlag.AlignTop)
        area = QScrollArea(self)
        area.setObjectName("reasonList")
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(rows)
        layout.addWidget(area, 1)

        self._reason = QPlainTextEdit(self)
        self._reason.setObjectName("overrideReason")
        self._reason.setAccessibleName(self.tr("Reason to proceed"))
        self._reason.setTabChangesFocus(True)
        self._reason.setFixedHeight(self._reason.fontMetrics().lineSpacing() * 4 + 12)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self._proceed = QPushButton(self)
        self._proceed.setObjectName("proceedButton")
        self._proceed.clicked.connect(self.accept)
        back = QPushButton(self)
        back.setObjectName("goBackButton")
        back.clicked.connect(self.reject)
        if check.refused_lots:
            back.setText(self.tr("Go back and correct the lot"))
            back.setDefault(True)
            self._reason.hide()
            self._proceed.hide()
        elif check.needs_override:
            caption = QLabel(
                self.tr("Why go ahead anyway? The reason is kept in the record:"), self
            )
            caption.setWordWrap(True)
            caption.setBuddy(self._reason)
            layout.addWidget(caption)
            layout.addWidget(self._reason)
            self._proceed.setText(self.tr("Proceed anyway"))
            self._proceed.setEnabled(False)
            self._reason.textChanged.connect(self._update_proceed)
            back.setText(self.tr("Go back"))
            back.setDefault(True)
            self._reason.setFocus()
        else:
            self._reason.hide()
            self._proceed.setText(self.tr("Proceed"))
            self._proceed.setDefault(True)
            back.setText(self.tr("Go back"))
        buttons.addWidget(self._proceed)
        buttons.addWidget(back)
        layout.addLayout(buttons)
        self.setMinimumWidth(min(520, self.screen().availableGeometry().width()))

    def override_reason(self) -> str:
        """The reason typed; empty when nothing blocks."""
        return self._reason.toPlainText().strip() if self._check.needs_override else ""

    def can_proceed(self) -> bool:
        return not self._proceed.isHidden() and self._proceed.isEnabled()

    def _update_proceed(self) -> None:
        self._proceed.setEnabled(bool(self._reason.toPlainText().strip()))

    def _intro(self) -> str:
        if self._check.refused_lots:
            return self.tr("This procedure cannot be recorded as it is:")
        if self._check.needs_override:
            return self.tr("The client's health record rules this procedure out:")
        return self.tr("Take care: the client's health record calls for caution.")

    def _reason_text(self, reason: Reason) -> str:
        if reason.condition:
            return condition_name(reason.condition)
        return self.tr("Allergy to {substance}, which {product} contains").format(
            substance=substance_name(reason.substance), product=reason.product
        )

    def _lot_text(self, lot: RefusedLot) -> str:
        if lot.recalled_on is not None:
            return self.tr("Lot {lot} of {product} was recalled on {date}").format(
                lot=lot.lot_number, product=lot.product, date=format_day(lot.recalled_on)
            )
        return self.tr("Lot {lot} of {product} expired on {date}").format(
            lot=lot.lot_number, product=lot.product, date=format_day(lot.expires_on)
        )
