"""Asking why a client is archived: a common reason in one click, or the user's own words."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from salon_crm.gui.common.field_errors import hint_label

REASON_LIMIT = 500  # the service keeps this many characters


class ArchiveReason(Enum):
    MOVED_AWAY = "moved_away"
    DUPLICATE = "duplicate"
    ASKED_TO_BE_REMOVED = "asked_to_be_removed"
    OTHER = "other"


class ArchiveDialog(QDialog):
    """The reason is required: a common one (details optional) or "Other" with details.

    The reason is stored as the words shown here, in the language of the user archiving.
    """

    def __init__(self, client_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("archiveDialog")
        self.setWindowTitle(self.tr("Archive the client"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Why is {name} archived?").format(name=client_name), self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(
            hint_label(
                self.tr(
                    "The client leaves the working list and the search. The card and "
                    "everything in it are kept; the client can be restored at any time."
                ),
                self,
            )
        )

        self._choices = QButtonGroup(self)
        self._buttons: dict[ArchiveReason, QRadioButton] = {}
        for reason, text in self._labels().items():
            button = QRadioButton(text, self)
            button.setObjectName(f"archiveReason_{reason.value}")
            self._choices.addButton(button)
            self._buttons[reason] = button
            layout.addWidget(button)
        self._duplicate_hint = hint_label(
            self.tr(
                "For a duplicate card, “Merge with another card” keeps the phones, "
                "documents and history of both in one card."
            ),
            self,
        )
        self._duplicate_hint.hide()
        layout.addWidget(self._duplicate_hint)

        self._details = QLineEdit(self)
        self._details.setObjectName("archiveDetails")
        self._details.setMaxLength(REASON_LIMIT)
        self._details.setClearButtonEnabled(True)
        layout.addWidget(self._details)

        self._buttons_box = QDialogButtonBox(self)
        self._archive = QPushButton(self.tr("Archive"), self)
        self._archive.setObjectName("archiveConfirm")
        self._buttons_box.addButton(self._archive, QDialogButtonBox.ButtonRole.AcceptRole)
        self._buttons_box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._buttons_box.accepted.connect(self.accept)
        self._buttons_box.rejected.connect(self.reject)
        layout.addWidget(self._buttons_box)

        self._choices.buttonToggled.connect(self._on_toggled)
        self._details.textChanged.connect(self._update)
        self._update()

    def _labels(self) -> dict[ArchiveReason, str]:
        return {
            ArchiveReason.MOVED_AWAY: self.tr("Moved away"),
            ArchiveReason.DUPLICATE: self.tr("Duplicate card"),
            ArchiveReason.ASKED_TO_BE_REMOVED: self.tr("Asked to be removed"),
            ArchiveReason.OTHER: self.tr("Other"),
        }

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
        label = self._labels()[chosen]
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
