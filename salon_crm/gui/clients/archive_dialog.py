"""Asking why a client is archived: a common reason in one click, or the user's own words."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from salon_crm.gui.common.ui_forms import Child, Children, Form

REASON_LIMIT = 500  # the service keeps this many characters


class ArchiveReason(Enum):
    MOVED_AWAY = "moved_away"
    DUPLICATE = "duplicate"
    ASKED_TO_BE_REMOVED = "asked_to_be_removed"
    OTHER = "other"


class ArchiveDialogUi(Form):
    ui_name = "archive_dialog"
    title = Child(QLabel, "archiveTitle")
    reasons = Children(QRadioButton, "archiveReason_{}", (r.value for r in ArchiveReason))
    duplicate_hint = Child(QLabel, "archiveDuplicateHint")
    details = Child(QLineEdit, "archiveDetails")
    buttons = Child(QDialogButtonBox, "archiveButtons")


class ArchiveDialog(QDialog):
    """The reason is required: a common one (details optional) or "Other" with details.

    The reason is stored as the words shown here, in the language of the user archiving.
    """

    def __init__(self, client_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("archiveDialog")
        ui = ArchiveDialogUi(self)
        ui.fill(self)
        ui.title.setText(self.tr("Why is {name} archived?").format(name=client_name))
        self._duplicate_hint = ui.duplicate_hint
        self._details = ui.details
        self._details.setMaxLength(REASON_LIMIT)

        self._choices = QButtonGroup(self)
        reasons = ui.reasons
        self._buttons = {reason: reasons[reason.value] for reason in ArchiveReason}
        for button in self._buttons.values():
            self._choices.addButton(button)

        self._archive = ui.buttons.addButton(
            self.tr("Archive"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._archive.setObjectName("archiveConfirm")
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)

        self._choices.buttonToggled.connect(self._on_toggled)
        self._details.textChanged.connect(self._update)
        self._update()

    def chosen(self) -> ArchiveReason | None:
        return next((r for r, b in self._buttons.items() if b.isChecked()), None)

    def choose(self, reason: ArchiveReason, details: str = "") -> None:
        self._buttons[reason].setChecked(True)
        self._details.setText(details)

    def reason(self) -> str:
        """What is stored: the common reason, with the details after a colon; for "Other",
        the details alone. Empty while nothing sufficient is given."""
        chosen = self.chosen()
        details = " ".join(self._details.text().split())
        if chosen is None:
            return ""
        if chosen is ArchiveReason.OTHER:
            return details
        label = self._buttons[chosen].text()
        return f"{label}: {details}" if details else label

    def _on_toggled(self, button: QAbstractButton, checked: bool) -> None:
        self._update()
        if checked and button is self._buttons[ArchiveReason.OTHER]:
            self._details.setFocus()

    def _update(self) -> None:
        chosen = self.chosen()
        self._details.setEnabled(chosen is not None)
        self._details.setPlaceholderText(
            self.tr("Describe the reason (required)")
            if chosen is ArchiveReason.OTHER
            else self.tr("Details (optional)")
        )
        self._duplicate_hint.setVisible(chosen is ArchiveReason.DUPLICATE)
        self._archive.setEnabled(bool(self.reason()))
