"""The line that says health data cannot be written without the client's consent, with
the button that records it (as of today, after a confirmation)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from salon_crm.domain.common.enums import ConsentPurpose
from salon_crm.domain.common.errors import SalonError
from salon_crm.gui.common.error_messages import describe_error
from salon_crm.services.clients.client_consents import ConsentService

NOTICE_BG, NOTICE_BORDER, NOTICE_FG = "#fff4e5", "#e0a040", "#4a2c00"


class ConsentNotice(QFrame):
    """Hidden until `show_missing`; "Record consent…" asks (`confirm`, replaced in tests)
    and records the health-data consent through the consent service.

    Signals:
        consent_recorded(): the consent is now active; the form may go on.
    """

    consent_recorded = Signal()

    def __init__(
        self, consents: ConsentService, client_id: int, client_name: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentNotice")
        self._consents = consents
        self._client_id = client_id
        self._client_name = client_name
        self.setStyleSheet(
            f"QFrame#consentNotice {{ background: {NOTICE_BG}; border: 1px solid {NOTICE_BORDER};"
            f" border-radius: 4px; }} QLabel {{ color: {NOTICE_FG}; }}"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self._text = QLabel(
            self.tr(
                "The client has not consented to the processing of health data (or has "
                "withdrawn it): nothing can be recorded until the consent is."
            ),
            self,
        )
        self._text.setObjectName("consentNoticeText")
        self._text.setWordWrap(True)
        layout.addWidget(self._text, 1)
        self.button = QPushButton(self.tr("Record consent…"), self)
        self.button.setObjectName("recordConsentButton")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.record)
        layout.addWidget(self.button)
        self.hide()

    def show_missing(self) -> None:
        self.show()

    def confirm(self) -> bool:
        """Whether the user confirms that the client has consented today."""
        answer = QMessageBox.question(
            self,
            self.tr("Consent to the processing of health data"),
            self.tr(
                "Record that {name} consents to the processing of health data as of today?"
                "\n\nDo it only when the client has signed the consent."
            ).format(name=self._client_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def record(self) -> bool:
        """Ask, then record the consent; True when it is now active."""
        if not self.confirm():
            return False
        try:
            self._consents.give(self._client_id, ConsentPurpose.HEALTH_DATA)
        except SalonError as error:
            self._text.setText(describe_error(error)[0])
            return False
        self.hide()
        self.consent_recorded.emit()
        return True
